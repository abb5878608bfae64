"""Learn mode, the drill: a card, the answer revealed on a key, a grade, and figures at the end."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Footer, Static

from phrasebook.errors import PhrasebookError
from phrasebook.i18n import label
from phrasebook.learn import Deck, Direction, Drill, Grade, ReviewStore
from phrasebook.tui.context import SCREENS_CSS, Context, PhrasebookScreen, Speak
from phrasebook.tui.screens.show import BigPhrase
from phrasebook.tui.text import literal
from phrasebook.userdata import Settings
from phrasebook.values import Lang


class DrillScreen(PhrasebookScreen[None]):
    """One session over a deck. Their phrase is drawn large; mine is the line above or below."""

    CSS_PATH = SCREENS_CSS

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space,enter", "reveal", "Show answer", id="reveal"),
        Binding("1", "grade(1)", "Again", id="again"),
        Binding("2", "grade(2)", "Hard", id="hard"),
        Binding("3", "grade(3)", "Good", id="good"),
        Binding("4", "grade(4)", "Easy", id="easy"),
        Binding("f3", "speak", "Speak", id="speak-card"),
        Binding("escape", "finish", "End", id="finish"),
    ]

    def __init__(
        self,
        context: Context,
        settings: Settings,
        deck: Deck,
        store: ReviewStore,
        pair: tuple[Lang, Lang],
        direction: Direction,
    ) -> None:
        super().__init__(context, settings)
        self.drill = Drill(deck, context.lexicon, store, pair[0], pair[1], direction)
        self.revealed = False
        self.finished = False

    def compose(self) -> ComposeResult:
        with Vertical(id="drill-box"):
            yield Static(id="drill-status", markup=False)
            yield Static(id="drill-ask", markup=False)
            yield Static(id="drill-mine", markup=False)
            yield BigPhrase()
            yield Static(id="drill-reading", markup=False)
            yield Static(id="drill-note", markup=False)
            yield Static(id="drill-keys", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.show_card()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The footer offers only what makes sense now: reveal first, then the grades.
        if action == "grade":
            return self.revealed and not self.finished
        if action == "reveal":
            return not self.revealed and not self.finished
        if action == "speak":
            return not self.finished
        return True

    @property
    def reader(self) -> Lang:
        """The language the drill's own words are in: the learner's."""
        return self.drill.mine

    def show_card(self) -> None:
        """Show the current card's prompt, or the figures when the session is over."""
        card = self.drill.card
        if card is None:
            self.show_figures()
            return
        self.revealed = False
        say = self.drill.direction is Direction.SAY
        self.update_status()
        ask = label("learn_say" if say else "learn_recognise", self.reader)
        self.query_one("#drill-ask", Static).update(literal(ask, "dim"))
        self.query_one("#drill-mine", Static).update(literal(card.prompt, "bold") if say else "")
        self.query_one(BigPhrase).set_phrase("" if say else card.prompt)
        self.query_one("#drill-reading", Static).update("")
        self.query_one("#drill-note", Static).update("")
        keys = label("learn_reveal", self.reader)
        self.query_one("#drill-keys", Static).update(literal(keys, "dim"))
        self.refresh_bindings()

    def update_status(self) -> None:
        """Deck, pair, and how far the session has gone."""
        figures = self.drill.figures()
        drill = self.drill
        mode = "learn_mode_say" if drill.direction is Direction.SAY else "learn_mode_recognise"
        status = (
            f"{drill.deck.name(self.reader)}  ·  {drill.mine.value}→{drill.theirs.value}  ·  "
            f"{label(mode, self.reader)}  ·  {figures.reviews}/{figures.reviews + figures.left}"
        )
        self.query_one("#drill-status", Static).update(literal(status, "dim"))

    def action_reveal(self) -> None:
        """Show the answer: their phrase large with its reading, and my phrase."""
        card = self.drill.card
        if card is None or self.revealed:
            return
        self.revealed = True
        say = self.drill.direction is Direction.SAY
        their_text = card.answer if say else card.prompt
        mine_text = card.prompt if say else card.answer
        self.query_one("#drill-mine", Static).update(literal(mine_text, "bold"))
        self.query_one(BigPhrase).set_phrase(their_text)
        self.query_one("#drill-reading", Static).update(literal(card.reading, "italic"))
        self.query_one("#drill-note", Static).update(literal(card.note, "dim"))
        keys = label("learn_grade", self.reader)
        self.query_one("#drill-keys", Static).update(literal(keys, "bold"))
        self.refresh_bindings()

    def action_grade(self, grade: int) -> None:
        """Grade the card (1 again … 4 easy), save it, and show the next."""
        if not self.revealed or self.finished:
            return
        try:
            self.drill.grade(Grade(grade))
        except PhrasebookError as exc:
            self.notify(str(exc), severity="error", timeout=8)
            return
        self.show_card()

    def action_speak(self) -> None:
        """Say the card's phrase in their language."""
        card = self.drill.card
        if card is not None and not self.finished:
            self.post_message(Speak(card.entry))

    def action_finish(self) -> None:
        """End the session (its figures first; a second Escape closes)."""
        if self.finished:
            self.dismiss()
        else:
            self.show_figures()

    def show_figures(self) -> None:
        """The session's figures: cards seen, accuracy, when the deck is next due."""
        self.finished = True
        figures = self.drill.figures()
        reader = self.reader
        text = Text()
        text.append(label("learn_done", reader) + "\n\n", style="bold")
        if not figures.reviews and not self.drill.queue:
            text.append(label("learn_nothing_due", reader) + "\n\n")
        text.append(f"{label('learn_seen', reader)}: {figures.seen}\n")
        if figures.accuracy is not None:
            text.append(f"{label('learn_accuracy', reader)}: {figures.accuracy:.0%}\n")
        if figures.next_due is not None:
            when = figures.next_due.astimezone().strftime("%Y-%m-%d %H:%M")
            text.append(f"{label('learn_next', reader)}: {when}\n")
        self.query_one("#drill-ask", Static).update("")
        self.query_one("#drill-mine", Static).update(text)
        self.query_one(BigPhrase).set_phrase("")
        for name in ("#drill-reading", "#drill-note", "#drill-keys"):
            self.query_one(name, Static).update("")
        self.update_status()
        self.refresh_bindings()
