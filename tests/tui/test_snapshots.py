"""Layout snapshots of the main screens at 80×24 and 120×40 (regenerate: --snapshot-update).

Plain ``def`` tests, as pytest-textual-snapshot requires; the cursor blink is off so frames
are stable.
"""

from __future__ import annotations

import pytest

import phrasebook
from phrasebook.doctor import Finding
from phrasebook.tui.app import PhrasebookApp, make_app
from phrasebook.userdata import UserData
from phrasebook.userdata.settings import Settings
from phrasebook.values import Lang
from tests.conftest import DATA, MINI

SIZES = [(80, 24), (120, 40)]


@pytest.fixture(autouse=True)
def plain_show_mode(
    monkeypatch: pytest.MonkeyPatch, packaged_fonts_only: None, healthy_machine: None
) -> None:
    """Large lettering depends on the version of the font rasteriser, and the help screen's
    findings on the machine; snapshots must not."""
    monkeypatch.setattr("phrasebook.tui.screens.show.render", lambda *args: None)
    folders = Finding("folders", True, {"folders": "~/.config/phrasebook"})  # not the tmp path
    monkeypatch.setattr("phrasebook.doctor.checks.check_folders", lambda: folders)


def fresh_app() -> PhrasebookApp:
    lexicon = phrasebook.load_lexicon([MINI], cache=False)
    return make_app(lexicon, None, Settings(Lang.UK, Lang.KO), userdata=UserData.load())


async def no_blink(pilot) -> None:
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False
    await pilot.pause()


def test_lookup_with_query_80x24(snap_compare) -> None:
    assert snap_compare(
        fresh_app(), press=list("руки"), terminal_size=SIZES[0], run_before=no_blink
    )


def test_lookup_with_query_120x40(snap_compare) -> None:
    assert snap_compare(
        fresh_app(), press=list("руки"), terminal_size=SIZES[1], run_before=no_blink
    )


def test_show_mode_with_answers_80x24(snap_compare) -> None:
    keys = [*"поранений", "enter", "right"]
    assert snap_compare(fresh_app(), press=keys, terminal_size=SIZES[0], run_before=no_blink)


def test_show_mode_with_answers_120x40(snap_compare) -> None:
    keys = [*"поранений", "enter", "right"]
    assert snap_compare(fresh_app(), press=keys, terminal_size=SIZES[1], run_before=no_blink)


def test_help_80x24(snap_compare) -> None:
    assert snap_compare(fresh_app(), press=["f1"], terminal_size=SIZES[0], run_before=no_blink)


def test_translate_screen_120x40(snap_compare) -> None:
    assert snap_compare(fresh_app(), press=["f7"], terminal_size=SIZES[1], run_before=no_blink)


def hand_over_app() -> PhrasebookApp:
    lexicon = phrasebook.load_lexicon([DATA / "handover"], cache=False)
    return make_app(lexicon, None, Settings(Lang.UK, Lang.KO), userdata=UserData.load())


def test_hand_over_80x24(snap_compare) -> None:
    assert snap_compare(hand_over_app(), press=["f12"], terminal_size=SIZES[0], run_before=no_blink)


def test_hand_over_120x40(snap_compare) -> None:
    assert snap_compare(hand_over_app(), press=["f12"], terminal_size=SIZES[1], run_before=no_blink)


def test_hand_over_group_and_read_back_80x24(snap_compare) -> None:
    keys = ["f12", "3", "enter"]
    assert snap_compare(hand_over_app(), press=keys, terminal_size=SIZES[0], run_before=no_blink)
