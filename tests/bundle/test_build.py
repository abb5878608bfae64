"""Bundles for several platforms, resolved by pip from a local wheelhouse (no network)."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest

from phrasebook.bundle import Target, build_bundle, targets
from phrasebook.bundle import verify as verifier
from phrasebook.bundle.resolve import download, unsatisfied
from phrasebook.errors import BundleError
from tests.bundle.conftest import make_wheel

PY = f"{sys.version_info.major}.{sys.version_info.minor}"
LINUX, WINDOWS = Target("linux-x86_64", PY), Target("windows-x86_64", PY)


@pytest.fixture
def local_index(wheelhouse: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """pip sees the wheelhouse and nothing else, as if it were the package index."""
    monkeypatch.setenv("PIP_CONFIG_FILE", "/dev/null")
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(wheelhouse))
    return wheelhouse


def test_a_wheel_missing_for_one_platform_is_reported_with_its_extra(
    local_index: Path, tmp_path: Path
) -> None:
    own = local_index / "phrasebook-9.0-py3-none-any.whl"
    linux = download(LINUX, own, tmp_path / "l", index_args=[])
    windows = download(WINDOWS, own, tmp_path / "w", index_args=[])
    assert windows.status == "complete" and windows.extras == ("mt", "speech", "display", "cards")
    assert "binonly-3.0-py3-none-win_amd64.whl" in windows.wheels
    assert linux.status == "partial"
    assert linux.extras == ("speech", "display", "cards")
    assert [(m.package, m.extra) for m in linux.missing] == [("binonly", "mt")]
    assert "dep-1.0-py3-none-any.whl" in linux.wheels


def test_a_core_dependency_missing_makes_the_target_unusable(tmp_path: Path) -> None:
    house = tmp_path / "house"
    own = make_wheel(house, "phrasebook", "9.0", requires=("nowhere",))
    result = download(
        LINUX, own, tmp_path / "l", index_args=["--no-index", "--find-links", str(house)]
    )
    assert result.status == "unusable"
    assert [(m.package, m.extra) for m in result.missing] == [("nowhere", "core")]


def test_pip_errors_are_passed_on_when_no_requirement_is_named() -> None:
    assert unsatisfied("ERROR: No matching distribution found for onnxruntime>=1.2\n") == [
        "onnxruntime>=1.2"
    ]
    stderr = "Collecting x\nERROR: ResolutionImpossible: for help visit …\n"
    assert unsatisfied(stderr) == ["ERROR: ResolutionImpossible: for help visit …"]
    assert unsatisfied("") == ["pip failed and said nothing"]


def test_bundle_holds_wheels_report_manifest_scripts_and_zip(
    local_index: Path, tmp_path: Path
) -> None:
    own = local_index / "phrasebook-9.0-py3-none-any.whl"
    lines: list[str] = []
    bundle = build_bundle(
        tmp_path / "usb", chosen=[LINUX, WINDOWS], project_wheel=own, log=lines.append
    )
    folder = bundle.folder
    assert folder == tmp_path / "usb" / "phrasebook-9.0-bundle"
    assert bundle.archive == tmp_path / "usb" / "phrasebook-9.0-bundle.zip"
    names = {p.name for p in folder.iterdir()}
    assert {"install.sh", "install.ps1", "README.txt", "verify.py", "REPORT.txt"} <= names
    assert {"SHA256SUMS", "bundle.json", "wheels"} <= names
    assert len(lines) == 2 and "partial" in lines[0] and "binonly" in lines[0]
    report = (folder / "REPORT.txt").read_text(encoding="utf-8")
    assert f"linux-x86_64 cp{PY.replace('.', '')}" in report and "binonly (for mt)" in report
    description = json.loads((folder / "bundle.json").read_text(encoding="utf-8"))
    assert [t["status"] for t in description["targets"]] == ["partial", "complete"]
    # Every file is listed with its hash, and the folder verifies as made.
    assert verifier.problems(folder) == []
    listed = verifier.read_manifest(folder)
    assert "wheels/binonly-3.0-py3-none-win_amd64.whl" in listed and "install.sh" in listed
    with zipfile.ZipFile(bundle.archive) as zf:
        members = set(zf.namelist())
    assert {f"phrasebook-9.0-bundle/{name}" for name in listed} | {
        "phrasebook-9.0-bundle/SHA256SUMS"
    } == members
    # On this Linux machine the bundle installs without the extra that lacks a wheel.
    assert verifier.requirement(folder) == (
        "phrasebook[speech,display,cards]",
        [
            f"this bundle has no wheel of binonly for linux-x86_64 and Python {PY};"
            " installing without the mt extra"
        ],
    )


def test_a_second_bundle_replaces_the_first(local_index: Path, tmp_path: Path) -> None:
    own = local_index / "phrasebook-9.0-py3-none-any.whl"
    first = build_bundle(tmp_path, chosen=[WINDOWS], project_wheel=own)
    (first.folder / "stale.txt").write_text("old", encoding="utf-8")
    second = build_bundle(tmp_path, chosen=[WINDOWS], project_wheel=own)
    assert not (second.folder / "stale.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_nothing_is_written_when_no_platform_can_be_served(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    house = tmp_path / "house"
    own = make_wheel(house, "phrasebook", "9.0", requires=("nowhere",))
    monkeypatch.setenv("PIP_CONFIG_FILE", "/dev/null")
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(house))
    with pytest.raises(BundleError, match="no wheels could be had for any platform"):
        build_bundle(tmp_path / "out", chosen=[LINUX], project_wheel=own)
    assert list((tmp_path / "out").iterdir()) == []


def test_targets_are_every_platform_and_python_oldest_first() -> None:
    every = targets()
    assert len(every) == 15 and every[0] == Target("linux-x86_64", "3.11")
    assert [t.python for t in targets(["macos-arm64"], ["3.13", "3.11"])] == ["3.11", "3.13"]
    with pytest.raises(BundleError, match="unknown platform 'beos-x86'"):
        targets(["beos-x86"])
    with pytest.raises(BundleError, match=r"give 3\.11 or newer"):
        targets(None, ["3.9"])
