"""The TUI says what the machine lacks: a warning once when large letters cannot be drawn, and
the findings of `phrasebook doctor` on the help screen, in the reader's language."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from phrasebook.fonts import find
from phrasebook.i18n import label
from phrasebook.values import Lang


def _toasts(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_no_font_for_large_letters_is_said_once(app, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(find, "default_sources", lambda configured=None: [])
    warning = label("warn_big_letters", Lang.UK)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press(*"руки", "enter", "escape", "enter")
        await pilot.pause()
        assert _toasts(app).count(warning) == 1


async def test_with_the_packaged_fonts_nothing_is_said(app, packaged_fonts_only: None):
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert label("warn_big_letters", Lang.UK) not in _toasts(app)


async def test_help_lists_what_the_machine_lacks_and_how_to_fix_it(
    app, monkeypatch: pytest.MonkeyPatch, packaged_fonts_only: None, healthy_machine: None
):
    monkeypatch.setattr("phrasebook.speech.find_player", lambda: None)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        text = str(app.screen.query_one("#help-doctor", Static).render())
        assert label("doctor_title", Lang.UK) in text
        assert "✗ Звук: немає програвача" in text
        assert "Як виправити: встановіть один із них" in text
        assert "✓ Великі літери: шрифт NotoSansKR-Regular.otf" in text
