"""Text typed with the wrong keyboard layout active, read back as the layout that was meant.

Each function maps the keys pressed, not the letters' sounds: ``herb ddth[`` typed on a Latin
layout while meaning Russian is ``руки вверх``; ``ths emfdj`` typed while meaning Korean 2-set
(두벌식) is ``ㅅㅗㄴ ㄷㅡㄹㅇㅓ``, i.e. ``손 들어``. Characters with no key in the layout stay as
they are.
"""

from __future__ import annotations

import re

_QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
_QWERTY_SHIFT = 'QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>~'
_RUSSIAN = "йцукенгшщзхъфывапролджэячсмитьбюё"
_UKRAINIAN = "йцукенгшщзхїфівапролджєячсмитьбю'"

_TO_RUSSIAN = str.maketrans(_QWERTY + _QWERTY_SHIFT, _RUSSIAN * 2)
_TO_UKRAINIAN = str.maketrans(_QWERTY + _QWERTY_SHIFT + "\\|", _UKRAINIAN * 2 + "ґґ")
_FROM_CYRILLIC = str.maketrans(
    {
        **dict(zip(_RUSSIAN, _QWERTY, strict=True)),
        **dict(zip("іїєґ", "s]'\\", strict=True)),
        **dict(zip(_RUSSIAN.upper(), _QWERTY_SHIFT, strict=True)),
        **dict(zip("ІЇЄҐ", 'S}"|', strict=True)),
    }
)

_TWO_SET = str.maketrans(
    {
        **dict(
            zip(
                "qwertyuiopasdfghjklzxcvbnm",
                "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ",
                strict=True,
            )
        ),
        **dict(
            zip(
                "QWERTYUIOPASDFGHJKLZXCVBNM",
                "ㅃㅉㄸㄲㅆㅛㅕㅑㅒㅖㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ",
                strict=True,
            )
        ),
    }
)

_CONSONANT = "[ㄱ-ㅎ]"
_VOWEL = "[ㅏ-ㅣ]"
# One or more syllables: consonant, one or two vowel keys, up to two final consonants.
_KOREAN_WORD = re.compile(f"(?:{_CONSONANT}{_VOWEL}{{1,2}}{_CONSONANT}{{0,2}})+")


def latin_to_russian(text: str) -> str:
    """Read keys typed on a QWERTY layout as the Russian ЙЦУКЕН layout (``herb`` → ``руки``)."""
    return text.translate(_TO_RUSSIAN)


def latin_to_ukrainian(text: str) -> str:
    """Read keys typed on a QWERTY layout as Ukrainian keys (``herb dujhe`` → ``руки вгору``)."""
    return text.translate(_TO_UKRAINIAN)


def cyrillic_to_latin(text: str) -> str:
    """Read keys typed on a Russian or Ukrainian layout as QWERTY (``руфвы гз`` → ``hands up``)."""
    return text.translate(_FROM_CYRILLIC)


def latin_to_two_set(text: str) -> str:
    """Read QWERTY keys as Korean 2-set jamo (``ths emfdj`` → ``ㅅㅗㄴ ㄷㅡㄹㅇㅓ``).

    Shifted Q W E R T O P give the tense consonants and ㅒ ㅖ, as on a real keyboard.
    """
    return text.translate(_TWO_SET)


def looks_korean(jamo: str) -> bool:
    """Tell whether every word of a jamo string spells well-formed Hangul syllables.

    Args:
        jamo: a keyform (words of compatibility jamo separated by spaces).

    Returns:
        False for strings such as English read as 2-set keys (``hands`` → ``ㅗㅁㅜㅇㄴ``).
    """
    words = jamo.split()
    return bool(words) and all(_KOREAN_WORD.fullmatch(word) for word in words)
