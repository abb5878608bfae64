"""The Makefile's first words to a newcomer: the interpreter it chose, and no probe noise."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAKE = shutil.which("make")

PYENV_SHIM = """#!/bin/sh
echo "pyenv: $(basename "$0"): command not found" >&2
echo "" >&2
echo "The \\`$(basename "$0")' command exists in these Python versions:" >&2
exit 127
"""


@pytest.mark.skipif(MAKE is None, reason="make is not installed")
def test_interpreter_probe_is_silent_and_names_its_choice(tmp_path: Path) -> None:
    shims = tmp_path / "shims"
    shims.mkdir()
    for name in ("python3.13", "python3.12", "python3.11"):
        shim = shims / name
        shim.write_text(PYENV_SHIM, encoding="utf-8")
        shim.chmod(0o755)
    (shims / "python3").symlink_to(sys.executable)
    project = tmp_path / "project"
    project.mkdir()
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(ROOT / name, project / name)
    env = {**os.environ, "PATH": f"{shims}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("PYTHON", None)
    done = subprocess.run(
        [str(MAKE), "-n", "-B", "setup"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert 'echo "Python: python3"' in done.stdout
