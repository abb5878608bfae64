"""Learn mode, first screen: choose a deck and a direction; each deck shows what is new and due."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from phrasebook.errors import LearnError
from phrasebook.i18n import label
from phrasebook.learn import Deck, Direction, ReviewStore, all_decks, resolve_deck
from phrasebook.learn.drill import utc_now
from phrasebook.learn.stats import end_of_day
from phrasebook.tui.context import SCREENS_CSS, Context, PhrasebookScreen
from phrasebook.tui.screens.drill import DrillScreen
from phrasebook.tui.text import literal
from phrasebook.userdata import Settings


class LearnScreen(PhrasebookScreen[None]):
    """The decks, with their new and due counts for the language pair each is drilled in."""

    CSS_PATH = SCREENS_CSS

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="close-learn"),
        Binding("d", "direction", "Say / recognise", id="direction"),
        Binding("enter", "start", "Start", id="start", show=False),
    ]

    def __init__(
        self,
        context: Context,
        settings: Settings,
        *,
        deck_id: str | None = None,
        direction: Direction = Direction.SAY,
    ) -> None:
        super().__init__(context, settings)
        self.direction = direction
        self.start_deck = deck_id
        self.decks: list[Deck] = []
        self.store: ReviewStore | None = None
        self.lookup_sub_title = ""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="learn-help", markup=False)
        yield Static(id="learn-mode", markup=False)
        yield OptionList(id="learn-decks")
        yield Footer()

    def on_mount(self) -> None:
        self.lookup_sub_title = self.app.sub_title
        self.store = ReviewStore.open()
        decks, problems = all_decks(self.context.lexicon, self.context.userdata)
        for message in [*self.store.messages, *problems]:
            self.notify(message, severity="warning", timeout=8)
        self.decks = decks
        self.redraw()
        self.query_one("#learn-decks", OptionList).focus()
        if self.start_deck is not None:
            spec, self.start_deck = self.start_deck, None
            try:
                deck = resolve_deck(spec, self.context.lexicon, self.context.userdata)
            except LearnError as exc:
                self.notify(str(exc), severity="error", timeout=8)
            else:
                self.start(deck)

    def on_unmount(self) -> None:
        self.app.sub_title = self.lookup_sub_title
        if self.store is not None:
            self.store.close()

    def settings_changed(self) -> None:
        self.redraw()

    def on_screen_resume(self) -> None:
        # Back from a drill: the counts have changed.
        if self.store is not None:
            self.redraw()

    def redraw(self) -> None:
        """The deck list with counts, and the direction."""
        mine = self.settings.mine
        self.app.sub_title = label("learn", mine)
        self.query_one("#learn-help", Static).update(literal(label("learn_choose", mine), "dim"))
        mode = "learn_mode_say" if self.direction is Direction.SAY else "learn_mode_recognise"
        self.query_one("#learn-mode", Static).update(literal(label(mode, mine), "bold"))
        listing = self.query_one("#learn-decks", OptionList)
        keep = listing.highlighted
        listing.clear_options()
        listing.add_options(Option(self.row(deck, utc_now()), id=deck.id) for deck in self.decks)
        listing.highlighted = keep if keep is not None and keep < len(self.decks) else 0

    def row(self, deck: Deck, now: datetime) -> Text:
        """A deck's line: name, pair, cards, new and due."""
        assert self.store is not None
        mine, theirs = deck.pair_for(self.settings.mine, self.settings.theirs)
        counts = self.store.counts(deck.ids, mine, theirs, self.direction, end_of_day(now))
        reader = self.settings.mine
        text = literal(f"{deck.name(reader)}", "bold" if deck.ids else "dim")
        text.append(f"  {mine.value}→{theirs.value}  {len(deck.ids)}", style="dim")
        if deck.ids:
            text.append(f"  · {counts.new} {label('learn_new', reader)}")
            style = "bold" if counts.due_today else "dim"
            text.append(f"  · {counts.due_today} {label('learn_due', reader)}", style=style)
        return text

    @on(OptionList.OptionSelected, "#learn-decks")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.start(self.decks[event.option_index])

    def action_start(self) -> None:
        """Drill the highlighted deck."""
        index = self.query_one("#learn-decks", OptionList).highlighted
        if index is not None:
            self.start(self.decks[index])

    def start(self, deck: Deck) -> None:
        """Open the drill of a deck."""
        if self.store is None:
            return
        if not deck.ids:
            self.notify("No phrases in this deck yet: press F4 on a phrase to star it.")
            return
        pair = deck.pair_for(self.settings.mine, self.settings.theirs)
        drill = DrillScreen(self.context, self.settings, deck, self.store, pair, self.direction)
        self.app.push_screen(drill)

    def action_direction(self) -> None:
        """Switch between saying their phrase and recognising it."""
        say = self.direction is Direction.SAY
        self.direction = Direction.RECOGNISE if say else Direction.SAY
        self.redraw()

    def action_close(self) -> None:
        """Back to the lookup."""
        self.dismiss()
