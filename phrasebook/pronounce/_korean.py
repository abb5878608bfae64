"""Korean sound changes, shared by the Latin (RR) and Cyrillic (Kontsevich) systems.

Both systems write Korean as it is *pronounced*, so both start from the same pronounced form. The
sound changes that follow from the letters (liaison, nasalisation, liquidisation, palatalisation,
aspiration, tensing after a stop, clusters) come from ``ko_pron``'s "phonetic Hangul" output; those
that depend on word structure (ㄴ-insertion, tensing after ㄹ and after the adnominal -ㄹ) are
written into the spelling first by :mod:`phrasebook.pronounce._korean_rules`. This module makes
``ko_pron`` safe and applies it to a whole phrase:

* ``ko_pron`` is only ever given runs of precomposed syllables, because it reads its argument as
  a regular expression and drops everything that is not Hangul.
* For ``ㅖ`` and ``ㅚ`` ``ko_pron`` returns every accepted variant joined by ``/``, which grows as
  2**n in a long word; those vowels are swapped for ones with the same consonant behaviour before
  the call and the written vowels are put back afterwards.
* Words with only a space between them are said as one stretch (표준 발음법 제18항 붙임, 제29항
  붙임 2): a word beginning with a consonant is joined to the word before for ``ko_pron``, so
  밥 먹어 is said [밤 머거] and 못 해 [모 태]; a word beginning with a vowel keeps its own start
  (물 없어 [물 업써]) except for ㄴ-insertion (할 일 [할 릴]). Punctuation breaks the stretch.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from phrasebook._patterns import on_first_use
from phrasebook.pronounce._korean_across import across_space
from phrasebook.pronounce._korean_rules import insert_n, tense_word
from phrasebook.pronounce.hangul import Syllable, compose, decompose

HANGUL_RUN = on_first_use("[\uac00-\ud7a3]+")
"""One run of precomposed Hangul syllables: the unit every Korean system works on."""

_SPACES = re.compile(" +")

# Vowels that make ko_pron emit alternatives, and stand-ins that change no consonant rule.
_VARIANT_VOWELS = {"ㅖ": "ㅔ", "ㅚ": "ㅙ"}


def respelled_words(text: str, *, tense: bool) -> tuple[list[re.Match[str]], list[str], list[bool]]:
    """Find the Korean words of ``text`` and respell each for the rules ``ko_pron`` cannot see.

    Args:
        text: any text.
        tense: also write tensing (for pronunciation-based systems; RR never writes it).

    Returns:
        The words' matches in ``text``, their respellings (same lengths), and for each word
        whether it is joined in speech to the word before (only spaces between them).
    """
    matches = list(HANGUL_RUN().finditer(text))
    joined = [
        k > 0 and bool(_SPACES.fullmatch(text[matches[k - 1].end() : match.start()]))
        for k, match in enumerate(matches)
    ]
    words: list[str] = []
    for k, match in enumerate(matches):
        word = insert_n(match.group())
        if tense:
            last = k + 1 == len(matches) or not joined[k + 1]
            word = tense_word(word, sentence_end=last)
        if joined[k]:
            word = across_space(words[-1], word, tense=tense)
        words.append(word)
    return matches, words, joined


def _stretches(words: list[str], joined: list[bool]) -> Iterator[range]:
    """Runs of word indices said as one: a word joins the one before when that one ends in a
    consonant and this one begins with one."""
    start = 0
    for k in range(1, len(words) + 1):
        if k == len(words) or not (
            joined[k] and decompose(words[k - 1][-1]).tail and decompose(words[k][0]).lead != "ㅇ"
        ):
            yield range(start, k)
            start = k


def pronounced_text(text: str) -> Iterator[tuple[re.Match[str], list[Syllable]]]:
    """Each Korean word of ``text`` with its syllables as pronounced in the phrase.

    Args:
        text: any text.

    Yields:
        The word's match in ``text`` and one :class:`Syllable` per written syllable (see
        :func:`spoken_syllables`).
    """
    matches, words, joined = respelled_words(text, tense=True)
    for stretch in _stretches(words, joined):
        said = spoken_syllables("".join(words[k] for k in stretch))
        for k in stretch:
            yield matches[k], said[: len(words[k])]
            said = said[len(words[k]) :]


def spoken_syllables(written: str) -> list[Syllable]:
    """The syllables of an already respelled stretch as ``ko_pron`` says them, written vowels kept.

    Args:
        written: a run of precomposed Hangul syllables.

    Returns:
        One :class:`Syllable` per input syllable; leads and tails are the pronounced consonants
        (tails only ``ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ`` or empty), vowels are as written. If ``ko_pron``
        fails, the written syllables with neutralised tails are returned instead.
    """
    syllables = [decompose(char) for char in written]
    masked = "".join(
        compose(s.lead, _VARIANT_VOWELS.get(s.vowel, s.vowel), s.tail) for s in syllables
    )
    spoken = _ko_pron(masked, "ph")
    if spoken is None or len(spoken) != len(syllables) or not HANGUL_RUN().fullmatch(spoken):
        return [s._replace(tail=NEUTRAL_TAIL[s.tail]) for s in syllables]
    return [
        Syllable(said.lead, orig.vowel, said.tail)
        for said, orig in zip((decompose(c) for c in spoken), syllables, strict=True)
    ]


def pronounced_syllables(word: str) -> list[Syllable]:
    """Return the syllables of one word as pronounced on its own, keeping the written vowels."""
    return [syllable for _, said in pronounced_text(word) for syllable in said]


def pronounced_word(syllables: list[Syllable]) -> str:
    """Write pronounced syllables as Hangul (국물 → 궁물, 희망 → 히망).

    Args:
        syllables: from :func:`pronounced_text`.

    Returns:
        Hangul of the same length; ㅢ after a consonant is written ㅣ, as it is said
        (표준 발음법 제5항 다만 3).
    """
    return "".join(
        compose(s.lead, "ㅣ" if s.vowel == "ㅢ" and s.lead != "ㅇ" else s.vowel, s.tail)
        for s in syllables
    )


def romanized_text(text: str) -> str:
    """Romanise every Korean word of ``text`` in the Revised Romanization, with sound changes.

    Where two words are said as one, the end of the first and the start of the second are
    written as assimilated (밥 먹어 → bam meogeo, 할 일 → hal lil); tensing is never written.
    """
    matches, words, joined = respelled_words(text, tense=False)
    for stretch in _stretches(words, joined):
        for k in stretch[1:]:
            words[k - 1], words[k] = _assimilated(words[k - 1], words[k])
    out, last = [], 0
    for match, word in zip(matches, words, strict=True):
        out.append(text[last : match.start()])
        out.append(revised_romanization(word))
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def _assimilated(before: str, word: str) -> tuple[str, str]:
    """Write the assimilation across a space into the two words' spelling (밥 먹어 → 밤 먹어,
    못 해 → 모 태, 할 놈 → 할 롬); tensing is left out, as RR never writes it."""
    said = spoken_syllables(before[-1] + word[0])
    end, start = decompose(before[-1]), decompose(word[0])
    if said[0].tail != NEUTRAL_TAIL[end.tail]:
        before = before[:-1] + compose(end.lead, end.vowel, said[0].tail)
    if said[1].lead != start.lead and _LAX.get(said[1].lead) != start.lead:
        word = compose(said[1].lead, start.vowel, start.tail) + word[1:]
    return before, word


_LAX = {"ㄲ": "ㄱ", "ㄸ": "ㄷ", "ㅃ": "ㅂ", "ㅆ": "ㅅ", "ㅉ": "ㅈ"}


def revised_romanization(word: str) -> str:
    """Romanise one respelled run of Hangul syllables in the Revised Romanization.

    Args:
        word: a run of precomposed Hangul syllables (see :func:`respelled_words`).

    Returns:
        Lowercase romanisation, e.g. ``"gungmul"`` for 국물.
    """
    romanised = _ko_pron(_palatalise_before_h(word), "rr")
    if romanised is None:  # fall back to syllable by syllable, without sound changes
        romanised = "".join(_ko_pron(char, "rr") or char for char in word)
    return romanised.strip().lower()


def _palatalise_before_h(word: str) -> str:
    """Respell final ㄷ before 히/혀 as ㅊ (굳히다 → 구치다), which ko_pron's RR misses."""
    syllables = [decompose(char) for char in word]
    for i in range(len(syllables) - 1):
        this, following = syllables[i], syllables[i + 1]
        if this.tail == "ㄷ" and following.lead == "ㅎ" and following.vowel in ("ㅣ", "ㅕ"):
            syllables[i] = this._replace(tail="")
            syllables[i + 1] = following._replace(lead="ㅊ")
    return "".join(compose(*s) for s in syllables)


