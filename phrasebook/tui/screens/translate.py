"""Free-text translation: lexicon first, then the offline model, never blocking the UI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Footer, Header, LoadingIndicator, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from phrasebook.errors import PhrasebookError
from phrasebook.i18n import label
from phrasebook.tui.context import SCREENS_CSS, ChangePair, Context, PhrasebookScreen
from phrasebook.tui.text import literal
from phrasebook.userdata import Settings
from phrasebook.values import Lang

if TYPE_CHECKING:
    from phrasebook.mt.result import Suggestion, Translation


@dataclass
class TranslationDone(Message):
    """A worker finished translating ``request``."""

    request: int
    result: Translation | None
    error: str | None


STYLES = {"lexicon": "bold green", "mt": "bold yellow", "none": "bold red", "as-is": "bold"}
"""How each kind of segment is drawn; the legend uses the same styles."""


def legend(lang: Lang) -> Text:
    """Which colour is which source, in the reader's language."""
    out = Text()
    keys = (("lexicon", "tr_vetted"), ("mt", "tr_machine"), ("none", "tr_untranslated"))
    for source, key in keys:
        out.append("■ ", style=STYLES[source])
        out.append(label(key, lang) + "   ")
    return out


def describe(result: Translation, lang: Lang) -> Text:
    """The translation, segment by segment in its source's colour, then where each came from,
    all in the reader's language (``lang``): no entry ids, language codes or command lines."""
    out = Text()

    def name(of: Lang) -> str:
        return label(f"lang_{of.value}", lang)

    if result.detected:
        line = label("tr_detected", lang).format(
            lang=result.src.native_name, src=name(result.src), dst=name(result.dst)
        )
        out.append_text(literal(line, "italic"))
        out.append("\n\n")
    for segment in result.segments:
        out.append(segment.before)
        shown = segment.text if segment.translated else segment.input
        out.append_text(literal(shown, STYLES[segment.source]))
    out.append("\n")
    for segment in result.segments:
        if segment.source == "lexicon":
            out.append("\n• ")
            out.append_text(literal(segment.input))
            out.append(f": {label('translate_from_lexicon', lang)}", style="green")
            if segment.matched:
                out.append_text(literal(f" ({label('tr_read_as', lang)} «{segment.matched}»)"))
        elif segment.source == "mt":
            route = " → ".join(name(step) for step in segment.path)
            out.append("\n• ")
            out.append_text(literal(segment.input))
            out.append(f": {label('translate_machine', lang).format(route=route)}", style="yellow")
        elif segment.source == "none":
            out.append("\n• ")
            out.append_text(literal(segment.input))
            out.append(f": {label('tr_untranslated', lang)}", style="red")
    if result.missing:
        out.append("\n\n")
        out.append_text(literal(label("translate_no_model", lang), "red"))
    return out


def choices(result: Translation) -> list[tuple[str, Suggestion]]:
    """The suggestions worth offering: for each sentence not answered by the lexicon."""
    return [
        (segment.input, hint)
        for segment in result.segments
        if segment.source in ("mt", "none")
        for hint in segment.suggestions
    ]


