"""Everything phrasebook shows a reader of Ukrainian: one key, one text."""

from __future__ import annotations

STRINGS: dict[str, str] = {
    "say": "Вимова",
    "notes": "Примітка",
    "nk": "КНДР",
    "answers": "Відповіді",
    "see": "Див. також",
    "source": "Джерело",
    "variants": "Також",
    "title": "Кишеньковий розмовник",
    "date": "Дата",
    "contents": "Зміст",
    "phrases": "Фрази",
    "cards": "Картки",
    "how": "Як користуватися",
    "search_placeholder": "Введіть фразу будь-якою мовою…",
    "all_categories": "Усі",
    "category": "Розділ",
    "point_hint": "Покажіть відповідь пальцем",
    "not_sure": "Не напевно — найближчі фрази",
    "sounds_like": "на слух",
    "keys_as_korean": "Клавіші як корейські:",
    "more_answers": "Ще",
    "handover_title": "Що ви хочете сказати? Виберіть.",
    "handover_type": "Або напишіть тут…",
    "handover_hint_tiles": "↑ ↓ ← → перейти   Enter вибрати   1–9, 0 номер   або напишіть",
    "handover_hint_list": "↑ ↓ перейти   Enter вибрати   ← або Backspace назад",
    "handover_back": "← Назад",
    "handover_none": "Нічого не знайдено. Напишіть інакше або поверніться й виберіть.",
    "handover_holder": "Екран співрозмовника — Esc: назад до розмовника",
    "group_body_map": "Де болить: покажіть",
    "group_pain": "Біль і рани",
    "group_food": "Вода і їжа",
    "group_rest": "Туалет, сон, речі",
    "group_ask": "Питання",
    "group_family": "Родина й дім",
    "group_answers": "Так, ні, числа",
    "group_plea": "Не стріляйте! Здаюся",
    "group_self": "Про себе",
    "group_army": "У частині",
    "readback_chose": "Співрозмовник вибрав:",
    "readback_where": "Болить тут:",
    "readback_answers": "Ваші відповіді: Enter — показати першу, 1–9 — вибрану; Esc — назад",
    "readback_no_answers": "Enter або Backspace: повернути екран співрозмовникові",
    "doctor_title": "Цей комп’ютер",
    "doctor_all_ok": "Усе, що потрібно розмовнику, є.",
    "doctor_some_missing": "Чогось бракує: нижче сказано, як це виправити.",
    "doctor_fix": "Як виправити",
    "script_hangul": "гангиль",
    "script_cyrillic": "кирилиця",
    "script_latin": "латинка",
    "doctor_font_ok": "Великі літери: шрифт {fonts}.",
    "doctor_font_bad": (
        "Великі літери: немає шрифту для абеток: {scripts}; показ іде звичайним текстом."
    ),
    "doctor_font_fix": (
        "установіть доповнення display (pip install 'phrasebook[display]'; make run робить це "
        "сам) або вкажіть файл шрифту з цими літерами: phrasebook config set font ФАЙЛ"
    ),
    "doctor_cards_ok": "Картки: шрифти вбудовано у файл.",
    "doctor_cards_bad": (
        "Картки: нема чого вбудувати для абеток: {scripts}; під час друку можуть вийти квадратики."
    ),
    "doctor_cards_fix": (
        "установіть доповнення display (pip install 'phrasebook[display]') або вкажіть файл "
        "шрифту: phrasebook config set font ФАЙЛ"
    ),
    "doctor_speech_ok": "Мовлення: {engine}.",
    "doctor_speech_bad": "Мовлення: немає синтезатора мовлення, фрази не можна вимовити.",
    "doctor_speech_fix": (
        "установіть доповнення speech (pip install 'phrasebook[speech]') або espeak-ng (apt "
        "install espeak-ng)"
    ),
    "doctor_player_ok": "Звук: програє {player}.",
    "doctor_player_bad": "Звук: немає програвача ({names}), мовлення не чути.",
    "doctor_player_fix": (
        "установіть один із них, наприклад apt install alsa-utils (aplay) або pulseaudio-utils "
        "(paplay)"
    ),
    "doctor_models_ok": "Моделі перекладу: {pair} установлено.",
    "doctor_models_bad": (
        "Моделі перекладу: немає для напрямку {missing}; довільний текст перекладається лише "
        "за розмовником."
    ),
    "doctor_models_fix": (
        "принесіть файл моделі й виконайте phrasebook models install ФАЙЛ.argosmodel, а коли є "
        "мережа: {command}"
    ),
    "doctor_terminal_ok": "Екран: {size} знаків.",
    "doctor_terminal_bad": "Екран: {size} знаків, менше ніж {need}; екранам тісно.",
    "doctor_terminal_fix": "збільште вікно або зменште в ньому шрифт",
    "doctor_unicode_ok": "Літери: термінал пише в {encoding}.",
    "doctor_unicode_bad": (
        "Літери: термінал пише в {encoding}; гангиль і кирилиця можуть не відображатися."
    ),
    "doctor_unicode_fix": "увімкніть локаль UTF-8, наприклад export LANG=C.UTF-8",
    "doctor_folders_ok": "Теки: налаштування й улюблене зберігаються ({folders}).",
    "doctor_folders_bad": (
        "Теки: у {folders} не можна писати; налаштування й улюблене не зберігаються."
    ),
    "doctor_folders_fix": (
        "дайте право на запис або вкажіть у PHRASEBOOK_CONFIG_DIR і PHRASEBOOK_DATA_DIR теки, "
        "куди писати можна"
    ),
    "warn_big_letters": (
        "Великі літери тут недоступні: показ іде звичайним текстом. F1 — як це виправити."
    ),
    "say_how": "Як сказати",
    "lang_en": "англійська",
    "lang_ru": "російська",
    "lang_uk": "українська",
    "lang_ko": "корейська",
    "register_formal": "офіційно",
    "register_neutral": "нейтрально",
    "register_plain": "просто",
    "register_polite": "чемно",
    "dialect_nk": "КНДР",
    "dialect_south": "Південна Корея",
    "nothing_found": "Нічого не знайдено: напишіть коротше або інакше.",
    "starred": "★ в улюбленому",
    "unstarred": "★ прибрано з улюбленого",
    "favourites_title": "★ Улюблене",
    "favourites_empty": "В улюбленому поки порожньо: натисніть F4 на фразі, щоб позначити її.",
    "history_title": "Нещодавні",
    "history_empty": "Ви ще нічого не шукали.",
    "pair_i_speak": "Я розмовляю",
    "pair_they_speak": "Співрозмовник розмовляє",
    "pair_ok": "Готово",
    "pair_cancel": "Скасувати",
    "pair_same": "Виберіть дві різні мови.",
    "settings_not_saved": "Налаштування не збереглися; зміна діє до виходу. Докладніше — F1.",
    "lexicon_warning": "{warning} (перелік — F1)",
    "speech_failed": "Тут не можна вимовити фразу: чого бракує — F1.",
    "translate_keys": "Ctrl+R — перекласти, F9 — поміняти мови",
    "translate_from_lexicon": "з розмовника",
    "translate_machine": "машинний переклад · {route} · ПЕРЕВІРТЕ, перш ніж покладатися",
    "translate_no_model": (
        "Для цієї пари немає моделі перекладу, а в розмовнику такої фрази немає. Як додати "
        "модель — F1."
    ),
    "translate_failed": "Переклад не вдався: модель не спрацювала. Докладніше — F1.",
    "help_title": "Розмовник — клавіші",
    "help_everywhere": "Скрізь",
    "help_lookup": "Пошук",
    "help_show": "Показ",
    "help_translate": "Переклад",
    "help_pickers": "Улюблене й нещодавні",
    "help_handover": "Передача (екран співрозмовника)",
    "help_readback": "Передача: відповідь (ваш екран)",
    "help_tip": (
        "Пишіть будь-якою мовою й у будь-якій розкладці; корейське й кирилицю можна набирати "
        "латинкою. Щоб показ був більшим, збільште шрифт термінала (Ctrl і +)."
    ),
    "palette_placeholder": "Знайти фразу або команду…",
    "key_help": "Довідка",
    "key_theme": "Світлий/темний",
    "key_quit": "Вихід",
    "key_palette": "Команди",
    "key_show": "Показати",
    "key_speak": "Вимовити",
    "key_star": "★ Позначити",
    "key_favourites": "Улюблене",
    "key_history": "Нещодавні",
    "key_translate": "Переклад",
    "key_pair": "Мови",
    "key_swap": "Поміняти",
    "key_hand-over": "Передати",
    "key_categories": "Розділ",
    "key_next": "Наступна",
    "key_previous": "Попередня",
    "key_page-down": "Сторінка вниз",
    "key_page-up": "Сторінка вгору",
    "key_clear": "Очистити",
    "key_close": "Назад",
    "key_next-card": "Наступна відповідь",
    "key_previous-card": "Попередня відповідь",
    "key_next-phrase": "Наступна фраза",
    "key_previous-phrase": "Попередня фраза",
    "key_close-translate": "Назад",
    "key_run": "Перекласти",
    "key_swap-translate": "Поміняти",
    "key_back": "Назад",
    "key_unstar": "★ Зняти позначку",
    "key_leave": "Назад до пошуку (ваш екран)",
    "key_back-to-tiles": "Назад до плиток",
    "key_arrows": "Перейти; у переліку — назад до плиток",
    "key_tile-digit": "Відкрити плитку за номером (1–9, 0)",
    "key_show-answer": "Показати мою відповідь",
    "key_answer-digit": "Показати відповідь 1–9",
    "key_back-to-them": "Повернути співрозмовникові",
    "key_cancel": "Скасувати",
    "key_close-help": "Закрити",
    "cmd_swap": "Поміняти мови",
    "cmd_swap_help": "Моя мова й мова співрозмовника міняються місцями",
    "cmd_pair": "Вибрати мови",
    "cmd_pair_help": "«Я розмовляю» і «Співрозмовник розмовляє»",
    "cmd_favourites": "Улюблене",
    "cmd_favourites_help": "Позначені фрази",
    "cmd_history": "Нещодавні",
    "cmd_history_help": "Фрази, які ви нещодавно шукали",
    "cmd_hand_over": "Передати",
    "cmd_hand_over_help": "Повернути екран до співрозмовника: він вибирає, що сказати",
    "cmd_translate": "Перекласти текст",
    "cmd_translate_help": "Спершу розмовник, потім модель без мережі",
    "cmd_theme": "Світлий або темний",
    "cmd_theme_help": "Перемкнути світлий і темний екран",
    "cmd_help": "Клавіші",
    "cmd_help_help": "Усі клавіші всіх екранів і чого бракує комп’ютеру",
}

HOW_TO: tuple[str, ...] = (
    "Знайдіть фразу своєю мовою (ліва колонка).",
    "Покажіть співрозмовникові великий текст або прочитайте вголос сірий рядок під ним.",
    "Після запитання дайте співрозмовникові показати відповідь у рамці.",
    "Друкуйте на A4 у масштабі 100 % (не «за розміром сторінки»); ріжте по пунктиру.",
)
"""The pocket cards' instructions, one step a line."""
