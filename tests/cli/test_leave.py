"""The ``phrasebook`` program leaves right after a one-shot command, its output whole (issue 21)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from phrasebook.cli import main


def _program(tmp_path: Path, *argv: str) -> subprocess.Popen[bytes]:
    env = dict(
        os.environ,
        PHRASEBOOK_CACHE_DIR=str(tmp_path / "cache"),
        PHRASEBOOK_CONFIG_DIR=str(tmp_path / "config"),
        PHRASEBOOK_DATA_DIR=str(tmp_path / "data"),
    )
    env.pop("PYTHONUNBUFFERED", None)  # block-buffered, as a pipe is by default: flushed on leaving
    return subprocess.Popen(
        [sys.executable, "-m", "phrasebook", *argv],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["lookup", "hands up"], 0),
        (["lookup", "руки вверх", "--json", "--limit", "30"], 0),
        (["show", "hands-up"], 0),
        (["transcribe", "--lang", "ko", "--script", "Cyrl", "손 들어"], 0),
        (["show", "no-such-phrase-anywhere"], 1),
        (["lookup", "x", "--category", "nosuch"], 1),
    ],
)
def test_a_one_shot_command_prints_all_it_would_and_exits_with_its_code(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    code: int,
) -> None:
    child = _program(tmp_path, *argv)
    out, err = child.communicate(timeout=120)
    assert child.returncode == code
    for name in ("CACHE", "CONFIG", "DATA"):
        monkeypatch.setenv(f"PHRASEBOOK_{name}_DIR", str(tmp_path / name.lower()))
    assert main(argv) == code  # in-process, returning as before
    said = capsys.readouterr()
    assert out.decode() == said.out
    assert err.decode() == said.err
    assert b"Traceback" not in err


def test_a_reader_that_stops_early_gets_no_error_and_no_traceback(tmp_path: Path) -> None:
    child = _program(tmp_path, "lookup", "hands up", "--limit", "40")
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # gone before anything is written: `phrasebook lookup … | true`
    err = child.stderr.read()
    assert child.wait(timeout=120) == 0
    assert err == b""
