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
