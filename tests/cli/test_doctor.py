"""`phrasebook doctor`: what this machine lacks, how to fix it, exit 0 or 1, and --json."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from phrasebook.cli import main
from phrasebook.doctor import CHECKS, Terminal, run_checks
from phrasebook.fonts import find
from phrasebook.mt.store import ModelPackage
from phrasebook.userdata.settings import Settings
from phrasebook.values import Lang

GOOD_TERMINAL = Terminal(100, 30, "utf-8")


def _model(a: Lang, b: Lang) -> ModelPackage:
    return ModelPackage(f"translate-{a}_{b}", a, b, "1.0", 1, Path("/nowhere"))


@pytest.fixture
def healthy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine with everything: the packaged fonts, an engine, a player, en↔ko, en↔uk models."""
    monkeypatch.setattr(find, "default_sources", lambda configured=None: [find.packaged_source])
    monkeypatch.setattr("phrasebook.speech.find_engine", lambda: "libespeak-ng")
    monkeypatch.setattr("phrasebook.speech.find_player", lambda: ["/usr/bin/aplay", "-q"])
    models = [_model(a, b) for a, b in [(Lang.UK, Lang.EN), (Lang.EN, Lang.KO)]]
    models += [_model(b, a) for a, b in [(Lang.UK, Lang.EN), (Lang.EN, Lang.KO)]]
    monkeypatch.setattr("phrasebook.mt.store.list_models", lambda: models)
    monkeypatch.setattr("phrasebook.cli.doctor.terminal", lambda: GOOD_TERMINAL)


def test_all_is_well_exits_0(healthy: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "MISSING" not in out and "everything phrasebook needs is here" in out
    assert "NotoSansKR-Regular.otf" in out


def test_each_missing_thing_is_listed_with_its_fix_and_exits_1(
    healthy: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(find, "default_sources", lambda configured=None: [])
    monkeypatch.setattr("phrasebook.speech.find_player", lambda: None)
    monkeypatch.setattr("phrasebook.mt.store.list_models", lambda: [])
    monkeypatch.setattr("phrasebook.cli.doctor.terminal", lambda: Terminal(60, 20, "ascii"))
    monkeypatch.setattr(
        "phrasebook.cli.doctor.load_settings", lambda: (Settings(Lang.UK, Lang.KO), None)
    )
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "Large letters: not available for Hangul, Cyrillic, Latin" in out
    assert "pip install 'phrasebook[display]'" in out
    assert "no audio player" in out
    assert "phrasebook models install --from-index uk en" in out
    assert "60×20 characters, smaller than 80×24" in out
    assert "the terminal writes ascii" in out
    assert "5 thing(s) to fix" in out


def test_json_lists_every_check(healthy: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["check"] for r in records] == list(CHECKS)
    assert all(r["ok"] and r["message"] and r["fix"] == "" for r in records)


def test_a_folder_that_cannot_be_written_is_reported(
    healthy: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    monkeypatch.setenv("PHRASEBOOK_DATA_DIR", str(locked / "data"))
    monkeypatch.setattr("phrasebook.doctor.checks.os.access", lambda path, mode: False)
    findings = {f.check: f for f in run_checks(Settings(), GOOD_TERMINAL, Lang.EN)}
    assert not findings["folders"].ok
    assert "PHRASEBOOK_DATA_DIR" in findings["folders"].fix(Lang.EN)


def test_without_pillow_large_letters_are_missing(
    healthy: None, without: Callable[[str], None]
) -> None:
    without("PIL")
    findings = {f.check: f for f in run_checks(Settings(), GOOD_TERMINAL, Lang.UK)}
    assert not findings["font"].ok
    assert "Великі літери" in findings["font"].message(Lang.UK)


def test_findings_are_in_every_reader_language(healthy: None) -> None:
    for lang in Lang:
        for finding in run_checks(Settings(), Terminal(10, 5, "ascii"), lang):
            assert finding.message(lang)
            assert finding.ok or finding.fix(lang)
