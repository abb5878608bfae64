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


# --- 2-set keys composed into syllables, as a Korean input method does --------------------------

_LEAD_CODES = {jamo: i for i, jamo in enumerate("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")}
_VOWEL_CODES = {jamo: i for i, jamo in enumerate("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")}
_TAILS = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
_TAIL_CODES = {jamo: i for i, jamo in enumerate(_TAILS, 1)}
_COMPOUND_VOWELS = {
    "ㅗㅏ": "ㅘ",
    "ㅗㅐ": "ㅙ",
    "ㅗㅣ": "ㅚ",
    "ㅜㅓ": "ㅝ",
    "ㅜㅔ": "ㅞ",
    "ㅜㅣ": "ㅟ",
    "ㅡㅣ": "ㅢ",
}
_CLUSTERS = {
    "ㄱㅅ": "ㄳ",
    "ㄴㅈ": "ㄵ",
    "ㄴㅎ": "ㄶ",
    "ㄹㄱ": "ㄺ",
    "ㄹㅁ": "ㄻ",
    "ㄹㅂ": "ㄼ",
    "ㄹㅅ": "ㄽ",
    "ㄹㅌ": "ㄾ",
    "ㄹㅍ": "ㄿ",
    "ㄹㅎ": "ㅀ",
    "ㅂㅅ": "ㅄ",
}


def compose_two_set(jamo: str) -> str:
    """Compose 2-set keystrokes into syllables as a Korean input method would.

    A consonant followed by a vowel starts a syllable; one or two consonants after the vowel are
    its final unless a vowel follows them (``ㅁㅗㄹㄹㅏㅇㅛ`` → ``몰라요``, ``ㄷㅏㄹㄱㅇㅣ`` →
    ``닭이``). Keys that make no syllable stay as they are.

    Args:
        jamo: compatibility jamo as :func:`latin_to_two_set` gives them; other characters pass.

    Returns:
        The composed text.
    """
    out: list[str] = []
    i, n = 0, len(jamo)

    def vowel_at(k: int) -> tuple[str, int]:
        """The (compound) vowel starting at k and the keys it takes; ("", 0) when none."""
        if k >= n or jamo[k] not in _VOWEL_CODES:
            return "", 0
        pair = _COMPOUND_VOWELS.get(jamo[k : k + 2])
        return (pair, 2) if pair else (jamo[k], 1)

    while i < n:
        lead = jamo[i]
        vowel, size = vowel_at(i + 1) if lead in _LEAD_CODES else ("", 0)
        if not size:
            out.append(lead)
            i += 1
            continue
        i += 1 + size
        tail = ""
        if i < n and jamo[i] in _TAIL_CODES and not vowel_at(i + 1)[1]:
            tail, i = jamo[i], i + 1
            cluster = _CLUSTERS.get(tail + jamo[i : i + 1])
            if cluster and not vowel_at(i + 1)[1]:
                tail, i = cluster, i + 1
        code = (_LEAD_CODES[lead] * 21 + _VOWEL_CODES[vowel]) * 28 + _TAIL_CODES.get(tail, 0)
        out.append(chr(0xAC00 + code))
    return "".join(out)


_LONE_JAMO = re.compile("[ㄱ-ㅣ]")


def decode_two_set(text: str) -> str | None:
    """What Latin keys mean when they were typed on a Korean 2-set layout, if they spell Korean.

    ``dkvkdy`` → ``아파요``; ``ahtdkfdkemrpTtmqslek`` → ``못알아드겠습니다``. Text with no Latin
    letters, or whose keys leave a letter that is not part of a syllable (English words such as
    ``hands``), gives None.
    """
    if not any("a" <= ch.lower() <= "z" for ch in text):
        return None
    composed = compose_two_set(latin_to_two_set(text))
    if _LONE_JAMO.search(composed) or any("a" <= ch.lower() <= "z" for ch in composed):
        return None
    return composed