class TranslateScreen(PhrasebookScreen[None]):
    """Type or paste text; each line is translated from my language into theirs."""

    CSS_PATH = SCREENS_CSS

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="close-translate"),
        Binding("ctrl+r,f5", "run", "Translate", id="run"),
        Binding("f9,ctrl+o", "swap", "Swap", id="swap-translate"),
        Binding("ctrl+s", "suggestions", "Suggestions", id="suggestions"),
    ]

    def __init__(self, context: Context, settings: Settings, text: str = "") -> None:
        super().__init__(context, settings)
        self.initial = text
        self.request = 0
        self.offered: list[tuple[str, Suggestion]] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="translate"):
            yield Static(id="translate-direction", markup=False)
            yield TextArea(self.initial, id="translate-input", soft_wrap=True)
            yield Static(id="translate-legend", markup=False)
            yield LoadingIndicator(id="translate-busy")
            with VerticalScroll(id="translate-output-box"):
                yield Static(id="translate-output", markup=False)
            yield OptionList(id="translate-suggestions")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#translate-busy").display = False
        self.query_one("#translate-suggestions").display = False
        self.show_direction()
        self.query_one("#translate-input", TextArea).focus()
        if self.initial.strip():
            self.action_run()

    def settings_changed(self) -> None:
        self.show_direction()

    def show_direction(self) -> None:
        """Say which way the text is translated, and what the colours mean."""
        s = self.settings
        keys = label("translate_keys", s.mine)
        line = f"{s.mine.native_name} → {s.theirs.native_name}   ({keys})"
        self.query_one("#translate-direction", Static).update(literal(line, "bold"))
        self.query_one("#translate-legend", Static).update(legend(s.mine))

    def action_close(self) -> None:
        """Back to the lookup."""
        self.dismiss()

    def action_swap(self) -> None:
        """Exchange the direction."""
        self.post_message(ChangePair(swap=True))

    def action_suggestions(self) -> None:
        """Move to the list of closest vetted phrases, when there is one."""
        box = self.query_one("#translate-suggestions", OptionList)
        if box.display:
            box.focus()
            box.highlighted = 1

    def action_run(self) -> None:
        """Translate what is in the box, in a worker thread."""
        text = self.query_one("#translate-input", TextArea).text
        self.request += 1
        if not text.strip():
            self.query_one("#translate-output", Static).update(Text())
            self.offer([])
            return
        self.query_one("#translate-busy").display = True
        s = self.settings
        self.translate_text(self.request, text, s.mine, s.theirs)

    @work(thread=True, exclusive=True, group="translate")
    def translate_text(self, request: int, text: str, src: Lang, dst: Lang) -> None:
        """Runs off the UI thread; posts the answer back as a message."""
        # The errors' own words advise the command line: the screen says it in my language.
        try:
            result = self.context.translator().translate(text, src, dst, detect=True)
            self.post_message(TranslationDone(request, result, None))
        except PhrasebookError as exc:
            self.post_message(TranslationDone(request, None, str(exc)))
        except Exception as exc:  # a broken model must not take the UI down
            self.post_message(TranslationDone(request, None, f"translation failed: {exc}"))

    @on(TranslationDone)
    def _done(self, message: TranslationDone) -> None:
        if message.request != self.request:
            return  # an answer to text that has since changed
        self.query_one("#translate-busy").display = False
        output = self.query_one("#translate-output", Static)
        if message.result is None:
            output.update(literal(message.error or "", "bold red"))
            self.offer([])
        else:
            output.update(describe(message.result, self.settings.mine))
            self.offer(choices(message.result))

    def offer(self, offered: list[tuple[str, Suggestion]]) -> None:
        """List the suggestions to pick from (hidden when there are none)."""
        self.offered = offered
        box = self.query_one("#translate-suggestions", OptionList)
        box.clear_options()
        box.display = bool(offered)
        if not offered:
            return
        title = literal(label("tr_suggestions", self.settings.mine), "bold")
        box.add_option(Option(title, disabled=True))
        for i, (sentence, hint) in enumerate(offered):
            line = literal(f"«{sentence}» → ")
            line.append_text(literal(hint.said, "bold green"))
            line.append_text(literal(f"  {hint.text}", "green"))
            box.add_option(Option(line, id=f"hint-{i}"))

    @on(OptionList.OptionSelected, "#translate-suggestions")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        """Put the chosen vetted phrase in place of its sentence, and translate again."""
        number = int((event.option.id or "hint--1").rsplit("-", 1)[1])
        if not 0 <= number < len(self.offered):
            return
        sentence, hint = self.offered[number]
        area = self.query_one("#translate-input", TextArea)
        area.text = area.text.replace(sentence, hint.said, 1)
        area.focus()
        self.action_run()
