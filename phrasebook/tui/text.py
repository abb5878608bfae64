"""Lexicon and user text turned into Rich ``Text``: literal always, never markup, never controls."""

from __future__ import annotations

from rich.text import Text

from phrasebook.i18n.safe import printable


def literal(text: str, style: str = "") -> Text:
    """``text`` exactly as written: brackets stay brackets, ESC becomes a visible symbol."""
    return Text(printable(text), style=style)


def lines(*parts: Text | str) -> Text:
    """Join pieces with newlines; plain strings are taken literally too."""
    out = Text()
    for i, part in enumerate(parts):
        if i:
            out.append("\n")
        out.append(part if isinstance(part, Text) else literal(part))
    return out
