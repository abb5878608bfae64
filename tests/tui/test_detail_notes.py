"""The detail pane shows notes in the reader's language, marking an English stand-in."""

from __future__ import annotations

from phrasebook import Lexicon
from phrasebook.tui.widgets.detail import render_entry
from phrasebook.values import Lang


def test_an_untranslated_note_is_shown_in_english_with_a_mark_in_my_language(
    noted: Lexicon,
) -> None:
    text = render_entry(noted, noted.get("stop"), Lang.UK, Lang.KO).plain
    assert "Примітка (англійською): Shout it; then ask «Ти поранений?» or «Руки вгору!»." in text
    assert "КНДР (англійською): Understood the same way; follow with «Ти поранений?»." in text
    assert "{" not in text


def test_a_translated_note_is_shown_without_the_mark(noted: Lexicon) -> None:
    ru = render_entry(noted, noted.get("stop"), Lang.RU, Lang.KO).plain
    assert "Примечание: Кричите; потом спросите «Ты ранен?»." in ru
    uk = render_entry(noted, noted.get("halt"), Lang.UK, Lang.KO).plain
    assert "КНДР: Так кажуть у КНДР." in uk
    assert "англійською" not in uk


def test_a_korean_reader_sees_the_mark_in_korean(noted: Lexicon) -> None:
    text = render_entry(noted, noted.get("halt"), Lang.KO, Lang.RU).plain
    assert "조선 (영어): The KPA's own word for it." in text
