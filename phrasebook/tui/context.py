"""What the screens share, and the messages they send up to the app.

Data flows one way: the app owns the settings (a reactive every screen watches) and hands each
screen a :class:`Context` with the lexicon and the user's files; a screen asks the app for
anything beyond itself (speak, open another screen, change the pair) by posting a message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from textual.message import Message
from textual.screen import Screen

from phrasebook.lexicon import Lexicon
from phrasebook.tui.keys import localise_bindings
from phrasebook.userdata import Settings, UserData
from phrasebook.values import Entry, Lang

if TYPE_CHECKING:
    from phrasebook.mt import Translator

ResultT = TypeVar("ResultT")

SCREENS_CSS = Path(__file__).with_name("screens.tcss")
"""The rules of every screen but the home one (whose are in ``app.tcss``): each of those screens
names it as its ``CSS_PATH``, and the app reads it once the first frame is drawn, so that the first
frame does without parsing them and no screen waits for them as it opens."""


@dataclass(frozen=True)
class Context:
    """The long-lived things every screen may read."""

    lexicon: Lexicon
    """The loaded lexicon."""
    userdata: UserData
    """Favourites and history."""
    translator: Callable[[], Translator] = field(compare=False)
    """The translator, made on first call (machine translation loads lazily)."""


class PhrasebookScreen(Screen[ResultT]):
    """A screen that follows the app's settings: :attr:`settings` is always the current ones."""

    def __init__(self, context: Context, settings: Settings) -> None:
        super().__init__()
        self.context = context
        self.settings = settings
        self._following = False

    def on_mount(self) -> None:
        """Follow the app's settings from now on.

        Textual calls this after a subclass's own ``on_mount`` (handlers run along the MRO), so
        subclasses must not call it again; they draw from the settings given at construction.
        """
        self.watch(self.app, "settings", self._follow_settings, init=True)
        self._following = True

    def _follow_settings(self, settings: Settings) -> None:
        self.settings = settings
        localise_bindings(self, settings.mine)
        localise_bindings(self.app, settings.mine)
        self.refresh_bindings()
        if self._following:
            self.settings_changed()

    def settings_changed(self) -> None:
        """Redraw what depends on the settings (the language pair); screens override this."""

    def toggle_star(self, entry: Entry) -> bool:
        """Star or unstar an entry; says so when it could not be saved. True when now starred."""
        return toggle_star(self, self.context.userdata, entry)


def toggle_star(screen: Screen[Any], userdata: UserData, entry: Entry) -> bool:
    """Star or unstar an entry, telling the user on ``screen`` when it could not be saved."""
    starred = userdata.toggle_favourite(entry.id)
    for message in userdata.messages:
        screen.notify(message, severity="warning", timeout=8)
    userdata.messages.clear()
    return starred


# --- messages up to the app ---------------------------------------------------------------------
# Plain classes rather than dataclasses: seven of those cost the UI's start 4 ms to generate.


class OpenShow(Message):
    """Show an entry full-screen, stepping through ``siblings``."""

    def __init__(self, entry: Entry, siblings: Sequence[Entry] = ()) -> None:
        super().__init__()
        self.entry = entry
        self.siblings = siblings


class Speak(Message):
    """Say an entry in their language: its main text, or ``text`` (a variant shown)."""

    def __init__(self, entry: Entry, text: str | None = None) -> None:
        super().__init__()
        self.entry = entry
        self.text = text

    def said(self, lang: Lang) -> str:
        """What to say in ``lang``: the text given, else the entry's main text."""
        return self.text if self.text is not None else self.entry.text[lang]


class OpenPicker(Message):
    """Open ``"favourites"`` or ``"history"``."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind


class OpenTranslate(Message):
    """Open free-text translation with ``text`` in the box."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.text = text


class ChangePair(Message):
    """Swap the pair (``swap``) or ask for both languages."""

    def __init__(self, swap: bool) -> None:
        super().__init__()
        self.swap = swap


class BrowseCategory(Message):
    """List one category in the lookup screen."""

    def __init__(self, category_id: str) -> None:
        super().__init__()
        self.category_id = category_id


class OpenLearn(Message):
    """Open learn mode: the decks, or the drill of ``deck_id`` straight away."""

    def __init__(self, deck_id: str | None = None, recognise: bool = False) -> None:
        super().__init__()
        self.deck_id = deck_id
        self.recognise = recognise
