"""`phrasebook translate` and `phrasebook models` on the small committed test models."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from phrasebook.cli import main
from tests.conftest import DATA

MODELS = sorted((DATA / "models").glob("*.argosmodel"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def installed(capsys) -> None:
    code, out, _ = run(capsys, "models", "install", *map(str, MODELS))
    assert code == 0 and out.count("installed") == 6


def test_list_shows_nothing_then_every_pair(capsys, installed) -> None:
    code, out, _ = run(capsys, "models", "list", "--json")
    pairs = {(p["from"], p["to"]) for p in json.loads(out)}
    assert code == 0
    assert pairs == {
        ("en", "ko"),
        ("ko", "en"),
        ("en", "ru"),
        ("ru", "en"),
        ("en", "uk"),
        ("uk", "en"),
    }


def test_translate_without_models_says_which_command_installs_one(capsys) -> None:
    code, _, err = run(
        capsys, "translate", "a sentence the lexicon lacks", "--from", "ko", "--to", "ru"
    )
    assert code == 1
    assert "phrasebook models install" in err and "ko en" in err and "en ru" in err


def test_lexicon_answers_first_even_without_models(capsys) -> None:
    code, out, _ = run(
        capsys, "translate", "Drop your weapon!", "--from", "en", "--to", "ko", "--json"
    )
    data = json.loads(out)
    assert code == 0
    assert data[0]["source"] == "lexicon" and data[0]["text"] == "무기 버려!"
    assert data[0]["entry_id"] == "drop-weapon" and data[0]["verify"] is False


def test_pivot_translation_is_marked_for_verification(capsys, installed) -> None:
    code, out, _ = run(
        capsys,
        "translate",
        "Где сейчас твоя семья и твои друзья?",
        "--from",
        "ru",
        "--to",
        "ko",
        "--json",
    )
    data = json.loads(out)
    assert code == 0
    assert data[0]["source"] == "mt" and data[0]["path"] == ["ru", "en", "ko"]
    assert data[0]["verify"] is True and "verify" in data[0]["note"]
    assert data[0]["text"].strip()


def test_file_is_translated_one_line_in_one_line_out(capsys, installed, tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text("Руки вверх!\n\nСколько вас здесь сейчас?\n", encoding="utf-8")
    code, out, err = run(capsys, "translate", "--file", str(source), "--from", "ru", "--to", "uk")
    assert code == 0
    lines = out.split("\n")[:-1]
    assert len(lines) == 3 and lines[0] == "Руки вгору!" and lines[1] == ""
    assert "machine-translated" in err


def test_stdin_is_read_when_no_text(capsys, installed, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Hands up!\nStop!\n"))
    code, out, _ = run(capsys, "translate", "--from", "en", "--to", "ru")
    assert code == 0 and out.splitlines()[0] == "Руки вверх!"


def test_remove_and_export(capsys, installed, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "models", "export", str(tmp_path / "out"))
    assert code == 0 and len(list((tmp_path / "out").glob("*.argosmodel"))) == 6
    code, out, _ = run(capsys, "models", "remove", "en", "ko")
    assert code == 0 and "translate-en_ko" in out
    code, _, err = run(capsys, "models", "remove", "en", "ko")
    assert code == 1 and "en" in err


def test_installing_a_bad_archive_is_a_clear_user_error(capsys, tmp_path: Path) -> None:
    bogus = tmp_path / "x.argosmodel"
    bogus.write_bytes(b"not a zip at all")
    code, _, err = run(capsys, "models", "install", str(bogus))
    assert code == 1 and "x.argosmodel" in err and "Traceback" not in err


@pytest.mark.parametrize("text", ["Руки вгору! Кинь зброю!", "руки вгору і кинь зброю"])
def test_vetted_sentences_translate_with_no_model(capsys, text: str) -> None:
    code, out, err = run(capsys, "translate", text, "--from", "uk", "--to", "ko")
    assert (code, out, err) == (0, "손 들어! 무기 버려!\n", "")


def test_untranslated_sentence_exits_1_with_closest_phrases(capsys) -> None:
    code, out, err = run(
        capsys, "translate", "Руки вверх! Назад на позицию", "--from", "ru", "--to", "ko"
    )
    assert code == 1
    assert out == "손 들어! Назад на позицию\n"
    assert "not translated: 1 of 2" in err and "--from-index ru en" in err
    assert "«На позицию!» → «진지로 돌아가!» (back-to-position)" in err


def test_json_lists_each_segment_with_its_source(capsys, installed) -> None:
    code, out, _ = run(
        capsys, "translate", "Руки вверх! Zebra квантум.", "--from", "ru", "--to", "ko", "--json"
    )
    (data,) = json.loads(out)
    assert code == 0 and data["complete"] and data["source"] == "mixed"
    first, second = data["segments"]
    assert (first["source"], first["entry_id"], first["verify"]) == ("lexicon", "hands-up", False)
    assert (second["source"], second["path"], second["verify"]) == ("mt", ["ru", "en", "ko"], True)
    assert data["text"] == f"손 들어! {second['text']}"


def test_korean_typed_without_from_is_translated_back(capsys) -> None:
    assert run(capsys, "config", "set", "mine", "ru")[0] == 0
    code, out, err = run(capsys, "translate", "무기 버려!", "--to", "ko")
    assert (code, out) == (0, "Брось оружие!\n")
    assert "so it was translated ko → ru" in err
