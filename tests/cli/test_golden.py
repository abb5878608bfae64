"""Golden files for the command line's human and JSON output (regenerate: UPDATE_GOLDEN=1).

The fixture lexicon is small and fixed, so the output is stable; a change in formatting shows here
as a diff of the files under tests/data/golden/cli/.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from phrasebook.cli import main
from tests.conftest import DATA, MINI

GOLDEN = DATA / "golden" / "cli"

CASES = {
    "lookup-uk-ko.txt": ["--lexicon", str(MINI), "lookup", "руки", "--from", "uk", "--to", "ko"],
    "lookup-en-ko.json": [
        "--lexicon",
        str(MINI),
        "lookup",
        "weapon",
        "--from",
        "en",
        "--to",
        "ko",
        "--json",
    ],
    "show-ru-ko.txt": [
        "--lexicon",
        str(MINI),
        "show",
        "are-you-wounded",
        "--from",
        "ru",
        "--to",
        "ko",
    ],
    "show-ko-uk.json": [
        "--lexicon",
        str(MINI),
        "show",
        "hands-up",
        "--from",
        "ko",
        "--to",
        "uk",
        "--json",
    ],
    "stats.txt": ["--lexicon", str(MINI), "lexicon", "stats"],
    "transcribe-ko-cyrl.json": [
        "transcribe",
        "평양에서 왔어요",
        "--lang",
        "ko",
        "--script",
        "Cyrl",
        "--json",
    ],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_output_matches_golden_file(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(CASES[name]) == 0
    out = capsys.readouterr().out
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(out, encoding="utf-8")
    assert out == path.read_text(encoding="utf-8")


def test_escape_sequences_in_input_never_reach_the_terminal(capsys) -> None:
    assert (
        main(["transcribe", "\x1b[2J\x1b]0;pwned\x07손", "--lang", "ko", "--script", "Latn"]) == 0
    )
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "␛[2J" in out


def test_markup_in_lexicon_text_is_printed_literally(capsys) -> None:
    assert main(["--lexicon", str(DATA / "markup"), "show", "markup-trap", "--from", "en"]) == 0
    out = capsys.readouterr().out
    assert "[bold red]Stop[/bold red] now!" in out


def test_translate_file_that_cannot_be_read_is_a_user_error(capsys, tmp_path: Path) -> None:
    assert main(["translate", "--file", str(tmp_path / "missing.txt"), "--from", "ru"]) == 1
    assert "cannot read" in capsys.readouterr().err
