"""Small pieces every CLI command uses: argument types and safe output."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from phrasebook.errors import PhrasebookError
from phrasebook.i18n.safe import printable
from phrasebook.lexicon import Lexicon, load_lexicon, load_lexicon_tolerant
from phrasebook.values import Lang


def lang_arg(value: str) -> Lang:
    """argparse type: a language code."""
    try:
        return Lang.parse(value)
    except PhrasebookError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def positive_arg(value: str) -> int:
    """argparse type: a whole number of 1 or more."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def emit(text: str, stream: TextIO | None = None) -> None:
    """Print text with anything that could steer the terminal made harmless."""
    print(printable(text), file=stream or sys.stdout)


def emit_json(value: Any) -> None:
    """Print JSON (escaped, so safe for any terminal)."""
    import json  # only for --json: a lookup that prints text does without it

    print(json.dumps(value, ensure_ascii=False, indent=2))


def lexicon_and_warnings(args: argparse.Namespace) -> tuple[Lexicon, list[str]]:
    """The lexicon the command line asked for, and a warning for each overlay file left out.

    Files named with ``--lexicon`` must all load; the user's overlays are set aside when broken,
    so a forgotten file never stops a lookup (``lexicon validate`` stays strict).
    """
    paths = getattr(args, "lexicon", None)
    if paths:
        return load_lexicon(paths), []
    loaded = load_lexicon_tolerant()
    return loaded.lexicon, [str(skipped) for skipped in loaded.skipped]


def lexicon_for(args: argparse.Namespace) -> Lexicon:
    """The lexicon for a command, with one warning line on stderr per overlay file left out."""
    lexicon, warnings = lexicon_and_warnings(args)
    for warning in warnings:
        emit(f"warning: {warning}", sys.stderr)
    return lexicon
