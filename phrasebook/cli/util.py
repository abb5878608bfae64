"""Small pieces every CLI command uses: argument types and safe output."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from phrasebook.errors import PhrasebookError
from phrasebook.i18n.safe import printable
from phrasebook.lexicon import Lexicon, load_lexicon
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
    print(json.dumps(value, ensure_ascii=False, indent=2))


def lexicon_for(args: argparse.Namespace) -> Lexicon:
    """The lexicon the command line asked for (``--lexicon``), else the shipped one and overlays."""
    paths = getattr(args, "lexicon", None)
    return load_lexicon(paths or None)
