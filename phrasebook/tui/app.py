"""The Textual application and the factory that builds it for the CLI and for tests."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.reactive import var
from textual.screen import Screen

from phrasebook._gc import startup_done
from phrasebook.errors import PhrasebookError, StorageError
from phrasebook.i18n import label
from phrasebook.lexicon import Lexicon
from phrasebook.tui.context import (
    SCREENS_CSS,
    BrowseCategory,
    ChangePair,
    Context,
    OpenLearn,
    OpenPicker,
    OpenShow,
    OpenTranslate,
    Speak,
)
from phrasebook.tui.keys import localise_bindings
from phrasebook.tui.parsed_css import ParsedCss
from phrasebook.tui.screens.lookup import LookupScreen
from phrasebook.userdata import UserData
from phrasebook.userdata.paths import cache_dir
from phrasebook.userdata.settings import Settings, load_settings, save_settings
from phrasebook.userdata.storage import atomic_write_bytes
from phrasebook.values import Entry, Lang

if TYPE_CHECKING:
    from textual.command import Provider

    from phrasebook.mt.translator import Translator

# Only the lookup screen is imported with the app: the first frame needs nothing else. Every
# other screen, the palette's provider, the doctor and the font finder load when first used.

_FIRST_FRAME_WAIT = 2.0
"""Seconds a start-up worker waits for the first frame at most."""

Speaker = Callable[[str, Lang], None]
"""Says a text in a language; raises PhrasebookError (e.g. SpeechError) when it cannot."""


def _phrase_commands() -> type[Provider]:
    from phrasebook.tui.commands import PhraseCommands

    return PhraseCommands


def default_speaker(text: str, lang: Lang) -> None:
    """Speak through eSpeak NG; raises SpeechError saying how to enable speech when it cannot."""
    from phrasebook.speech import speak

    speak(text, lang)


class PhrasebookApp(App[int]):
    """Look up a phrase, show it, say it, translate what the lexicon lacks."""

    CSS_PATH = "app.tcss"
    TITLE = "phrasebook"
    COMMANDS: ClassVar[set[Any]] = {_phrase_commands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help", id="help"),
        Binding("ctrl+b", "toggle_dark_light", "Light/dark", id="theme", show=False),
        Binding("ctrl+q", "quit", "Quit", id="quit"),
    ]

    learn_at_start: OpenLearn | None = None
    """Learn mode to open on start (``phrasebook learn``)."""

    settings: var[Settings] = var(Settings, init=False)
    """The user's settings; every screen watches them."""

    def __init__(
        self,
        lexicon: Lexicon,
        settings: Settings,
        userdata: UserData,
        translator: Translator | None = None,
        speaker: Speaker | None = None,
        startup_messages: Sequence[str] = (),
        lexicon_warnings: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self.lexicon = lexicon
        self.set_reactive(PhrasebookApp.settings, settings)
        self.userdata = userdata
        self._translator = translator
        self.context = Context(lexicon, userdata, self.get_translator)
        self.speaker = speaker or default_speaker
        self.startup_messages = [*startup_messages, *userdata.messages]
        self.lexicon_warnings = tuple(lexicon_warnings)
        """Overlay files left out of the lexicon; the help screen lists them too."""
        userdata.messages.clear()
        self._first_frame = threading.Event()
        """Set once the first frame is drawn: the start-up workers wait for it, since a thread
        holding Python's lock (unpickling the index, reading fonts) would delay that frame."""
        self._early_keys: list[events.Key] | None = []
        """Letters typed before anything had the focus, in order; None once they are passed on."""
        self._parsed_css = ParsedCss(cache_dir() / "textual-css.pickle")
        if settings.theme in self.available_themes and settings.theme != self.theme:
            # Applied once the app runs, which parses every source again: nothing to restore.
            self.theme = settings.theme
        else:
            self._parsed_css.restore(self.stylesheet)  # the theme's variables are final

    def get_default_screen(self) -> Screen[Any]:
        return LookupScreen(self.context, self.settings)

    def on_mount(self) -> None:
        for message in self.startup_messages:
            self.notify(message, severity="warning", timeout=8)
        mine = self.settings.mine
        for warning in self.lexicon_warnings:
            text = label("lexicon_warning", mine).format(warning=warning)
            self.notify(text, severity="warning", timeout=15)
        localise_bindings(self, mine)
        self.call_after_refresh(self._first_frame_drawn)
        self._build_index()
        if self.learn_at_start is not None:
            self.post_message(self.learn_at_start)
        self._check_large_letters(self.settings.font_path)

    def _first_frame_drawn(self) -> None:
        # Garbage collection was off since the command line started (phrasebook._gc); back on
        # before the workers start, so that their own pauses (unpickling the index) hold.
        startup_done()
        self._first_frame.set()
        self._pass_on_early_keys()
        self.call_later(self._after_first_frame)

    async def _after_first_frame(self) -> None:
        await self.lookup.mount_filter()  # before the rules parsed are kept: its own with them
        self._read_screens_css()

    def _read_screens_css(self) -> None:
        # The other screens' rules, parsed once the first frame is out (they cost it 3 % of its
        # instructions; bench/instructions.py) and before any of those screens opens: Textual
        # then finds them read and re-parses nothing as it opens (App._load_screen_css). They
        # match nothing on the home screen, so its widgets need no restyling.
        self._parsed_css.restore_rest(self.stylesheet)
        if not self.stylesheet.has_source(str(SCREENS_CSS)):
            self.stylesheet.read(SCREENS_CSS)
            self.stylesheet.parse()
        if (data := self._parsed_css.to_store(self.stylesheet)) is not None:
            self._store_parsed_css(data)

    @work(thread=True, group="css")
    def _store_parsed_css(self, data: bytes) -> None:
        with contextlib.suppress(StorageError):  # a read-only cache only costs speed
            atomic_write_bytes(self._parsed_css.path, data)

    async def on_event(self, event: events.Event) -> None:
        # A key typed as the app starts can arrive before the search box has the focus, and
        # Textual would give it to the bare screen: lost. Until the first frame, letters that
        # find nothing focused wait, in order, and go to the search box once it has the focus.
        early = self._early_keys
        if early is not None and isinstance(event, events.Key) and not event.is_forwarded:
            if self.focused is not None:
                self._pass_on_early_keys()
            elif event.is_printable:
                early.append(event)
                return
        await super().on_event(event)

    def _pass_on_early_keys(self) -> None:
        keys, self._early_keys = self._early_keys, None
        if keys:
            target = self.focused or self.screen
            for key in keys:
                target._forward_event(key)  # as App.on_event passes keys on

    @work(thread=True, group="fonts")
    def _check_large_letters(self, font: Path | None) -> None:
        # Once a run, off the UI thread (fontconfig and the fonts' maps take a moment): say so
        # when show mode cannot draw large letters, rather than leave small text unexplained.
        self._first_frame.wait(_FIRST_FRAME_WAIT)
        from phrasebook.fonts import default_finder, display_problem

        no_pillow, missing = display_problem(default_finder(font))
        if no_pillow or missing:
            text = label("warn_big_letters", self.settings.mine)
            self.call_from_thread(self.notify, text, severity="warning", timeout=12)

    @work(thread=True, group="index")
    def _build_index(self) -> None:
        # Read (or built) after the first frame so start-up stays fast; a keystroke before it is
        # ready waits for it rather than being dropped.
        self._first_frame.wait(_FIRST_FRAME_WAIT)
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
            from phrasebook.mt.translator import Translator

            self._translator = Translator(self.lexicon)
        return self._translator

    # --- state that outlives a screen ---------------------------------------------------------

    def set_settings(self, settings: Settings) -> None:
        """Apply and save settings; the screens follow."""
        self.settings = settings
        try:
            save_settings(settings)
        except PhrasebookError:
            self.notify(label("settings_not_saved", settings.mine), severity="warning")

    def swap_pair(self) -> None:
        """Exchange my language and theirs."""
        self.set_settings(self.settings.swapped())
        s = self.settings
        self.notify(f"{s.mine.native_name} → {s.theirs.native_name}", timeout=2)

    def choose_pair(self) -> None:
        """Ask for both languages."""

        from phrasebook.tui.screens.pair import PairScreen

        def chosen(pair: tuple[Lang, Lang] | None) -> None:
            if pair is not None:
                self.set_settings(replace(self.settings, mine=pair[0], theirs=pair[1]))

        self.push_screen(PairScreen(self.settings.mine, self.settings.theirs), chosen)

    # --- screens -------------------------------------------------------------------------------

    def open_show(self, entry: Entry, siblings: Sequence[Entry] = ()) -> None:
        """Show an entry full-screen."""
        from phrasebook.tui.screens.show import ShowScreen

        self.push_screen(ShowScreen(self.context, self.settings, entry, siblings))

    @on(OpenShow)
    def _open_show(self, message: OpenShow) -> None:
        self.open_show(message.entry, message.siblings)

    @on(OpenPicker)
    def _open_picker(self, message: OpenPicker) -> None:
        self.open_picker(message.kind)

    @on(OpenTranslate)
    def _open_translate(self, message: OpenTranslate) -> None:
        self.open_translate(message.text)

    @on(ChangePair)
    def _change_pair(self, message: ChangePair) -> None:
        if message.swap:
            self.swap_pair()
        else:
            self.choose_pair()

    @on(BrowseCategory)
    def _browse_category(self, message: BrowseCategory) -> None:
        self.lookup.browse_category(message.category_id)

    @on(OpenLearn)
    def _open_learn(self, message: OpenLearn) -> None:
        self.open_learn(message.deck_id, recognise=message.recognise)

    @on(Speak)
    def _speak_entry(self, message: Speak) -> None:
        self._speak(message.said(self.settings.theirs), self.settings.theirs)

    def open_picker(self, kind: str) -> None:
        """Open favourites or history; the chosen entry is highlighted in the lookup."""
        from phrasebook.tui.screens.picker import PickerScreen

        ids = self.userdata.favourites if kind == "favourites" else self.userdata.history
        entries = [self.lexicon.get(i) for i in self.userdata.known(ids, self.lexicon)]
        mine = self.settings.mine
        title, empty = label(f"{kind}_title", mine), label(f"{kind}_empty", mine)

        def chosen(entry_id: str | None) -> None:
            if entry_id is not None:
                self.lookup.select_entry(entry_id)
                self.open_show(self.lexicon.get(entry_id), entries)

        pair = (self.settings.mine, self.settings.theirs)
        favourites_only = kind == "favourites"
        picker = PickerScreen(
            self.context, title, entries, pair, empty, favourites_only=favourites_only
        )
        self.push_screen(picker, chosen)

    def action_open_favourites(self) -> None:
        """Open the favourites."""
        self.open_picker("favourites")

    def action_open_history(self) -> None:
        """Open recent lookups."""
        self.open_picker("history")

    def open_translate(self, text: str = "") -> None:
        """Open free-text translation."""
        from phrasebook.tui.screens.translate import TranslateScreen

        self.push_screen(TranslateScreen(self.context, self.settings, text))

    def action_open_translate(self) -> None:
        """Open free-text translation."""
        self.open_translate()

    def action_hand_over(self) -> None:
        """Turn the screen to them: they choose what to say, in their language."""
        from phrasebook.tui.screens.handover import HandOverScreen

        # Hand-over always sits on the lookup, so that Esc there brings the holder home.
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.push_screen(HandOverScreen(self.context, self.settings))

    def open_learn(self, deck_id: str | None = None, *, recognise: bool = False) -> None:
        """Open learn mode: choose a deck, or drill ``deck_id`` at once."""
        from phrasebook.learn import Direction  # learn mode loads when first opened
        from phrasebook.tui.screens.learn import LearnScreen

        direction = Direction.RECOGNISE if recognise else Direction.SAY
        self.push_screen(
            LearnScreen(self.context, self.settings, deck_id=deck_id, direction=direction)
        )

    def action_open_learn(self) -> None:
        """Drill phrases with spaced repetition."""
        self.open_learn()

    def action_swap_pair(self) -> None:
        """Exchange my language and theirs."""
        self.swap_pair()

    def action_choose_pair(self) -> None:
        """Ask for both languages."""
        self.choose_pair()

    def action_help(self) -> None:
        """Show every key."""
        from phrasebook.doctor import Terminal, run_checks
        from phrasebook.tui.screens.help import HelpScreen, every_key

        mine = self.settings.mine
        palette = Binding("ctrl+p", "command_palette", "Command palette")
        terminal = Terminal(self.size.width, self.size.height, "utf-8")  # Textual writes UTF-8
        findings = run_checks(self.settings, terminal, mine)
        sections = every_key([*self.BINDINGS, palette], mine)
        self.push_screen(HelpScreen(sections, self.lexicon_warnings, findings, mine))

    def action_command_palette(self) -> None:
        """The command palette, its search box in my language."""
        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            placeholder = label("palette_placeholder", self.settings.mine)
            self.push_screen(CommandPalette(placeholder=placeholder, id="--command-palette"))

    def action_toggle_dark_light(self) -> None:
        """Switch between the light and dark themes, and remember it."""
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"
        self.settings = replace(self.settings, theme=self.theme)
        try:
            save_settings(self.settings)
        except PhrasebookError:
            self.notify(label("settings_not_saved", self.settings.mine), severity="warning")

    # --- speech --------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="speech")
    def _speak(self, text: str, lang: Lang) -> None:
        try:
            self.speaker(text, lang)
        except PhrasebookError:
            # The engine's own words advise the command line; F1 lists what is missing here.
            text = label("speech_failed", self.settings.mine)
            self.call_from_thread(self.notify, text, severity="warning", timeout=8)


def make_app(
    lexicon: Lexicon,
    translator: Translator | None = None,
    settings: Settings | None = None,
    *,
    userdata: UserData | None = None,
    speaker: Speaker | None = None,
    lexicon_warnings: Sequence[str] = (),
) -> PhrasebookApp:
    """Build the app (the CLI passes the real lexicon; tests pass fixtures and fakes).

    ``lexicon_warnings`` name the user's overlay files left out of the lexicon.
    """
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
        lexicon_warnings,
    )


def run(
    lexicon: Lexicon, lexicon_warnings: Sequence[str] = (), *, learn: OpenLearn | None = None
) -> int:
    """Open the UI until the user quits (in learn mode with ``learn``); returns the exit code."""
    app = make_app(lexicon, lexicon_warnings=lexicon_warnings)
    app.learn_at_start = learn
    return app.run() or 0
