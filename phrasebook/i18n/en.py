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
    "not_sure": "Not sure — closest phrases",
    "sounds_like": "sounds like",
    "keys_as_korean": "Keys read as Korean:",
    "learn": "Learn",
    "learn_choose": "Choose a deck and press Enter. D switches between saying and recognising.",
    "learn_mode_say": "Say it: my phrase → theirs",
    "learn_mode_recognise": "Recognise it: their phrase → mine",
    "learn_say": "Say it aloud in their language",
    "learn_recognise": "What does it mean?",
    "learn_reveal": "Space: show the answer · F3: hear it",
    "learn_grade": "1 again · 2 hard · 3 good · 4 easy",
    "learn_done": "Session over",
    "learn_seen": "Cards seen",
    "learn_accuracy": "Accuracy",
    "learn_next": "Next due",
    "learn_nothing_due": "Nothing is due in this deck now.",
    "learn_new": "new",
    "learn_due": "due",
}

HOW_TO: tuple[str, ...] = (
    "Find the phrase in your language (left column).",
    "Show them the large text, or read aloud the grey line under it.",
    "After a question, let them point at an answer in a box.",
    "Print on A4 at 100 % (not “fit to page”); cut along the dashed lines.",
)
"""The pocket cards' instructions, one step a line."""
