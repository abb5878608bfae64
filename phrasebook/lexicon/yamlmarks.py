"""YAML reading that remembers where every value came from.

PyYAML's safe loaders drop line numbers and let a repeated key silently win. Lexicon errors must
point at the real line, so mappings and sequences built here carry the line of each key and item,
and a repeated key is reported instead of lost.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from pathlib import Path
from typing import Any

import yaml

from phrasebook.errors import Problem

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when libyaml exists

MAX_FILE_BYTES = 8 * 1024 * 1024
"""Refuse lexicon files above this size: no phrasebook category comes near it."""


class MarkedMap(dict[Any, Any]):
    """A mapping that knows its own line and the line of each key (1-based)."""

    line: int
    key_lines: dict[Any, int]


class MarkedList(list[Any]):
    """A sequence that knows its own line and the line of each item (1-based)."""

    line: int
    item_lines: list[int]


class _MarkedLoader(_BaseLoader):  # type: ignore[misc]
    problems: list[Problem]
    path: Path | None


def _construct_map(loader: _MarkedLoader, node: yaml.MappingNode) -> Iterator[MarkedMap]:
    data = MarkedMap()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if not isinstance(key, Hashable):
            loader.problems.append(Problem(loader.path, line, "a mapping key must be plain text"))
            continue
        if key in data:
            first = data.key_lines[key]
            loader.problems.append(
                Problem(loader.path, line, f"key {key!r} given twice (first on line {first})")
            )
            continue
        data[key] = loader.construct_object(value_node, deep=True)
        data.key_lines[key] = line


def _construct_seq(loader: _MarkedLoader, node: yaml.SequenceNode) -> Iterator[MarkedList]:
    data = MarkedList()
    data.line = node.start_mark.line + 1
    data.item_lines = [child.start_mark.line + 1 for child in node.value]
    yield data
    data.extend(loader.construct_object(child, deep=True) for child in node.value)


_MarkedLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_MarkedLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


def read_yaml(path: Path) -> tuple[Any, list[Problem]]:
    """Parse one YAML file with line marks.

    Returns:
        The document (``None`` when the file is empty or unreadable) and the problems found. A file
        that cannot be read or parsed yields one problem with the line of the fault.
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // (1024 * 1024)
            return None, [Problem(path, None, f"file is {size:,} bytes; the limit is {limit} MiB")]
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(path, None, f"cannot read the file: {exc.strerror or exc}")]
    if b"\0" in raw:
        return None, [Problem(path, None, "this is not a text file (it contains NUL bytes)")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(path, line, "not valid UTF-8; save the file as UTF-8")]
    loader = _MarkedLoader(text)
    loader.problems = []
    loader.path = path
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or exc.context or "YAML syntax error"
        where = mark.line + 1 if mark is not None else None
        return None, [Problem(path, where, f"YAML syntax error: {what}")]
    except yaml.YAMLError as exc:
        return None, [Problem(path, None, f"YAML error: {exc}")]
    except RecursionError:
        return None, [Problem(path, None, "YAML nested too deeply")]
    finally:
        loader.dispose()
    return data, loader.problems


def line_of(node: Any, *path: Any) -> int | None:
    """The line of the value reached by following ``path`` keys/indices from ``node``.

    Falls back to the deepest line known when the path leaves the marked data.
    """
    line: int | None = getattr(node, "line", None)
    for step in path:
        if isinstance(node, MarkedMap) and step in node:
            line = node.key_lines.get(step, line)
            node = node[step]
        elif isinstance(node, MarkedList) and isinstance(step, int) and 0 <= step < len(node):
            line = node.item_lines[step]
            node = node[step]
        else:
            break
    return line
