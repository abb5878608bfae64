"""The ``phrasebook`` command line: parsing, one module per command group, output formatting."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (with no command, the terminal UI); returns the exit code."""
    from phrasebook._gc import pause_for_startup

    pause_for_startup()  # before the imports, which are most of a short command's time
    from phrasebook.cli.commands import main as run

    return run(argv)
