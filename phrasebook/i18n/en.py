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
    "tr_vetted": "vetted phrase",
    "tr_machine": "machine translation: verify",
    "tr_untranslated": "not translated",
    "tr_suggestions": "Closest vetted phrases (Enter puts one in place of the sentence):",
    "tr_detected": "The text is in {lang}: translated {src} → {dst}",
    "tr_read_as": "read as",
}

HOW_TO: tuple[str, ...] = (
    "Find the phrase in your language (left column).",
    "Show them the large text, or read aloud the grey line under it.",
    "After a question, let them point at an answer in a box.",
    "Print on A4 at 100 % (not “fit to page”); cut along the dashed lines.",
)
"""The pocket cards' instructions, one step a line."""
