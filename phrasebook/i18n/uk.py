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
    "learn": "Вчити",
    "learn_choose": "Оберіть колоду й натисніть Enter. D — говорити чи впізнавати.",
    "learn_mode_say": "Сказати: моя фраза → їхня",
    "learn_mode_recognise": "Упізнати: їхня фраза → моя",
    "learn_say": "Скажіть це вголос їхньою мовою",
    "learn_recognise": "Що це означає?",
    "learn_reveal": "Пробіл — відповідь · F3 — послухати",
    "learn_grade": "1 знову · 2 важко · 3 добре · 4 легко",
    "learn_done": "Заняття завершено",
    "learn_seen": "Карток пройдено",
    "learn_accuracy": "Точність",
    "learn_next": "Наступне повторення",
    "learn_nothing_due": "У цій колоді зараз нічого повторювати.",
    "learn_new": "нових",
    "learn_due": "до повторення",
}

HOW_TO: tuple[str, ...] = (
    "Знайдіть фразу своєю мовою (ліва колонка).",
    "Покажіть співрозмовникові великий текст або прочитайте вголос сірий рядок під ним.",
    "Після запитання дайте співрозмовникові показати відповідь у рамці.",
    "Друкуйте на A4 у масштабі 100 % (не «за розміром сторінки»); ріжте по пунктиру.",
)
"""The pocket cards' instructions, one step a line."""
