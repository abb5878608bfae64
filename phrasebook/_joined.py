"""Lists of strings as the lexicon cache stores them: joined by NULs, split back in one call.

Read back from a pickle, a list of strings costs a fifth to a third more than the same strings
joined and split (one object to decode instead of one per string); the index's keys, the
entries' ids and the triple tables' triples are stored so. The count is kept beside the text, so
that no strings and one empty string stay apart; a list with a NUL in one of its strings is
stored as it is. A text with letters beyond ASCII is stored as UTF-16 bytes: pickle stores text
as UTF-8, whose decoding of Hangul, Cyrillic and keyboard jamo was a fifth of the instructions of
reading the index back (cachegrind), and UTF-16 decodes them ten times faster. ASCII, which UTF-8
decodes fastest, stays text.
"""

from __future__ import annotations

from collections.abc import Collection

Packed = tuple[str | bytes, int] | list[str]
"""Strings as :func:`pack` stores them."""

_WIDE = "utf-16-le"
_ANY = "surrogatepass"
"""Lone surrogates, which a Python string may hold, go there and back too."""


def pack(strings: Collection[str]) -> Packed:
    """The strings joined by NULs (as UTF-16 beyond ASCII), with how many there are; a list
    when one holds a NUL."""
    text = "\0".join(strings)
    if text.count("\0") != max(len(strings) - 1, 0):
        return list(strings)
    return (text if text.isascii() else text.encode(_WIDE, _ANY), len(strings))


def unpack(stored: object) -> list[str]:
    """The strings :func:`pack` stored.

    Raises:
        TypeError: when ``stored`` is not what :func:`pack` makes, or its bytes are not whole
            (a damaged cache, which the lexicon's loader then reads again from the files).
    """
    if isinstance(stored, tuple) and len(stored) == 2:
        text, count = stored
        if isinstance(text, bytes):
            try:
                text = text.decode(_WIDE, _ANY)
            except UnicodeDecodeError:
                raise TypeError("packed strings cut short") from None
        if isinstance(text, str) and isinstance(count, int):
            return text.split("\0") if count else []
    if isinstance(stored, list):
        return stored
    raise TypeError("not a packed list of strings")
