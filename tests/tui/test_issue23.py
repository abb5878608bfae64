"""Issue #23 "Never locked out": warnings for broken overlays, focus after modals, show mode."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from phrasebook.lexicon import Lexicon
from phrasebook.tui.app import make_app
from phrasebook.tui.screens.help import HelpScreen
from phrasebook.tui.screens.lookup import LookupScreen
from phrasebook.userdata import UserData
from phrasebook.userdata.settings import Settings
from phrasebook.values import Lang

from .conftest import FakeSpeaker, FakeTranslator

SKIPPED = "skipped /home/me/.config/phrasebook/lexicon/mine.yaml of your own lexicon (1 problem)"


async def test_a_skipped_overlay_is_notified_and_listed_in_help(
    mini: Lexicon, translator: FakeTranslator, speaker: FakeSpeaker
) -> None:
    app = make_app(
        mini,
        translator,
        Settings(Lang.UK, Lang.KO),
        userdata=UserData.load(),
        speaker=speaker,
        lexicon_warnings=[SKIPPED],
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert any(SKIPPED in n.message for n in app._notifications)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert SKIPPED in text


MODALS = {
    "category chosen": ["ctrl+g", "down", "enter"],
    "category closed": ["ctrl+g", "escape"],
    "languages": ["f8", "escape"],
    "favourites": ["f5", "escape"],
    "history": ["f6", "escape"],
    "help": ["f1", "escape"],
    "translate": ["f7", "escape"],
    "show mode": ["f2", "escape"],
    "palette": ["ctrl+p", "escape"],
    "palette category": ["ctrl+p", *"Здача", "enter"],
}


@pytest.mark.parametrize("keys", list(MODALS.values()), ids=list(MODALS))
async def test_typing_after_any_modal_goes_to_the_search_box(app, keys: list[str]) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        assert isinstance(app.screen, LookupScreen)
        await pilot.press(*"руки")
        await pilot.pause()
        assert app.screen.query_one("#query", Input).value.endswith("руки")
        assert app.focused is not None and app.focused.id == "query"
