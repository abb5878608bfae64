"""The character map reader: the same code points as fontTools reads, from every kind of file."""

from __future__ import annotations

import glob
from collections.abc import Callable
from pathlib import Path

import pytest

from phrasebook.fonts.cmap import FontReadError, code_points
from phrasebook.fonts.find import FontFile, Origin, charset, packaged_fonts

ttLib = pytest.importorskip("fontTools.ttLib")  # the reference; the `cards` extra brings it


def _fonts() -> list[Path]:
    found = [font.path for font in packaged_fonts()]
    found += sorted(Path(p) for p in glob.glob("/usr/share/fonts/**/*.[ot]t[fc]", recursive=True))
    return found[:12]


def _reference(path: Path, index: int = 0) -> frozenset[int]:
    with ttLib.TTFont(str(path), fontNumber=index, lazy=True) as font:
        return frozenset(font.getBestCmap() or {})


def test_the_packaged_fonts_cover_what_fontTools_says() -> None:
    fonts = _fonts()
    assert fonts, "no font to read: run `make setup` (the display extra brings two)"
    for path in fonts:
        assert code_points(path) == _reference(path), path


def test_the_packaged_fonts_have_the_letters_show_mode_needs() -> None:
    have = frozenset().union(*(code_points(font.path) for font in packaged_fonts()))
    assert {ord(ch) for ch in "손들어 Руки вгору ґїєі Hands up"} <= have


def test_a_font_in_a_collection_is_read_by_its_number(tmp_path: Path) -> None:
    # Build a two-font collection (.ttc) from the packaged fonts, as system CJK fonts come.
    fonts = [font.path for font in packaged_fonts()][:2]
    if len(fonts) < 2:
        pytest.skip("needs the display extra's two fonts")
    collection = ttLib.ttCollection.TTCollection()
    collection.fonts = [ttLib.TTFont(str(path)) for path in reversed(fonts)]
    target = tmp_path / "both.ttc"
    collection.save(str(target))
    for index in (0, 1):
        assert code_points(target, index) == _reference(target, index)
    with pytest.raises(FontReadError, match="has 2 fonts"):
        code_points(target, 2)


@pytest.mark.parametrize(
    "content", [b"", b"not a font at all", b"\x00\x01\x00\x00\x00\x05", b"ttcf\x00\x01"]
)
def test_a_file_that_is_no_font_is_said_so(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.ttf"
    bad.write_bytes(content)
    with pytest.raises(FontReadError):
        code_points(bad)
    assert charset(FontFile(bad, Origin.SETTINGS)) == frozenset()  # the finder skips it


def test_a_truncated_font_is_said_so(tmp_path: Path) -> None:
    whole = packaged_fonts()[0].path.read_bytes()
    cut = tmp_path / "cut.otf"
    cut.write_bytes(whole[:4000])
    with pytest.raises(FontReadError):
        code_points(cut)


def test_large_letters_need_no_fonttools(without: Callable[[str], None]) -> None:
    # The display extra has no fontTools (it is the cards extra's): the finder reads coverage
    # itself, and the packaged fonts draw every script of the lexicon.
    from phrasebook.fonts import find

    without("fontTools")
    charset.cache_clear()
    finder = find.FontFinder([find.packaged_source])
    assert finder.missing_scripts() == []
    runs = finder.runs("손 들어! Руки вгору, ґанок. Hands up!")
    assert runs and all(run.font.origin is Origin.PACKAGED for run in runs)
    charset.cache_clear()
