"""The public face: every exported name imports, and every dotted name the docs mention exists."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

import phrasebook

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", ROOT / "lexicon" / "README.md"]
DOTTED = re.compile(r"\bphrasebook(?:\.[A-Za-z_][A-Za-z0-9_]*)+")


@pytest.mark.parametrize("name", phrasebook.__all__)
def test_every_exported_name_imports(name: str) -> None:
    assert getattr(phrasebook, name) is not None
    namespace: dict[str, object] = {}
    exec(f"from phrasebook import {name}", namespace)
    assert name in namespace


def _resolve(dotted: str) -> object:
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            found: object = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for attr in parts[cut:]:
            found = getattr(found, attr)
        return found
    raise ModuleNotFoundError(dotted)


def _mentioned() -> list[str]:
    names = set()
    for doc in DOCS:
        names.update(m.rstrip(".") for m in DOTTED.findall(doc.read_text(encoding="utf-8")))
    return sorted(names)


def test_docs_mention_dotted_names() -> None:
    assert len(_mentioned()) >= 4  # the README's API section names at least these


@pytest.mark.parametrize("dotted", _mentioned())
def test_every_dotted_name_in_the_docs_exists(dotted: str) -> None:
    _resolve(dotted)
