"""Regular expressions compiled when first used, not as their module is imported.

Python's ``re`` compiles a character range one character at a time, in Python: a class that
spans the 11,172 Hangul syllables costs some 10 M instructions (about a millisecond) to compile.
Four such patterns compiled at import were about a tenth of a one-shot lookup's instructions,
paid by every run whether it met Hangul or not (bench/instructions.py). They are made by
:func:`on_first_use` instead; where a text cannot hold a letter one matches (ASCII, or nothing
from U+1100 on), callers look before they call, so that a Latin or Cyrillic query never compiles
one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable


def on_first_use(source: str) -> Callable[[], re.Pattern[str]]:
    """A function that returns ``re.compile(source)``, compiling it on its first call only."""

    @functools.cache
    def pattern() -> re.Pattern[str]:
        return re.compile(source)

    return pattern
