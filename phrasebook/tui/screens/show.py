"""Show mode: one phrase in their language, as large as the terminal allows, to turn toward them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Footer, Static

from phrasebook.fonts import FontFinder, default_finder
from phrasebook.i18n import TABLES, label
from phrasebook.pronounce.readings import pair_transcriptions, variant_transcriptions
from phrasebook.tui.bigtext import render
from phrasebook.tui.context import SCREENS_CSS, Context, PhrasebookScreen, Speak
from phrasebook.tui.text import literal
from phrasebook.tui.widgets.answers import (
    AnswerCard,
    AnswerGrid,
    CardPlan,
    MoreTile,
    NextPage,
    plan_cards,
)
from phrasebook.userdata import Settings
from phrasebook.values import Entry, Lang, Variant

__all__ = ["AnswerCard", "BigPhrase", "ShowScreen"]

ANSWER_SHARE = 0.6
"""The most of the screen's height the answer cards may take (the phrase keeps the rest)."""


class BigPhrase(Static):
    """Their phrase, drawn as large as the widget allows (plain bold text when it cannot be)."""

    def __init__(self) -> None:
        super().__init__(id="show-phrase", markup=False)
        self.phrase = ""
        self.finder: FontFinder | None = None

    def set_phrase(self, phrase: str, font: Path | None = None) -> None:
        """Show a new phrase; ``font`` is the settings' font file, tried first."""
        self.phrase = phrase
        self.finder = default_finder(font)
        self.draw()

    def on_resize(self) -> None:
        self.draw()

    def draw(self) -> None:
        """Lay the phrase out for the widget's current size."""
        size = self.content_size
        rows = (
            render(self.phrase, size.width, size.height, self.finder)
            if size.width and size.height
            else None
        )
        if rows is None:
            self.update(literal(self.phrase, "bold"))
            self.remove_class("-big")
        else:
            self.update(Text("\n".join(rows), style="bold", no_wrap=True, overflow="crop"))
            self.add_class("-big")


