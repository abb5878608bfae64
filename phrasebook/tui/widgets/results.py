"""The list of matching entries: my language above, theirs below.

Search results the search is sure of come first; the rest follow under a dimmed heading, "Not sure
— closest phrases" in the reader's language, so a near miss is never taken for the answer. A
match by sound shows the meaning in my language first, then the phrase it sounded like with its
reading, so a listener can confirm what they heard.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableSequence, Sequence
from itertools import islice

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from phrasebook.i18n import label
from phrasebook.tui.text import literal
from phrasebook.values import Entry, Lang, MatchKind, SearchResult

HEADING_ID = "__not_sure__"
FIRST_ROWS = 12
"""Options put in the list at once, at least: as many as the terminal has rows for (each takes
two), and this many on a small one. The rest follow in batches after the frame is drawn, so
that listing the whole lexicon does not hold up start-up or a keystroke (each option is measured
and styled as it is added: 60 of them took 80 ms of the first frame)."""
BATCH = 100
"""Options added per batch after the first frame."""


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
        self.entries: Sequence[Entry] = []
        self._rows: list[int | None] = []
        """For each option, the number of its entry in :attr:`entries` (None for the heading)."""
        self._pending: Iterator[tuple[Option, int | None]] | None = None
        """The options not added yet (see :data:`FIRST_ROWS`)."""

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
        # A list the caller may change is copied; a lexicon's listing is read-only, and makes
        # its entries as the options are (the first screen's at once, the rest in batches).
        self.entries = list(entries) if isinstance(entries, MutableSequence) else entries
        pending = self._make_options(mine, theirs, set(favourites), results, empty)
        wanted = max(FIRST_ROWS, self.app.size.height // 2 + 2)
        first = list(islice(pending, wanted))
        self._rows = [row for _, row in first]
        self.set_options(option for option, _ in first)
        self._pending = pending if len(first) == wanted else None
        if self._pending is not None:
            self.call_after_refresh(self._add_batch, pending)
        self.highlight_entry(0)

    def _make_options(
        self,
        mine: Lang,
        theirs: Lang,
        starred: set[str],
        results: Sequence[SearchResult] | None,
        empty: str,
    ) -> Iterator[tuple[Option, int | None]]:
        """Each option with the number of its entry (None for a heading), made as needed."""
        headed = False
        for n, entry in enumerate(self.entries):
            result = results[n] if results is not None and n < len(results) else None
            if result is not None and not result.confident and not headed:
                headed = True
                heading = Text(label("not_sure", mine), style="dim bold")
                yield Option(heading, id=HEADING_ID, disabled=True), None
            if result is not None and result.kind is MatchKind.SOUND and result.reading:
                prompt = _heard(result, mine, entry.id in starred)
            else:
                prompt = _prompt(entry, mine, theirs, entry.id in starred)
            if result is not None and not result.confident:
                prompt.stylize("dim")
            yield Option(prompt, id=entry.id), n
        if not self.entries and empty:
            yield Option(Text(empty, style="dim"), id=HEADING_ID, disabled=True), None

    def _add_batch(self, pending: Iterator[tuple[Option, int | None]]) -> None:
        if pending is not self._pending:
            return  # the list was replaced (or completed) since
        batch = list(islice(pending, BATCH))
        if len(batch) < BATCH:
            self._pending = None
        else:
            self.call_after_refresh(self._add_batch, pending)
        self._append(batch)

    def _append(self, batch: list[tuple[Option, int | None]]) -> None:
        self._rows.extend(row for _, row in batch)
        self.add_options(option for option, _ in batch)

    def complete(self) -> None:
        """Add every option still waiting for its batch (before going to one of them)."""
        if self._pending is not None:
            batch, self._pending = list(self._pending), None
            self._append(batch)

    def action_last(self) -> None:
        self.complete()
        super().action_last()

    def action_page_down(self) -> None:
        self.complete()
        super().action_page_down()  # type: ignore[no-untyped-call]

    def highlight_entry(self, number: int) -> None:
        """Highlight the ``number``-th entry (not counting headings), if there is one."""
        if not self.entries:
            self.highlighted = None
            return
        number = max(0, min(len(self.entries) - 1, number))
        if self._pending is not None and number not in self._rows:
            self.complete()
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
