"""`import phrasebook` stays light and does nothing at import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("textual", "argostranslate", "ctranslate2", "sentencepiece", "espeakng_loader", "rich")
HEAVY += ("fsrs", "genanki")  # learn mode's libraries load on first use


def run_python(code: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


def test_loading_the_lexicon_imports_nothing_heavy(tmp_path: Path) -> None:
    env = dict(os.environ, PHRASEBOOK_CACHE_DIR=str(tmp_path / "cache"))
    code = (
        "import sys, json, phrasebook\n"
        "lx = phrasebook.load_lexicon()\n"
        "lx.search('hands up')\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    )
    # The first load makes the cache, with every entry's readings for sound search: English
    # readings come from eSpeak NG's IPA, so its library may load then, and only then.
    assert set(json.loads(run_python(code, env))) <= {"espeakng_loader"}
    # Every later start reads the cache and loads nothing heavy.
    assert json.loads(run_python(code, env)) == []


def test_import_creates_no_directories(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "PATH": os.environ.get("PATH", ""),
    }
    run_python("import phrasebook, phrasebook.cli, phrasebook.search", env)
    assert list(home.iterdir()) == []
