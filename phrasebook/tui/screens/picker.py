"""Favourites and history: pick an entry to go back to."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList

from phrasebook.tui.context import SCREENS_CSS, Context, toggle_star
from phrasebook.tui.keys import localise_bindings
from phrasebook.tui.widgets.results import ResultsList
from phrasebook.values import Entry, Lang


class PickerScreen(ModalScreen[str | None]):
    """A list of entries; Enter returns the chosen id, Escape returns None."""

    CSS_PATH = SCREENS_CSS

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "Back", id="back"),
        Binding("f4", "unstar", "★ Unstar", id="unstar"),
    ]

    def __init__(
        self,
        context: Context,
        title: str,
        entries: Sequence[Entry],
        pair: tuple[Lang, Lang],
        empty: str,
        *,
        favourites_only: bool = False,
    ) -> None:
        super().__init__()
        self.context = context
        self.title_text = title
        self.entries = list(entries)
        self.mine, self.theirs = pair
        self.empty = empty
        self.favourites_only = favourites_only
        localise_bindings(self, self.mine)

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Label(self.title_text, id="picker-title", markup=False)
            yield ResultsList(id="picker-list")
            yield Label(self.empty, id="picker-empty", markup=False)

    def on_mount(self) -> None:
        listing = self.query_one("#picker-list", ResultsList)
        listing.show(self.entries, self.mine, self.theirs, [])
        self.query_one("#picker-empty").display = not self.entries
        listing.focus()

    @on(OptionList.OptionSelected, "#picker-list")
    def _chosen(self) -> None:
        entry = self.query_one("#picker-list", ResultsList).current
        self.dismiss(entry.id if entry else None)

    def action_dismiss_none(self) -> None:
        """Close without choosing."""
        self.dismiss(None)

    def action_unstar(self) -> None:
        """Remove the highlighted entry from favourites (favourites only)."""
        userdata = self.context.userdata
        listing = self.query_one("#picker-list", ResultsList)
        entry = listing.current
        if entry is None or not userdata.is_favourite(entry.id):
            return
        toggle_star(self, userdata, entry)
        if self.favourites_only:
            self.entries.remove(entry)
            listing.show(self.entries, self.mine, self.theirs, [])
            self.query_one("#picker-empty").display = not self.entries
