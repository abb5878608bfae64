"""The interface's words: every language has every key, none empty."""

from __future__ import annotations

from phrasebook.i18n import HOW_TO, TABLES
from phrasebook.values import LANGS, Lang


def test_every_language_has_every_key_and_no_empty_text() -> None:
    keys = set(TABLES[Lang.EN])
    for lang in LANGS:
        assert set(TABLES[lang]) == keys, lang
        assert not [k for k, text in TABLES[lang].items() if not text.strip()], lang
        assert len(HOW_TO[lang]) == len(HOW_TO[Lang.EN]), lang
