"""The lexicon's part of a translation: which sentences are vetted phrases, and what is close.

A sentence is answered from the lexicon only when the search is sure of it and matched the whole
text (:data:`VETTED_MIN`, the search's exact tier): typed as the entry is, in any case and
punctuation, or the same words romanised or typed in another keyboard layout, or one of the entry's
variants. A match that is only the start of a longer entry, a few of its words, a similar spelling
or a flipped question or negation is never substituted: it is offered as a :class:`Suggestion`.
tests/mt/test_vetting.py holds the table of sentences on each side of the line.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import replace

from phrasebook.lexicon import Lexicon
from phrasebook.mt.result import Segment, Suggestion
from phrasebook.mt.text import clauses
from phrasebook.search import normalise
from phrasebook.values import Entry, Lang, MatchKind, SearchResult

VETTED_MIN = 0.9
"""The least search score of a vetted match: the floor of the exact tier. Everything below it (a
prefix of a longer entry scores up to 0.90, "every word is in the entry" up to 0.75) adds or drops
meaning, so it is a suggestion, not a translation."""
SUGGESTIONS = 3
"""Closest phrases offered for a sentence the lexicon does not answer."""
_READINGS = frozenset({MatchKind.TEXT, MatchKind.ROMANIZED, MatchKind.LAYOUT})
_QUESTION = ("?", "？")
_MEMO = 8192

_Found = tuple[tuple[Segment, ...] | None, tuple[Suggestion, ...]]


def _key(text: str) -> tuple[str, bool]:
    # Folding drops punctuation, but "you are wounded" is not "are you wounded?".
    return normalise(text), text.rstrip().endswith(_QUESTION)


class Vetter:
    """Answers sentences from a lexicon; safe to share between threads."""

    def __init__(self, lexicon: Lexicon) -> None:
        """Read ``lexicon``'s texts lazily, one language at a time."""
        self.lexicon = lexicon
        self._lock = threading.Lock()
        self._exact: dict[Lang, dict[tuple[str, bool], tuple[Entry, str]]] = {}
        self._memo: OrderedDict[tuple[str, Lang, Lang], _Found] = OrderedDict()

    def _table(self, src: Lang) -> dict[tuple[str, bool], tuple[Entry, str]]:
        with self._lock:
            table = self._exact.get(src)
            if table is None:
                table = {}
                seen: set[tuple[str, bool]] = set()
                for entry in self.lexicon:
                    texts = [(entry.text[src], entry.text[src])]
                    texts += [(v.text[src], v.text[src]) for v in entry.variants if src in v.text]
                    for text, said in texts:
                        key = _key(text)
                        if key in seen:  # two entries say it: let the search rank them
                            table.pop(key, None)
                            continue
                        seen.add(key)
                        table[key] = (entry, said)
                self._exact[src] = table
            return table

    def vet(self, sentence: str, src: Lang, dst: Lang) -> _Found:
        """The vetted segments for ``sentence`` (None when it is not vetted) and its suggestions.

        A sentence that is not one entry but whose every clause is ("руки вгору і кинь зброю")
        gives one segment per clause.
        """
        memo_key = (sentence, src, dst)
        with self._lock:
            if memo_key in self._memo:
                self._memo.move_to_end(memo_key)
                return self._memo[memo_key]
        found: _Found
        whole = self._whole(sentence, src, dst)
        if isinstance(whole, Segment):
            found = ((whole,), ())
        else:
            parts = clauses(sentence)
            answers = [self._whole(part, src, dst) for part in parts] if len(parts) > 1 else []
            vetted = [s for s in answers if isinstance(s, Segment)]
            if answers and len(vetted) == len(answers):
                spaced = tuple(replace(s, before=" " if i else "") for i, s in enumerate(vetted))
                found = (spaced, ())
            else:
                found = (None, whole)
        with self._lock:
            self._memo[memo_key] = found
            if len(self._memo) > _MEMO:
                self._memo.popitem(last=False)
        return found

    def _whole(self, sentence: str, src: Lang, dst: Lang) -> Segment | tuple[Suggestion, ...]:
        """A vetted segment for the whole sentence, else the closest phrases."""
        if not len(self.lexicon):
            return ()
        exact = self._table(src).get(_key(sentence))
        if exact is not None:
            entry, said = exact
            return self._segment(sentence, entry, said, src, dst)
        hits = self.lexicon.search(sentence, limit=SUGGESTIONS, lang=src)
        if hits and _vetted(hits[0], src):
            return self._segment(sentence, hits[0].entry, hits[0].matched, src, dst)
        return tuple(
            Suggestion(h.entry.id, h.entry.text[src], h.entry.text[dst], round(h.score, 3))
            for h in hits
        )

    @staticmethod
    def _segment(sentence: str, entry: Entry, said: str, src: Lang, dst: Lang) -> Segment:
        text = entry.text[dst]
        if said != entry.text[src]:  # a variant: its own wording in dst, when it gives one
            variant = next((v for v in entry.variants if v.text.get(src) == said), None)
            if variant is not None and dst in variant.text:
                text = variant.text[dst]
        matched = "" if _key(said)[0] == _key(sentence)[0] else said
        return Segment(sentence, text, "lexicon", entry.id, (src, dst), False, matched)


def _vetted(hit: SearchResult, src: Lang) -> bool:
    return hit.confident and hit.score >= VETTED_MIN and hit.lang == src and hit.kind in _READINGS
