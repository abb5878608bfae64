"""The Textual application and the factory that builds it for the CLI and for tests."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer, Header, Input, ListItem, ListView, Static

from phrasebook.lexicon import Lexicon
from phrasebook.models import LANGS, Entry
from phrasebook.settings import Settings, load_settings


class PhrasebookApp(App[int]):
    """Look up a phrase and see it in every language."""

    CSS_PATH = "app.tcss"
    TITLE = "phrasebook"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", id="quit"),
    ]

    def __init__(self, lexicon: Lexicon, settings: Settings) -> None:
        super().__init__()
        self.lexicon = lexicon
        self.settings = settings
        self._shown: list[Entry] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Type a phrase in any language…", id="query")
        yield ListView(id="results")
        yield Static(id="detail", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#query", Input).focus()
        self._show_results("")

    def on_input_changed(self, event: Input.Changed) -> None:
        self._show_results(event.value)

    def _show_results(self, query: str) -> None:
        if query.strip():
            entries = [r.entry for r in self.lexicon.search(query, limit=30)]
        else:
            entries = list(self.lexicon)[:30]
        self._shown = entries
        results = self.query_one("#results", ListView)
        results.clear()
        mine, theirs = self.settings.mine, self.settings.theirs
        for entry in entries:
            label = f"{entry.text[mine]}  →  {entry.text[theirs]}"
            results.append(ListItem(Static(label, markup=False)))
        self._show_detail(entries[0] if entries else None)

    def on_list_view_highlighted(self, event: ListView.Highlighted) -> None:
        index = event.list_view.index
        if index is not None and 0 <= index < len(self._shown):
            self._show_detail(self._shown[index])

    def _show_detail(self, entry: Entry | None) -> None:
        detail = self.query_one("#detail", Static)
        if entry is None:
            detail.update("No match.")
            return
        detail.update("\n".join(f"{lang.native_name}: {entry.text[lang]}" for lang in LANGS))


def make_app(lexicon: Lexicon, settings: Settings | None = None) -> PhrasebookApp:
    """Build the app around a lexicon (tests pass small fixtures)."""
    if settings is None:
        settings, _ = load_settings()
    return PhrasebookApp(lexicon, settings)


def run(lexicon: Lexicon) -> int:
    """Open the UI until the user quits; returns the exit code."""
    return make_app(lexicon).run() or 0
