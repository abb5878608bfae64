"""The wheel carries the lexicon: a fresh venv with only the wheel installed can load it."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_and_loads_the_shipped_lexicon(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), "."],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("phrasebook-*.whl"))
    env_dir = tmp_path / "venv"
    # The test venv sees this one's packages, so dependencies need no download; the wheel itself
    # is installed into the new venv without them.
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [sys.executable, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    code = (
        "import sys; sys.path.append(sys.argv[1]); import phrasebook, pathlib\n"
        "lx = phrasebook.load_lexicon(cache=False)\n"
        "d = phrasebook.shipped_lexicon_dir()\n"
        "assert 'site-packages' in str(d), d\n"
        "print(len(lx))\n"
    )
    done = subprocess.run(
        [str(python), "-c", code, site], capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 0
