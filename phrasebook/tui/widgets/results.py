"""The list of matching entries: my language above, theirs below.

Search results the search is sure of come first; the rest follow under a dimmed heading, "Not sure
— closest phrases" in the reader's language, so a near miss is never taken for the answer. A
match by sound shows the meaning in my language first, then the phrase it sounded like with its
reading, so a listener can confirm what they heard.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from phrasebook.i18n import label
from phrasebook.tui.text import literal
from phrasebook.values import Entry, Lang, MatchKind, SearchResult

HEADING_ID = "__not_sure__"


def _prompt(entry: Entry, mine: Lang, theirs: Lang, starred: bool) -> Text:
    text = Text()
    text.append("★ " if starred else "  ", style="bold yellow")
    text.append_text(literal(entry.text[mine], "bold"))
    text.append("\n  ")
    text.append_text(literal(entry.text[theirs], "italic"))
    return text


def _heard(result: SearchResult, mine: Lang, starred: bool) -> Text:
    text = Text()
    text.append("★ " if starred else "  ", style="bold yellow")
    text.append_text(literal(result.entry.text[mine], "bold"))
    text.append("\n  ")
    text.append(f"{label('sounds_like', mine)}: ", style="italic")
    text.append_text(literal(result.matched, "italic"))
    text.append("  ")
    text.append_text(literal(result.reading, "dim"))
    return text


class ResultsList(OptionList):
    """Entries found for the query; the highlighted one is shown in the detail pane."""

    DEFAULT_CSS = """
    ResultsList > .option-list--option { padding: 0 1 0 0; }
    ResultsList > .option-list--option-disabled { color: $text-muted; text-style: bold; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.entries: list[Entry] = []
        self._rows: list[int | None] = []
        """For each option, the number of its entry in :attr:`entries` (None for the heading)."""

    def show(
        self,
        entries: Sequence[Entry],
        mine: Lang,
        theirs: Lang,
        favourites: Sequence[str],
        results: Sequence[SearchResult] | None = None,
        *,
        empty: str = "",
    ) -> None:
        """Replace the list; the first entry is highlighted.

        Args:
            entries: the entries to list, in order.
            mine: my language.
            theirs: theirs.
            favourites: starred ids.
            results: when the entries come from a search, its results (same order), to split
                off the ones the search is not sure of and to show what sound matches heard.
            empty: a line to show, dimmed, when there is no entry.
        """
        self.entries = list(entries)
        starred = set(favourites)
        options: list[Option] = []
        self._rows = []
        headed = False
        for n, entry in enumerate(self.entries):
            result = results[n] if results is not None and n < len(results) else None
            if result is not None and not result.confident and not headed:
                headed = True
                heading = Text(label("not_sure", mine), style="dim bold")
                options.append(Option(heading, id=HEADING_ID, disabled=True))
                self._rows.append(None)
            if result is not None and result.kind is MatchKind.SOUND and result.reading:
                prompt = _heard(result, mine, entry.id in starred)
            else:
                prompt = _prompt(entry, mine, theirs, entry.id in starred)
            if result is not None and not result.confident:
                prompt.stylize("dim")
            options.append(Option(prompt, id=entry.id))
            self._rows.append(n)
        if not self.entries and empty:
            options.append(Option(Text(empty, style="dim"), id=HEADING_ID, disabled=True))
            self._rows.append(None)
        self.set_options(options)
        self.highlight_entry(0)

    def highlight_entry(self, number: int) -> None:
        """Highlight the ``number``-th entry (not counting headings), if there is one."""
        if not self.entries:
            self.highlighted = None
            return
        number = max(0, min(len(self.entries) - 1, number))
        self.highlighted = self._rows.index(number)

    @property
    def current_number(self) -> int | None:
        """The number of the highlighted entry in :attr:`entries`."""
        index = self.highlighted
        if index is None or not 0 <= index < len(self._rows):
            return None
        return self._rows[index]

    @property
    def current(self) -> Entry | None:
        """The highlighted entry."""
        number = self.current_number
        return None if number is None else self.entries[number]
