"""Hangul syllable arithmetic shared by every Korean-facing system.

A precomposed syllable (U+AC00–U+D7A3) is ``0xAC00 + (lead * 21 + vowel) * 28 + tail``. Here the
three parts are handled as *compatibility jamo* (``ㄱ``, ``ㅏ`` …) because they read well in rule
tables; an empty string stands for "no tail".
"""

from __future__ import annotations

from typing import NamedTuple

FIRST_SYLLABLE = 0xAC00
LAST_SYLLABLE = 0xD7A3

LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
"""The 19 initial consonants, in Unicode order, as compatibility jamo."""
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
"""The 21 vowels, in Unicode order."""
TAILS: tuple[str, ...] = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
"""The 27 finals (and "none"), in Unicode order."""

_LEAD_INDEX = {jamo: i for i, jamo in enumerate(LEADS)}
_VOWEL_INDEX = {jamo: i for i, jamo in enumerate(VOWELS)}
_TAIL_INDEX = {jamo: i for i, jamo in enumerate(TAILS)}


class Syllable(NamedTuple):
    """One Hangul syllable split into compatibility jamo."""

    lead: str
    """Initial consonant; ``ㅇ`` when the syllable starts with its vowel."""
    vowel: str
    """The vowel, e.g. ``ㅏ`` or ``ㅢ``."""
    tail: str
    """Final consonant (possibly a cluster such as ``ㄺ``), or ``""``."""


def is_syllable(char: str) -> bool:
    """Tell whether ``char`` is one precomposed Hangul syllable."""
    return len(char) == 1 and FIRST_SYLLABLE <= ord(char) <= LAST_SYLLABLE


def decompose(char: str) -> Syllable:
    """Split a precomposed syllable into lead, vowel and tail.

    Args:
        char: one character for which :func:`is_syllable` is true.

    Returns:
        The syllable's parts.
    """
    offset = ord(char) - FIRST_SYLLABLE
    lead, rest = divmod(offset, 21 * 28)
    vowel, tail = divmod(rest, 28)
    return Syllable(LEADS[lead], VOWELS[vowel], TAILS[tail])


def compose(lead: str, vowel: str, tail: str = "") -> str:
    """Build a precomposed syllable from compatibility jamo.

    Args:
        lead: an initial consonant from :data:`LEADS`.
        vowel: a vowel from :data:`VOWELS`.
        tail: a final from :data:`TAILS`, or ``""``.

    Returns:
        The syllable as one character.
    """
    index = (_LEAD_INDEX[lead] * 21 + _VOWEL_INDEX[vowel]) * 28 + _TAIL_INDEX[tail]
    return chr(FIRST_SYLLABLE + index)
