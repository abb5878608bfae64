"""Text folding for search: one normal form for whatever way a phrase was typed.

Three layers, each applied to index texts and queries alike:

- :func:`normalise` folds Unicode forms, case, punctuation, stress marks, ``ё``, Ukrainian
  apostrophes and Latin/Cyrillic look-alike letters. Its result is still readable text.
- :func:`keyform` additionally spells every Hangul syllable as the compatibility jamo typed on a
  Korean 2-set keyboard (``손 들어`` → ``ㅅㅗㄴ ㄷㅡㄹㅇㅓ``), so a one-letter typo inside a
  syllable costs one edit, not a whole syllable, and a half-typed syllable is a prefix.
- :func:`choseong` keeps only each syllable's initial consonant (``손 들어`` → ``ㅅㄷㅇ``).
"""

from __future__ import annotations

import re
import unicodedata

from phrasebook._patterns import on_first_use
from phrasebook.pronounce.hangul import FIRST_SYLLABLE, LAST_SYLLABLE, LEADS, TAILS, VOWELS
from phrasebook.values import Script

# Compound vowels and final clusters as the keys typed for them on a 2-set keyboard.
SPLIT: dict[str, str] = {
    "ㅘ": "ㅗㅏ",
    "ㅙ": "ㅗㅐ",
    "ㅚ": "ㅗㅣ",
    "ㅝ": "ㅜㅓ",
    "ㅞ": "ㅜㅔ",
    "ㅟ": "ㅜㅣ",
    "ㅢ": "ㅡㅣ",
    "ㄳ": "ㄱㅅ",
    "ㄵ": "ㄴㅈ",
    "ㄶ": "ㄴㅎ",
    "ㄺ": "ㄹㄱ",
    "ㄻ": "ㄹㅁ",
    "ㄼ": "ㄹㅂ",
    "ㄽ": "ㄹㅅ",
    "ㄾ": "ㄹㅌ",
    "ㄿ": "ㄹㅍ",
    "ㅀ": "ㄹㅎ",
    "ㅄ": "ㅂㅅ",
}