def _ko_pron(word: str, system: str) -> str | None:
    """Call ``ko_pron.romanise`` on a clean word; None if it fails."""
    from ko_pron import romanise  # deferred: pronounce must stay cheap to import

    try:
        result = romanise(word, system)
    # ko_pron is untyped third-party code: whatever it raises means "no answer", never a crash.
    except Exception:
        return None
    return result if isinstance(result, str) else None


NEUTRAL_TAIL: dict[str, str] = {
    "": "",
    "ㄱ": "ㄱ",
    "ㄲ": "ㄱ",
    "ㄳ": "ㄱ",
    "ㄴ": "ㄴ",
    "ㄵ": "ㄴ",
    "ㄶ": "ㄴ",
    "ㄷ": "ㄷ",
    "ㄹ": "ㄹ",
    "ㄺ": "ㄱ",
    "ㄻ": "ㅁ",
    "ㄼ": "ㄹ",
    "ㄽ": "ㄹ",
    "ㄾ": "ㄹ",
    "ㄿ": "ㅂ",
    "ㅀ": "ㄹ",
    "ㅁ": "ㅁ",
    "ㅂ": "ㅂ",
    "ㅄ": "ㅂ",
    "ㅅ": "ㄷ",
    "ㅆ": "ㄷ",
    "ㅇ": "ㅇ",
    "ㅈ": "ㄷ",
    "ㅊ": "ㄷ",
    "ㅋ": "ㄱ",
    "ㅌ": "ㄷ",
    "ㅍ": "ㅂ",
    "ㅎ": "ㄷ",
}
"""Every written tail → the one of seven tails it is pronounced as before a pause."""
