"""The checks an install script runs before it installs anything, and the command's errors."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from phrasebook.bundle import verify
from phrasebook.cli import main

PY = f"{sys.version_info.major}.{sys.version_info.minor}"


def _bundle(folder: Path, targets: list[dict[str, object]]) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text("hello", encoding="utf-8")
    (folder / "bundle.json").write_text(json.dumps({"targets": targets}), encoding="utf-8")
    (folder / "verify.py").write_bytes(Path(verify.__file__).read_bytes())
    lines = [
        f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n"
        for p in sorted(folder.iterdir())
    ]
    (folder / "SHA256SUMS").write_text("".join(lines), encoding="utf-8")
    return folder


def _target(status: str = "complete", extras: tuple[str, ...] = ("mt",)) -> dict[str, object]:
    return {
        "platform": verify.machine_name(),
        "python": PY,
        "status": status,
        "extras": list(extras),
        "missing": [],
    }


@pytest.mark.parametrize(
    ("platform", "machine", "name"),
    [
        ("linux", "x86_64", "linux-x86_64"),
        ("linux", "aarch64", "linux-aarch64"),
        ("win32", "AMD64", "windows-x86_64"),
        ("darwin", "arm64", "macos-arm64"),
        ("darwin", "x86_64", "macos-x86_64"),
    ],
)
def test_machine_names_match_the_bundle_platforms(
    platform: str, machine: str, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(verify.sys, "platform", platform)
    monkeypatch.setattr(verify.platform, "machine", lambda: machine)
    assert verify.machine_name() == name


def test_run_as_a_script_it_prints_what_to_install(tmp_path: Path) -> None:
    folder = _bundle(tmp_path / "b", [_target(extras=("mt", "speech"))])
    done = subprocess.run(
        [sys.executable, str(folder / "verify.py")], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "phrasebook[mt,speech]\n", "")


def test_an_unserved_python_is_refused_with_what_the_bundle_holds(tmp_path: Path) -> None:
    other = dict(_target(), python="3.99")
    folder = _bundle(tmp_path / "b", [other, dict(_target(), status="unusable")])
    script = [sys.executable, str(folder / "verify.py")]
    only = subprocess.run([*script, "--python-only"], capture_output=True, check=False)
    assert only.returncode == 1
    done = subprocess.run(script, capture_output=True, text=True, check=False)
    assert done.returncode == 1 and done.stdout == ""
    assert f"has no wheels for {verify.machine_name()} with Python {PY}" in done.stderr
    assert f"it holds: {verify.machine_name()} Python 3.99" in done.stderr


def test_a_malformed_manifest_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    folder = _bundle(tmp_path / "b", [_target()])
    (folder / "SHA256SUMS").write_text("not a checksum line\n", encoding="utf-8")
    assert verify.problems(folder) == [
        "cannot read the checksum list SHA256SUMS: SHA256SUMS line 1 is not 'HASH  FILE'"
    ]


def test_bundle_command_rejects_options_that_do_not_fit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["bundle", str(tmp_path), "--from-installed", "--python", "3.12"]) == 2
    assert "--from-installed serves this machine only" in capsys.readouterr().err
    assert main(["bundle", str(tmp_path), "--python", "3.9"]) == 1
    assert "give 3.11 or newer" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["bundle", str(tmp_path), "--platform", "beos"])
    assert exc.value.code == 2
    assert list(tmp_path.iterdir()) == []


def test_bundle_command_says_when_its_folder_cannot_be_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert main(["bundle", str(blocker / "usb"), "--from-installed"]) == 1
    assert f"error: cannot write to {blocker / 'usb'}" in capsys.readouterr().err
