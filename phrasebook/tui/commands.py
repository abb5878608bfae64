"""The command palette (Ctrl+P): phrases by search, and every action by name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from phrasebook.models import Lang
from phrasebook.tui.appref import AppRef
from phrasebook.tui.text import literal

ACTIONS: list[tuple[str, str, str]] = [
    ("Swap languages", "swap_pair", "Exchange my language and theirs"),
    ("Choose languages", "choose_pair", "Set “I speak” and “They speak”"),
    ("Favourites", "open_favourites", "Starred phrases"),
    ("History", "open_history", "Recently looked-up phrases"),
    ("Translate free text", "open_translate", "Lexicon first, then the offline model"),
    ("Toggle light/dark", "toggle_dark_light", "Switch between light and dark themes"),
    ("Keys", "help", "Every key of every screen"),
]


CATEGORY_LABEL = {Lang.EN: "Category", Lang.RU: "Раздел", Lang.UK: "Розділ", Lang.KO: "분류"}


class PhraseCommands(Provider):
    """Phrases found by the lexicon search, and the app's actions."""

    pb = AppRef()

    def _action(self, name: str) -> Callable[[], object]:
        return partial(self.app.run_action, name)

    def _categories(self) -> list[tuple[str, Callable[[], object]]]:
        """One command per category: browse it in the lookup screen."""
        app = self.pb
        label = CATEGORY_LABEL[app.settings.mine]
        return [
            (f"{label}: {c.name(app.settings.mine)}", partial(app.lookup.browse_category, c.id))
            for c in app.lexicon.categories
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
        app = self.pb
        mine, theirs = app.settings.mine, app.settings.theirs
        for hit in app.lexicon.search(query, limit=8, lang=mine):
            entry = hit.entry
            shown = literal(f"{entry.text[mine]}  →  {entry.text[theirs]}")
            yield Hit(hit.score * 0.99, shown, partial(app.open_show, entry), text=entry.id)
