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
    "tr_vetted": "проверенная фраза",
    "tr_machine": "машинный перевод: проверьте",
    "tr_untranslated": "не переведено",
    "tr_suggestions": "Ближайшие проверенные фразы (Enter ставит фразу вместо предложения):",
    "tr_detected": "Текст на языке {lang}: перевод {src} → {dst}",
    "tr_read_as": "прочитано как",
}

HOW_TO: tuple[str, ...] = (
    "Найдите фразу на своём языке (левый столбец).",
    "Покажите собеседнику крупный текст или прочитайте вслух серую строку под ним.",
    "После вопроса дайте собеседнику показать ответ в рамке.",
    "Печатайте на A4 в масштабе 100 % (не «по размеру страницы»); режьте по пунктиру.",
)
"""The pocket cards' instructions, one step a line."""
