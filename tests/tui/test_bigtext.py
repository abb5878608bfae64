"""Large lettering for show mode, and its fallback to plain text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from phrasebook.fonts import default_finder, find
from phrasebook.tui import bigtext


@pytest.mark.parametrize("text", ["손 들어!", "Руки вгору! Її ґанок є", "Hands up!"])
def test_phrase_fits_the_space_in_half_blocks(text: str, packaged_fonts_only: None) -> None:
    rows = bigtext.render(text, 100, 20)
    assert rows is not None
    assert 0 < len(rows) <= 20
    assert all(len(row) <= 100 for row in rows)
    assert set("".join(rows)) <= set(" ▀▄█")
    assert sum(row.count("█") for row in rows) > 100


def test_long_phrase_wraps_onto_more_lines(packaged_fonts_only: None) -> None:
    rows = bigtext.render("우크라이나는 제네바 협약을 준수하고 있어!", 100, 30)
    assert rows is not None and len(rows) > 8


def test_packaged_fonts_cover_every_script_shown(packaged_fonts_only: None) -> None:
    finder = default_finder()
    assert finder.missing_scripts() == []
    # Noto Sans KR lacks Ukrainian і ї є ґ: they come from Noto Sans, in runs on one line.
    runs = finder.runs("손 들어! Її ґанок")
    assert runs is not None and len(runs) == 2
    assert runs[0].text == "손 들어! " and "KR" in runs[0].font.path.name
    assert runs[1].text == "Її ґанок" and "KR" not in runs[1].font.path.name


def test_a_letter_no_font_has_means_no_large_letters(packaged_fonts_only: None) -> None:
    assert bigtext.render("ሰላም", 100, 20) is None  # Ethiopic: in neither packaged font


def test_the_settings_font_comes_first(tmp_path) -> None:
    from phrasebook.fonts import Origin, packaged_fonts

    korean = packaged_fonts()[0]
    finder = default_finder(korean.path)
    runs = finder.runs("Hands up")
    assert runs is not None and runs[0].font.origin is Origin.SETTINGS


def test_windows_and_macos_folders_come_before_the_packaged_fonts(monkeypatch, tmp_path):
    from phrasebook.fonts import Origin, packaged_fonts

    malgun = tmp_path / "Fonts" / "malgunbd.ttf"
    malgun.parent.mkdir()
    malgun.write_bytes(packaged_fonts()[0].path.read_bytes())
    monkeypatch.setattr(find.sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(tmp_path))
    monkeypatch.setattr(find, "_fc_list", lambda sample: ())
    runs = default_finder().runs("부상 있어?")
    assert runs is not None and runs[0].font == find.FontFile(malgun, Origin.SYSTEM)


def test_too_small_a_space_falls_back_to_plain_text() -> None:
    assert bigtext.render("우크라이나는 제네바 협약을 준수하고 있어!", 20, 4) is None


def test_without_pillow_it_falls_back(without: Callable[[str], None]) -> None:
    without("PIL")
    assert bigtext.render("손 들어!", 100, 20) is None


def test_without_a_font_it_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(find, "default_sources", lambda configured=None: [])
    assert bigtext.render("손 들어!", 100, 20) is None


def test_rows_share_a_left_edge(packaged_fonts_only: None) -> None:
    rows = bigtext.render("Мені болить нога.", 98, 20)
    assert rows is not None
    inked = [row for row in rows if row.strip()]
    assert min(len(row) - len(row.lstrip()) for row in inked) == 0


async def test_show_mode_draws_hangul_large_with_only_the_packaged_font(
    app, packaged_fonts_only: None
) -> None:
    from phrasebook.tui.screens.show import BigPhrase

    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"поранений", "enter")
        await pilot.pause()
        phrase = app.screen.query_one(BigPhrase)
        assert phrase.has_class("-big")
        drawn = str(phrase.render())
        assert drawn.count("█") > 100 and "부" not in drawn


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
