"""The Textual application and the factory that builds it for the CLI and for tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from phrasebook.errors import PhrasebookError
from phrasebook.lexicon import Lexicon
from phrasebook.models import Entry, Lang
from phrasebook.settings import Settings, load_settings, save_settings
from phrasebook.tui.commands import PhraseCommands
from phrasebook.tui.screens.help import HelpScreen
from phrasebook.tui.screens.lookup import LookupScreen
from phrasebook.tui.screens.pair import PairScreen
from phrasebook.tui.screens.picker import PickerScreen
from phrasebook.tui.screens.show import ShowScreen
from phrasebook.tui.screens.translate import TranslateScreen
from phrasebook.userdata import UserData

if TYPE_CHECKING:
    from phrasebook.translation import Translator

Speaker = Callable[[str, Lang], None]
"""Says a text in a language; raises PhrasebookError (e.g. SpeechError) when it cannot."""

PICKERS = {
    "favourites": ("★ Favourites", "No favourites yet: press F4 on a phrase to star it."),
    "history": ("Recent lookups", "Nothing looked up yet."),
}


def default_speaker(text: str, lang: Lang) -> None:
    """Speak through eSpeak NG; raises SpeechError saying how to enable speech when it cannot."""
    from phrasebook.speech import speak

    speak(text, lang)


class PhrasebookApp(App[int]):
    """Look up a phrase, show it, say it, translate what the lexicon lacks."""

    CSS_PATH = "app.tcss"
    TITLE = "phrasebook"
    COMMANDS: ClassVar[set[Any]] = {PhraseCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help", id="help"),
        Binding("ctrl+b", "toggle_dark_light", "Light/dark", id="theme", show=False),
        Binding("ctrl+q", "quit", "Quit", id="quit"),
    ]

    def __init__(
        self,
        lexicon: Lexicon,
        settings: Settings,
        userdata: UserData,
        translator: Translator | None = None,
        speaker: Speaker | None = None,
        startup_messages: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self.lexicon = lexicon
        self.settings = settings
        self.userdata = userdata
        self._translator = translator
        self.speaker = speaker or default_speaker
        self.startup_messages = [*startup_messages, *userdata.messages]
        userdata.messages.clear()
        if settings.theme in self.available_themes:
            self.theme = settings.theme

    def get_default_screen(self) -> Screen[Any]:
        return LookupScreen()

    def on_mount(self) -> None:
        for message in self.startup_messages:
            self.notify(message, severity="warning", timeout=8)
        self._build_index()

    @work(thread=True, group="index")
    def _build_index(self) -> None:
        # Built after the first frame so start-up stays fast; the first keystroke then finds it.
        _ = self.lexicon.index

    @property
    def lookup(self) -> LookupScreen:
        """The home screen."""
        screen = self.screen_stack[0]
        assert isinstance(screen, LookupScreen)
        return screen

    def get_translator(self) -> Translator:
        """The translator, made on first use (machine translation loads lazily)."""
        if self._translator is None:
            from phrasebook.translation import Translator

            self._translator = Translator(self.lexicon)
        return self._translator

    # --- state that outlives a screen ---------------------------------------------------------

    def _flush_messages(self) -> None:
        for message in self.userdata.messages:
            self.notify(message, severity="warning", timeout=8)
        self.userdata.messages.clear()

    def toggle_favourite(self, entry: Entry) -> bool:
        """Star or unstar an entry; says so when it could not be saved."""
        starred = self.userdata.toggle_favourite(entry.id)
        self._flush_messages()
        return starred

    def set_settings(self, settings: Settings) -> None:
        """Apply and save settings; the screens follow."""
        self.settings = settings
        try:
            save_settings(settings)
        except PhrasebookError as exc:
            self.notify(f"{exc}; the change is kept until you quit", severity="warning")
        self.lookup.refresh_texts()

    def swap_pair(self) -> None:
        """Exchange my language and theirs."""
        self.set_settings(self.settings.swapped())
        s = self.settings
        self.notify(f"{s.mine.native_name} → {s.theirs.native_name}", timeout=2)

    def choose_pair(self) -> None:
        """Ask for both languages."""

        def chosen(pair: tuple[Lang, Lang] | None) -> None:
            if pair is not None:
                self.set_settings(replace(self.settings, mine=pair[0], theirs=pair[1]))

        self.push_screen(PairScreen(self.settings.mine, self.settings.theirs), chosen)

    # --- screens -------------------------------------------------------------------------------

    def open_show(self, entry: Entry, siblings: Sequence[Entry] = ()) -> None:
        """Show an entry full-screen."""
        self.push_screen(ShowScreen(entry, siblings))

    def picker_title(self, kind: str) -> str:
        """The title of the favourites or history picker."""
        return PICKERS[kind][0]

    def open_picker(self, kind: str) -> None:
        """Open favourites or history; the chosen entry is highlighted in the lookup."""
        ids = self.userdata.favourites if kind == "favourites" else self.userdata.history
        entries = [self.lexicon.get(i) for i in self.userdata.known(ids, self.lexicon)]
        title, empty = PICKERS[kind]

        def chosen(entry_id: str | None) -> None:
            if entry_id is not None:
                self.lookup.select_entry(entry_id)
                self.open_show(self.lexicon.get(entry_id), entries)

        picker = PickerScreen(title, entries, self.settings.mine, self.settings.theirs, empty)
        self.push_screen(picker, chosen)

    def action_open_favourites(self) -> None:
        """Open the favourites."""
        self.open_picker("favourites")

    def action_open_history(self) -> None:
        """Open recent lookups."""
        self.open_picker("history")

    def open_translate(self, text: str = "") -> None:
        """Open free-text translation."""
        self.push_screen(TranslateScreen(text))

    def action_open_translate(self) -> None:
        """Open free-text translation."""
        self.open_translate()

    def action_swap_pair(self) -> None:
        """Exchange my language and theirs."""
        self.swap_pair()

    def action_choose_pair(self) -> None:
        """Ask for both languages."""
        self.choose_pair()

    def action_help(self) -> None:
        """Show every key."""
        sections: list[tuple[str, list[BindingType]]] = [
            ("Everywhere", [*self.BINDINGS, Binding("ctrl+p", "", "Command palette")]),
            ("Lookup", list(LookupScreen.BINDINGS)),
            ("Show mode", list(ShowScreen.BINDINGS)),
            ("Translate", list(TranslateScreen.BINDINGS)),
            ("Favourites and history", list(PickerScreen.BINDINGS)),
        ]
        self.push_screen(HelpScreen(sections))

    def action_toggle_dark_light(self) -> None:
        """Switch between the light and dark themes, and remember it."""
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"
        self.settings = replace(self.settings, theme=self.theme)
        try:
            save_settings(self.settings)
        except PhrasebookError as exc:
            self.notify(str(exc), severity="warning")

    # --- speech --------------------------------------------------------------------------------

    def speak(self, entry: Entry) -> None:
        """Say an entry in their language, off the UI thread."""
        self._speak(entry.text[self.settings.theirs], self.settings.theirs)

    @work(thread=True, exclusive=True, group="speech")
    def _speak(self, text: str, lang: Lang) -> None:
        try:
            self.speaker(text, lang)
        except PhrasebookError as exc:
            self.call_from_thread(self.notify, str(exc), severity="warning", timeout=8)


def make_app(
    lexicon: Lexicon,
    translator: Translator | None = None,
    settings: Settings | None = None,
    *,
    userdata: UserData | None = None,
    speaker: Speaker | None = None,
) -> PhrasebookApp:
    """Build the app (the CLI passes the real lexicon; tests pass fixtures and fakes)."""
    messages: list[str] = []
    if settings is None:
        settings, problem = load_settings()
        if problem:
            messages.append(problem)
    return PhrasebookApp(
        lexicon,
        settings,
        userdata if userdata is not None else UserData.load(),
        translator,
        speaker,
        messages,
    )


def run(lexicon: Lexicon) -> int:
    """Open the UI until the user quits; returns the exit code."""
    return make_app(lexicon).run() or 0
