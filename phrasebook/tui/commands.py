"""The command palette (Ctrl+P): phrases by search, and every action by name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.message import Message

from phrasebook.i18n import label
from phrasebook.tui.context import BrowseCategory, OpenShow, PhrasebookScreen
from phrasebook.tui.text import literal
from phrasebook.values import Lang

ACTIONS: list[tuple[str, str]] = [
    ("swap", "swap_pair"),
    ("pair", "choose_pair"),
    ("favourites", "open_favourites"),
    ("history", "open_history"),
    ("hand_over", "hand_over"),
    ("translate", "open_translate"),
    ("learn", "open_learn"),
    ("theme", "toggle_dark_light"),
    ("help", "help"),
]
"""The app's actions: (the ``cmd_`` key of their name and help text, the action)."""


class PhraseCommands(Provider):
    """Phrases found by the lexicon search, and the app's actions."""

    def _action(self, name: str) -> Callable[[], object]:
        return partial(self.app.run_action, name)

    def _post(self, message: Message) -> Callable[[], object]:
        return partial(self.screen.post_message, message)

    def _actions(self) -> list[tuple[str, str, Callable[[], object]]]:
        """(title, help, command) of every action, in my language."""
        screen = self.screen
        lang = screen.settings.mine if isinstance(screen, PhrasebookScreen) else Lang.EN
        return [
            (label(f"cmd_{key}", lang), label(f"cmd_{key}_help", lang), self._action(action))
            for key, action in ACTIONS
        ]

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
        for title, help_text, command in self._actions():
            yield DiscoveryHit(title, command, help=help_text)
        for title, command in self._categories():
            yield DiscoveryHit(title, command)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, command in self._actions():
            if (score := matcher.match(title)) > 0:
                yield Hit(score, matcher.highlight(title), command, help=help_text)
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
            yield Hit(hit.score * 0.99, shown, self._post(OpenShow(entry)), text=entry.text[mine])
