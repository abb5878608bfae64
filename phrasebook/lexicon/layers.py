"""Which files make up the lexicon, in layers (kept apart so finding them needs no pydantic)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from phrasebook.errors import Problem

CATEGORIES_FILE = "categories.yaml"


@dataclass
class Layer:
    """Files read as one unit: ids must be unique within it."""

    files: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def collect(sources: Sequence[Path]) -> Layer:
    layer = Layer()
    for source in sources:
        if source.is_dir():
            layer.files.extend(sorted(p for p in source.iterdir() if p.suffix in {".yaml", ".yml"}))
        elif source.is_file():
            layer.files.append(source)
            sibling = source.parent / CATEGORIES_FILE
            if source.name != CATEGORIES_FILE and sibling.is_file() and sibling not in sources:
                layer.files.insert(0, sibling)
        else:
            layer.problems.append(Problem(source, None, "no such file or directory"))
    return layer
