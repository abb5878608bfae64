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


def test_no_name_imported_on_first_use_is_also_a_submodule(tmp_path: Path) -> None:
    # Importing a submodule sets the package's attribute of that name to the module, so a name
    # given on first use (phrasebook/_lazy.py) that is also a submodule's turns into the module
    # whenever the submodule happens to be imported first. Each package is asked in a fresh
    # interpreter which names it has not imported yet.
    import importlib
    import pkgutil

    import phrasebook

    env = dict(os.environ, PHRASEBOOK_CACHE_DIR=str(tmp_path / "cache"))
    lazy = []
    for info in pkgutil.walk_packages(phrasebook.__path__, "phrasebook."):
        package = importlib.import_module(info.name) if info.ispkg else None
        getattr_ = package.__dict__.get("__getattr__") if package is not None else None
        if package is None or getattr_ is None or getattr_.__module__ != "phrasebook._lazy":
            continue
        lazy.append(info.name)
        code = f"import json, {info.name} as p\nprint(json.dumps([*{{*p.__all__}} - {{*vars(p)}}]))"
        given = set(json.loads(run_python(code, env)))
        submodules = {sub.name for sub in pkgutil.iter_modules(package.__path__)}
        assert not given & submodules, f"{info.name}: import {given & submodules} at once"
    assert {"phrasebook.search", "phrasebook.bundle", "phrasebook.export"} <= set(lazy)
