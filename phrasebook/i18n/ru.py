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
}

HOW_TO: tuple[str, ...] = (
    "Найдите фразу на своём языке (левый столбец).",
    "Покажите собеседнику крупный текст или прочитайте вслух серую строку под ним.",
    "После вопроса дайте собеседнику показать ответ в рамке.",
    "Печатайте на A4 в масштабе 100 % (не «по размеру страницы»); режьте по пунктиру.",
)
"""The pocket cards' instructions, one step a line."""
