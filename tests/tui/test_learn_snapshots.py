"""Layout snapshots of learn mode: the deck list and a revealed card (--snapshot-update)."""

from __future__ import annotations

import pytest

from tests.tui.test_snapshots import SIZES, fresh_app, no_blink


@pytest.fixture(autouse=True)
def plain_show_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    """Large lettering depends on the machine's fonts; snapshots must not."""
    monkeypatch.setattr("phrasebook.tui.screens.show.render", lambda *args: None)


def test_learn_decks_80x24(snap_compare) -> None:
    assert snap_compare(fresh_app(), press=["ctrl+l"], terminal_size=SIZES[0], run_before=no_blink)


def test_drill_answer_revealed_120x40(snap_compare) -> None:
    keys = ["ctrl+l", "down", "enter", "space"]
    assert snap_compare(fresh_app(), press=keys, terminal_size=SIZES[1], run_before=no_blink)
