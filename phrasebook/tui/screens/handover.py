"""Hand-over: the screen turned toward the other person, who chooses what to say.

Everything on it is in *their* language (the pair's "theirs"): the title, the tiles, the hints.
Only the strip at the bottom speaks to the holder. A choice is read back to the holder on
:class:`~phrasebook.tui.screens.readback.ReadBackScreen`; an answer chosen there is shown to
them in show mode, and closing that comes back here for the next thing.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from phrasebook.i18n import label
from phrasebook.tui.context import SCREENS_CSS, Context, PhrasebookScreen
from phrasebook.tui.groups import Group, find_offered, hand_over_groups, tile_key
from phrasebook.tui.screens.readback import ReadBackScreen
from phrasebook.tui.screens.show import ShowScreen
from phrasebook.tui.text import literal
from phrasebook.userdata import Settings
from phrasebook.values import Entry, Lang

BACK = "__back__"
"""The option id of the "← back" row, for those who tap."""

COLUMNS = 2
"""Tiles per row; the arrow keys move through them in this grid."""


class Tile(Button):
    """One group: its digit and its name in their language."""

    def __init__(self, position: int, group: Group, lang: Lang) -> None:
        super().__init__(classes="tile", id=f"tile-{position}")
        self.position = position
        self.group = group
        self.name_in(lang)

    def name_in(self, lang: Lang) -> None:
        """Label the tile in ``lang``."""
        text = Text(f"{tile_key(self.position)}  ", style="bold")
        text.append_text(literal(label(self.group.key, lang)))
        self.label = text


class HandOverScreen(PhrasebookScreen[None]):
    """Their phrases in a few large groups, a body map, and a box to type in."""

    CSS_PATH = SCREENS_CSS

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "leave", "Back to lookup (the holder)", id="leave", show=False),
        Binding("backspace", "back", "Back to the tiles", id="back-to-tiles", show=False),
        Binding("left", "arrow(-1)", "Move; in a list: back to the tiles", id="arrows", show=False),
        Binding("right", "arrow(1)", "", show=False),
        Binding("up", f"arrow({-COLUMNS})", "", show=False),
        Binding("down", f"arrow({COLUMNS})", "", show=False),
        Binding("1", "tile(0)", "Open a tile by its number (1–9, 0)", id="tile-digit", show=False),
        *(Binding(tile_key(i), f"tile({i})", "", show=False) for i in range(1, 10)),
    ]

    def __init__(self, context: Context, settings: Settings) -> None:
        super().__init__(context, settings)
        self.groups = hand_over_groups(context.lexicon)
        self.group: Group | None = None
        self.listed: list[Entry] = []
        self._pair = (settings.mine, settings.theirs)

    @property
    def theirs(self) -> Lang:
        """The language everything here is written in."""
        return self.settings.theirs

    def compose(self) -> ComposeResult:
        yield Static(id="handover-title", markup=False)
        yield Input(id="handover-query", select_on_focus=False)
        yield Static(id="handover-group", markup=False)
        with Grid(id="handover-tiles"):
            for position, group in enumerate(self.groups):
                yield Tile(position, group, self.theirs)
        yield OptionList(id="handover-list", markup=False)
        yield Static(id="handover-hint", markup=False)
        yield Static(id="handover-holder", markup=False)

    def on_mount(self) -> None:
        self.relabel()
        self.show_tiles()

    def settings_changed(self) -> None:
        pair = (self.settings.mine, self.settings.theirs)
        if pair != self._pair:  # a theme change keeps what they were doing
            self._pair = pair
            self.relabel()
            self.clear_box()
            self.show_tiles()

    def relabel(self) -> None:
        """Write every label in their language, and the holder's strip in mine."""
        theirs = self.theirs
        self.query_one("#handover-title", Static).update(
            literal(label("handover_title", theirs), "bold")
        )
        self.query_one("#handover-query", Input).placeholder = label("handover_type", theirs)
        for tile in self.query(Tile):
            tile.name_in(theirs)
        self.query_one("#handover-holder", Static).update(
            literal(label("handover_holder", self.settings.mine))
        )

    # --- what is on screen ---------------------------------------------------------------------

    def show_tiles(self, focus: int = 0) -> None:
        """The groups, with a tile focused."""
        self.group = None
        self.query_one("#handover-tiles").display = True
        self.query_one("#handover-list").display = False
        self.query_one("#handover-group").display = False
        self.hint("handover_hint_tiles")
        tiles = list(self.query(Tile))
        if tiles:
            tiles[max(0, min(focus, len(tiles) - 1))].focus()

    def show_list(self, entries: list[Entry], heading: str | None) -> None:
        """A list of their phrases (a group's, or what they typed), with a back row first."""
        theirs = self.theirs
        self.listed = entries
        listing = self.query_one("#handover-list", OptionList)
        options = [Option(literal(label("handover_back", theirs), "dim"), id=BACK)]
        options += [Option(literal(e.text[theirs]), id=e.id) for e in entries]
        if not entries:
            options.append(Option(literal(label("handover_none", theirs), "italic"), disabled=True))
        listing.set_options(options)
        listing.highlighted = 1 if entries else 0
        self.query_one("#handover-tiles").display = False
        listing.display = True
        group_line = self.query_one("#handover-group", Static)
        group_line.display = heading is not None
        group_line.update(literal(heading or "", "bold"))
        self.hint("handover_hint_list")

    def hint(self, key: str) -> None:
        self.query_one("#handover-hint", Static).update(literal(label(key, self.theirs), "dim"))

    def open_group(self, group: Group) -> None:
        """List a group's phrases (a search in the box is dropped)."""
        self.clear_box()
        self.show_list(list(group.entries), label(group.key, self.theirs))
        self.group = group
        self.query_one("#handover-list").focus()

    def back(self) -> None:
        """From a list to the tiles (the group's tile focused); from a search, clear it."""
        position = self.groups.index(self.group) if self.group in self.groups else 0
        self.clear_box()
        self.show_tiles(position)

    def clear_box(self) -> None:
        """Empty the box without the search reacting (it would close what is being opened)."""
        with self.prevent(Input.Changed):
            self.query_one("#handover-query", Input).value = ""

    def choose(self, entry: Entry) -> None:
        """Read their choice back to the holder; an answer chosen there is shown to them."""
        chosen_from = self.group

        def answered(answer: Entry | None) -> None:
            if answer is not None:
                answers = self.context.lexicon.answers_of(entry)
                self.app.push_screen(ShowScreen(self.context, self.settings, answer, answers))

        where = chosen_from is not None and chosen_from.body_map
        self.app.push_screen(
            ReadBackScreen(self.context, self.settings, entry, where=where), answered
        )

    # --- input ---------------------------------------------------------------------------------

    @on(Button.Pressed, ".tile")
    def _tile_pressed(self, event: Button.Pressed) -> None:
        assert isinstance(event.button, Tile)
        self.open_group(event.button.group)

    @on(OptionList.OptionSelected, "#handover-list")
    def _phrase_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == BACK:
            self.back()
        elif event.option.id is not None and event.option.id in self.context.lexicon:
            self.choose(self.context.lexicon.get(event.option.id))

    @on(Input.Changed, "#handover-query")
    def _typed(self, event: Input.Changed) -> None:
        if event.value.strip():
            self.group = None
            self.show_list(find_offered(self.context.lexicon, event.value, self.theirs), None)
        elif self.query_one("#handover-list").display:
            self.show_tiles()
            event.input.focus()

    @on(Input.Submitted, "#handover-query")
    def _typed_enter(self) -> None:
        if self.listed:
            self.choose(self.listed[0])

    def on_key(self, event: events.Key) -> None:
        """A letter typed anywhere goes to the box; digits stay with the tiles."""
        query = self.query_one("#handover-query", Input)
        char = event.character
        if self.focused is query or not event.is_printable or char is None:
            return
        if char.isdigit():
            return
        event.stop()
        event.prevent_default()
        query.focus()
        query.insert_text_at_cursor(char)

    def action_leave(self) -> None:
        """Give the screen back to the holder: back to the lookup."""
        self.dismiss()

    def action_back(self) -> None:
        """Back to the tiles."""
        if self.query_one("#handover-list").display:
            self.back()

    def action_tile(self, position: int) -> None:
        """Open the tile with this number."""
        if position < len(self.groups):
            self.open_group(self.groups[position])

    def action_arrow(self, step: int) -> None:
        """Move through the tiles (±1 across, ±COLUMNS down); in a list ← goes back to them."""
        focused = self.focused
        if isinstance(focused, Tile):
            new = focused.position + step
            if 0 <= new < len(self.groups):
                self.query_one(f"#tile-{new}", Tile).focus()
            elif new < 0 and step < -1:
                self.query_one("#handover-query", Input).focus()
        elif isinstance(focused, OptionList):
            if step == -1:
                self.back()
        elif step > 1:  # down from the box: into the list or the tiles
            if self.query_one("#handover-list").display:
                self.query_one("#handover-list").focus()
            else:
                self.show_tiles()
