"""Building or loading the lexicon's big tables without garbage collection passes."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No garbage collection inside the block (and as before after it).

    For code that makes a few hundred thousand objects with no reference cycles (the search
    index, the lexicon cache): collection passes over them would only cost time.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
