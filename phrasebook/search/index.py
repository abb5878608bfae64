"""Search every entry in every language from whatever a hurried user types.

One index holds each entry's texts in all four languages, its variants, tags and notes, folded
once when the index is built. A query needs no language flag; it is tried as typed and, where it
makes sense, as the other things it may be:

======================  =====================================================================
input style             how it is matched
======================  =====================================================================
as typed                :func:`normalise` (case, punctuation, stress marks, ё, apostrophes,
                        look-alike letters); Hangul compared as 2-set jamo (손드러 → 손 들어),
                        and Korean typed without spaces split at known words
초성 (ㅅㄷㅇ, ㅁㄱ)      against each Korean text's initial consonants
Latin for ko/ru/uk      against a loose romanisation of every Korean, Russian and Ukrainian text
                        (son deureo, mugi boryo, ruki vverh, ruky vhoru)
Cyrillic for Korean     romanised, then as Latin for Korean (мугі порьо, камсахамнида)
wrong layout            Latin read as Russian or Ukrainian keys (``herb ddth[``), as Korean
                        2-set keys (``ths emfdj``), and Cyrillic read as QWERTY keys
======================  =====================================================================

Scores are in [0, 1] and tiered, so a better kind of match always ranks first:

- exact (the whole folded text): 0.90 to 1.0;
- prefix (the text starts with the query): 0.75 to 0.90;
- word (every query word is a word of the text, the last may be unfinished): 0.55 to 0.75;
- fuzzy (rapidfuzz similarity of at least 0.6): up to 0.55.

Within a tier the score grows with how much of the text the query covers (for fuzzy matches,
with the similarity), scaled by quality factors: 1 for the entry's own text, 0.9 for a variant,
0.6 for a tag and 0.35 for a note (tags and notes reach the word tier at best); 0.98 for Korean
re-spaced, 0.97 for initial consonants, 0.95 for romanised input, 0.92 for a wrong-layout
reading, 0.9 for Korean in Cyrillic letters (a guess: word tier at best); and 0.98 when ``lang``
was given and the text is in another language. An exact match of an entry's own text, typed as
is, scores 1. Ties go to the shorter text, then to lexicon order.
"""

from __future__ import annotations

import gc
import heapq
from collections.abc import Iterable
from enum import IntEnum
from typing import NamedTuple

from phrasebook.search import keyboard as _keyboard
from phrasebook.search.keys import KeySpace, Records, similarity
from phrasebook.search.normalise import (
    choseong,
    has_hangul,
    is_choseong_query,
    keyform,
    normalise,
    normalise_many,
)
from phrasebook.search.romanize import loose, romanize_cyrillic, romanize_korean
from phrasebook.values import LANGS, Entry, Lang, SearchResult

__all__ = ["SearchIndex", "normalise"]

MAX_QUERY = 200
"""Characters of a query that are looked at; the rest is ignored."""

_MAIN, _VARIANT, _TAG, _NOTE = 1.0, 0.9, 0.6, 0.35
_AS_TYPED, _RESPACED, _INITIALS, _ROMANISED, _LAYOUT = 1.0, 0.98, 0.97, 0.95, 0.92
_CYRILLIC_KOREAN = 0.9
_LONGEST_WORD = 8
"""Syllables in the longest Korean word looked for when re-spacing."""
_OTHER_LANG = 0.98
_EXACT, _PREFIX, _WORD, _FUZZY = 0.90, 0.75, 0.55, 0.0
_FUZZY_CUTOFF = 60.0
_CANDIDATES = 150
_MAX_WORDS = 8
"""Words of a query looked up one by one; a longer query is not a phrase."""
_DIGRAPH_STARTS = frozenset("aeoyzcskt")


class _Depth(IntEnum):
    """How many tiers a reading of the query is worth."""

    EXACT = 1
    """An unlikely reading: only an exact match counts."""
    PREFIX = 2
    """Exact and prefix tiers (initial consonants, an unfinished romanisation)."""
    ALL = 3
    """Every tier."""


