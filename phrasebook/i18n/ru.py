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
    "learn": "Учить",
    "learn_choose": "Выберите колоду и нажмите Enter. D — говорить или узнавать.",
    "learn_mode_say": "Сказать: моя фраза → их",
    "learn_mode_recognise": "Узнать: их фраза → моя",
    "learn_say": "Скажите это вслух на их языке",
    "learn_recognise": "Что это значит?",
    "learn_reveal": "Пробел — ответ · F3 — послушать",
    "learn_grade": "1 снова · 2 трудно · 3 хорошо · 4 легко",
    "learn_done": "Занятие окончено",
    "learn_seen": "Карточек пройдено",
    "learn_accuracy": "Точность",
    "learn_next": "Следующее повторение",
    "learn_nothing_due": "В этой колоде сейчас нечего повторять.",
    "learn_new": "новых",
    "learn_due": "к повторению",
}

HOW_TO: tuple[str, ...] = (
    "Найдите фразу на своём языке (левый столбец).",
    "Покажите собеседнику крупный текст или прочитайте вслух серую строку под ним.",
    "После вопроса дайте собеседнику показать ответ в рамке.",
    "Печатайте на A4 в масштабе 100 % (не «по размеру страницы»); режьте по пунктиру.",
)
"""The pocket cards' instructions, one step a line."""
