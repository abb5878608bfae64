"""Scoring: one query's run through the tiers, keeping the best hit of each entry.

Scores are in [0, 1] and tiered, so a better kind of match always ranks first:

===========  ===========  ==================================================================
tier         scores       what matched
===========  ===========  ==================================================================
exact        0.90 – 1.00  the whole folded text
prefix       0.75 – 0.90  the start of the text
word         0.60 – 0.75  every query word is a word of the text (the last may be unfinished)
sound        0.45 – 0.60  the query sounds like a reading of the text (:mod:`.sound`)
partial      0.50 – 0.54  a few words of a much longer text; a tag; a note; a text that shares
                          the query's rarer words, not all of them (:mod:`.overlap`)
fuzzy        below 0.55   rapidfuzz similarity of at least 0.6
===========  ===========  ==================================================================

**Confidence.** A result scoring :data:`CONFIDENT` (0.55) or more is one the search is sure of;
below it, the result is only one of the closest phrases and every interface says so. What lands
below the line, by construction:

- every fuzzy match: a typo and a different word that shares letters (몰라요 and 목말라요) look
  the same to a spelling comparison, so neither is presented as the answer;
- a sound match whose key is less than 90 % similar to the reading's (one ear's slip in ten
  letters is allowed; more is a guess);
- a *partial* match: the query's words are all in the text but cover less than half of it
  (모르겠어요 in "I don't know if my mother is alive"; не бейте in «Перестаньте, не бейтесь
  головой»), or only the start of a text read from a romanisation or another layout; and a
  match of a tag or note, which says what an entry is about, not what it says;
- any match that flips yes and no, or asking and telling (:mod:`.meaning`): its score is
  multiplied by :data:`FLIPPED` (0.54), so even an exact match of 다쳤어요 to 다쳤어요? is not sure.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from enum import IntEnum
from itertools import islice
from operator import itemgetter
from typing import NamedTuple

from phrasebook.search.fuzzy import similarities
from phrasebook.search.grams import Grams
from phrasebook.search.keys import KeySpace
from phrasebook.search.meaning import flipped
from phrasebook.search.normalise import normalise
from phrasebook.search.overlap import shared_words
from phrasebook.search.records import KINDS, Records
from phrasebook.values import LANGS, Entry, Lang, MatchKind, SearchResult

CONFIDENT = 0.55
"""Results scoring at least this are answers; below it, "not sure — closest phrases"."""
FLIPPED = 0.54
"""Factor for a match that says no where the query says yes, or asks where it tells (or back)."""

EXACT, PREFIX, WORD, SOUND, FUZZY = 0.90, 0.75, 0.60, 0.45, 0.0
PARTIAL = 0.50
"""Base of the partial band (width 0.04, below :data:`CONFIDENT`)."""
HALF = 0.5
"""Share of a text a query must cover for a word match (or a guessed prefix) to be sure."""
OTHER_LANG = 0.98
_FUZZY_CUTOFF = 60.0
_CANDIDATES = 150
MAX_WORDS = 8
"""Words of a query looked up one by one; a longer query is not a phrase."""
SOUND_CUTOFF = 70.0
"""Least similarity (0-100) of a query's sound key to a reading's for a sound match."""
_FLOOR_FROM = 500
"""Entries (the first scored) whose scores set the floor a fuzzy candidate must reach."""
_LONGEST_SOUND = 120
"""Longest sound key (letters) compared whole."""
_TEXT = KINDS.index(MatchKind.TEXT)


class Depth(IntEnum):
    """How many tiers a reading of the query is worth."""

    NEAR = 0
    """A reading worth only the tiers that are never sure: fuzzy, and shared words."""
    EXACT = 1
    """An unlikely reading: only an exact match counts."""
    PREFIX = 2
    """Exact and prefix tiers (initial consonants, an unfinished romanisation)."""
    ALL = 3
    """Every tier."""


class Form(NamedTuple):
    """One reading of the query: which keys to look in, with what key, at what quality."""

    space: KeySpace
    key: str
    quality: float
    depth: Depth
    kind: MatchKind = MatchKind.TEXT
    said: str = ""
    """The folded text this reading takes the query to say, where it is one (for the yes/no and
    question checks); "" when the reading is not text of a language (romanised, initials)."""
    guess: bool = False
    """A guess at what the user is still typing: its matches rank in the word tier at best."""
    grams: Grams | None = None
    """For a sound reading, the keys by letter triples (how near keys are found)."""
    unsure: bool = False
    """A reading in other words than typed (:mod:`.equivalents`: 총 for 무기): its matches are
    never sure, as a gun is not every weapon and 총 also means "total"."""
    typed: bool = False
    """The query as typed, or what it spells in another layout's letters where every key makes
    a syllable (Korean keys on a Latin keyboard): the fuzzy tier always runs for it, as it does
    for the same words typed in their own letters."""


class Run:
    """The best hit per entry while one query runs through the tiers."""

    def __init__(
        self,
        entries: Sequence[Entry],
        records: Records,
        raw: str,
        limit: int,
        lang: Lang | None,
        category: str | None,
    ) -> None:
        self.entries = entries
        self.records = records
        self.raw = raw
        self.limit = limit
        self.lang = lang
        self._lang = LANGS.index(lang) if lang is not None else -1
        """The language's number in the records (-1 for none)."""
        self.category = category
        self.best: dict[int, tuple[float, int, MatchKind]] = {}
        self._folded: dict[int, str] = {}

    def _offer(
        self, record_number: int, base: float, width: float, quality: float, form: Form
    ) -> None:
        records = self.records
        number = records.entry[record_number]
        if self.category is not None and self.entries[number].category != self.category:
            return
        lang = records.lang[record_number]
        bias = 1.0 if self._lang < 0 or self._lang == lang else OTHER_LANG
        score = min(1.0, base + width * quality * records.weight[record_number] * bias)
        number_of_kind = records.kind[record_number]
        kind = KINDS[number_of_kind]
        if number_of_kind == _TEXT:
            kind = form.kind
            if score >= CONFIDENT and form.said and self._flips(form.said, record_number):
                score *= FLIPPED
        if form.unsure and score >= CONFIDENT:
            score *= FLIPPED  # into the "not sure" band, in the same order
        seen = self.best.get(number)
        if seen is None or score > seen[0]:
            self.best[number] = (score, record_number, kind)

    def _floor(self) -> float:
        """A score that a new entry must beat to be among the results: the ``limit``-th best of
        the first :data:`_FLOOR_FROM` entries scored (0 while there are fewer). It is never above
        the ``limit``-th best of all, and scores only grow, so it stays a safe floor; the first
        scored are the best tiers', so it is mostly the same, without a pass over the thousands
        of entries a query can touch at 100,000 entries."""
        scores: list[float] = heapq.nlargest(
            self.limit, map(itemgetter(0), islice(self.best.values(), _FLOOR_FROM))
        )
        return scores[-1] if len(scores) == self.limit else 0.0

    def _improvable(
        self, space: KeySpace, numbers: Iterable[int], width: float, quality: float
    ) -> list[int]:
        """The keys of ``numbers`` whose records, offered in the fuzzy tier with a quality of at
        most ``quality``, could change the results: not those whose entry is filtered out, already
        scored as much as it could get, or could not reach the ``limit``-th best score so far (a
        costly comparison is then skipped)."""
        records, entries, category = self.records, self.entries, self.category
        entry, langs, weights, best, lang = (
            records.entry,
            records.lang,
            records.weight,
            self.best,
            self._lang,
        )
        floor = self._floor()
        found = []
        for number in numbers:
            record = space.records[number]
            at = entry[record]
            if category is not None and entries[at].category != category:
                continue
            bias = 1.0 if lang < 0 or lang == langs[record] else OTHER_LANG
            ceiling = min(1.0, FUZZY + width * quality * weights[record] * bias)
            seen = best.get(at)
            if (ceiling > seen[0]) if seen is not None else (ceiling >= floor):
                found.append(number)
        return found

    def _flips(self, said: str, record_number: int) -> bool:
        text = self.records.shown[record_number]
        folded = self._folded.get(record_number)
        if folded is None:
            folded = self._folded[record_number] = normalise(text)
        return flipped(self.raw, said, text, folded)

    def count(self, floor: float) -> int:
        """How many entries already scored at least ``floor``."""
        return sum(1 for score, _, _ in self.best.values() if score >= floor)

    def whole(self, form: Form, *, prefix: bool) -> None:
        """The exact tier and (for likely readings) the prefix tier."""
        space = form.space
        exact, at_start = (
            ((WORD, 0.15), (WORD, 0.15)) if form.guess else ((EXACT, 0.10), (PREFIX, 0.15))
        )
        for number in space.exact(form.key):
            self._offer(space.records[number], *exact, form.quality, form)
        if prefix:
            for number in space.prefix(form.key, cap=max(50, 4 * self.limit)):
                key = space.keys[number]
                cover = len(form.key) / len(key)
                if key[len(form.key) : len(form.key) + 1] == " ":
                    cover = (1 + cover) / 2  # whole words typed (부상 → 부상 있어, not 부상자다)
                if cover < HALF and form.kind is not MatchKind.TEXT:
                    self._offer(space.records[number], PARTIAL, 0.04, cover / HALF, form)
                else:
                    self._offer(space.records[number], *at_start, form.quality * cover, form)

    def words(self, form: Form, *, fuzzy: bool) -> None:
        """The word tier, or with ``fuzzy`` the fuzzy tier."""
        space = form.space
        tokens = form.key.split()[:MAX_WORDS]
        hits = space.words(tokens, fuzzy=fuzzy)
        if not fuzzy:
            every = len(tokens)
            for number in [n for n, (strict, _) in hits.items() if strict >= every]:
                record = space.records[number]
                cover = min(1.0, len(form.key) / len(space.keys[number]))
                if cover < HALF or self.records.kind[record] != _TEXT:
                    quality = form.quality * min(1.0, cover / HALF)
                    self._offer(record, PARTIAL, 0.04, quality, form)
                else:
                    quality = form.quality * (0.4 + 0.6 * cover)
                    self._offer(record, WORD, 0.15, quality, form)
            return
        needed = 0.45 * min(len(tokens), 2)  # a phrase may be a part of what was typed
        # The likeliest by their words' similarity; ties in the order found (a stable sort).
        ranked = [(total, number) for number, (_, total) in hits.items() if total >= needed]
        ranked.sort(key=itemgetter(0), reverse=True)
        chosen = self._improvable(
            space, map(itemgetter(1), ranked[:_CANDIDATES]), 0.54, form.quality
        )
        keys = space.keys
        for at, near in similarities(form.key, [keys[n] for n in chosen], _FUZZY_CUTOFF):
            number = chosen[at]
            self._offer(space.records[number], FUZZY, 0.54, form.quality * near / 100, form)
        if len(tokens) == 1:  # Korean typed without its spaces: 손들어, sondeureo
            for number, near in space.fuzzy_whole(form.key, 75.0, 20):
                self._offer(space.records[number], FUZZY, 0.54, form.quality * near, form)

    def shared(self, form: Form) -> None:
        """Texts sharing the query's weightiest words (:mod:`.overlap`): partial, never sure."""
        for number, alike in shared_words(form.space, form.key.split()[:MAX_WORDS]):
            if self.records.kind[form.space.records[number]] == _TEXT:
                self._offer(form.space.records[number], PARTIAL, 0.04, form.quality * alike, form)

    def sound(self, form: Form) -> None:
        """The sound tier: readings whose sound key is near the query's.

        A whole reading scores by similarity, from :data:`SOUND` at :data:`SOUND_CUTOFF` to 0.60
        at 100; one that only starts with what was heard scores as a 0.7 to 0.85 similarity
        (never confident: the rest of the phrase may change its meaning).
        """
        space = form.space
        width = 0.15 / (1 - SOUND_CUTOFF / 100)
        near_keys = (
            form.grams.near(form.key, SOUND_CUTOFF, 30)
            if form.grams is not None
            else space.fuzzy_whole(form.key, SOUND_CUTOFF, 30, _LONGEST_SOUND)
        )
        for number, near in near_keys:
            self._offer(space.records[number], SOUND, width, near - SOUND_CUTOFF / 100, form)
        if len(form.key) >= 4:
            for number in space.prefix(form.key, cap=max(30, 3 * self.limit)):
                cover = len(form.key) / len(space.keys[number])
                near = 0.7 + 0.15 * cover
                self._offer(space.records[number], SOUND, width, near - SOUND_CUTOFF / 100, form)

    def results(self) -> list[SearchResult]:
        """The best hit of each entry, best first, at most ``limit``."""
        records = self.records
        ranked = sorted(
            self.best.items(),
            key=lambda item: (-item[1][0], len(records.shown[item[1][1]]), item[0]),
        )[: self.limit]
        return [
            SearchResult(
                self.entries[number],
                score,
                LANGS[records.lang[record_number]],
                records.shown[record_number],
                kind,
                score >= CONFIDENT,
                records.reading(record_number) if kind is MatchKind.SOUND else "",
            )
            for number, (score, record_number, kind) in ranked
        ]
