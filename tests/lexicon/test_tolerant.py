"""A broken overlay file is set aside with a warning; the shipped lexicon always loads."""

from __future__ import annotations

from pathlib import Path

import pytest

import phrasebook
from phrasebook.lexicon import load_lexicon_tolerant

GOOD = """\
category: surrender
entries:
  - id: sit-down
    en: Sit down!
    ru: Сядь!
    uk: Сядь!
    ko: 앉아!
"""


@pytest.fixture
def overlay(mini_copy: Path, user_dirs: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's own lexicon folder, over the small fixture lexicon as the shipped one."""
    monkeypatch.setattr("phrasebook.lexicon.load.shipped_lexicon_dir", lambda: mini_copy)
    folder = user_dirs["config"] / "lexicon"
    folder.mkdir(parents=True)
    return folder


def test_a_broken_overlay_file_is_skipped_and_the_rest_loads(overlay: Path) -> None:
    (overlay / "broken.yaml").write_text("category: surrender\nentries:\n  - id: [x\n")
    (overlay / "mine.yaml").write_text(GOOD, encoding="utf-8")
    loaded = load_lexicon_tolerant(cache=False)
    assert "hands-up" in loaded.lexicon
    assert "sit-down" in loaded.lexicon
    assert [s.path for s in loaded.skipped] == [overlay / "broken.yaml"]
    warning = str(loaded.skipped[0])
    assert str(overlay / "broken.yaml") in warning
    assert "phrasebook lexicon validate" in warning
    assert "YAML syntax error" in str(loaded.skipped[0].problems[0])


def test_the_strict_load_still_fails_on_the_same_file(overlay: Path) -> None:
    (overlay / "broken.yaml").write_text("category: surrender\nentries:\n  - id: [x\n")
    with pytest.raises(phrasebook.LexiconError, match=r"broken\.yaml:4: YAML syntax error"):
        phrasebook.load_lexicon(cache=False)


def test_a_file_that_leans_on_a_skipped_one_is_skipped_too(overlay: Path) -> None:
    (overlay / "a.yaml").write_text(GOOD + "    colour: red\n", encoding="utf-8")
    (overlay / "b.yaml").write_text(
        GOOD.replace("sit-down", "stand-up")
        .replace("Sit down!", "Stand up!")
        .replace("Сядь!", "Встань!")
        .replace("앉아!", "일어서!")
        + "    related: [sit-down]\n",
        encoding="utf-8",
    )
    loaded = load_lexicon_tolerant(cache=False)
    assert [s.path.name for s in loaded.skipped] == ["a.yaml", "b.yaml"]
    assert len(loaded.lexicon) == 5


def test_a_missing_overlay_directory_is_a_warning(
    overlay: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PHRASEBOOK_LEXICON_PATH", str(tmp_path / "nowhere"))
    loaded = load_lexicon_tolerant(cache=False)
    assert len(loaded.lexicon) == 5
    assert [s.path for s in loaded.skipped] == [tmp_path / "nowhere"]


def test_a_valid_overlay_loads_without_warnings(overlay: Path) -> None:
    (overlay / "mine.yaml").write_text(GOOD, encoding="utf-8")
    loaded = load_lexicon_tolerant()
    assert loaded.skipped == ()
    assert "sit-down" in loaded.lexicon


def test_a_broken_shipped_lexicon_is_still_an_error(overlay: Path, mini_copy: Path) -> None:
    (mini_copy / "surrender.yaml").write_text("category: [\n")
    with pytest.raises(phrasebook.LexiconError, match=r"surrender\.yaml"):
        load_lexicon_tolerant(cache=False)
