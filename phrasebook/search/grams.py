"""Near keys found through shared letter triples, not by comparing every key.

Sound keys (:mod:`.sound`) are compared whole, with a fuzzy ratio, and a listener's spelling can
be a third longer or shorter than the reading: comparing a query with every key of a plausible
length costs tens of milliseconds at 100,000 entries. Keys that come near a query share several
of its letter triples, so :class:`Grams` keeps, for each triple (with ``^`` and ``$`` marking the
ends, so that a two-letter key has triples too), the keys that contain it, counts the query's
rarest triples each key shares, and compares only the keys that share the most.

The words of every key space are kept the same way (:class:`.KeySpace`), for the near spellings
of each query word: a typed word with one slip finds the word meant 99 times in 100, where
comparing it with every word of a near length finds it 100 times (tests/search), for 2.4 to 4
times less work per query word on the shipped lexicon and 3.5 to 7 times less at 100,000 entries.
"""

from __future__ import annotations

from array import array
from collections import Counter

from rapidfuzz import fuzz, process

from phrasebook._joined import Packed, pack, unpack

__all__ = ["Grams"]

CANDIDATES = 400
"""Keys compared with the query at most: those that share the most triples with it."""
RAREST = 8
"""Triples of the query looked up: its rarest (an ear's slip changes two or three triples; the
rarest of the rest still point at the key meant)."""

_LOW = 0xFFFFFFFF


def _triples(key: str) -> set[str]:
    padded = f"^{key}$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def most_shared(counts: Counter[int], many: int) -> list[int]:
    """The ``many`` most counted, as ``counts.most_common(many)`` orders them (ties in the order
    counted), without its pairs: few are sorted whole in C, many partly (at 100,000 entries)."""
    if len(counts) > 4 * many:
        return [number for number, _ in counts.most_common(many)]
    return sorted(counts, key=counts.__getitem__, reverse=True)[:many]


class Grams:
    """Keys by the letter triples they contain.

    Args:
        keys: the keys, by key number; empty ones are never found.
    """

    def __init__(self, keys: list[str]) -> None:
        self.keys = keys
        postings: dict[str, list[int]] = {}
        for number, key in enumerate(keys):
            if key:
                for triple in _triples(key):
                    try:
                        postings[triple].append(number)
                    except KeyError:  # once per triple; a defaultdict's call costs every time
                        postings[triple] = [number]
        # One flat array and an int per triple (where its keys start, how many), not an array
        # per triple: half the time to read back from the lexicon cache.
        flat = self._flat = array("i")
        where: dict[str, int] = {}
        for triple, numbers in postings.items():
            where[triple] = len(flat) << 32 | len(numbers)
            flat.fromlist(numbers)
        self._where: dict[str, int] | tuple[Packed, array[int]] = where
        """Triple → where its keys start in the flat array (high bits) and how many (low); read
        back from the cache, the triples joined in one string with those figures in an array,
        until a query first needs them (:attr:`_postings`)."""

    def __getstate__(self) -> dict[str, object]:
        # The triples as one string: read back, a Grams holds no per-triple objects until a
        # query first needs it (a one-shot lookup uses two or three of the index's dozen).
        where = self._postings
        return {**self.__dict__, "_where": (pack(where), array("q", where.values()))}

    def keyless(self) -> Grams:
        """A copy without its keys, to store beside the key space whose keys it finds: the keys
        are stored once, and given back after (:meth:`SearchIndex.__setstate__
        <phrasebook.search.index.SearchIndex.__setstate__>`)."""
        copy = object.__new__(Grams)
        copy.__dict__.update(self.__dict__)
        copy.keys = []
        return copy

    @property
    def _postings(self) -> dict[str, int]:
        where = self._where
        if isinstance(where, tuple):
            triples, at = where
            where = self._where = dict(zip(unpack(triples), at, strict=True))
        return where

    def near(self, key: str, cutoff: float, limit: int) -> list[tuple[int, float]]:
        """Keys within rapidfuzz ``ratio`` ``cutoff`` (0-100) of ``key``.

        Returns:
            (key number, similarity 0..1) pairs, best first, at most ``limit``.
        """
        if not key:
            return []
        where = self._postings
        found = sorted((where[t] for t in _triples(key) if t in where), key=lambda at: at & _LOW)
        counts: Counter[int] = Counter()
        for at in found[:RAREST]:
            start = at >> 32
            counts.update(self._flat[start : start + (at & _LOW)])
        numbers = most_shared(counts, CANDIDATES)
        keys = self.keys
        # One call compares them all (best first, ties in the order of the most shared triples).
        return [
            (numbers[i], score / 100)
            for _, score, i in process.extract(
                key, [keys[n] for n in numbers], scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit
            )
        ]
