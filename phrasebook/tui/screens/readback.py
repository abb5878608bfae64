"""Read-back: what the other person chose on the hand-over screen, large, in the holder's language.

Their phrase is small at the top; the holder's translation is drawn as large as show mode draws
(same lettering, same fallback to plain bold text). The entry's answers are listed in the holder's
language: Enter or a digit returns one to the hand-over screen, which shows it to them in show mode.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Footer, Static

from phrasebook.i18n import label
from phrasebook.tui.context import SCREENS_CSS, Context, PhrasebookScreen
from phrasebook.tui.screens.show import BigPhrase
from phrasebook.tui.text import literal
from phrasebook.userdata import Settings
from phrasebook.values import Entry


class ReadBackScreen(PhrasebookScreen[Entry | None]):
    """The holder's side: their choice, large, and the answers to show back."""

    CSS_PATH = SCREENS_CSS

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,f2", "answer(0)", "Show my answer", id="show-answer"),
        Binding("1", "answer(0)", "Show answer 1–9", id="answer-digit", show=False),
        *(Binding(str(n), f"answer({n - 1})", "", show=False) for n in range(2, 10)),
        Binding("escape,backspace", "back", "Back to them", id="back-to-them"),
    ]

    def __init__(
        self, context: Context, settings: Settings, entry: Entry, *, where: bool = False
    ) -> None:
        super().__init__(context, settings)
        self.entry = entry
        self.where = where
        self.answers = context.lexicon.answers_of(entry)

    def compose(self) -> ComposeResult:
        with Vertical(id="readback"):
            yield Static(id="readback-heading", markup=False)
            yield Static(id="readback-theirs", markup=False)
            yield BigPhrase()
            yield Static(id="readback-answers-title", markup=False)
            yield Static(id="readback-answers", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.draw()

    def settings_changed(self) -> None:
        self.draw()

    def draw(self) -> None:
        """Lay out the entry for the current pair."""
        mine, theirs = self.settings.mine, self.settings.theirs
        heading = label("readback_where" if self.where else "readback_chose", mine)
        self.query_one("#readback-heading", Static).update(literal(heading, "bold"))
        self.query_one("#readback-theirs", Static).update(literal(self.entry.text[theirs], "dim"))
        self.query_one(BigPhrase).set_phrase(self.entry.text[mine], self.settings.font_path)
        title = label("readback_answers" if self.answers else "readback_no_answers", mine)
        self.query_one("#readback-answers-title", Static).update(literal(title, "italic"))
        cards = Text()
        for n, answer in enumerate(self.answers[:9], start=1):
            if n > 1:
                cards.append("   ")
            cards.append(f"{n} ", style="bold reverse")
            cards.append_text(literal(f" {answer.text[mine]}"))
        box = self.query_one("#readback-answers", Static)
        box.update(cards)
        box.display = bool(self.answers)

    def action_answer(self, index: int) -> None:
        """Hand an answer back to show them; with no answers, Enter just gives the screen back."""
        if index < len(self.answers[:9]):
            self.dismiss(self.answers[index])
        elif not self.answers:
            self.dismiss(None)

    def action_back(self) -> None:
        """Give the screen back to them."""
        self.dismiss(None)
