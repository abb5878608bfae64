"""The other screens' rules (screens.tcss) are parsed after the first frame, not before it
(issue 21), and every screen still opens styled: at once, and without parsing anything again."""

from __future__ import annotations

import inspect

import pytest
from textual.screen import Screen

from phrasebook.tui.app import PhrasebookApp
from phrasebook.tui.context import SCREENS_CSS, OpenLearn
from phrasebook.tui.screens import drill, handover, help, learn, pair, picker, readback, show
from phrasebook.tui.screens import translate as translate_screen
from phrasebook.tui.screens.lookup import LookupScreen
from phrasebook.tui.screens.show import ShowScreen


def _parses(app: PhrasebookApp, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every full re-parse of the app's stylesheet from now on."""
    calls: list[str] = []
    reparse = app.stylesheet.reparse

    def counted() -> None:
        calls.append("reparse")
        reparse()

    monkeypatch.setattr(app.stylesheet, "reparse", counted)
    return calls


async def test_show_mode_opens_styled_without_a_parse(
    app: PhrasebookApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.stylesheet.has_source(str(SCREENS_CSS))  # read once the frame was out
        calls = _parses(app, monkeypatch)
        await pilot.press(*"hands up")
        await pilot.pause()
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, ShowScreen)
        phrase = app.screen.query_one("#show-phrase")
        assert phrase.styles.content_align_horizontal == "center"  # a rule of screens.tcss
        assert phrase.styles.min_height is not None and phrase.styles.min_height.value == 3
        assert calls == []


async def test_a_screen_opened_before_the_first_frame_is_styled(app: PhrasebookApp) -> None:
    # `phrasebook learn` opens learn mode as the app starts: Textual reads the file then.
    app.learn_at_start = OpenLearn()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        decks = app.screen.query_one("#learn-decks")
        assert decks.styles.border_top[0] == "round"


def test_every_screen_but_the_home_one_names_the_file() -> None:
    modules = (drill, handover, help, learn, pair, picker, readback, show, translate_screen)
    found = [
        cls
        for module in modules
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, Screen) and cls.__module__ == module.__name__
    ]
    assert len(found) == len(modules)
    assert all(cls.CSS_PATH == SCREENS_CSS for cls in found)
    assert LookupScreen.CSS_PATH is None  # its rules are in app.tcss, read before it
