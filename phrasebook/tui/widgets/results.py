"""The list of matching entries: my language above, theirs below."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from phrasebook.tui.text import literal
from phrasebook.values import Entry, Lang


def _prompt(entry: Entry, mine: Lang, theirs: Lang, starred: bool) -> Text:
    text = Text()
    text.append("★ " if starred else "  ", style="bold yellow")
    text.append_text(literal(entry.text[mine], "bold"))
    text.append("\n  ")
    text.append_text(literal(entry.text[theirs], "italic"))
    return text


class ResultsList(OptionList):
    """Entries found for the query; the highlighted one is shown in the detail pane."""

    DEFAULT_CSS = """
    ResultsList > .option-list--option { padding: 0 1 0 0; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.entries: list[Entry] = []

    def show(
        self, entries: Sequence[Entry], mine: Lang, theirs: Lang, favourites: Sequence[str]
    ) -> None:
        """Replace the list; the first entry is highlighted."""
        self.entries = list(entries)
        starred = set(favourites)
        self.set_options(
            Option(_prompt(e, mine, theirs, e.id in starred), id=e.id) for e in self.entries
        )
        self.highlighted = 0 if self.entries else None

    @property
    def current(self) -> Entry | None:
        """The highlighted entry."""
        index = self.highlighted
        if index is None or not 0 <= index < len(self.entries):
            return None
        return self.entries[index]
