"""Everything phrasebook shows a reader of Russian: one key, one text."""

from __future__ import annotations

STRINGS: dict[str, str] = {
    "say": "Произношение",
    "notes": "Примечание",
    "nk": "КНДР",
    "answers": "Ответы",
    "see": "См. также",
    "source": "Источник",
    "variants": "Ещё",
    "title": "Карманный разговорник",
    "date": "Дата",
    "contents": "Содержание",
    "phrases": "Фразы",
    "cards": "Карточки",
    "how": "Как пользоваться",
    "search_placeholder": "Введите фразу на любом языке…",
    "all_categories": "Все",
    "category": "Раздел",
    "point_hint": "Покажите ответ пальцем",
    "not_sure": "Не уверен — ближайшие фразы",
    "sounds_like": "на слух",
    "keys_as_korean": "Клавиши как корейские:",
    "more_answers": "Ещё",
    "handover_title": "Что вы хотите сказать? Выберите.",
    "handover_type": "Или напишите здесь…",
    "handover_hint_tiles": "↑ ↓ ← → перейти   Enter выбрать   1–9, 0 номер   или напишите",
    "handover_hint_list": "↑ ↓ перейти   Enter выбрать   ← или Backspace назад",
    "handover_back": "← Назад",
    "handover_none": "Ничего не найдено. Напишите иначе или вернитесь и выберите.",
    "handover_holder": "Экран собеседника — Esc: назад к разговорнику",
    "group_body_map": "Где болит: покажите",
    "group_pain": "Боль и раны",
    "group_food": "Вода и еда",
    "group_rest": "Туалет, сон, вещи",
    "group_ask": "Вопросы",
    "group_family": "Семья и дом",
    "group_answers": "Да, нет, числа",
    "group_plea": "Не стреляйте! Сдаюсь",
    "group_self": "О себе",
    "group_army": "В части",
    "readback_chose": "Собеседник выбрал:",
    "readback_where": "Болит здесь:",
    "readback_answers": "Ваши ответы: Enter — показать первый, 1–9 — выбранный; Esc — назад",
    "readback_no_answers": "Enter или Backspace: вернуть экран собеседнику",
    "doctor_title": "Этот компьютер",
    "doctor_all_ok": "Всё, что нужно разговорнику, есть.",
    "doctor_some_missing": "Чего-то не хватает: ниже сказано, как это исправить.",
    "doctor_fix": "Как исправить",
    "script_hangul": "хангыль",
    "script_cyrillic": "кириллица",
    "script_latin": "латиница",
    "doctor_font_ok": "Крупные буквы: шрифт {fonts}.",
    "doctor_font_bad": (
        "Крупные буквы: нет шрифта для алфавитов: {scripts}; показ идёт обычным текстом."
    ),
    "doctor_font_fix": (
        "установите дополнение display (pip install 'phrasebook[display]'; make run делает это "
        "сам) или укажите файл шрифта с этими буквами: phrasebook config set font ФАЙЛ"
    ),
    "doctor_cards_ok": "Карточки: шрифты встроены в файл.",
    "doctor_cards_bad": (
        "Карточки: нечего встроить для алфавитов: {scripts}; при печати могут выйти квадратики."
    ),
    "doctor_cards_fix": (
        "установите дополнение display (pip install 'phrasebook[display]') или укажите файл "
        "шрифта: phrasebook config set font ФАЙЛ"
    ),
    "doctor_speech_ok": "Речь: {engine}.",
    "doctor_speech_bad": "Речь: нет синтезатора речи, фразы нельзя произнести.",
    "doctor_speech_fix": (
        "установите дополнение speech (pip install 'phrasebook[speech]') или espeak-ng (apt "
        "install espeak-ng)"
    ),
    "doctor_player_ok": "Звук: проигрывает {player}.",
    "doctor_player_bad": "Звук: нет проигрывателя ({names}), речь не слышна.",
    "doctor_player_fix": (
        "установите один из них, например apt install alsa-utils (aplay) или pulseaudio-utils "
        "(paplay)"
    ),
    "doctor_models_ok": "Модели перевода: {pair} установлены.",
    "doctor_models_bad": (
        "Модели перевода: нет для направления {missing}; свободный текст переводится только по "
        "разговорнику."
    ),
    "doctor_models_fix": (
        "принесите файл модели и выполните phrasebook models install ФАЙЛ.argosmodel, а при "
        "наличии сети: {command}"
    ),
    "doctor_terminal_ok": "Экран: {size} знаков.",
    "doctor_terminal_bad": "Экран: {size} знаков, меньше {need}; экранам тесно.",
    "doctor_terminal_fix": "увеличьте окно или уменьшите в нём шрифт",
    "doctor_unicode_ok": "Буквы: терминал пишет в {encoding}.",
    "doctor_unicode_bad": (
        "Буквы: терминал пишет в {encoding}; хангыль и кириллица могут не отображаться."
    ),
    "doctor_unicode_fix": "включите локаль UTF-8, например export LANG=C.UTF-8",
    "doctor_folders_ok": "Папки: настройки и избранное сохраняются ({folders}).",
    "doctor_folders_bad": "Папки: в {folders} нельзя писать; настройки и избранное не сохраняются.",
    "doctor_folders_fix": (
        "дайте права на запись или укажите в PHRASEBOOK_CONFIG_DIR и PHRASEBOOK_DATA_DIR "
        "папки, куда писать можно"
    ),
    "warn_big_letters": (
        "Крупные буквы здесь недоступны: показ идёт обычным текстом. F1 — как это исправить."
    ),
    "say_how": "Как сказать",
    "lang_en": "английский",
    "lang_ru": "русский",
    "lang_uk": "украинский",
    "lang_ko": "корейский",
    "register_formal": "официально",
    "register_neutral": "нейтрально",
    "register_plain": "просто",
    "register_polite": "вежливо",
    "dialect_nk": "КНДР",
    "dialect_south": "Южная Корея",
    "nothing_found": "Ничего не найдено: напишите короче или иначе.",
    "starred": "★ в избранном",
    "unstarred": "★ убрано из избранного",
    "favourites_title": "★ Избранное",
    "favourites_empty": "В избранном пока пусто: нажмите F4 на фразе, чтобы отметить её.",
    "history_title": "Недавние",
    "history_empty": "Вы ещё ничего не искали.",
    "pair_i_speak": "Я говорю",
    "pair_they_speak": "Собеседник говорит",
    "pair_ok": "Готово",
    "pair_cancel": "Отмена",
    "pair_same": "Выберите два разных языка.",
    "settings_not_saved": (
        "Настройки не сохранились; изменение действует до выхода. Подробнее — F1."
    ),
    "lexicon_warning": "{warning} (список — F1)",
    "speech_failed": "Здесь нельзя произнести фразу: чего не хватает — F1.",
    "translate_keys": "Ctrl+R — перевести, F9 — поменять языки",
    "translate_from_lexicon": "из разговорника",
    "translate_machine": "машинный перевод · {route} · ПРОВЕРЬТЕ, прежде чем полагаться",
    "translate_no_model": (
        "Для этой пары нет модели перевода, а в разговорнике такой фразы нет. Как добавить "
        "модель — F1."
    ),
    "translate_failed": "Перевод не удался: модель не сработала. Подробнее — F1.",
    "help_title": "Разговорник — клавиши",
    "help_everywhere": "Везде",
    "help_lookup": "Поиск",
    "help_show": "Показ",
    "help_translate": "Перевод",
    "help_pickers": "Избранное и недавние",
    "help_handover": "Передача (экран собеседника)",
    "help_readback": "Передача: ответ (ваш экран)",
    "help_tip": (
        "Пишите на любом языке и в любой раскладке; корейское и кириллицу можно набирать "
        "латиницей. Чтобы показ был крупнее, увеличьте шрифт терминала (Ctrl и +)."
    ),
    "palette_placeholder": "Найти фразу или команду…",
    "key_help": "Справка",
    "key_theme": "Светлый/тёмный",
    "key_quit": "Выход",
    "key_palette": "Команды",
    "key_show": "Показать",
    "key_speak": "Произнести",
    "key_star": "★ Отметить",
    "key_favourites": "Избранное",
    "key_history": "Недавние",
    "key_translate": "Перевод",
    "key_pair": "Языки",
    "key_swap": "Поменять",
    "key_hand-over": "Передать",
    "key_categories": "Раздел",
    "key_next": "Следующая",
    "key_previous": "Предыдущая",
    "key_page-down": "Страница вниз",
    "key_page-up": "Страница вверх",
    "key_clear": "Очистить",
    "key_close": "Назад",
    "key_next-card": "Следующий ответ",
    "key_previous-card": "Предыдущий ответ",
    "key_next-phrase": "Следующая фраза",
    "key_previous-phrase": "Предыдущая фраза",
    "key_close-translate": "Назад",
    "key_run": "Перевести",
    "key_swap-translate": "Поменять",
    "key_back": "Назад",
    "key_unstar": "★ Снять отметку",
    "key_leave": "Назад к поиску (ваш экран)",
    "key_back-to-tiles": "Назад к плиткам",
    "key_arrows": "Перейти; в списке — назад к плиткам",
    "key_tile-digit": "Открыть плитку по номеру (1–9, 0)",
    "key_show-answer": "Показать мой ответ",
    "key_answer-digit": "Показать ответ 1–9",
    "key_back-to-them": "Вернуть собеседнику",
    "key_cancel": "Отмена",
    "key_close-help": "Закрыть",
    "cmd_swap": "Поменять языки",
    "cmd_swap_help": "Мой язык и язык собеседника меняются местами",
    "cmd_pair": "Выбрать языки",
    "cmd_pair_help": "«Я говорю» и «Собеседник говорит»",
    "cmd_favourites": "Избранное",
    "cmd_favourites_help": "Отмеченные фразы",
    "cmd_history": "Недавние",
    "cmd_history_help": "Фразы, которые вы недавно искали",
    "cmd_hand_over": "Передать",
    "cmd_hand_over_help": "Повернуть экран к собеседнику: он выбирает, что сказать",
    "cmd_translate": "Перевести текст",
    "cmd_translate_help": "Сначала разговорник, потом модель без сети",
    "cmd_theme": "Светлый или тёмный",
    "cmd_theme_help": "Переключить светлый и тёмный экран",
    "cmd_help": "Клавиши",
    "cmd_help_help": "Все клавиши всех экранов и чего не хватает компьютеру",
}

HOW_TO: tuple[str, ...] = (
    "Найдите фразу на своём языке (левый столбец).",
    "Покажите собеседнику крупный текст или прочитайте вслух серую строку под ним.",
    "После вопроса дайте собеседнику показать ответ в рамке.",
    "Печатайте на A4 в масштабе 100 % (не «по размеру страницы»); режьте по пунктиру.",
)
"""The pocket cards' instructions, one step a line."""
