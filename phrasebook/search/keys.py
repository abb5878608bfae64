"""One kind of search key and the lookups over it: exact, prefix, word and fuzzy.

A :class:`KeySpace` holds strings (already folded by the caller), each pointing at a record
number the caller defines. Lookups return key numbers; :attr:`KeySpace.records` maps them back.
Everything costly is done once in :meth:`KeySpace.freeze`, so a query only bisects sorted lists,
reads dicts and hands short candidate lists to rapidfuzz (what the record numbers stand for is in
:mod:`.records`); :mod:`.fuzzy` scores the candidates of fuzzy lookups.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from itertools import groupby
from operator import itemgetter

from rapidfuzz import fuzz, process

from phrasebook._joined import pack, unpack
from phrasebook.search.grams import Grams
from phrasebook.search.normalise import script
from phrasebook.values import Script

_END = "\U0010ffff"
MAX_PREFIX_WORDS = 32
"""How many vocabulary words one prefix token may expand to."""
MAX_WHOLE_FUZZY = 24
"""Longest query (without spaces) compared with whole keys; longer ones are matched by words."""
MAX_NEAR = 8
"""How many near spellings of one query token are looked up."""
MEMORY = 1024
"""Query tokens each key space remembers the words of (then it starts afresh)."""
COMMON_POSTINGS = 4000
"""Above this many keys, a word only refines the keys rarer words found."""
_FEW_STARTS = 4
"""A prefix that starts at most this many times ``cap`` keys has them sorted by length; a more
common one is looked up length by length. On bench/search.py's shipped queries 2 to 16 measure
alike; sorting however many there are was 15 % slower, and at 100,000 entries a one-letter prefix
starts tens of thousands of keys."""


class KeySpace:
    """Folded keys pointing at records, with the tables to look them up fast.

    Args:
        words: also index each key's words (for word-level and fuzzy lookups).
    """

    def __init__(self, *, words: bool = True) -> None:
        self.keys: list[str] = []
        """The keys, by key number."""
        self.records = array("i")
        """The record each key points at, by key number."""
        self._with_words = words
        self._partial: set[int] = set()
        self._nospace: list[int] = []
        self._sorted = array("i")
        """The numbers of the keys that match whole, in the order of their keys (then numbers):
        the keys equal to a key, or starting with it, are one slice of it."""
        self._by_length = array("i")
        """The same, ordered by length first: each length's keys are one slice of it."""
        self._lengths: list[int] = []
        """The lengths of the keys, shortest first."""
        self._starts: list[int] = [0]
        """Where each length's slice of :attr:`_by_length` starts, and where the last ends."""
        self._postings: dict[str, int] = {}
        self._flat = array("i")
        self._sorted_words: list[str] = []
        self._near_words: dict[Script | None, Grams] = {}
        """Per script, its words by the letter triples they contain: near spellings of a query
        word are looked for among the words sharing the most of its triples, not among every
        word of a near length (tens of thousands at 100,000 entries; as many found, measured
        on typed words with one slip each)."""
        self._nospace_keys: tuple[list[str], array[int], list[int]] = ([], array("i"), [0])
        """Keys added with ``nospace``, without their spaces, by length; their key numbers; and
        where each length starts."""
        self._near: dict[tuple[str, bool, bool, bool], dict[str, tuple[float, bool]]] = {}
        """What query tokens stood for (:meth:`_token_words`), remembered: typing re-sends every
        word before the one being typed, at each key."""

    def __getstate__(self) -> dict[str, object]:
        # Strings are packed (phrasebook._joined). The words are stored once, in order, and
        # read back as the word table's keys, the sorted list and the near-word tables' keys:
        # pickled as a dict, a list and lists of the same strings, they cost a memo entry each.
        squeezed, numbers, starts = self._nospace_keys
        words = self._sorted_words
        return {
            **self.__dict__,
            "keys": pack(self.keys),
            "_nospace_keys": (pack(squeezed), numbers, starts),
            "_sorted_words": pack(words),
            "_postings": array("q", map(self._postings.__getitem__, words)),
            "_near_words": {kind: grams.keyless() for kind, grams in self._near_words.items()},
            "_near": {},  # what queries found is no part of an index
            "_script_runs": _script_runs(words),
        }

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self.keys = unpack(self.keys)
        squeezed, numbers, starts = self._nospace_keys
        self._nospace_keys = (unpack(squeezed), numbers, starts)
        words = self._sorted_words = unpack(self._sorted_words)
        at: array[int] = self.__dict__["_postings"]  # as __getstate__ stored it
        self._postings = dict(zip(words, at, strict=True))
        for kind, same in _by_script(words, self.__dict__.pop("_script_runs")).items():
            self._near_words[kind].keys = same
        self._near = {}

    def extend(
        self, keys: list[str], records: list[int], *, whole: bool = True, nospace: bool = False
    ) -> None:
        """Add keys.

        Args:
            keys: folded keys; empty ones are kept in place but never match.
            records: the record each key points at.
            whole: the keys may match as a whole (exact and prefix); False for tags and notes.
            nospace: also compare whole keys without spaces in fuzzy lookups (Korean, whose
                spacing people get wrong).

        Raises:
            ValueError: when there are not as many records as keys.
        """
        if len(keys) != len(records):
            raise ValueError(f"{len(keys)} keys for {len(records)} records")
        start = len(self.keys)
        self.keys.extend(keys)
        self.records.extend(records)
        if not whole:
            self._partial.update(range(start, len(self.keys)))
        if nospace:
            self._nospace.extend(range(start, len(self.keys)))

    def freeze(self) -> None:
        """Build the lookup tables; call once after the last :meth:`extend`."""
        keys = self.keys
        partial = self._partial
        whole: list[int] = []
        postings: dict[str, list[int]] = {}
        for number, key in enumerate(keys):
            if not key:
                continue
            if number not in partial:
                whole.append(number)
            if self._with_words:
                for word in key.split():
                    try:
                        postings[word].append(number)
                    except KeyError:  # once per word; a defaultdict's call costs every time
                        postings[word] = [number]
        # Tables of key numbers only, looked up through the keys (bisect's key): lists of the
        # keys themselves would double what the lexicon cache stores and reads back. Sorts are
        # stable, so equal keys stay in the order of their numbers.
        whole.sort(key=keys.__getitem__)
        self._sorted = array("i", whole)
        size = [len(key) for key in keys]
        whole.sort(key=size.__getitem__)
        self._by_length = array("i", whole)
        self._lengths = sorted(set(map(size.__getitem__, whole)))
        starts = [bisect_left(whole, length, key=size.__getitem__) for length in self._lengths]
        self._starts = [*starts, len(whole)]
        # One flat array and an int per word, not a list per word: a quarter of the memory, and
        # nothing for the garbage collector to walk.
        flat = self._flat
        where = self._postings
        for word, numbers in postings.items():
            where[word] = len(flat) << 32 | len(numbers)
            flat.fromlist(numbers)
        self._sorted_words = sorted(postings)
        by_script = _by_script(self._sorted_words, _script_runs(self._sorted_words))
        self._near_words = {kind: Grams(words) for kind, words in by_script.items()}
        joined = "\0".join(keys[n] for n in self._nospace).replace(" ", "")
        squeezed_all = joined.split("\0") if self._nospace else []
        # By length (stable: in the order added within one), so that the keys of a range of
        # lengths are one slice, compared in one call.
        order = sorted(range(len(squeezed_all)), key=lambda i: len(squeezed_all[i]))
        # Made anew in that order, so that each range lies in one stretch of memory, as it does
        # read back from the lexicon cache: compared in length order, keys scattered as they
        # were made cost a quarter more at 100,000 entries (cache misses; bench/search.py p99).
        squeezed = "\0".join([squeezed_all[i] for i in order]).split("\0") if order else []
        longest = len(squeezed[-1]) if squeezed else 0
        self._nospace_keys = (
            squeezed,
            array("i", [self._nospace[i] for i in order]),
            [bisect_left(squeezed, length, key=len) for length in range(longest + 2)],
        )
        self._nospace = []

    # --- whole-key lookups ------------------------------------------------------------------

    def exact(self, key: str) -> list[int]:
        """Numbers of the keys equal to ``key``."""
        keys, ordered = self.keys, self._sorted
        lo = hi = bisect_left(ordered, key, key=keys.__getitem__)
        while hi < len(ordered) and keys[ordered[hi]] == key:
            hi += 1
        return ordered[lo:hi].tolist()

    def prefix(self, key: str, cap: int) -> list[int]:
        """Numbers of the longer keys that start with ``key``, shortest first, ``cap`` at most."""
        keys, ordered = self.keys, self._sorted
        lo = bisect_left(ordered, key, key=keys.__getitem__)
        hi = bisect_left(ordered, key + _END, lo, key=keys.__getitem__)
        size = len(key)
        while lo < hi and len(keys[ordered[lo]]) == size:  # the key itself sorts first
            lo += 1
        if hi - lo <= _FEW_STARTS * cap:
            # Few keys start so: sorting them by length (stable: by key, then number, as each
            # length's table is) is cheaper than a look into every length's table.
            found = sorted(ordered[lo:hi], key=lambda n: len(keys[n]))
            return found[:cap]
        return self._prefix_by_length(key, cap)

    def _prefix_by_length(self, key: str, cap: int) -> list[int]:
        """:meth:`prefix` for a short, common prefix: length by length, stopping at ``cap``."""
        found: list[int] = []
        keys, numbers, starts = self.keys, self._by_length, self._starts
        for at in range(bisect_left(self._lengths, len(key) + 1), len(self._lengths)):
            lo = bisect_left(numbers, key, starts[at], starts[at + 1], key=keys.__getitem__)
            hi = bisect_left(numbers, key + _END, lo, starts[at + 1], key=keys.__getitem__)
            if hi > lo:
                found.extend(numbers[lo : min(hi, lo + cap - len(found))])
                if len(found) >= cap:
                    break
        return found

    def fuzzy_whole(
        self, key: str, cutoff: float, limit: int, longest_query: int = MAX_WHOLE_FUZZY
    ) -> list[tuple[int, float]]:
        """Keys that, without spaces, are within rapidfuzz ``ratio`` ``cutoff`` of ``key``.

        Only keys added with ``nospace=True`` take part, and only queries of at most
        ``longest_query`` characters are compared. Lengths too far apart to reach the
        cutoff are skipped without comparing.

        Returns:
            (key number, similarity 0..1) pairs, best first.
        """
        squeezed = key.replace(" ", "")
        size = len(squeezed)
        if not 0 < size <= longest_query:
            return []
        share = cutoff / 100
        shortest = int(size * share / (2 - share))
        longest = int(size * (2 - share) / share) + 1
        keys, numbers, starts = self._nospace_keys
        last = len(starts) - 1
        first = starts[min(max(shortest, 1), last)]  # empty keys (length 0) never match
        span = keys[first : starts[min(longest + 1, last)]]
        # One call for every length in range: best first, ties shorter first, as added.
        return [
            (numbers[first + i], score / 100)
            for _, score, i in process.extract(
                squeezed, span, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit
            )
        ]

    # --- word lookups -----------------------------------------------------------------------

    def is_word(self, token: str) -> bool:
        """Tell whether ``token`` is a word of some key."""
        return token in self._postings

    def is_word_or_prefix(self, token: str) -> bool:
        """Tell whether ``token`` is a word of some key, or the start of one."""
        if token in self._postings:
            return True
        at = bisect_left(self._sorted_words, token)
        return at < len(self._sorted_words) and self._sorted_words[at].startswith(token)

    def containing(self, word: str) -> array[int]:
        """Numbers of the keys that have ``word`` as one of their words."""
        return self._keys_with(word) if word in self._postings else array("i")

    def _keys_with(self, word: str) -> array[int]:
        at = self._postings[word]
        start = at >> 32
        return self._flat[start : start + (at & 0xFFFFFFFF)]

    def known(self, tokens: list[str]) -> tuple[bool, float]:
        """How much of a query is words of this space's keys.

        Returns:
            Whether every token is a word (the last may be the start of one), which the word tier
            needs; and the share of the query's letters in tokens that are words (or, for the
            last, the start of one, if it has three letters or more), which tells how plausible
            a reading of the query is: one-letter tokens are the start of some word anywhere.
        """
        if not tokens or not self._with_words:
            return False, 0.0
        postings = self._postings
        last = tokens[-1]
        whole = last in postings
        started = whole or self.is_word_or_prefix(last)
        found = sum(len(token) for token in tokens[:-1] if token in postings)
        every = started and found == sum(len(token) for token in tokens[:-1])
        if whole or (started and len(last) >= 3):
            found += len(last)
        return every, found / sum(len(token) for token in tokens)

    def _token_words(
        self, token: str, *, prefix: bool, fuzzy: bool, known_too: bool
    ) -> dict[str, tuple[float, bool]]:
        """Vocabulary words a query token stands for: word → (similarity, exact-or-prefix).

        With ``fuzzy``, near spellings are looked up too; for a token that is itself a word only
        with ``known_too`` (in a long query, a known word is almost always the one meant).
        """
        asked = (token, prefix, fuzzy, known_too)
        known = self._near.get(asked)
        if known is not None:
            return known
        found: dict[str, tuple[float, bool]] = {}
        if token in self._postings:
            found[token] = (1.0, True)
        if prefix:
            at = bisect_left(self._sorted_words, token)
            stop = bisect_left(self._sorted_words, token + _END, at)
            for word in self._sorted_words[at : min(stop, at + MAX_PREFIX_WORDS)]:
                found.setdefault(word, (0.7 + 0.3 * len(token) / len(word), True))
        if fuzzy and len(token) >= 3 and (known_too or token not in self._postings):
            cutoff = 75.0 if len(token) < 6 else 70.0
            grams = self._near_words.get(script(token))
            if grams is not None:
                for number, near in grams.near(token, cutoff, MAX_NEAR):
                    found.setdefault(grams.keys[number], (0.9 * near, False))
        if len(self._near) >= MEMORY:
            self._near.clear()
        self._near[asked] = found
        return found

    def words(
        self, tokens: Iterable[str], *, fuzzy: bool, cap: int = 20000
    ) -> dict[int, tuple[int, float]]:
        """Keys containing the query's words.

        Every token may match a word exactly; the last may also be the start of a word (the user
        is still typing it); with ``fuzzy`` a token may also be a near spelling of a word.

        Args:
            tokens: the query's words, in order.
            fuzzy: also look for near spellings.
            cap: stop adding new keys after this many (very common words).

        Returns:
            key number → (tokens matched exactly or as a prefix, sum of token similarities).
        """
        tokens = list(dict.fromkeys(tokens))
        if not tokens or not self._with_words:
            return {}
        expansions = []
        for i, token in enumerate(tokens):
            last = i == len(tokens) - 1
            matches = self._token_words(token, prefix=last, fuzzy=fuzzy, known_too=len(tokens) <= 2)
            size = sum(self._postings[word] & 0xFFFFFFFF for word in matches)
            expansions.append((size, matches))
        expansions.sort(key=lambda item: item[0])
        totals: dict[int, tuple[int, float]] = {}
        for rank, (size, matches) in enumerate(expansions):
            # Each key's best word (the first of the best, in the order found), merged word by
            # word in C: only the keys two words share are compared in Python. Values are as
            # totals holds them: (exact or prefix, similarity).
            best: dict[int, tuple[int, float]] = {}
            for word, (near, strict) in matches.items():
                found = (int(strict), near)
                fresh = dict.fromkeys(self._keys_with(word), found)
                if best:
                    for number in fresh.keys() & best.keys():
                        if near > best[number][1]:
                            best[number] = found
                        del fresh[number]
                best.update(fresh)
            refine_only = rank > 0 and (size > COMMON_POSTINGS or len(totals) >= cap)
            if not totals:
                if not refine_only:
                    totals = best
                continue
            for number in best.keys() & totals.keys():
                count, total = totals[number]
                exactly, alike = best.pop(number)
                totals[number] = (count + exactly, total + alike)
            if not refine_only:
                totals.update(best)  # the keys only this token found, in the order found
        return totals


def _script_runs(words: list[str]) -> list[tuple[Script | None, int, int]]:
    """Where each script's words lie in sorted ``words``: (script, start, stop), in order.

    Sorted, one script's words are mostly one run (Latin, then Cyrillic, then Hangul jamo): the
    runs are stored in the lexicon cache, so that reading the words back looks at no letter.
    """
    runs: list[tuple[Script | None, int, int]] = []
    at = 0
    # A word's script is its first letter's: one look per letter, not per word.
    for first, same in groupby(words, key=itemgetter(0)):
        kind = script(first)
        stop = at + sum(1 for _ in same)
        if runs and runs[-1][0] == kind:
            runs[-1] = (kind, runs[-1][1], stop)
        else:
            runs.append((kind, at, stop))
        at = stop
    return runs


def _by_script(
    words: list[str], runs: list[tuple[Script | None, int, int]]
) -> dict[Script | None, list[str]]:
    """Sorted words by script (:func:`_script_runs`), each script's in their order."""
    by_script: defaultdict[Script | None, list[str]] = defaultdict(list)
    for kind, start, stop in runs:
        by_script[kind] += words[start:stop]
    return by_script
