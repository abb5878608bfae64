"""`phrasebook show` prints notes in the reader's language, references as phrases."""

from __future__ import annotations

from phrasebook import Lexicon
from phrasebook.cli.output import format_entry
from phrasebook.values import Lang


def test_show_prints_my_note_and_the_english_nk_with_references_in_my_language(
    noted: Lexicon,
) -> None:
    text = format_entry(noted, noted.get("stop"), Lang.RU, Lang.KO)
    assert "Note: Кричите; потом спросите «Ты ранен?»." in text
    assert "North Korea: Understood the same way; follow with «Ты ранен?»." in text
    assert "{" not in text
