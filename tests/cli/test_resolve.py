"""`show` and `--category` take what people type, not only internal ids (issue #23)."""

from __future__ import annotations

import csv
import io

import pytest

from phrasebook.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_show_takes_a_phrase_in_any_language(capsys) -> None:
    code, out, err = run(capsys, "show", "огонь", "--from", "uk", "--to", "ko")
    assert code == 0, err
    assert out.startswith("fire — ")
    assert "사격!" in out


def test_show_takes_several_words_unquoted(capsys) -> None:
    code, out, _ = run(capsys, "show", "руки", "вверх", "--from", "uk", "--to", "ko")
    assert code == 0
    assert out.startswith("hands-up — ")


def test_show_lists_candidates_when_a_phrase_is_ambiguous(capsys) -> None:
    code, _, err = run(capsys, "show", "руки", "--from", "uk", "--to", "ko")
    assert code == 1
    assert "hands-up  Руки вгору!  →  손 들어!" in err
    assert "hands-behind-head" in err


def test_show_still_takes_an_id(capsys) -> None:
    assert run(capsys, "show", "are-you-wounded")[0] == 0


@pytest.mark.parametrize("name", ["medical", "Medical", "медицина", "Медична допомога", "의료"])
def test_export_category_takes_its_name_in_any_language(capsys, name: str) -> None:
    code, out, err = run(capsys, "export", "--category", name, "--format", "csv", "-o", "-")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows
    assert {row["category"] for row in rows} == {"medical"}


def test_lookup_category_takes_a_name(capsys) -> None:
    code, out, _ = run(capsys, "lookup", "вода", "--category", "Потреби", "--limit", "1")
    assert code == 0
    assert out.startswith("water  (welfare")


def test_an_unknown_category_lists_the_names(capsys) -> None:
    code, _, err = run(capsys, "export", "--category", "zzz", "--from", "uk", "-o", "-")
    assert code == 1
    assert "medical (Медична допомога)" in err
