"""Near keys found through shared letter triples, not by comparing every key.

Sound keys (:mod:`.sound`) are compared whole, with a fuzzy ratio, and a listener's spelling can
be a third longer or shorter than the reading: comparing a query with every key of a plausible
length costs tens of milliseconds at 100,000 entries. Keys that come near a query share several
of its letter triples, so :class:`Grams` keeps, for each triple (with ``^`` and ``$`` marking the
ends, so that a two-letter key has triples too), the keys that contain it, counts the query's
rarest triples each key shares, and compares only the keys that share the most.
"""

from __future__ import annotations

import heapq
from array import array
from collections import Counter, defaultdict

from rapidfuzz import fuzz

__all__ = ["Grams"]

CANDIDATES = 400
"""Keys compared with the query at most: those that share the most triples with it."""
RAREST = 8
"""Triples of the query looked up: its rarest (an ear's slip changes two or three triples; the
rarest of the rest still point at the key meant)."""


def _triples(key: str) -> set[str]:
    padded = f"^{key}$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


class Grams:
    """Keys by the letter triples they contain.

    Args:
        keys: the keys, by key number; empty ones are never found.
    """

    def __init__(self, keys: list[str]) -> None:
        self.keys = keys
        postings: defaultdict[str, list[int]] = defaultdict(list)
        for number, key in enumerate(keys):
            if key:
                for triple in _triples(key):
                    postings[triple].append(number)
        self._postings = {triple: array("i", numbers) for triple, numbers in postings.items()}

    def near(self, key: str, cutoff: float, limit: int) -> list[tuple[int, float]]:
        """Keys within rapidfuzz ``ratio`` ``cutoff`` (0-100) of ``key``.

        Returns:
            (key number, similarity 0..1) pairs, best first, at most ``limit``.
        """
        if not key:
            return []
        found = sorted((self._postings[t] for t in _triples(key) if t in self._postings), key=len)
        counts: Counter[int] = Counter()
        for numbers in found[:RAREST]:
            counts.update(numbers)
        candidates = counts.most_common(CANDIDATES)
        hits = []
        for number, _ in candidates:
            score = fuzz.ratio(key, self.keys[number], score_cutoff=cutoff)
            if score:
                hits.append((number, score / 100))
        return heapq.nlargest(limit, hits, key=lambda hit: hit[1])
