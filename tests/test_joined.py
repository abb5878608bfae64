"""Lists of strings packed for the lexicon cache (phrasebook._joined)."""

from __future__ import annotations

import pickle

import pytest

from phrasebook._joined import pack, unpack
from phrasebook.lexicon import load


@pytest.mark.parametrize(
    "strings",
    [[], [""], ["", ""], ["a"], ["손 들어", "", "руки вверх"], ["a\0b", "c"], ["\ud800", "😀 ㅅ"]],
)
def test_packed_strings_come_back_as_they_were(strings: list[str]) -> None:
    stored = pickle.loads(pickle.dumps(pack(strings)))
    assert unpack(stored) == strings


def test_strings_are_joined_unless_one_holds_a_nul() -> None:
    assert pack(["a", "b"]) == ("a\0b", 2)
    assert pack(["a\0b"]) == ["a\0b"]


def test_text_beyond_ascii_is_stored_as_utf16() -> None:
    # pickle would store it as UTF-8, which decodes Hangul and Cyrillic ten times slower
    assert pack(["손", "ы"]) == ("손\0ы".encode("utf-16-le"), 2)


@pytest.mark.parametrize("stored", ["a", ("a", "2"), (b"a\0", "1"), (b"\0\xd8\0", 1), None])
def test_anything_else_is_refused(stored: object) -> None:
    with pytest.raises(TypeError):
        unpack(stored)


def test_the_packing_keys_the_lexicon_cache() -> None:
    assert "_joined.py" in {p.name for p in load._rule_sources()}