class ShowScreen(PhrasebookScreen[None]):
    """Their language, large and centred; my gloss small; answer cards for questions."""

    CSS_PATH = SCREENS_CSS

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,f2", "close", "Back", id="close"),
        Binding("right", "card(1)", "Next answer", id="next-card"),
        Binding("left", "card(-1)", "Previous answer", id="previous-card"),
        Binding("down,pagedown", "entry(1)", "Next phrase", id="next-phrase"),
        Binding("up,pageup", "entry(-1)", "Previous phrase", id="previous-phrase"),
        Binding("f3", "speak", "Speak", id="speak"),
        Binding("f4", "star", "★ Star", id="star"),
        # Named on the form line, where it matters, so the footer keeps its room at 80 columns.
        Binding("f5", "form", "Other form", id="next-form", show=False),
    ]

    def __init__(
        self, context: Context, settings: Settings, entry: Entry, entries: Sequence[Entry] = ()
    ) -> None:
        super().__init__(context, settings)
        self.entries = list(entries) or [entry]
        self.position = self.entries.index(entry) if entry in self.entries else 0
        if entry not in self.entries:
            self.entries.insert(0, entry)
        self.answers: list[Entry] = []
        self.card = -1
        """The chosen answer, an index into :attr:`answers`; -1 for none."""
        self.form = -1
        """The form shown and spoken: an index into :attr:`forms`; -1 for the main text."""
        self.page = 0
        self.plan = CardPlan(1, False, 0)
        self._layout: tuple[object, ...] | None = None
        """What the mounted cards show; cards are mounted again only when it changes."""

    @property
    def entry(self) -> Entry:
        """The phrase shown."""
        return self.entries[self.position]

    @property
    def forms(self) -> list[Variant]:
        """The entry's variants that give their language: the other forms it can be said in."""
        theirs = self.settings.theirs
        return [v for v in self.entry.variants if v.text.get(theirs)]

    @property
    def shown_text(self) -> str:
        """Their text now on screen, which F3 says: the main text or the chosen variant's."""
        theirs = self.settings.theirs
        forms = self.forms
        if 0 <= self.form < len(forms):
            return forms[self.form].text[theirs]
        return self.entry.text[theirs]

    def compose(self) -> ComposeResult:
        with Vertical(id="show-box"):
            yield Static(id="show-position", markup=False)
            yield Static(id="show-form", markup=False)
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

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer only what this phrase allows: no answer keys without answers, and the phrase
        keys dimmed at either end of the list (hidden when there is one phrase)."""
        if action == "card":
            return bool(self.answers)
        if action == "form":
            return bool(self.forms)
        if action == "entry":
            if len(self.entries) < 2:
                return False
            step = parameters[0] if parameters and isinstance(parameters[0], int) else 0
            return True if 0 <= self.position + step < len(self.entries) else None
        return True

    def render_phrase(self) -> None:
        """Put the shown form of their text in the big panel, with its reading and my gloss,
        and say which form it is when there are others."""
        mine, theirs = self.settings.mine, self.settings.theirs
        self.query_one(BigPhrase).set_phrase(self.shown_text, self.settings.font_path)
        forms = self.forms
        variant = forms[self.form] if 0 <= self.form < len(forms) else None
        if variant is None:
            says = pair_transcriptions(self.entry, mine, theirs)
            gloss = self.entry.text[mine]
        else:
            says = variant_transcriptions(variant, mine, theirs)
            gloss = variant.text.get(mine) or self.entry.text[mine]
        self.query_one("#show-say", Static).update(
            literal(says[0].text, "italic") if says else Text()
        )
        self.query_one("#show-gloss", Static).update(literal(gloss, "dim"))
        form = self.query_one("#show-form", Static)
        form.display = bool(forms)
        if forms:
            form.update(literal(form_label(variant, self.form + 1, len(forms), mine), "dim"))

    def render_entry(self) -> None:
        """Show the current entry, in its main form, and its answer cards."""
        theirs = self.settings.theirs
        entry = self.entry
        # Stepping through phrases is a keystroke path: keep the fsync'd write for leaving.
        self.context.userdata.add_history(entry.id, save=False)
        self.form = -1
        self.render_phrase()
        count = len(self.entries)
        position = f"{self.position + 1} / {count}" if count > 1 else ""
        self.query_one("#show-position", Static).update(Text(position, style="dim"))
        self.answers = self.context.lexicon.answers_of(entry)
        hint = self.query_one("#show-hint", Static)
        hint.update(literal(label("point_hint", theirs), "bold") if self.answers else Text())
        self.query_one(AnswerGrid).display = bool(self.answers)
        self.card = -1
        self.page = 0
        self.plan = CardPlan(1, False, 0)
        self._layout = None
        self.arrange_cards()
        self.refresh_bindings()

    def on_resize(self) -> None:
        self.arrange_cards()

    def arrange_cards(self) -> None:
        """Lay the cards of the current page out to fit the screen (see ``plan_cards``)."""
        mine, theirs = self.settings.mine, self.settings.theirs
        width, height = self.size
        if not self.answers or not width:
            self.query_one(AnswerGrid).remove_children()
            self._layout = None
            return
        texts = [(a.text[theirs], a.text[mine]) for a in self.answers]
        plan = plan_cards(texts, width, int((height - 1) * ANSWER_SHARE))
        pages = -(-len(self.answers) // plan.per_page)
        self.page = min(self.page, pages - 1)
        self.plan = plan
        first = self.page * plan.per_page
        shown = self.answers[first : first + plan.per_page]
        layout = (plan, self.page, tuple(a.id for a in shown), mine, theirs)
        if layout == self._layout:  # only the chosen card moved: keep the widgets
            for i, card in enumerate(self.query(AnswerCard)):
                card.set_class(first + i == self.card, "-chosen")
            return
        self._layout = layout
        grid = self.query_one(AnswerGrid)
        grid.styles.grid_size_columns = plan.columns
        grid.set_class(plan.compact, "-compact")
        grid.remove_children()
        cards: list[AnswerCard | MoreTile] = [
            AnswerCard(a, mine, theirs, compact=plan.compact) for a in shown
        ]
        for i, tile in enumerate(cards):
            tile.set_class(first + i == self.card, "-chosen")
        if pages > 1:
            following = (self.page + 1) % pages * plan.per_page
            last = min(following + plan.per_page, len(self.answers))
            word = label("more_answers", theirs)
            cards.append(MoreTile(word, following + 1, last, len(self.answers)))
        grid.mount_all(cards)

    def action_close(self) -> None:
        """Back to the lookup."""
        self.dismiss()

    def on_unmount(self) -> None:
        self.context.userdata.save_history()

    def action_card(self, step: int) -> None:
        """Highlight the next or previous answer card, turning the page when it is on another."""
        count = len(self.answers)
        if not count:
            return
        if self.card < 0:
            self.card = 0 if step > 0 else count - 1
        else:
            self.card = (self.card + step) % count
        self.page = self.card // max(1, self.plan.per_page)
        self.arrange_cards()

    @on(NextPage)
    def _next_page(self) -> None:
        pages = -(-len(self.answers) // max(1, self.plan.per_page))
        self.page = (self.page + 1) % max(1, pages)
        self.card = -1
        self.arrange_cards()

    def action_entry(self, step: int) -> None:
        """Step to the next or previous phrase of the list it was opened from."""
        new = self.position + step
        if 0 <= new < len(self.entries):
            self.position = new
            self.render_entry()

    def action_form(self) -> None:
        """Show the next form of the phrase (a polite or North Korean variant), then the main
        text again; F3 then says the form shown."""
        count = len(self.forms)
        if not count:
            return
        self.form = self.form + 1 if self.form + 1 < count else -1
        self.card = -1  # F3 says the form now shown, not an answer chosen before
        self.arrange_cards()
        self.render_phrase()

    def action_speak(self) -> None:
        """Say the chosen answer, or else the form of the phrase shown, in their language."""
        if 0 <= self.card < len(self.answers):
            self.post_message(Speak(self.answers[self.card]))
        else:
            self.post_message(Speak(self.entry, self.shown_text))

    def action_star(self) -> None:
        """Star or unstar the phrase."""
        starred = self.toggle_star(self.entry)
        self.notify(label("starred" if starred else "unstarred", self.settings.mine), timeout=2)


def form_label(variant: Variant | None, number: int, count: int, mine: Lang) -> str:
    """Which form of the phrase is shown, in my language: "other form: polite · 2/3 (F5)".

    Args:
        variant: the variant shown, or None for the main text.
        number: its place among the forms, the main text being 0.
        count: how many variants there are besides the main text.
        mine: the reader's language.
    """
    position = f"{number + 1}/{count + 1} (F5)"
    if variant is None:
        return f"{label('form_main', mine)} · {position}"
    tags = [
        label(key, mine)
        for key in (f"register_{variant.register}", f"dialect_{variant.dialect}")
        if key in TABLES[mine]
    ]
    kind = label("form_variant", mine) + (f": {', '.join(tags)}" if tags else "")
    return f"{kind} · {position}"
