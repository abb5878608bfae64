"""Search every entry in every language from whatever a hurried user types.

One index holds each entry's texts in all four languages, its variants, tags and notes, folded
once when the index is built. A query needs no language flag; it is tried as typed and, where it
makes sense, as the other things it may be:

======================  =====================================================================
input style             how it is matched
======================  =====================================================================
as typed                :func:`normalise` (case, punctuation, stress marks, ё, apostrophes,
                        look-alike letters); Hangul compared as 2-set jamo (손드러 → 손 들어),
                        and Korean typed without spaces split at known words; Korean words
                        also by their stems, whatever their endings (쏘지 마세요 → 쏘지 마십시오);
                        Russian and Ukrainian by their Snowball stems (не понимать → Не понимаю);
                        and read in the lexicon's words (변소 → 화장실, :mod:`.equivalents`)
초성 (ㅅㄷㅇ, ㅁㄱ)      against each Korean text's initial consonants
Latin for ko/ru/uk      against a loose romanisation of every Korean, Russian and Ukrainian text
                        (son deureo, mugi boryo, ruki vverh, ruky vhoru)
Cyrillic for Korean     by sound (мугі порьо, камсахамнида, кэнчанайо); see below
wrong layout            Latin read as Russian or Ukrainian keys (``herb ddth[``), as Korean
                        2-set keys (``ths emfdj``), and Cyrillic read as QWERTY keys
======================  =====================================================================

Sound keys (:mod:`phrasebook.search.sound`): every text and variant is also indexed by how it
sounds in its listeners' scripts (Korean as heard in Cyrillic and Latin letters, Russian and
Ukrainian in Hangul and Latin, English in Hangul and Cyrillic), so ``кэнчанайо``, ``다바이`` and
``드롭 잇`` find 괜찮아요, «Давай» and "Drop it".

Scores, tiers and what "confident" means are in :mod:`phrasebook.search.run`. Within a tier the
score grows with how much of the text the query covers (for fuzzy and sound matches, with the
similarity), scaled by quality factors: 1 for the entry's own text, 0.9 for a variant, 0.6 for a
tag and 0.35 for a note (tags and notes reach the word tier at best); 0.98 for Korean re-spaced,
0.97 for initial consonants, 0.95 for romanised input, 0.92 for a wrong-layout reading, 0.9 for
stems and 0.9 for a reading in equivalent words; and 0.98
when ``lang`` was given and the text is in another language. An exact match of an entry's own
text, typed as is, scores 1. Ties go to the shorter text, then to lexicon order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from phrasebook._gc import gc_paused
from phrasebook.search import equivalents
from phrasebook.search import keyboard as _keyboard
from phrasebook.search.build import sound_spaces, text_spaces
from phrasebook.search.cyrillic import stems as cyrillic_stems
from phrasebook.search.korean import stems
from phrasebook.search.normalise import has_hangul, is_choseong_query, keyform, normalise
from phrasebook.search.records import Records
from phrasebook.search.romanize import loose
from phrasebook.search.run import MAX_WORDS, PREFIX, WORD, Depth, Form, Run
from phrasebook.search.sound import Reading, sound_key
from phrasebook.values import Entry, Lang, MatchKind, Script, SearchResult

__all__ = ["SearchIndex", "normalise"]

MAX_QUERY = 200
"""Characters of a query that are looked at; the rest is ignored."""

_AS_TYPED, _RESPACED, _INITIALS, _ROMANISED, _LAYOUT = 1.0, 0.98, 0.97, 0.95, 0.92
_STEMMED, _EQUIVALENT = 0.9, 0.9
_LONGEST_WORD = 8
"""Syllables in the longest Korean word looked for when re-spacing."""
_DIGRAPH_STARTS = frozenset("aeoyzcskt")


class SearchIndex:
    """Every entry's texts in every language, folded once into fast lookup tables.

    Args:
        entries: the entries to index, in the order ties are broken (a Lexicon iterates its own).
        sounds: also index how every text sounds to listeners of other scripts (sound keys).
        readings: the readings to index as sound keys, by entry id, as
            :func:`~phrasebook.search.sound.entry_readings` gives them; computed when omitted
            (a lexicon keeps them in its cache, since the transcribers take about a millisecond
            per entry).
    """

    def __init__(
        self,
        entries: Iterable[Entry],
        *,
        sounds: bool = True,
        readings: Mapping[str, Sequence[Reading]] | None = None,
    ) -> None:
        self.entries: Sequence[Entry] = list(entries)
        self.records = Records()
        with gc_paused():
            (
                self._text,
                self._loose_korean,
                self._loose_cyrillic,
                self._initials,
                self._stems,
                self._cyrillic_stems,
            ) = text_spaces(self.entries, self.records)
            self._sound, self._grams = sound_spaces(
                self.entries, self.records, readings or {}, sounds=sounds
            )

    def __len__(self) -> int:
        return len(self.entries)

    def __getstate__(self) -> dict[str, Any]:
        # The entries belong to the lexicon, which stores them once and gives them back (bind);
        # the sound keys' triple tables find the sound key spaces' keys, stored with those.
        grams = {script: grams.keyless() for script, grams in self._grams.items()}
        return {**self.__dict__, "entries": [], "_unbound": len(self.entries), "_grams": grams}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        for script, grams in self._grams.items():
            grams.keys = self._sound[script].keys

    def bind(self, entries: Sequence[Entry]) -> SearchIndex:
        """Give an unpickled index its entries back: the ones it was built from, in order (kept
        as given, not copied: a lexicon read from its cache makes each entry when first asked).

        Raises:
            ValueError: when ``entries`` cannot be the ones the index was built from.
        """
        count = self.__dict__.get("_unbound", len(self.entries))
        if count != len(entries):
            raise ValueError(f"the index was built from {count} entries, not {len(entries)}")
        self.__dict__.pop("_unbound", None)
        self.entries = entries
        return self

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
        run = Run(self.entries, self.records, raw, limit, _bias(lang), category)
        for form in forms:
            if form.kind is not MatchKind.SOUND and form.depth >= Depth.EXACT:
                run.whole(form, prefix=form.depth >= Depth.PREFIX)
        if run.count(PREFIX) >= limit:
            return run.results()
        # How many of its words each reading has in the index decides which readings are worth
        # the word and fuzzy tiers: "herb ddth[" is worth reading as Russian only.
        known = [
            (*form.space.known(form.key.split()[:MAX_WORDS]), form)
            for form in forms
            if form.depth in (Depth.ALL, Depth.NEAR) and form.kind is not MatchKind.SOUND
        ]
        for every, _, form in known:
            if every and form.depth is Depth.ALL:
                run.words(form, fuzzy=False)
        if run.count(WORD) >= limit:
            return run.results()
        for form in forms:
            if form.kind is MatchKind.SOUND:
                run.sound(form)
        # The fuzzy tier is costly: it runs for the query as typed and for the best readings.
        best = max((share for _, share, _ in known), default=0.0)
        for _, share, form in known:
            if form.typed or (share == best and (share > 0 or form.quality >= _ROMANISED)):
                run.words(form, fuzzy=True)
        for form in forms:  # words of inflected languages, by their stems
            if form.space is self._stems or form.space is self._cyrillic_stems:
                run.shared(form)
        return run.results()

    def _forms(self, raw: str) -> list[Form]:
        folded = normalise(raw)
        if not folded:
            return []
        key = keyform(folded)
        forms = [Form(self._text, key, _AS_TYPED, Depth.ALL, said=folded, typed=True)]
        forms += self._word_forms(folded, _AS_TYPED)
        for said in equivalents.readings(folded):  # in the lexicon's words: 변소 → 화장실
            forms.append(
                Form(self._text, keyform(said), _EQUIVALENT, Depth.ALL, said=said, unsure=True)
            )
            forms += [form._replace(unsure=True) for form in self._word_forms(said, _EQUIVALENT)]
        if is_choseong_query(key):
            forms.append(
                Form(
                    self._initials,
                    key.replace(" ", ""),
                    _INITIALS,
                    Depth.PREFIX,
                    MatchKind.INITIALS,
                )
            )
        latin = any("a" <= ch <= "z" for ch in folded)
        cyrillic = any("а" <= ch <= "я" or ch in "іїє" for ch in folded)
        if latin:
            forms += self._latin_forms(raw, folded)
        if cyrillic:
            forms.append(self._layout_form(normalise(_keyboard.cyrillic_to_latin(raw))))
        forms += self._sound_forms(raw, folded)
        return [form for form in forms if form.key]

    def _latin_forms(self, raw: str, folded: str) -> list[Form]:
        spaces = (self._loose_korean, self._loose_cyrillic)
        typed = loose(folded)
        roman = MatchKind.ROMANIZED
        forms = [Form(space, typed, _ROMANISED, Depth.ALL, roman) for space in spaces]
        if folded[-1] in _DIGRAPH_STARTS:
            # "son de" is on its way to "son deureo", whose loose key has "u" for "eu".
            unfinished = loose(folded[:-1])
            forms += [
                Form(space, unfinished, _ROMANISED, Depth.PREFIX, roman, guess=True)
                for space in spaces
            ]
        for convert in (_keyboard.latin_to_russian, _keyboard.latin_to_ukrainian):
            said = normalise(convert(raw))
            forms.append(self._layout_form(said))
        korean = _keyboard.decode_two_set(raw)
        if korean is not None:
            # Korean typed on a QWERTY keyboard with no Korean layout: read like Hangul typed.
            said = normalise(korean)
            forms.append(self._layout_form(said, spelled=True))
            forms += self._korean_forms(said, _LAYOUT, MatchKind.LAYOUT)
        return forms

    def _sound_forms(self, raw: str, folded: str) -> list[Form]:
        scripts = {Script.of(ch) for ch in folded if ch.isalpha()} - {None}
        return [
            Form(
                self._sound[script],
                key,
                1.0,
                Depth.ALL,
                MatchKind.SOUND,
                grams=self._grams.get(script),
            )
            for script in scripts
            if script in self._sound and (key := sound_key(raw, script))
        ]

    def _word_forms(self, folded: str, quality: float) -> list[Form]:
        """Korean re-spaced and stemmed, Russian and Ukrainian stemmed (:mod:`.cyrillic`)."""
        forms = self._korean_forms(folded, quality, MatchKind.TEXT) if has_hangul(folded) else []
        stemmed = cyrillic_stems(folded)
        if stemmed != folded and " " in folded:  # a sentence; one word is matched as spelled
            forms.append(
                Form(self._cyrillic_stems, stemmed, quality * _STEMMED, Depth.ALL, said=folded)
            )
        return forms

    def _korean_forms(self, folded: str, quality: float, kind: MatchKind) -> list[Form]:
        """Korean re-spaced where it was run together, and its words' stems (:mod:`.korean`)."""
        forms = self._respaced(folded, quality * _RESPACED, kind)
        key = forms[0].key if forms else keyform(folded)
        stemmed = [Form(self._stems, stems(key), quality * _STEMMED, Depth.ALL, kind, folded)]
        if forms:
            # Re-spacing also splits a word it does not know (다쳤습니다 → 다 쳤 습 니 다): the
            # words as spaced are stemmed too, for the tiers that are never sure; a single word,
            # for an exact match of its stem (부상당했어요 as 부상당했습니다: no prefix, as the
            # stemmer takes a noun's last syllable for an ending too: 바다 → 바).
            key = stems(keyform(folded))
            depth = Depth.NEAR if " " in folded else Depth.EXACT
            stemmed.append(Form(self._stems, key, quality * _STEMMED, depth, kind, folded))
        return [*forms, *stemmed]

    def _respaced(self, folded: str, quality: float, kind: MatchKind) -> list[Form]:
        """Korean typed with few or no spaces, split at the longest known words (우리는너를)."""
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
        spaced = " ".join(words)
        if spaced == keyform(folded):
            return []
        return [Form(self._text, spaced, quality, Depth.ALL, kind, said=folded)]

    def _layout_form(self, said: str, *, spelled: bool = False) -> Form:
        """``said`` read from keys of another layout, as a reading of the query.

        Args:
            spelled: every key made a letter of a syllable (Korean keys on a Latin keyboard):
                as likely as the same words typed in their own letters, unknown words and all.
                Otherwise the reading is worth the costly tiers only when its words look real;
                one or two keys read as another layout are too ambiguous to be worth more than
                an exact match.
        """
        key = keyform(said)
        if spelled:
            return Form(self._text, key, _LAYOUT, Depth.ALL, MatchKind.LAYOUT, said, typed=True)
        _, share = self._text.known(key.split())
        likely = len(key.replace(" ", "")) >= 3 and share > 0
        depth = Depth.ALL if likely else Depth.EXACT
        return Form(self._text, key, _LAYOUT, depth, MatchKind.LAYOUT, said=said)


def _bias(lang: Lang | str | None) -> Lang | None:
    if isinstance(lang, Lang):
        return lang
    if isinstance(lang, str):
        try:
            return Lang.parse(lang)
        except ValueError:
            return None
    return None