class _Form(NamedTuple):
    """One reading of the query: which keys to look in, with what key, at what quality."""

    space: KeySpace
    key: str
    quality: float
    depth: _Depth
    guess: bool = False
    """A guess at what the user is still typing: its matches rank in the word tier at best."""


class SearchIndex:
    """Every entry's texts in every language, folded once into fast lookup tables.

    Args:
        entries: the entries to index, in the order ties are broken (a Lexicon iterates its own).
    """

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._entries: list[Entry] = list(entries)
        self._records = Records()
        self._text = KeySpace()
        self._loose_korean = KeySpace()
        self._loose_cyrillic = KeySpace()
        self._initials = KeySpace(words=False)
        collecting = gc.isenabled()
        gc.disable()  # many short-lived objects and no cycles: collection passes only cost time
        try:
            self._build()
        finally:
            if collecting:
                gc.enable()

    def __len__(self) -> int:
        return len(self._entries)

    def _build(self) -> None:
        # Texts are gathered per kind and folded in a few passes over joined strings (see
        # normalise_many): per-text calls would cost several times more at 100,000 entries.
        entries = self._entries
        records = self._records
        texts: dict[Lang, tuple[list[str], list[int]]] = {}
        for lang in LANGS:
            found = [(n, text) for n, e in enumerate(entries) if (text := e.text.get(lang))]
            numbers = list(records.extend(found, lang, _MAIN))
            variants = [
                (n, v.text[lang])
                for n, e in enumerate(entries)
                if e.variants
                for v in e.variants
                if v.text.get(lang)
            ]
            numbers += records.extend(variants, lang, _VARIANT)
            texts[lang] = ([text for _, text in found + variants], numbers)
        tagged = [(n, e.text.get(Lang.EN, "")) for n, e in enumerate(entries) if e.tags]
        tag_records = records.extend(tagged, Lang.EN, _TAG)
        tags = (
            [tag for n, _ in tagged for tag in entries[n].tags],
            [r for r, (n, _) in zip(tag_records, tagged, strict=True) for _ in entries[n].tags],
        )
        notes: tuple[list[str], list[int]] = ([], [])
        for n, entry in enumerate(entries):
            for lang_code, note in entry.notes.items():
                lang = Lang(lang_code)
                shown = entry.text.get(lang) or entry.text.get(Lang.EN, "")
                notes[0].append(note)
                notes[1].extend(records.extend([(n, shown)], lang, _NOTE))
        for lang, (raw, numbers) in texts.items():
            if not raw:
                continue
            folded = "\0".join(normalise_many(raw))
            self._text.extend(_keys(folded), numbers, nospace=lang is Lang.KO)
            if lang is Lang.KO:
                self._initials.extend(choseong(folded).split("\0"), numbers)
                latin = romanize_korean(folded)
                self._loose_korean.extend(loose(latin).split("\0"), numbers, nospace=True)
            elif lang is not Lang.EN:
                latin = romanize_cyrillic(folded, lang is Lang.UK)
                self._loose_cyrillic.extend(loose(latin).split("\0"), numbers)
        # Tags and notes describe an entry rather than say it: they match in the word tier only.
        for raw, numbers in (tags, notes):
            if raw:
                self._text.extend(_keys("\0".join(normalise_many(raw))), numbers, whole=False)
        for space in (self._text, self._loose_korean, self._loose_cyrillic, self._initials):
            space.freeze()

    # --- querying ---------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        lang: Lang | str | None = None,
        category: str | None = None,
    ) -> list[SearchResult]:
        """Entries best matching ``query``; see :meth:`phrasebook.Lexicon.search`.

        Args:
            query: whatever the user typed; any string (only the first 200 characters count).
            limit: the most results to return.
            lang: the language the user probably typed in; it only biases ranking.
            category: keep only entries of this category.

        Returns:
            At most ``limit`` results, best first, one per entry; ``[]`` when nothing matches.
        """
        if limit <= 0 or not isinstance(query, str):
            return []
        raw = query[:MAX_QUERY]
        forms = self._forms(raw)
        if not forms:
            return []
        run = _Run(self, limit, _bias(lang), category)
        for form in forms:
            run.whole(form, prefix=form.depth >= _Depth.PREFIX)
        if run.count(_PREFIX) >= limit:
            return run.results()
        # How many of its words each reading has in the index decides which readings are worth
        # the word and fuzzy tiers: "herb ddth[" is worth reading as Russian only.
        known = [
            (*form.space.known(form.key.split()[:_MAX_WORDS]), form)
            for form in forms
            if form.depth is _Depth.ALL
        ]
        for every, _, form in known:
            if every:
                run.words(form, fuzzy=False)
        if run.count(_WORD) >= limit:
            return run.results()
        # The fuzzy tier is costly: it runs for the query as typed and for the best readings.
        best = max((share for _, share, _ in known), default=0.0)
        for _, share, form in known:
            if form.quality == _AS_TYPED or (
                share == best and (share > 0 or form.quality >= _ROMANISED)
            ):
                run.words(form, fuzzy=True)
        return run.results()

    def _forms(self, raw: str) -> list[_Form]:
        folded = normalise(raw)
        if not folded:
            return []
        key = keyform(folded)
        forms = [_Form(self._text, key, _AS_TYPED, _Depth.ALL)]
        if has_hangul(folded):
            spaced = self._respace(folded)
            if spaced != key:
                forms.append(_Form(self._text, spaced, _RESPACED, _Depth.ALL))
        if is_choseong_query(key):
            forms.append(_Form(self._initials, key.replace(" ", ""), _INITIALS, _Depth.PREFIX))
        latin = any("a" <= ch <= "z" for ch in folded)
        cyrillic = any("а" <= ch <= "я" or ch in "іїє" for ch in folded)
        if latin:
            spaces = (self._loose_korean, self._loose_cyrillic)
            typed = loose(folded)
            forms += [_Form(space, typed, _ROMANISED, _Depth.ALL) for space in spaces]
            if folded[-1] in _DIGRAPH_STARTS:
                # "son de" is on its way to "son deureo", whose loose key has "u" for "eu".
                unfinished = loose(folded[:-1])
                forms += [
                    _Form(space, unfinished, _ROMANISED, _Depth.PREFIX, guess=True)
                    for space in spaces
                ]
            for convert in (_keyboard.latin_to_russian, _keyboard.latin_to_ukrainian):
                forms.append(self._layout_form(keyform(normalise(convert(raw)))))
            jamo = keyform(normalise(_keyboard.latin_to_two_set(raw)))
            if _keyboard.looks_korean(jamo):
                forms.append(self._layout_form(jamo))
        if cyrillic:
            forms.append(self._layout_form(normalise(_keyboard.cyrillic_to_latin(raw))))
            # Korean written in Cyrillic letters, as on Ukrainian cards: «Мугі порьо!» (무기 버려).
            spelled = loose(romanize_cyrillic(folded.replace("ьо", "йо"), ukrainian=False))
            forms.append(
                _Form(self._loose_korean, spelled, _CYRILLIC_KOREAN, _Depth.ALL, guess=True)
            )
        return [form for form in forms if form.key]

    def _respace(self, folded: str) -> str:
        """Split run-together Korean words at the longest known words (우리는너를 → 우리는 너를).

        People often type Korean with few or no spaces; the result is a keyform.
        """
        words = []
        for token in folded.split():
            start = 0
            while start < len(token):
                for size in range(min(len(token) - start, _LONGEST_WORD), 0, -1):
                    word = keyform(token[start : start + size])
                    if size == 1 or self._text.is_word(word):
                        words.append(word)
                        start += size
                        break
        return " ".join(words)

    def _layout_form(self, key: str) -> _Form:
        # A reading of other keys is worth the costly tiers only when its words look real.
        # One or two keys read as another layout are too ambiguous to be worth more than exact.
        _, share = self._text.known(key.split())
        likely = len(key.replace(" ", "")) >= 3 and share > 0
        return _Form(self._text, key, _LAYOUT, _Depth.ALL if likely else _Depth.EXACT)


