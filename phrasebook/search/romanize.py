"""Latin search keys for Korean, Russian and Ukrainian texts, and the "loose" fold over them.

The index stores every Korean and Cyrillic text once more as a loose Latin key, so that a query
typed on a Latin keyboard (``son deureo``, ``mugi boryo``, ``ruki vverh``, ``ruky vhoru``) matches
without guessing at query time which of many spellings was meant.

- Korean: Revised Romanization with only the two sound changes people hear in every sentence:
  a final consonant linked into a following vowel (들어 → ``deureo``) and a final nasalised before
  ㄴ or ㅁ (합니다 → ``hamnida``).
- Russian and Ukrainian: simple passport-style transliteration (х → ``kh``, г → ``h`` in Ukrainian).
- :func:`loose` then folds what people mix up when typing by ear: ``eo``/``o``, ``eu``/``u``,
  ``ae``/``e``, ``kh``/``h``, ``y``/``i``, voiced and voiceless pairs (g/k, d/t, b/p), r/l, doubled
  letters. It is applied to the index keys and to Latin queries alike.
"""

from __future__ import annotations

import re

from phrasebook._patterns import on_first_use
from phrasebook.pronounce.hangul import FIRST_SYLLABLE, LAST_SYLLABLE, LEADS, TAILS, VOWELS


def _words(spaced: str) -> list[str]:
    return spaced.split()


_LEAD_RR = dict(zip(LEADS, _words("g kk n d tt r m b pp s ss - j jj ch k t p h"), strict=True))
_LEAD_RR["ㅇ"] = ""
_VOWEL_RR = dict(
    zip(
        VOWELS,
        _words("a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i"),
        strict=True,
    )
)
# A final as heard at the end of a word, and as heard when a vowel follows (linked: 들어 → deureo).
_TAIL_RR = dict(
    zip(
        TAILS,
        ["", *_words("k k k n n n t l k m l l l p l m p p t t ng t t k t p t")],
        strict=True,
    )
)
_TAIL_LINKED = dict(
    zip(
        TAILS,
        ["", *_words("g kk ks n nj n d r lg lm lb ls lt lp r m b bs s ss ng j ch k t p"), ""],
        strict=True,
    )
)

# A final as heard before ㄴ or ㅁ (nasalised: 합니다 → hamnida, 있습니다 → itseumnida).
_TAIL_NASAL = {
    **_TAIL_RR,
    **dict.fromkeys("ㄱㄲㄳㄺㅋ", "ng"),
    **dict.fromkeys("ㄷㅅㅆㅈㅊㅌㅎ", "n"),
    **dict.fromkeys("ㅂㅄㄿㅍ", "m"),
}

_PLAIN: dict[int, str] = {}
_LINKED: dict[int, str] = {}
_NASAL: dict[int, str] = {}
_LINK = on_first_use("[\uac00-\ud7a3](?=[\uc544-\uc78f])")  # a syllable before one starting with ㅇ
_NASALISE = on_first_use("[\uac00-\ud7a3](?=[\ub098-\ub2e3\ub9c8-\ubc13])")  # before ㄴ or ㅁ

_RU = str.maketrans(
    {
        **dict(zip("абвгдезиклмнопрстуфыэіїє", "abvgdeziklmnoprstufyeiie", strict=True)),
        **{"ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch"},
        **{"ъ": "", "ь": "", "ю": "yu", "я": "ya"},
    }
)
_UK = str.maketrans(
    {
        **dict(zip("абвгдезиіклмнопрстуфыэ", "abvhdezyiklmnoprstufye", strict=True)),
        **{"є": "ye", "ї": "yi", "ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ч": "ch"},
        **{"ш": "sh", "щ": "shch", "ъ": "", "ь": "", "ю": "yu", "я": "ya"},
    }
)

