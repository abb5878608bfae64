"""Everything phrasebook shows a reader of English: one key, one text."""

from __future__ import annotations

STRINGS: dict[str, str] = {
    "say": "Say",
    "notes": "Notes",
    "nk": "North Korea",
    "answers": "Answers",
    "see": "See also",
    "source": "Source",
    "variants": "Also",
    "title": "Pocket phrasebook",
    "date": "Printed",
    "contents": "Contents",
    "phrases": "Phrases",
    "cards": "Cards",
    "how": "How to use",
    "search_placeholder": "Type a phrase in any language…",
    "all_categories": "All",
    "category": "Category",
    "point_hint": "Point at your answer",
    "handover_title": "What do you want to say? Choose.",
    "handover_type": "Or type it here…",
    "handover_hint_tiles": "↑ ↓ ← → move   Enter choose   1–9, 0 a number   or type",
    "handover_hint_list": "↑ ↓ move   Enter choose   ← or Backspace back",
    "handover_back": "← Back",
    "handover_none": "Nothing found. Try other words, or go back and choose.",
    "handover_holder": "Their screen — Esc: back to the phrasebook",
    "group_body_map": "Where it hurts: point",
    "group_pain": "Pain and wounds",
    "group_food": "Water and food",
    "group_rest": "Toilet, sleep, things I need",
    "group_ask": "Questions",
    "group_family": "Family and home",
    "group_answers": "Yes, no, numbers",
    "group_plea": "Don't shoot! I surrender",
    "group_self": "About me",
    "group_army": "In the unit",
    "readback_chose": "They chose:",
    "readback_where": "It hurts here:",
    "readback_answers": "Your answers: Enter shows the first, 1–9 the one you pick; Esc: back",
    "readback_no_answers": "Enter or Backspace: give the screen back",
}

HOW_TO: tuple[str, ...] = (
    "Find the phrase in your language (left column).",
    "Show them the large text, or read aloud the grey line under it.",
    "After a question, let them point at an answer in a box.",
    "Print on A4 at 100 % (not “fit to page”); cut along the dashed lines.",
)
"""The pocket cards' instructions, one step a line."""
