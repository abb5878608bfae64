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
}

HOW_TO: tuple[str, ...] = (
    "Знайдіть фразу своєю мовою (ліва колонка).",
    "Покажіть співрозмовникові великий текст або прочитайте вголос сірий рядок під ним.",
    "Після запитання дайте співрозмовникові показати відповідь у рамці.",
    "Друкуйте на A4 у масштабі 100 % (не «за розміром сторінки»); ріжте по пунктиру.",
)
"""The pocket cards' instructions, one step a line."""
