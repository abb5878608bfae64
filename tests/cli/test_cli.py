"""The command line: exit codes, file:line messages, JSON shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from phrasebook.cli import main
from tests.conftest import MINI


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_good_lexicon_exits_0(capsys) -> None:
    code, out, _ = run(capsys, "lexicon", "validate", str(MINI))
    assert code == 0
    assert "5 entries" in out


def test_validate_broken_file_prints_file_and_line(capsys, mini_copy: Path) -> None:
    broken = mini_copy / "surrender.yaml"
    broken.write_text(broken.read_text().replace("uk: Кинь зброю!", "uk: Кынь зброю!"))
    code, _, err = run(capsys, "lexicon", "validate", str(mini_copy))
    assert code == 1
    assert f"{broken}:21: Ukrainian text 'Кынь зброю!' contains Russian letters ы" in err
    assert "Traceback" not in err


def test_validate_yaml_syntax_error_exits_1(capsys, mini_copy: Path) -> None:
    (mini_copy / "x.yaml").write_text("category: surrender\nentries:\n  - id: [oops\n")
    code, _, err = run(capsys, "lexicon", "validate", str(mini_copy))
    assert code == 1
    assert "x.yaml:" in err and "YAML syntax error" in err


def test_lookup_json_has_id_score_category_text(capsys) -> None:
    code, out, _ = run(capsys, "--lexicon", str(MINI), "lookup", "Кинь зброю", "--json")
    assert code == 0
    data = json.loads(out)
    assert data[0]["id"] == "drop-weapon"
    assert set(data[0]) >= {"id", "score", "category", "text"}
    assert set(data[0]["text"]) == {"en", "ru", "uk", "ko"}
    assert 0 <= data[0]["score"] <= 1


def test_lookup_unknown_category_is_a_user_error(capsys) -> None:
    code, _, err = run(capsys, "--lexicon", str(MINI), "lookup", "x", "--category", "nope")
    assert code == 1
    assert "unknown category 'nope'" in err


def test_show_unknown_id_is_a_user_error(capsys) -> None:
    code, _, err = run(capsys, "--lexicon", str(MINI), "show", "no-such-thing")
    assert code == 1
    assert "no entry with id 'no-such-thing'" in err


def test_show_prints_every_language_and_answers(capsys) -> None:
    code, out, _ = run(capsys, "--lexicon", str(MINI), "show", "are-you-wounded", "--to", "ko")
    assert code == 0
    for text in ("Are you wounded?", "Ты ранен?", "Ти поранений?", "부상 있어?", "아니요"):
        assert text in out


def test_bad_usage_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["lookup", "x", "--limit", "zero"])
    assert caught.value.code == 2


def test_unknown_language_is_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["lookup", "x", "--lang", "fr"])
    assert caught.value.code == 2
    assert "unknown language 'fr'" in capsys.readouterr().err


def test_stats_counts_categories(capsys) -> None:
    code, out, _ = run(capsys, "--lexicon", str(MINI), "lexicon", "stats", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["entries"] == 5
    assert {c["id"]: c["entries"] for c in data["categories"]} == {
        "surrender": 3,
        "communication": 2,
    }


def test_config_set_then_get(capsys) -> None:
    assert run(capsys, "config", "set", "mine", "uk")[0] == 0
    code, out, _ = run(capsys, "config", "get", "mine")
    assert (code, out.strip()) == (0, "uk")


def test_config_set_bad_language_is_user_error(capsys) -> None:
    code, _, err = run(capsys, "config", "set", "mine", "klingon")
    assert code == 1
    assert "unknown language 'klingon'" in err


def test_python_dash_m_runs_the_cli() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "phrasebook", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stdout.startswith("phrasebook ")


def test_show_gives_each_variant_its_reading(capsys) -> None:
    assert main(["show", "hands-up", "--from", "uk", "--to", "ko"]) == 0
    out = capsys.readouterr().out
    assert "ko in Cyrillic: соныль тысипсио!" in out
    assert "ko in Latin: soneul deusipsio!" in out