CONSONANTS = frozenset("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
"""Single compatibility consonants (what :func:`keyform` leaves for any consonant)."""


def _split(jamo: str) -> str:
    return SPLIT.get(jamo, jamo)


class _SyllableKeys(dict[int, str | int]):
    """A ``str.translate`` table spelling each Hangul syllable as 2-set jamo, filled as syllables
    are met: building all 11,172 up front would cost every start a tenth of a second."""

    def __missing__(self, code: int) -> str | int:
        if not FIRST_SYLLABLE <= code <= LAST_SYLLABLE:
            # Kept as it is, and remembered: a KeyError (which also keeps it) would be raised
            # again for every other letter of every text, a fifth of building the index.
            self[code] = code
            return code
        lead, rest = divmod(code - FIRST_SYLLABLE, 21 * 28)
        vowel, tail = divmod(rest, 28)
        self[code] = typed = LEADS[lead] + _split(VOWELS[vowel]) + _split(TAILS[tail])
        return typed


class _SyllableInitials(dict[int, str | int]):
    """A ``str.translate`` table keeping each Hangul syllable's initial consonant, filled as
    syllables are met."""

    def __missing__(self, code: int) -> str | int:
        if not FIRST_SYLLABLE <= code <= LAST_SYLLABLE:
            self[code] = code  # kept as it is, as above
            return code
        self[code] = lead = LEADS[(code - FIRST_SYLLABLE) // (21 * 28)]
        return lead


def _syllable_tables() -> tuple[dict[int, str | int], dict[int, str | int]]:
    keys = _SyllableKeys({ord(jamo): typed for jamo, typed in SPLIT.items()})
    initials = _SyllableInitials({ord(" "): ""})
    return keys, initials


def _conjoining_to_compat() -> dict[int, str]:
    # NFKC turns keyboard (compatibility) jamo into conjoining jamo; a standalone conjoining jamo
    # is turned back so that typed ㅅㄷㅇ stays ㅅㄷㅇ.
    table: dict[int, str] = {}
    for code in range(0x3131, 0x318F):
        compat = chr(code)
        target = unicodedata.normalize("NFKC", compat)
        if len(target) == 1 and target != compat:
            table.setdefault(ord(target), compat)
    return table


# Apostrophes join a word (п'ять = пять); stress marks and stray combining accents go.
_DROP = re.compile("['’ʼ‘`´ʹ′ꞌ\u0300-\u036f]+")


_LATIN_TO_CYRILLIC = str.maketrans("abcehikmoptxy", "авсенікмортху")
_CYRILLIC_TO_LATIN = str.maketrans("авсенікмортхуѕј", "abcehikmoptxysj")
_LATIN = re.compile(r"[a-z]")
_CYRILLIC = re.compile(r"[а-яіїєґ]")
_ADJACENT = re.compile("[a-z][а-яіїєґ]|[а-яіїєґ][a-z]")
_WORD = re.compile(r"\w+")
_SEPARATORS = re.compile(r"[\W_]+")
_BULK_SEPARATORS = re.compile(r"[^\w\0 ]+")
_SPACES = re.compile(" {2,}")
# Wide ranges of Hangul: compiled when first needed (phrasebook._patterns), never for ASCII.
_CONJOINING = on_first_use("[\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]")
_HANGUL_RANGES = (("\u1100", "\u11ff"), ("\u3131", "\u318e"), ("\uac00", "\ud7a3"))
"""Hangul jamo, compatibility (keyboard) jamo and syllables."""
_HANGUL = on_first_use("[" + "".join(f"{first}-{last}" for first, last in _HANGUL_RANGES) + "]")
_SHORT = 256
"""Texts up to this long (queries) are looked through letter by letter for Hangul."""

_MADE: list[tuple[dict[int, str | int], dict[int, str | int], dict[int, str]]] = []


def _tables() -> tuple[dict[int, str | int], dict[int, str | int], dict[int, str]]:
    # Made on first use, not at import; the syllables fill in as they are met.
    if not _MADE:
        keys, initials = _syllable_tables()
        _MADE.append((keys, initials, _conjoining_to_compat()))
    return _MADE[0]


def _fix_lookalikes(match: re.Match[str]) -> str:
    word = match.group()
    if not _ADJACENT.search(word):
        return word
    cyrillic = len(_CYRILLIC.findall(word))
    latin = len(_LATIN.findall(word))
    if cyrillic >= latin:
        return word.translate(_LATIN_TO_CYRILLIC)
    return word.translate(_CYRILLIC_TO_LATIN)


def _nfkc(text: str) -> str:
    """NFKC of a text, or of NUL-joined texts piece by piece: one "…" among a hundred thousand
    texts would otherwise normalise them all (the NUL, a starter no mark composes with, keeps
    the result the same)."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    if len(text) < 4096 or "\0" not in text:
        return unicodedata.normalize("NFKC", text)
    return "\0".join(
        piece if unicodedata.is_normalized("NFKC", piece) else unicodedata.normalize("NFKC", piece)
        for piece in text.split("\0")
    )


def _fold(text: str) -> str:
    """The steps of :func:`normalise` that work character by character."""
    _, _, compat = _tables()
    text = _nfkc(text)
    # casefold and the removals can leave text that is no longer in normal form
    folded = _nfkc(_DROP.sub("", text.casefold()).replace("ё", "е").replace("ґ", "г"))
    if _may_hold_hangul(folded) and _CONJOINING().search(folded):
        folded = folded.translate(compat)
    return folded


def normalise(text: str) -> str:
    """Fold a text so that the way it was typed does not matter.

    Applies NFKC, case folding, removal of stress marks and apostrophes, ``ё`` → ``е``,
    ``ґ`` → ``г``, turns every run of punctuation, symbols and spaces into one space, and in a
    word where Latin and Cyrillic letters touch, turns the look-alikes of the minority script
    into the majority's (``pуки`` → ``руки``). Hangul stays as syllables; keyboard jamo typed
    alone (``ㅅㄷㅇ``) stay keyboard jamo. The result is idempotent.

    Args:
        text: any string.

    Returns:
        The folded text: words separated by single spaces, no leading or trailing space.
    """
    if text.isascii():  # the common case needs no Unicode tables
        folded = text.lower().replace("'", "").replace("`", "")
        return _SEPARATORS.sub(" ", folded).strip()
    folded = _SEPARATORS.sub(" ", _fold(text)).strip()
    if _LATIN.search(folded) and _CYRILLIC.search(folded) and _ADJACENT.search(folded):
        folded = _WORD.sub(_fix_lookalikes, folded)
    return folded


def normalise_many(texts: list[str]) -> list[str]:
    """:func:`normalise` of each text, in a few passes over one joined string.

    For thousands of texts this is several times faster than one call per text, and gives the
    same results: every step works character by character or within a word, and the NUL joining
    the texts is a separator no step crosses.
    """
    if not texts:
        return []
    joined = "\0".join(texts)
    if joined.count("\0") != len(texts) - 1:
        return [normalise(text) for text in texts]
    # Two cheap passes instead of one costly one: most separators are already single spaces.
    folded = _SPACES.sub(" ", _BULK_SEPARATORS.sub(" ", _fold(joined).replace("_", " ")))
    pieces = [piece.strip() for piece in folded.split("\0")]
    if _LATIN.search(folded) and _CYRILLIC.search(folded) and _ADJACENT.search(folded):
        pieces = [
            _WORD.sub(_fix_lookalikes, piece) if _ADJACENT.search(piece) else piece
            for piece in pieces
        ]
    return pieces


def has_hangul(text: str) -> bool:
    """Tell whether a text has any Hangul syllable or jamo."""
    if not _may_hold_hangul(text):
        return False
    if len(text) <= _SHORT:  # a query: letter by letter costs less than compiling the pattern
        return any(first <= c <= last for c in text for first, last in _HANGUL_RANGES)
    return _HANGUL().search(text) is not None


def _may_hold_hangul(text: str) -> bool:
    """False when no letter of ``text`` can be Hangul or its jamo (all come before U+1100).

    So a Latin or Cyrillic query never compiles the Hangul patterns (phrasebook._patterns).
    Long texts (the index's joined ones) are left to the pattern, which scans them faster.
    """
    return not text.isascii() and (len(text) > _SHORT or max(text) >= "\u1100")


def keyform(normalised: str) -> str:
    """Spell Hangul as the jamo typed on a 2-set keyboard (``손 들어`` → ``ㅅㅗㄴ ㄷㅡㄹㅇㅓ``).

    Args:
        normalised: a result of :func:`normalise`.

    Returns:
        The text with each syllable, compound vowel and final cluster split into single jamo;
        other characters unchanged.
    """
    keys, _, _ = _tables()
    return normalised.translate(keys)


def choseong(normalised: str) -> str:
    """The initial consonant of each Hangul syllable, without spaces (``손 들어`` → ``ㅅㄷㅇ``).

    Args:
        normalised: a result of :func:`normalise`.

    Returns:
        The initials of its syllables; spaces are dropped, other characters kept.
    """
    _, initials, _ = _tables()
    return normalised.translate(initials)


def is_choseong_query(key: str) -> bool:
    """Tell whether a keyform is only keyboard consonants (a 초성 search such as ``ㅅㄷㅇ``)."""
    letters = key.replace(" ", "")
    return bool(letters) and all(ch in CONSONANTS for ch in letters)


def script(word: str) -> Script | None:
    """The script of a folded word, by its first character (None for digits and the like)."""
    return Script.of(word[:1]) if word else None