def _keys(joined: str) -> list[str]:
    """The keyforms of NUL-joined normalised texts."""
    return (keyform(joined) if has_hangul(joined) else joined).split("\0")


def _bias(lang: Lang | str | None) -> Lang | None:
    if isinstance(lang, Lang):
        return lang
    if isinstance(lang, str):
        try:
            return Lang.parse(lang)
        except ValueError:
            return None
    return None


class _Run:
    """The best hit per entry while one query runs through the tiers."""

    def __init__(
        self, index: SearchIndex, limit: int, lang: Lang | None, category: str | None
    ) -> None:
        self.index = index
        self.limit = limit
        self.lang = lang
        self.category = category
        self.best: dict[int, tuple[float, int]] = {}

    def _offer(self, record_number: int, base: float, width: float, quality: float) -> None:
        records = self.index._records
        number = records.entry[record_number]
        if self.category is not None and self.index._entries[number].category != self.category:
            return
        lang = records.lang[record_number]
        bias = 1.0 if self.lang is None or self.lang is lang else _OTHER_LANG
        score = min(1.0, base + width * quality * records.weight[record_number] * bias)
        seen = self.best.get(number)
        if seen is None or score > seen[0]:
            self.best[number] = (score, record_number)

    def count(self, floor: float) -> int:
        """How many entries already scored at least ``floor``."""
        return sum(1 for score, _ in self.best.values() if score >= floor)

    def whole(self, form: _Form, *, prefix: bool) -> None:
        """The exact tier and (for likely readings) the prefix tier."""
        space = form.space
        exact, at_start = (
            ((_WORD, 0.20), (_WORD, 0.20)) if form.guess else ((_EXACT, 0.10), (_PREFIX, 0.15))
        )
        for number in space.exact(form.key):
            self._offer(space.records[number], *exact, form.quality)
        if prefix:
            for number in space.prefix(form.key, cap=max(50, 4 * self.limit)):
                key = space.keys[number]
                cover = len(form.key) / len(key)
                if key[len(form.key) : len(form.key) + 1] == " ":
                    cover = (1 + cover) / 2  # whole words typed (부상 → 부상 있어, not 부상자다)
                self._offer(space.records[number], *at_start, form.quality * cover)

    def words(self, form: _Form, *, fuzzy: bool) -> None:
        """The word tier, or with ``fuzzy`` the fuzzy tier."""
        space = form.space
        tokens = form.key.split()[:_MAX_WORDS]
        hits = space.words(tokens, fuzzy=fuzzy)
        if not fuzzy:
            for number, (strict, _) in hits.items():
                if strict >= len(tokens):
                    cover = min(1.0, len(form.key) / len(space.keys[number]))
                    quality = form.quality * (0.4 + 0.6 * cover)
                    self._offer(space.records[number], _WORD, 0.20, quality)
            return
        needed = 0.45 * min(len(tokens), 2)  # a phrase may be a part of what was typed
        ranked = heapq.nlargest(
            _CANDIDATES,
            (item for item in hits.items() if item[1][1] >= needed),
            key=lambda item: item[1][1],
        )
        for number, _ in ranked:
            near = similarity(form.key, space.keys[number])
            if near >= _FUZZY_CUTOFF:
                self._offer(space.records[number], _FUZZY, 0.55, form.quality * near / 100)
        if len(tokens) == 1:  # Korean typed without its spaces: 손들어, sondeureo
            for number, near in space.fuzzy_whole(form.key, 75.0, 20):
                self._offer(space.records[number], _FUZZY, 0.55, form.quality * near)

    def results(self) -> list[SearchResult]:
        """The best hit of each entry, best first, at most ``limit``."""
        records = self.index._records
        ranked = sorted(
            self.best.items(),
            key=lambda item: (-item[1][0], len(records.shown[item[1][1]]), item[0]),
        )[: self.limit]
        out = []
        for number, (score, record_number) in ranked:
            out.append(
                SearchResult(
                    self.index._entries[number],
                    score,
                    records.lang[record_number],
                    records.shown[record_number],
                )
            )
        return out
