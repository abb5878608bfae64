"""Issue #23 "Never locked out": warnings for broken overlays, focus after modals, show mode."""

from __future__ import annotations

from phrasebook.lexicon import Lexicon
from phrasebook.tui.app import make_app
from phrasebook.tui.screens.help import HelpScreen
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
