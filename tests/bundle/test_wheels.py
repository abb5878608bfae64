"""Installed distributions packed back into the wheels they came from."""

from __future__ import annotations

import base64
import csv
import hashlib
import importlib.metadata as metadata
import io
import zipfile
from pathlib import Path

from phrasebook.bundle import wheels


def test_an_installed_distribution_packs_back_into_its_wheel(tmp_path: Path) -> None:
    dist = metadata.distribution("iniconfig")
    wheel = wheels.repack(dist, tmp_path)
    assert wheel.name == f"iniconfig-{dist.version}-py3-none-any.whl"
    info = f"iniconfig-{dist.version}.dist-info"
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        record = list(csv.reader(io.StringIO(zf.read(f"{info}/RECORD").decode())))
        for name, digest, size in record[:-1]:
            data = zf.read(name)
            expected = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
            assert (digest, int(size)) == (f"sha256={expected.decode()}", len(data))
    assert {row[0] for row in record} == names
    assert "iniconfig/__init__.py" in names and f"{info}/METADATA" in names
    assert not any(
        "__pycache__" in n or n.endswith(("INSTALLER", "direct_url.json")) for n in names
    )


def test_console_scripts_are_left_for_pip_to_write(tmp_path: Path) -> None:
    with zipfile.ZipFile(wheels.repack(metadata.distribution("pytest"), tmp_path)) as zf:
        assert not [n for n in zf.namelist() if ".data/" in n]


def test_wheel_tags_are_compressed_from_the_wheel_file(tmp_path: Path) -> None:
    info = tmp_path / "demo-1.0.dist-info"
    info.mkdir()
    (info / "WHEEL").write_text(
        "Wheel-Version: 1.0\nTag: cp311-cp311-manylinux_2_17_x86_64\n"
        "Tag: cp311-cp311-manylinux2014_x86_64\n",
        encoding="utf-8",
    )
    dist = metadata.PathDistribution(info)
    assert wheels.wheel_tags(dist) == "cp311-cp311-manylinux2014_x86_64.manylinux_2_17_x86_64"


def test_requirement_names_are_normalized() -> None:
    assert wheels.requirement_name('typing_extensions>=4.6; python_version < "3.13"') == (
        "typing_extensions"
    )
    assert wheels.requirement_name("Markdown-It.Py[linkify]>=2") == "markdown_it_py"


def test_the_closure_holds_the_extras_and_not_the_dev_tools() -> None:
    names = {wheels.normalize(d.metadata["Name"]) for d in wheels.installed_closure()}
    assert {"phrasebook", "pydantic_core", "ctranslate2", "espeakng_loader", "pillow"} <= names
    assert not names & {"pytest", "mypy", "ruff"}
