"""Korean sound changes, shared by the Latin (RR) and Cyrillic (Kontsevich) systems.

Both systems write Korean as it is *pronounced*, so both start from the same pronounced form. The
sound changes themselves (liaison, nasalisation, liquidisation, palatalisation, aspiration,
tensing) come from ``ko_pron``'s "phonetic Hangul" output; this module makes that output safe:

* ``ko_pron`` is only ever given one run of precomposed syllables, because it reads its argument as
  a regular expression and drops everything that is not Hangul.
* For ``ㅖ`` and ``ㅚ`` ``ko_pron`` returns every accepted variant joined by ``/``, which grows as
  2**n in a long word; those vowels are swapped for ones with the same consonant behaviour before
  the call and the written vowels are put back afterwards.
* ``ㄴ``-insertion (알약 [알략]) depends on word structure that no rule can see, so a small table
  of respellings, :data:`RESPELLINGS`, covers the words a phrasebook needs; tensing in
  Sino-Korean words (한자 [한짜]), written by Kontsevich but not by RR, is in :data:`TENSED`.
  A respelling applies to a whole word, or to its start when a particle follows (서울역에서), or
  when the key is three syllables or longer.
"""

from __future__ import annotations

import re

from phrasebook.pronounce.hangul import Syllable, compose, decompose

HANGUL_RUN = re.compile("[\uac00-\ud7a3]+")
"""One run of precomposed Hangul syllables: the unit every Korean system works on."""

RESPELLINGS: dict[str, str] = {
    # ㄴ-insertion in compounds (표준 발음법 제29항), which spelling does not show.
    "알약": "알략",
    "물약": "물략",
    "안약": "안냑",
    "학여울": "항녀울",
    "색연필": "생년필",
    "서울역": "서울력",
    "한여름": "한녀름",
    "휘발유": "휘발류",
    "식용유": "시굥뉴",
    "맨입": "맨닙",
    "솜이불": "솜니불",
    "눈요기": "눈뇨기",
    "부산역": "부산녁",
    "전철역": "전철력",
    "지하철역": "지하철력",
    # ㄴ+ㄹ read [ㄴㄴ] in these compounds (표준 발음법 제20항 붙임).
    "신문로": "신문노",
    "의견란": "의견난",
    "생산량": "생산냥",
    "결단력": "결딴녁",
    "공권력": "공꿘녁",
    "입원료": "이붠뇨",
    "상견례": "상견녜",
    # 밟- keeps ㅂ before consonants (제10항 다만); ko_pron handles 밟 itself but not these.
    "넓죽": "넙죽",
}
"""Written form → the spelling that gives its standard pronunciation, for every system."""

TENSED: dict[str, str] = {
    # Tensing in Sino-Korean words (한자 [한짜]); RR never writes it, Kontsevich does.
    "한자": "한짜",
    "태권도": "태꿘도",
    "문법": "문뻡",
    "사건": "사껀",
    "인기": "인끼",
    "물가": "물까",
    "발전": "발쩐",
    "절대": "절때",
}
"""Written form → respelling showing tensing that only pronunciation-based systems write."""

# Endings after which a two-syllable respelling still applies (한자를, but not 한자리).
_PARTICLES = frozenset(
    [
        "이",
        "가",
        "은",
        "는",
        "을",
        "를",
        "에",
        "에서",
        "에게",
        "으로",
        "로",
        "와",
        "과",
        "도",
        "만",
        "의",
        "이다",
        "이야",
        "이에요",
        "예요",
        "입니다",
        "이요",
        "요",
    ]
)

# Vowels that make ko_pron emit alternatives, and stand-ins that change no consonant rule.
_VARIANT_VOWELS = {"ㅖ": "ㅔ", "ㅚ": "ㅙ"}


def respell(word: str, table: dict[str, str] = RESPELLINGS) -> str:
    """Apply a respelling table to the start of a word of Hangul syllables.

    Args:
        word: a run of precomposed syllables.
        table: :data:`RESPELLINGS` or :data:`TENSED`.

    Returns:
        The word with its longest matching prefix respelled, or the word itself.
    """
    for length in range(min(len(word), 4), 1, -1):
        replacement = table.get(word[:length])
        rest = word[length:]
        if replacement is not None and (not rest or length >= 3 or rest in _PARTICLES):
            return replacement + rest
    return word


def pronounced_syllables(word: str) -> list[Syllable]:
    """Return the syllables of a word as pronounced, keeping the written vowels.

    Args:
        word: a run of precomposed Hangul syllables (see :data:`HANGUL_RUN`).

    Returns:
        One :class:`Syllable` per input syllable; leads and tails are the pronounced consonants
        (tails only ``ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ`` or empty), vowels are as written. If ``ko_pron``
        fails, the written syllables with neutralised tails are returned instead.
    """
    written = [decompose(char) for char in respell(respell(word), TENSED)]
    masked = "".join(
        compose(s.lead, _VARIANT_VOWELS.get(s.vowel, s.vowel), s.tail) for s in written
    )
    spoken = _ko_pron(masked, "ph")
    if spoken is None or len(spoken) != len(written) or not HANGUL_RUN.fullmatch(spoken):
        return [s._replace(tail=NEUTRAL_TAIL[s.tail]) for s in written]
    return [
        Syllable(said.lead, orig.vowel, said.tail)
        for said, orig in zip((decompose(c) for c in spoken), written, strict=True)
    ]


def pronounced_word(word: str) -> str:
    """Respell one run of Hangul syllables as it is pronounced (국물 → 궁물, 희망 → 히망).

    Args:
        word: a run of precomposed Hangul syllables.

    Returns:
        Hangul of the same length; ㅢ after a consonant is written ㅣ, as it is said
        (표준 발음법 제5항 다만 3).
    """
    return "".join(
        compose(s.lead, "ㅣ" if s.vowel == "ㅢ" and s.lead != "ㅇ" else s.vowel, s.tail)
        for s in pronounced_syllables(word)
    )


def revised_romanization(word: str) -> str:
    """Romanise one run of Hangul syllables in the Revised Romanization, with sound changes.

    Args:
        word: a run of precomposed Hangul syllables.

    Returns:
        Lowercase romanisation, e.g. ``"gungmul"`` for 국물.
    """
    romanised = _ko_pron(_palatalise_before_h(respell(word)), "rr")
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
