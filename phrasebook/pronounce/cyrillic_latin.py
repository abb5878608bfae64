"""Russian and Ukrainian → Latin: the passport systems.

* Russian: ICAO Doc 9303 (Part 3, Appendix B), used in Russian passports since 2013 (Приказ ФМС
  № 320): а a, б b, в v, г g, д d, е e, ё e, ж zh, з z, и i, й i, к k, л l, м m, н n, о o, п p,
  р r, с s, т t, у u, ф f, х kh, ц ts, ч ch, ш sh, щ shch, ъ ie, ы y, ь (not written), э e,
  ю iu, я ia.
* Ukrainian: the national system (Постанова Кабміну № 55, 27.01.2010): г h, ґ g, є ie, ї i, й i,
  ю iu, я ia, but ye yi y yu ya at the start of a word (Євген Yevhen, Їжак Yizhak, Юрій Yurii);
  зг is zgh (Згурський Zghurskyi); ь and the apostrophe are not written.

Both come from ``translitua``; stress marks (U+0301) are removed first, as neither system has them.
A word in capitals is written in capitals (ЩУКА → SHCHUKA, where ``translitua`` alone gives
ShchUKA) and a capital letter alone is capitalised (Я → Ia, not IA).
"""

from __future__ import annotations

import re
from collections.abc import Callable

STRESS = "\u0301"
_LETTERS = "А-ЯЁІЇЄҐа-яёіїєґ"
_WORD = re.compile(f"[{_LETTERS}]+(?:['’ʼ][{_LETTERS}]+)*")


def _by_word(text: str, convert: Callable[[str], str]) -> str:
    def word(match: re.Match[str]) -> str:
        found = match.group()
        if found.isupper():
            latin = convert(found.lower())
            return latin.upper() if len(found) > 1 else latin.capitalize()
        return convert(found)

    return _WORD.sub(word, text.replace(STRESS, ""))


def russian_to_latin(text: str) -> str:
    """Transliterate Russian by ICAO Doc 9303; non-Cyrillic characters are kept.

    Args:
        text: any text, NFC-normalised.

    Returns:
        The transliteration.
    """
    from translitua import RussianICAO, translit  # deferred: keep import of pronounce cheap

    return _by_word(text, lambda word: str(translit(word, RussianICAO)))


def ukrainian_to_latin(text: str) -> str:
    """Transliterate Ukrainian by the 2010 national system; non-Cyrillic characters are kept.

    Args:
        text: any text, NFC-normalised.

    Returns:
        The transliteration.
    """
    from translitua import UkrainianKMU, translit

    return _by_word(text, lambda word: str(translit(word, UkrainianKMU)))
