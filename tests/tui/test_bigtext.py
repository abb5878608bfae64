"""Large lettering for show mode, and its fallback to plain text."""

from __future__ import annotations

import builtins

import pytest

from phrasebook.tui import bigtext


def font_or_skip(text: str) -> None:
    if bigtext._font_for(bigtext._script_sample(text)) is None:
        pytest.skip("no system font covers this script (fontconfig found none)")


@pytest.mark.parametrize("text", ["손 들어!", "Руки вгору!", "Hands up!"])
def test_phrase_fits_the_space_in_half_blocks(text: str) -> None:
    font_or_skip(text)
    rows = bigtext.render(text, 100, 20)
    assert rows is not None
    assert 0 < len(rows) <= 20
    assert all(len(row) <= 100 for row in rows)
    assert set("".join(rows)) <= set(" ▀▄█")


def test_long_phrase_wraps_onto_more_lines() -> None:
    text = "우크라이나는 제네바 협약을 준수하고 있어!"
    font_or_skip(text)
    rows = bigtext.render(text, 100, 30)
    assert rows is not None and len(rows) > 8


def test_too_small_a_space_falls_back_to_plain_text() -> None:
    assert bigtext.render("우크라이나는 제네바 협약을 준수하고 있어!", 20, 4) is None


def test_without_pillow_it_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_pil(name: str, *args, **kwargs):
        if name.startswith("PIL"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pil)
    assert bigtext.render("손 들어!", 100, 20) is None


def test_without_a_font_it_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bigtext, "_font_for", lambda sample: None)
    assert bigtext.render("손 들어!", 100, 20) is None


def test_rows_share_a_left_edge() -> None:
    text = "Мені болить нога."
    font_or_skip(text)
    rows = bigtext.render(text, 98, 20)
    assert rows is not None
    inked = [row for row in rows if row.strip()]
    assert min(len(row) - len(row.lstrip()) for row in inked) == 0


async def test_show_mode_centres_the_lettering_as_one_block(app, monkeypatch) -> None:
    # Centring each row on its own would shift the short row and shear the letters.
    from textual.geometry import Region

    from phrasebook.tui.screens.show import BigPhrase

    monkeypatch.setattr("phrasebook.tui.screens.show.render", lambda *args: ["█████", "█"])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"руки", "enter")
        await pilot.pause()
        phrase = app.screen.query_one(BigPhrase)
        width, height = phrase.size
        lines = [s.text for s in phrase.render_lines(Region(0, 0, width, height))]
        inked = [line.index("█") for line in lines if "█" in line]
        assert len(inked) == 2 and inked[0] == inked[1]
        assert abs(inked[0] - (width - 5) // 2) <= 2
