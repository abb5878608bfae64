"""Texts that share the words that carry a query's meaning, though not all of its words.

"눈약 있습니까?" ("have you eye drops?") and the card "눈약이 필요해요" ("I need eye drops") share
one word, and it is the one that matters: 있다 ("there is") is in a hundred texts, 눈약 in two. The
word tier needs every word of the query and the fuzzy tier compares letters, so both miss it; here
each word weighs by how rare it is among the texts (its inverse document frequency, as in any
search engine), and a text is near the query when the words they share carry most of the weight
of the query and much of the text's (a weighted F2 score: what the query asked counts four
times as much as what else the text says, since a card often says more than was typed).

Only texts with one of the query's rarer words are looked at (a word in hundreds of texts finds
none): a text that shares only common words (있다, 하다, 좀) says something else. Such a match is
never sure (:mod:`.run` scores it in the partial band): the words that differ may change what is
said. The search asks this of the Korean, Russian and Ukrainian stems only, where a word's other
forms are one key; English texts share their index with tags and notes, whose words would weigh
wrongly.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from phrasebook.search.keys import KeySpace

__all__ = ["NEAR", "shared_words"]

NEAR = 0.45
"""Least weighted share (0-1) of the query's and the text's words for a text to be near."""
_MOST = 40
"""Texts a word may be in to find them: a word in more (좀, 주다, 있다) carries little meaning."""


def _weight(space: KeySpace, word: str) -> float:
    return math.log(1 + len(space.keys) / (1 + len(space.containing(word))))


def shared_words(space: KeySpace, tokens: Sequence[str]) -> list[tuple[int, float]]:
    """Keys of ``space`` that share the query's weightiest words.

    Args:
        space: a key space indexed by words.
        tokens: the query's words, as keys of that space are spelled (two or more).

    Returns:
        (key number, weighted F2 score 0-1) for the keys at least :data:`NEAR` alike.
    """
    tokens = list(dict.fromkeys(tokens))
    if len(tokens) < 2:
        return []
    weights = {token: _weight(space, token) for token in tokens}
    known = [token for token in tokens if space.is_word(token)]
    if not known:
        return []
    keys = sorted(
        {n for token in known if len(found := space.containing(token)) <= _MOST for n in found}
    )
    asked = sum(weights.values())
    near: list[tuple[int, float]] = []
    for number in keys:
        words = set(space.keys[number].split())
        shared = sum(weight for token, weight in weights.items() if token in words)
        # fsum: exact whatever the order, and a set's order changes with Python's hash seed
        # (two texts scored alike could swap places from one run to the next).
        said = math.fsum(weights.get(word) or _weight(space, word) for word in words)
        if not shared:
            continue
        asked_found, text_shared = shared / asked, shared / said
        alike = 5 * asked_found * text_shared / (4 * text_shared + asked_found)
        if alike >= NEAR:
            near.append((number, alike))
    return near
