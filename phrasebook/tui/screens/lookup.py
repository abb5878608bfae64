"""The home screen: type anything, see matching phrases in my language and theirs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from rich.cells import set_cell_size
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Input, OptionList, Select, Static

from phrasebook.i18n import label
from phrasebook.search.keyboard import decode_two_set
from phrasebook.tui.context import (
    ChangePair,
    OpenLearn,
    OpenPicker,
    OpenShow,
    OpenTranslate,
    PhrasebookScreen,
    Speak,
)
from phrasebook.tui.widgets.detail import EntryDetail
from phrasebook.tui.widgets.results import ResultsList
from phrasebook.values import Entry, MatchKind, SearchResult

ALL = "__all__"
SEARCH_LIMIT = 50


class LookupScreen(PhrasebookScreen[None]):
    """Search box, category filter, results and the detail of the highlighted entry."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f2", "show", "Show", id="show"),
        Binding("f3", "speak", "Speak", id="speak"),
        Binding("f4", "star", "★ Star", id="star"),
        Binding("f5", "favourites", "Favourites", id="favourites"),
        Binding("f6", "history", "History", id="history", show=False),
        Binding("f7,ctrl+t", "translate", "Translate", id="translate"),
        Binding("f8", "pair", "Languages", id="pair", show=False),
        Binding("f9,ctrl+o", "swap", "Swap", id="swap"),
        Binding("f12,ctrl+y", "app.hand_over", "Hand over", id="hand-over"),
        Binding("ctrl+g", "categories", "Category", id="categories", show=False),
        Binding("ctrl+l", "learn", "Learn", id="learn"),
        Binding("down", "move(1)", "Next", id="next", show=False),
        Binding("up", "move(-1)", "Previous", id="previous", show=False),
        Binding("pagedown", "move(8)", "Page down", id="page-down", show=False),
        Binding("pageup", "move(-8)", "Page up", id="page-up", show=False),
        Binding("escape", "clear", "Clear", id="clear", show=False),
    ]

    _listed_category: str | None = None
    """The category the results were last listed for."""
    _listed_options: tuple[tuple[str, str], ...] = ()
    """The category filter's choices as last given to it."""
    _chosen = ALL
    """The category filter's value while the filter is its stand-in (:meth:`mount_filter`)."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="search-bar"):
            yield Input(
                placeholder=label("search_placeholder", self.settings.mine),
                id="query",
                select_on_focus=False,
            )
            self._listed_options = tuple(self.category_options())
            # The filter as it looks closed; the Select itself (six widgets, its list of every
            # category in an overlay) takes its place once the first frame is out.
            yield Static(self._closed_filter(), id="category-standin")
        yield Static("", id="decoded", markup=False)
        with Horizontal(id="body"):
            yield ResultsList(id="results")
            yield EntryDetail(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.settings_changed()
        self.query_one("#query", Input).focus()

    def _closed_filter(self) -> Text:
        """The stand-in's text: the chosen category's name, and the Select's arrow."""
        name = next((n for n, value in self._listed_options if value == self._chosen), "")
        inside = 26 - 2 - 4  # #category's width, less the Select's border and padding
        return Text(set_cell_size(name, inside - 2) + " ").append("▼", style="dim")

    def _filter(self) -> Select[Any] | None:
        """The category filter, once it has taken its stand-in's place."""
        found = self.query("#category")
        return found.first(Select) if found else None

    async def mount_filter(self) -> None:
        """Put the category filter in its stand-in's place (the app does, after the first
        frame)."""
        if self._filter() is not None:
            return
        select = Select[str](
            self._listed_options, id="category", allow_blank=False, value=self._chosen
        )
        standin = self.query_one("#category-standin")
        await self.query_one("#search-bar", Horizontal).mount(select, before=standin)
        await standin.remove()
        self.watch(select, "expanded", self._category_toggled)

    def on_screen_resume(self) -> None:
        """Back from any other screen or modal: the search box has the focus, so typing works."""
        self.query_one("#query", Input).focus()

    def _category_toggled(self, expanded: bool) -> None:
        # The Select takes the focus back as its list closes; take it after that, so what is
        # typed next goes into the search box (it went nowhere, issue #23).
        if not expanded:
            self.call_after_refresh(self.query_one("#query", Input).focus)

    def settings_changed(self) -> None:
        """Redo everything that depends on the language pair."""
        mine = self.settings.mine
        self.query_one("#query", Input).placeholder = label("search_placeholder", mine)
        select = self._filter()
        options = tuple(self.category_options())
        if select is None:
            self._listed_options = options
            self.query_one("#category-standin", Static).update(self._closed_filter())
        elif options != self._listed_options:  # unchanged at start and while my language stays
            current = select.value if select.value is not Select.BLANK else ALL
            self._listed_options = options
            with self.prevent(Select.Changed):
                # Blank first, so that the label is redrawn even when the value stays the same.
                select.set_reactive(Select.value, Select.BLANK)  # type: ignore[misc]
                select.set_options(options)
                select.value = current if any(v == current for _, v in options) else ALL
        self.sub_title_update()
        self.update_results()

    def category_options(self) -> list[tuple[str, str]]:
        """The category filter's choices, named in my language."""
        mine = self.settings.mine
        return [(label("all_categories", mine), ALL)] + [
            (c.name(mine), c.id) for c in self.context.lexicon.categories
        ]

    def sub_title_update(self) -> None:
        """Show the pair in the header."""
        s = self.settings
        self.app.sub_title = f"{s.mine.native_name} → {s.theirs.native_name}"

    @property
    def category(self) -> str | None:
        """The category filter, or None for all."""
        select = self._filter()
        value = self._chosen if select is None else select.value
        return None if value in (ALL, Select.BLANK) else str(value)

    def _choose_category(self, value: str) -> None:
        select = self._filter()
        if select is None:
            self._chosen = value
            self.query_one("#category-standin", Static).update(self._closed_filter())
        else:
            select.value = value

    def search(self, query: str) -> list[SearchResult]:
        """Search hits for a query, in my language first, within the category filter."""
        return self.context.lexicon.search(
            query, limit=SEARCH_LIMIT, lang=self.settings.mine, category=self.category
        )

    def browse(self) -> Sequence[Entry]:
        """What to list with an empty search box: the category, or favourites and recent first."""
        lexicon, userdata = self.context.lexicon, self.context.userdata
        if self.category is not None:
            return lexicon.in_category(self.category)
        return lexicon.listed([*userdata.favourites, *userdata.history])

    def update_results(self) -> None:
        """Search again for the current query (called on every keystroke)."""
        query = self.query_one("#query", Input).value
        results = self.query_one("#results", ResultsList)
        s = self.settings
        favourites = self.context.userdata.favourites
        self._listed_category = self.category
        hits = self.search(query) if query.strip() else None
        if hits is None:
            results.show(self.browse(), s.mine, s.theirs, favourites)
        else:
            empty = label("nothing_found", s.mine)
            results.show([r.entry for r in hits], s.mine, s.theirs, favourites, hits, empty=empty)
        self.show_decoded(query, hits or [])
        self.show_detail(results.current)

    def show_decoded(self, query: str, hits: list[SearchResult]) -> None:
        """Under the search box, the Hangul that Latin keys spell on a Korean keyboard, when the
        results were found that way (``dkvkdy`` → 아파요), so the user sees what was understood."""
        decoded = decode_two_set(query) if hits else None
        shown = decoded is not None and any(r.kind is MatchKind.LAYOUT for r in hits[:5])
        line = self.query_one("#decoded", Static)
        line.update(f"⌨ {label('keys_as_korean', self.settings.mine)} {decoded}" if shown else "")
        line.display = shown

    def show_detail(self, entry: Entry | None) -> None:
        """Put an entry in the detail pane."""
        s = self.settings
        self.query_one("#detail", EntryDetail).show(self.context.lexicon, entry, s.mine, s.theirs)

    @property
    def current(self) -> Entry | None:
        """The highlighted entry."""
        return self.query_one("#results", ResultsList).current

    @on(Input.Changed, "#query")
    def _query_changed(self) -> None:
        self.update_results()

    @on(Input.Submitted, "#query")
    def _query_submitted(self) -> None:
        self.action_show()

    @on(Select.Changed, "#category")
    def _category_changed(self) -> None:
        # Setting the options at start-up reports a change to the category already listed.
        if self.category != self._listed_category:
            self.update_results()

    @on(OptionList.OptionHighlighted, "#results")
    def _highlighted(self) -> None:
        self.show_detail(self.current)

    @on(OptionList.OptionSelected, "#results")
    def _selected(self) -> None:
        self.action_show()

    def action_move(self, step: int) -> None:
        """Move the highlight in the results, wherever the focus is."""
        results = self.query_one("#results", ResultsList)
        if not results.entries:
            return
        number = results.current_number
        results.highlight_entry((number if number is not None else -1) + step)

    def action_clear(self) -> None:
        """Empty the search box and go back to it."""
        query = self.query_one("#query", Input)
        query.value = ""
        query.focus()

    async def action_categories(self) -> None:
        """Open the category filter."""
        await self.mount_filter()  # at once, if asked for before the first frame was out
        select = self.query_one("#category", Select)
        select.focus()
        select.action_show_overlay()

    def action_show(self) -> None:
        """Show the highlighted entry full-screen, to turn toward the other person."""
        if (entry := self.current) is not None:
            self.post_message(OpenShow(entry, self.query_one("#results", ResultsList).entries))

    def action_speak(self) -> None:
        """Say the highlighted entry in their language."""
        if (entry := self.current) is not None:
            self.post_message(Speak(entry))

    def action_star(self) -> None:
        """Star or unstar the highlighted entry."""
        if (entry := self.current) is None:
            return
        starred = self.toggle_star(entry)
        results = self.query_one("#results", ResultsList)
        keep = results.current_number
        self.update_results()
        if keep is not None:
            results.highlight_entry(keep)
        self.notify(label("starred" if starred else "unstarred", self.settings.mine), timeout=2)

    def action_favourites(self) -> None:
        """Open the favourites."""
        self.post_message(OpenPicker("favourites"))

    def action_history(self) -> None:
        """Open the recent lookups."""
        self.post_message(OpenPicker("history"))

    def action_translate(self) -> None:
        """Open free-text translation."""
        self.post_message(OpenTranslate(self.query_one("#query", Input).value))

    def action_learn(self) -> None:
        """Open learn mode."""
        self.post_message(OpenLearn())

    def action_pair(self) -> None:
        """Choose both languages."""
        self.post_message(ChangePair(swap=False))

    def action_swap(self) -> None:
        """Exchange my language and theirs."""
        self.post_message(ChangePair(swap=True))

    def browse_category(self, category_id: str) -> None:
        """List one category's phrases: the search box is emptied and the filter set."""
        self.query_one("#query", Input).value = ""
        self._choose_category(category_id)
        self.update_results()
        self.query_one("#query", Input).focus()  # ↑ ↓ still move the highlight from there

    def select_entry(self, entry_id: str) -> None:
        """Highlight an entry, searching for it when it is not listed."""
        results = self.query_one("#results", ResultsList)
        ids = [e.id for e in results.entries]
        if entry_id not in ids:
            self.query_one("#query", Input).value = ""
            self._choose_category(ALL)
            self.update_results()
            ids = [e.id for e in results.entries]
        if entry_id in ids:
            results.highlight_entry(ids.index(entry_id))
