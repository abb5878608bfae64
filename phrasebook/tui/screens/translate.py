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
from textual.widgets import Footer, Header, LoadingIndicator, Static, TextArea

from phrasebook.errors import TranslationError
from phrasebook.i18n import label
from phrasebook.tui.context import ChangePair, Context, PhrasebookScreen
from phrasebook.tui.text import literal
from phrasebook.userdata import Settings
from phrasebook.values import Lang

if TYPE_CHECKING:
    from phrasebook.mt.translator import Translation


@dataclass
class TranslationDone(Message):
    """A worker finished translating ``request``."""

    request: int
    results: list[Translation]
    error: str | None


def describe(results: list[Translation], lang: Lang) -> Text:
    """The translations with where each came from, and the warning machine output needs,
    labelled in ``lang``."""
    out = Text()
    for i, result in enumerate(results):
        if i:
            out.append("\n")
        out.append_text(literal(result.text, "bold"))
        out.append("\n")
        if result.source == "lexicon":
            out.append(f"  {label('translate_from_lexicon', lang)}", style="green")
        else:
            route = " → ".join(label(f"lang_{step.value}", lang) for step in result.path)
            out.append(
                f"  {label('translate_machine', lang).format(route=route)}", style="bold yellow"
            )
        out.append("\n")
    return out


class TranslateScreen(PhrasebookScreen[None]):
    """Type or paste text; each line is translated from my language into theirs."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="close-translate"),
        Binding("ctrl+r,f5", "run", "Translate", id="run"),
        Binding("f9,ctrl+o", "swap", "Swap", id="swap-translate"),
    ]

    def __init__(self, context: Context, settings: Settings, text: str = "") -> None:
        super().__init__(context, settings)
        self.initial = text
        self.request = 0

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="translate"):
            yield Static(id="translate-direction", markup=False)
            yield TextArea(self.initial, id="translate-input", soft_wrap=True)
            yield LoadingIndicator(id="translate-busy")
            with VerticalScroll(id="translate-output-box"):
                yield Static(id="translate-output", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#translate-busy").display = False
        self.show_direction()
        self.query_one("#translate-input", TextArea).focus()
        if self.initial.strip():
            self.action_run()

    def settings_changed(self) -> None:
        self.show_direction()

    def show_direction(self) -> None:
        """Say which way the text is translated."""
        s = self.settings
        keys = label("translate_keys", s.mine)
        line = f"{s.mine.native_name} → {s.theirs.native_name}   ({keys})"
        self.query_one("#translate-direction", Static).update(literal(line, "bold"))

    def action_close(self) -> None:
        """Back to the lookup."""
        self.dismiss()

    def action_swap(self) -> None:
        """Exchange the direction."""
        self.post_message(ChangePair(swap=True))

    def action_run(self) -> None:
        """Translate what is in the box, in a worker thread."""
        text = self.query_one("#translate-input", TextArea).text
        lines = [line for line in text.splitlines() if line.strip()]
        if not lines:
            self.query_one("#translate-output", Static).update(Text())
            return
        self.request += 1
        self.query_one("#translate-busy").display = True
        s = self.settings
        self.translate_lines(self.request, lines, s.mine, s.theirs)

    @work(thread=True, exclusive=True, group="translate")
    def translate_lines(self, request: int, lines: list[str], src: Lang, dst: Lang) -> None:
        """Runs off the UI thread; posts the answer back as a message."""
        # The errors' own words advise the command line: the screen says it in my language.
        try:
            translator = self.context.translator()
            results = translator.translate_batch(lines, src, dst)
            self.post_message(TranslationDone(request, results, None))
        except TranslationError:
            self.post_message(TranslationDone(request, [], label("translate_no_model", src)))
        except Exception:  # a broken model must not take the UI down
            self.post_message(TranslationDone(request, [], label("translate_failed", src)))

    @on(TranslationDone)
    def _done(self, message: TranslationDone) -> None:
        if message.request != self.request:
            return  # an answer to text that has since changed
        self.query_one("#translate-busy").display = False
        output = self.query_one("#translate-output", Static)
        if message.error is not None:
            output.update(literal(message.error, "bold red"))
        else:
            output.update(describe(message.results, self.settings.mine))
