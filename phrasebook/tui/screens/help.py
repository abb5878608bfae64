"""Every key, listed from the bindings themselves so the list cannot go stale."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


def _key_label(keys: str) -> str:
    names = []
    for key in keys.split(","):
        key = key.strip()
        names.append(
            key.replace("ctrl+", "Ctrl+").upper()
            if len(key) <= 3
            else key.replace("ctrl+", "Ctrl+").capitalize()
        )
    return " / ".join(names)


def bindings_text(sections: Iterable[tuple[str, Iterable[BindingType]]]) -> Text:
    """Keys and what they do, one section per screen, as literal text."""
    rows: list[tuple[str, str] | str] = []
    for title, bindings in sections:
        rows.append(title)
        rows.extend(
            (_key_label(b.key), b.description)
            for b in bindings
            if isinstance(b, Binding) and b.description
        )
    width = max((len(r[0]) for r in rows if isinstance(r, tuple)), default=8) + 2
    out = Text()
    for row in rows:
        if isinstance(row, str):
            out.append(f"\n{row}\n", style="bold underline")
        else:
            out.append(f"  {row[0]:<{width}}", style="bold")
            out.append(f"{row[1]}\n")
    return out


class HelpScreen(ModalScreen[None]):
    """The keys of every screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "dismiss", "Close", id="close-help"),
    ]

    def __init__(
        self, sections: list[tuple[str, list[BindingType]]], warnings: Sequence[str] = ()
    ) -> None:
        super().__init__()
        self.sections = sections
        self.warnings = tuple(warnings)
        """Overlay files left out of the lexicon, one line each."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static("phrasebook — keys", id="help-title")
            if self.warnings:
                yield Static(
                    Text("\n".join(f"⚠ {w}" for w in self.warnings)),
                    id="help-warnings",
                    markup=False,
                )
            yield Static(bindings_text(self.sections), markup=False)
            yield Static(
                "Type in any language or keyboard layout; Latin letters work for Korean and "
                "Cyrillic too. Make the terminal font bigger (Ctrl and +) for a larger show mode.",
                id="help-tip",
            )
