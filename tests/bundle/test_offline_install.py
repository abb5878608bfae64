"""A bundle for this machine installs with no network at all, and a tampered one is refused.

The bundle is made from this installation's own wheels (``--from-installed``), so making it needs
no network either and takes seconds; installing runs ``install.sh`` in a network namespace with
no interfaces (``unshare -rn``, as ``make test-offline`` does).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from phrasebook.bundle import Bundle, build_bundle
from phrasebook.mt.store import install_model
from tests.conftest import DATA

pytestmark = pytest.mark.slow


def _unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    done = subprocess.run(["unshare", "-rn", "true"], capture_output=True, check=False)
    return done.returncode == 0


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bundle]:
    root = tmp_path_factory.mktemp("bundle")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PHRASEBOOK_DATA_DIR", str(root / "maker-data"))
        install_model(DATA / "models" / "translate-en_ko-1_0.argosmodel")
        yield build_bundle(root / "usb", from_installed=True)


def _env(tmp_path: Path) -> dict[str, str]:
    # This interpreter first on PATH: the bundle holds wheels for it alone.
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    return dict(
        os.environ,
        PATH=path,
        PHRASEBOOK_DATA_DIR=str(tmp_path / "data"),
        PHRASEBOOK_CONFIG_DIR=str(tmp_path / "config"),
        PHRASEBOOK_CACHE_DIR=str(tmp_path / "cache"),
    )


def _offline(*command: str | Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["unshare", "-rn", *map(str, command)], capture_output=True, text=True, env=env, check=False
    )


def test_bundle_installs_offline_and_everything_works(bundle: Bundle, tmp_path: Path) -> None:
    if not _unshare_works():
        pytest.skip("unshare -rn is not available here: the offline install cannot be isolated")
    env, venv = _env(tmp_path), tmp_path / "venv"
    done = _offline("sh", bundle.folder / "install.sh", venv, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "done. Start it with:" in done.stdout
    phrasebook = venv / "bin" / "phrasebook"
    lookup = _offline(phrasebook, "lookup", "hands up", "--to", "ko", env=env)
    assert lookup.returncode == 0 and "손 들어!" in lookup.stdout, lookup.stderr
    # Doctor-style checks: the lexicon, the model that travelled along, every extra.
    assert _offline(phrasebook, "lexicon", "validate", env=env).returncode == 0
    models = _offline(phrasebook, "models", "list", "--json", env=env)
    assert [(m["from"], m["to"]) for m in json.loads(models.stdout)] == [("en", "ko")]
    extras = "import argostranslate, ctranslate2, espeakng_loader, PIL; print('ok')"
    imported = _offline(venv / "bin" / "python", "-c", extras, env=env)
    assert imported.stdout.strip() == "ok", imported.stderr
    wav = tmp_path / "hands-up.wav"
    spoken = _offline(phrasebook, "speak", "hands up", "--lang", "en", "-o", wav, env=env)
    assert spoken.returncode == 0 and wav.stat().st_size > 1000, spoken.stderr


def _linked_copy(bundle: Bundle, tmp_path: Path) -> Path:
    # Hard links: a whole copy in no time. Tests replace files, never write into them.
    return Path(shutil.copytree(bundle.folder, tmp_path / "copy", copy_function=os.link))


def _refused(folder: Path, tmp_path: Path) -> str:
    venv = tmp_path / "venv"
    done = subprocess.run(
        ["sh", str(folder / "install.sh"), str(venv)],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        check=False,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert not venv.exists(), "nothing may be installed from a damaged bundle"
    assert "is damaged or was changed" in done.stderr
    assert "Nothing was installed" in done.stderr
    return done.stderr


def test_a_changed_file_is_refused(bundle: Bundle, tmp_path: Path) -> None:
    folder = _linked_copy(bundle, tmp_path)
    wheel = next((folder / "wheels").glob("pyyaml-*.whl"))
    data = bytearray(wheel.read_bytes())
    data[len(data) // 2] ^= 1
    wheel.unlink()
    wheel.write_bytes(bytes(data))
    assert f"changed: wheels/{wheel.name}" in _refused(folder, tmp_path)


def test_a_missing_file_is_refused(bundle: Bundle, tmp_path: Path) -> None:
    folder = _linked_copy(bundle, tmp_path)
    (folder / "README.txt").unlink()
    assert "missing: README.txt" in _refused(folder, tmp_path)


def test_an_added_wheel_is_refused_but_file_manager_litter_is_not(
    bundle: Bundle, tmp_path: Path
) -> None:
    folder = _linked_copy(bundle, tmp_path)
    (folder / ".DS_Store").write_bytes(b"finder")
    (folder / "wheels" / "._pyyaml.whl").write_bytes(b"apple double")
    (folder / "wheels" / "evil-1.0-py3-none-any.whl").write_bytes(b"PK")
    stderr = _refused(folder, tmp_path)
    assert "not in SHA256SUMS: wheels/evil-1.0-py3-none-any.whl" in stderr
    assert "DS_Store" not in stderr and "apple double" not in stderr
