"""The ``phrasebook`` command line: parsing, one module per command group, output formatting."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["main", "program"]


def main(argv: Sequence[str] | None = None, *, leave: bool = False) -> int:
    """Run the command line (with no command, the terminal UI); returns the exit code.

    With ``leave``, a one-shot command (lookup, show, transcribe) ends the process as soon as its
    output is flushed, rather than returning.
    """
    from phrasebook._gc import pause_for_startup

    pause_for_startup()  # before the imports, which are most of a short command's time
    from phrasebook.cli.commands import main as run

    return run(argv, leave=leave)


def program() -> int:
    """The ``phrasebook`` program (and ``python -m phrasebook``): :func:`main`, leaving at once
    after a one-shot command; returns the exit code of any other."""
    return main(leave=True)