_DIGRAPHS = {
    "shch": "s",
    "sch": "s",
    "kh": "h",
    "zh": "c",
    "ch": "c",
    "sh": "s",
    "ts": "c",
    "eo": "o",
    "eu": "u",
    "ae": "e",
    "oe": "e",
    "yeo": "io",
    "ye": "e",
}
_DIGRAPH_ORDER = sorted(_DIGRAPHS.items(), key=lambda pair: -len(pair[0]))
_LOOSE_LETTERS = str.maketrans("gdbryjwxq", "ktplicuhk")
_LOOSE_BYTES = bytes.maketrans(b"gdbryjwxq", b"ktplicuhk")
_DOUBLES = re.compile(r"([a-z])\1+")


def _korean_tables() -> tuple[dict[int, str], dict[int, str]]:
    # Built on first use, not at import; filled whole and _PLAIN last, so that another thread
    # never sees half a table.
    if not _PLAIN:
        plain: dict[int, str] = {}
        linked: dict[int, str] = {}
        nasal: dict[int, str] = {}
        for code in range(FIRST_SYLLABLE, LAST_SYLLABLE + 1):
            lead, rest = divmod(code - FIRST_SYLLABLE, 21 * 28)
            vowel, tail = divmod(rest, 28)
            head = _LEAD_RR[LEADS[lead]] + _VOWEL_RR[VOWELS[vowel]]
            linked[code] = head + _TAIL_LINKED[TAILS[tail]]
            nasal[code] = head + _TAIL_NASAL[TAILS[tail]]
            plain[code] = head + _TAIL_RR[TAILS[tail]]
        for jamo, latin in (*_LEAD_RR.items(), *_VOWEL_RR.items()):
            plain.setdefault(ord(jamo), latin)
        _LINKED.update(linked)
        _NASAL.update(nasal)
        _PLAIN.update(plain)
    return _PLAIN, _LINKED


def _link(match: re.Match[str]) -> str:
    return _LINKED[ord(match.group())]


def _nasalise(match: re.Match[str]) -> str:
    return _NASAL[ord(match.group())]


def romanize_korean(normalised: str) -> str:
    """Revised Romanization of a normalised Korean text, linking finals into following vowels.

    Args:
        normalised: Hangul text as :func:`phrasebook.search.normalise.normalise` returns it.

    Returns:
        Lower-case Latin (``손 들어`` → ``son deureo``); characters that are not Hangul stay.
    """
    if normalised.isascii():  # no Hangul: no table is built, no pattern compiled
        return normalised
    plain, _ = _korean_tables()
    return _NASALISE().sub(_nasalise, _LINK().sub(_link, normalised)).translate(plain)


def romanize_cyrillic(normalised: str, ukrainian: bool) -> str:
    """Transliterate normalised Russian or Ukrainian to Latin (``руки вверх`` → ``ruki vverkh``).

    Args:
        normalised: Cyrillic text as :func:`phrasebook.search.normalise.normalise` returns it.
        ukrainian: use the Ukrainian table (г → ``h``, и → ``y``, і → ``i``).

    Returns:
        Lower-case Latin; characters that are not Cyrillic stay.
    """
    return normalised.translate(_UK if ukrainian else _RU)


def loose(latin: str) -> str:
    """Fold a lower-case Latin text to the loose spelling shared by the index and the query.

    Args:
        latin: a normalised (lower-case, space-separated) text.

    Returns:
        The folded text (``mugi beoryeo`` and ``mugi boryo`` both become ``muki polio``).
    """
    folded = latin
    for digraph, letter in _DIGRAPH_ORDER:
        folded = folded.replace(digraph, letter)
    if folded.isascii():  # bytes.translate is many times faster than str.translate
        folded = folded.encode("ascii").translate(_LOOSE_BYTES).decode("ascii")
    else:
        folded = folded.translate(_LOOSE_LETTERS)
    return _DOUBLES.sub(_first, folded)


def _first(match: re.Match[str]) -> str:
    return match.group(1)
