"""Show mode: one phrase in their language, as large as the terminal allows, to turn toward them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Footer, Static

from phrasebook.i18n import label
from phrasebook.pronounce.readings import pair_transcriptions
from phrasebook.tui.bigtext import render
from phrasebook.tui.context import Context, PhrasebookScreen, Speak
from phrasebook.tui.text import literal
from phrasebook.userdata import Settings
from phrasebook.values import Entry, Lang


class BigPhrase(Static):
    """Their phrase, drawn as large as the widget allows (plain bold text when it cannot be)."""

    def __init__(self) -> None:
        super().__init__(id="show-phrase", markup=False)
        self.phrase = ""

    def set_phrase(self, phrase: str) -> None:
        """Show a new phrase."""
        self.phrase = phrase
        self.draw()

    def on_resize(self) -> None:
        self.draw()

    def draw(self) -> None:
        """Lay the phrase out for the widget's current size."""
        size = self.content_size
        rows = render(self.phrase, size.width, size.height) if size.width and size.height else None
        if rows is None:
            self.update(literal(self.phrase, "bold"))
            self.remove_class("-big")
        else:
            self.update(Text("\n".join(rows), style="bold", no_wrap=True, overflow="crop"))
            self.add_class("-big")


class AnswerCard(Static):
    """One answer the other person can point at: their word, my gloss below."""

    def __init__(self, entry: Entry, mine: Lang, theirs: Lang) -> None:
        text = literal(entry.text[theirs], "bold")
        text.append("\n")
        text.append_text(literal(entry.text[mine], "dim"))
        super().__init__(text, classes="answer-card", markup=False)
        self.entry = entry


class AnswerGrid(VerticalScroll, can_focus=False):
    """The answer cards; never focused, so the arrow keys stay with the screen."""


class ShowScreen(PhrasebookScreen[None]):
    """Their language, large and centred; my gloss small; answer cards for questions."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,f2", "close", "Back", id="close"),
        Binding("right", "card(1)", "Next answer", id="next-card"),
        Binding("left", "card(-1)", "Previous answer", id="previous-card"),
        Binding("down,pagedown", "entry(1)", "Next phrase", id="next-phrase"),
        Binding("up,pageup", "entry(-1)", "Previous phrase", id="previous-phrase"),
        Binding("f3", "speak", "Speak", id="speak"),
        Binding("f4", "star", "★ Star", id="star"),
    ]

    def __init__(
        self, context: Context, settings: Settings, entry: Entry, entries: Sequence[Entry] = ()
    ) -> None:
        super().__init__(context, settings)
        self.entries = list(entries) or [entry]
        self.position = self.entries.index(entry) if entry in self.entries else 0
        if entry not in self.entries:
            self.entries.insert(0, entry)
        self.card = -1

    @property
    def entry(self) -> Entry:
        """The phrase shown."""
        return self.entries[self.position]

    def compose(self) -> ComposeResult:
        with Vertical(id="show-box"):
            yield BigPhrase()
            yield Static(id="show-say", markup=False)
            yield Static(id="show-gloss", markup=False)
            yield Static(id="show-hint", markup=False)
            yield AnswerGrid(id="show-answers")
        yield Footer()

    def on_mount(self) -> None:
        self.render_entry()

    def settings_changed(self) -> None:
        self.render_entry()

    def render_phrase(self) -> None:
        """Put their text in the big panel."""
        theirs = self.settings.theirs
        self.query_one(BigPhrase).set_phrase(self.entry.text[theirs])

    def render_entry(self) -> None:
        """Show the current entry and its answer cards."""
        mine, theirs = self.settings.mine, self.settings.theirs
        entry = self.entry
        # Stepping through phrases is a keystroke path: keep the fsync'd write for leaving.
        self.context.userdata.add_history(entry.id, save=False)
        self.render_phrase()
        says = pair_transcriptions(entry, mine, theirs)
        self.query_one("#show-say", Static).update(
            literal(says[0].text, "italic") if says else Text()
        )
        self.query_one("#show-gloss", Static).update(literal(entry.text[mine], "dim"))
        answers = self.context.lexicon.answers_of(entry)
        hint = self.query_one("#show-hint", Static)
        hint.update(literal(label("point_hint", theirs), "bold") if answers else Text())
        box = self.query_one(AnswerGrid)
        box.remove_children()
        box.mount_all(AnswerCard(a, mine, theirs) for a in answers)
        box.display = bool(answers)
        self.card = -1
        self.arrange_cards()

    def on_resize(self) -> None:
        self.arrange_cards()

    def arrange_cards(self) -> None:
        """As many card columns as fit the width, so a long list of answers wraps."""
        answers = self.context.lexicon.answers_of(self.entry)
        count = len(answers)
        widest = max(
            (len(a.text[s]) for a in answers for s in (self.settings.mine, self.settings.theirs)),
            default=4,
        )
        cell = min(max(12, widest * 2 + 6), 40)
        columns = max(1, min(count, max(1, self.size.width // cell)))
        self.query_one("#show-answers").styles.grid_size_columns = columns

    def action_close(self) -> None:
        """Back to the lookup."""
        self.dismiss()

    def on_unmount(self) -> None:
        self.context.userdata.save_history()

    def action_card(self, step: int) -> None:
        """Highlight the next or previous answer card."""
        cards = list(self.query(AnswerCard))
        if not cards:
            return
        self.card = (self.card + step) % len(cards) if self.card >= 0 else (0 if step > 0 else -1)
        for i, card in enumerate(cards):
            card.set_class(i == self.card % len(cards), "-chosen")
        if 0 <= self.card < len(cards):
            cards[self.card].scroll_visible(animate=False)

    def action_entry(self, step: int) -> None:
        """Step to the next or previous phrase of the list it was opened from."""
        new = self.position + step
        if 0 <= new < len(self.entries):
            self.position = new
            self.render_entry()

    def action_speak(self) -> None:
        """Say the phrase (or the chosen answer) in their language."""
        cards = list(self.query(AnswerCard))
        if cards and self.card >= 0:
            self.post_message(Speak(cards[self.card % len(cards)].entry))
        else:
            self.post_message(Speak(self.entry))

    def action_star(self) -> None:
        """Star or unstar the phrase."""
        starred = self.toggle_star(self.entry)
        self.notify("★ " + ("starred" if starred else "unstarred"), timeout=2)
