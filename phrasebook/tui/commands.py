"""The command palette (Ctrl+P): phrases by search, and every action by name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.message import Message

from phrasebook.i18n import label
from phrasebook.tui.context import BrowseCategory, OpenShow, PhrasebookScreen
from phrasebook.tui.text import literal

ACTIONS: list[tuple[str, str, str]] = [
    ("Swap languages", "swap_pair", "Exchange my language and theirs"),
    ("Choose languages", "choose_pair", "Set “I speak” and “They speak”"),
    ("Favourites", "open_favourites", "Starred phrases"),
    ("History", "open_history", "Recently looked-up phrases"),
    ("Hand over", "hand_over", "Turn the screen to them: they choose what to say"),
    ("Translate free text", "open_translate", "Lexicon first, then the offline model"),
    ("Learn", "open_learn", "Drill a deck of phrases with spaced repetition (FSRS)"),
    ("Toggle light/dark", "toggle_dark_light", "Switch between light and dark themes"),
    ("Keys", "help", "Every key of every screen"),
]


class PhraseCommands(Provider):
    """Phrases found by the lexicon search, and the app's actions."""

    def _action(self, name: str) -> Callable[[], object]:
        return partial(self.app.run_action, name)

    def _post(self, message: Message) -> Callable[[], object]:
        return partial(self.screen.post_message, message)

    def _categories(self) -> list[tuple[str, Callable[[], object]]]:
        """One command per category: browse it in the lookup screen."""
        screen = self.screen
        if not isinstance(screen, PhrasebookScreen):
            return []
        mine = screen.settings.mine
        return [
            (f"{label('category', mine)}: {c.name(mine)}", self._post(BrowseCategory(c.id)))
            for c in screen.context.lexicon.categories
        ]

    async def discover(self) -> Hits:
        for title, action, help_text in ACTIONS:
            yield DiscoveryHit(title, self._action(action), help=help_text)
        for title, command in self._categories():
            yield DiscoveryHit(title, command)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, action, help_text in ACTIONS:
            if (score := matcher.match(title)) > 0:
                yield Hit(score, matcher.highlight(title), self._action(action), help=help_text)
        for title, command in self._categories():
            if (score := matcher.match(title)) > 0:
                yield Hit(score, matcher.highlight(title), command)
        screen = self.screen
        if not isinstance(screen, PhrasebookScreen):
            return
        mine, theirs = screen.settings.mine, screen.settings.theirs
        for hit in screen.context.lexicon.search(query, limit=8, lang=mine):
            entry = hit.entry
            shown = literal(f"{entry.text[mine]}  →  {entry.text[theirs]}")
            yield Hit(hit.score * 0.99, shown, self._post(OpenShow(entry)), text=entry.id)
