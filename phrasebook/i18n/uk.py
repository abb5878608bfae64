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
    "tr_vetted": "перевірена фраза",
    "tr_machine": "машинний переклад: перевірте",
    "tr_untranslated": "не перекладено",
    "tr_suggestions": "Найближчі перевірені фрази (Enter ставить фразу замість речення):",
    "tr_detected": "Текст мовою {lang}: переклад {src} → {dst}",
    "tr_read_as": "прочитано як",
}

HOW_TO: tuple[str, ...] = (
    "Знайдіть фразу своєю мовою (ліва колонка).",
    "Покажіть співрозмовникові великий текст або прочитайте вголос сірий рядок під ним.",
    "Після запитання дайте співрозмовникові показати відповідь у рамці.",
    "Друкуйте на A4 у масштабі 100 % (не «за розміром сторінки»); ріжте по пунктиру.",
)
"""The pocket cards' instructions, one step a line."""
