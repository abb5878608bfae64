"""A broken file in the user's own lexicon folder never stops a lookup (issue #23)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from phrasebook.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def broken(user_dirs: dict[str, Path]) -> Path:
    folder = user_dirs["config"] / "lexicon"
    folder.mkdir(parents=True)
    path = folder / "mine.yaml"
    path.write_text("category: surrender\nentries:\n  - id: [oops\n", encoding="utf-8")
    return path


def test_lookup_succeeds_with_one_warning_line(capsys, broken: Path) -> None:
    code, out, err = run(capsys, "lookup", "огонь", "--limit", "1")
    assert code == 0
    assert out.strip()
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert str(broken) in lines[0]
    assert "phrasebook lexicon validate" in lines[0]


def test_show_and_stats_succeed(capsys, broken: Path) -> None:
    assert run(capsys, "show", "hands-up")[0] == 0
    assert run(capsys, "lexicon", "stats")[0] == 0


def test_validate_still_fails_on_the_broken_file(capsys, broken: Path) -> None:
    code, _, err = run(capsys, "lexicon", "validate")
    assert code == 1
    assert f"{broken}:4: YAML syntax error" in err


def test_the_ui_opens_with_the_warning(
    capsys, broken: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: dict[str, Any] = {}

    def fake_run(lexicon: Any, warnings: Any = ()) -> int:
        opened.update(lexicon=lexicon, warnings=list(warnings))
        return 0

    monkeypatch.setattr("phrasebook.tui.app.run", fake_run)
    code, _, err = run(capsys)
    assert code == 0
    assert "hands-up" in opened["lexicon"]
    assert len(opened["warnings"]) == 1 and str(broken) in opened["warnings"][0]
    assert err == ""  # the UI shows it; nothing is printed under the screen
