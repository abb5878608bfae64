"""`phrasebook learn stats` and `learn export` as a user runs them."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from phrasebook.cli import main
from phrasebook.learn import Deck, Drill, Grade, ReviewStore
from phrasebook.lexicon import load_lexicon
from phrasebook.values import Lang
from tests.conftest import MINI


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--lexicon", str(MINI), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_stats_json_counts_new_learning_and_due(capsys: pytest.CaptureFixture[str]) -> None:
    lexicon = load_lexicon([MINI], cache=False)
    with ReviewStore.open() as store:
        deck = Deck("x", {Lang.EN: "x"}, ("hands-up", "drop-weapon"))
        drill = Drill(deck, lexicon, store, Lang.EN, Lang.KO)
        drill.grade(Grade.AGAIN)  # hands-up: learning, due in a minute
        drill.grade(Grade.EASY)  # drop-weapon: review, due in days
    code, out, _ = run(
        capsys, "learn", "stats", "--deck", "surrender", "--from", "en", "--to", "ko", "--json"
    )
    assert code == 0
    (stats,) = json.loads(out)
    assert stats["deck"] == "category:surrender" and stats["cards"] == 3
    assert stats["say"] == {"new": 1, "learning": 1, "due_today": 1, "mature": 0}
    assert stats["recognise"]["new"] == 3


def test_stats_table_lists_every_deck_with_phrases(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "learn", "stats")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["deck", "pair", "direction"]
    assert any(line.startswith("first100-to-ko") for line in lines)
    assert not any(line.startswith("favourites") for line in lines)


def test_export_apkg_and_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    apkg = tmp_path / "deck.apkg"
    code, out, _ = run(
        capsys,
        "learn",
        "export",
        "--deck",
        "first100-to-ko",
        "--from",
        "uk",
        "-o",
        str(apkg),
        "--no-audio",
    )
    assert code == 0 and "uk → ko" in out and "0 audio files" in out
    assert "collection.anki2" in zipfile.ZipFile(apkg).namelist()
    csv_path = tmp_path / "deck.csv"
    code, out, _ = run(capsys, "learn", "export", "--deck", "ids:hands-up", "-o", str(csv_path))
    assert code == 0
    assert csv_path.read_text("utf-8-sig").splitlines()[1].startswith("hands-up,surrender,")


def test_unknown_deck_is_a_clear_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "learn", "export", "--deck", "nope", "-o", str(tmp_path / "x.apkg"))
    assert code == 1 and "unknown deck 'nope'; known:" in err
    assert not (tmp_path / "x.apkg").exists()
    code, _, err = run(capsys, "learn", "--deck", "favourites")
    assert code == 1 and "no favourites yet" in err
