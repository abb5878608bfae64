"""Garbage collection around start-up, and around building or loading the lexicon's big tables."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

_startup = "idle"
"""``idle`` before :func:`pause_for_startup`, ``paused`` until :func:`startup_done`, then
``done``: the pause happens once a process."""


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


def pause_for_startup() -> None:
    """No garbage collection until :func:`startup_done`; only the first call does anything.

    Start-up (imports, the lexicon, the terminal UI's widgets and style sheets) makes objects that
    live as long as the program: the 150 or so collections that would run meanwhile find almost
    nothing to free, and cost the UI a sixth of its time to the first frame.
    """
    global _startup
    if _startup == "idle" and gc.isenabled():
        _startup = "paused"
        gc.disable()


def startup_done() -> None:
    """Garbage collection back on, after :func:`pause_for_startup`; else nothing.

    What start-up made is frozen first (:func:`gc.freeze`): it stays for the program's life, so
    later collections need not walk it again, which keeps their pauses short while typing.
    """
    global _startup
    if _startup == "paused":
        _startup = "done"
        gc.freeze()
        gc.enable()
