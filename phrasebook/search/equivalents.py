"""Words that mean the same thing to the person speaking: read the query in the lexicon's words.

A North Korean soldier asks for the 변소 (latrine) or the 위생실 where the lexicon writes 화장실,
and says he has no 총 (gun) where the card says 무기 (weapon). Spelling cannot bridge two different
words; a reviewed table can. :func:`readings` gives the query once more with every word that has an
equivalent replaced by the word the lexicon uses, and the search tries that reading as well as the
query (at a lower quality, so a phrase with the speaker's own word still ranks first).

Each row names the word people say, the word the lexicon uses, and why they are the same. Rows are
added only where the two are interchangeable in what a prisoner or a soldier says (a hypernym such
as 총 → 무기 only because "I have no gun" and "I have no weapon" are one answer); a word that only
sometimes means the other does not belong here. North Korean words come from
``shared/research/dprk-usage.md`` and the lexicon's own ``nk`` notes.

Words are matched by their stems, so the particles and endings do not matter: 변소가, 변소는 and
변소 are one word (:mod:`.korean`); Russian and Ukrainian by :mod:`.cyrillic`; English whole.
"""

from __future__ import annotations

import functools
from typing import Final, NamedTuple

from phrasebook.search import cyrillic, korean
from phrasebook.search.normalise import has_hangul, keyform
from phrasebook.values import Lang

__all__ = ["EQUIVALENTS", "Equivalent", "readings"]


class Equivalent(NamedTuple):
    """One row of the table: a word said, and the lexicon's word for the same thing."""

    lang: Lang
    said: str
    """The word as people say it (its dictionary form, folded)."""
    lexicon: str
    """The word the lexicon's texts use for it."""
    why: str
    """Where the equivalence comes from; shown to reviewers, not to users."""


EQUIVALENTS: Final[tuple[Equivalent, ...]] = (
    Equivalent(
        Lang.KO, "변소", "화장실", "North Korean plain word for a latrine (lexicon nk note)"
    ),
    Equivalent(
        Lang.KO, "위생실", "화장실", "North Korean word for a toilet in a building (nk note)"
    ),
    Equivalent(
        Lang.KO, "운전사", "운전수", "driver: the South's usual word; the lexicon has 운전수"
    ),
    Equivalent(Lang.KO, "총", "무기", "'I have no gun' is the answer 'I have no weapon'"),
    Equivalent(Lang.EN, "gun", "weapon", "'I have no gun', 'drop the gun': the weapon cards"),
)


def _stem(word: str) -> str:
    if has_hangul(word):
        return korean.stem(keyform(word))
    return cyrillic.stem(word)


@functools.cache
def _by_stem() -> dict[str, Equivalent]:
    return {_stem(row.said): row for row in EQUIVALENTS}


def readings(folded: str) -> list[str]:
    """The query in the lexicon's words, if any of its words has an equivalent.

    Args:
        folded: the query folded (:func:`~phrasebook.search.normalise.normalise`).

    Returns:
        ``[reading]`` with each word that has an equivalent replaced (a Korean word keeps what
        follows the replaced word: 변소가 → 화장실가, whose stem is 화장실); ``[]`` when no
        word has one.
    """
    table = _by_stem()
    words = folded.split()
    changed = False
    for i, word in enumerate(words):
        row = table.get(_stem(word))
        if row is None:
            continue
        changed = True
        rest = word[len(row.said) :] if has_hangul(word) and word.startswith(row.said) else ""
        words[i] = row.lexicon + rest
    return [" ".join(words)] if changed else []
