"""Reading lexicon files into entries and categories, collecting every problem on the way."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from phrasebook.errors import LexiconError, Problem
from phrasebook.lexicon.layers import CATEGORIES_FILE, Layer
from phrasebook.lexicon.references import brace_problems, referenced_ids
from phrasebook.lexicon.schema import (
    RawEntry,
    pron_problems,
    punctuation_problem,
    script_problems,
    stress_problems,
    validate_category,
    validate_entry,
    variant_texts,
)
from phrasebook.lexicon.yamlmarks import MarkedList, MarkedMap, line_of, read_yaml
from phrasebook.values import (
    LANGS,
    Category,
    Entry,
    FrozenMap,
    Lang,
    SaidBy,
    Variant,
    frozen_map,
)


def _build_entry(raw: RawEntry, category: str, path: Path, line: int | None) -> Entry:
    sources = [raw.source] if isinstance(raw.source, str) else list(raw.source)
    return Entry(
        id=raw.id,
        category=category,
        text=FrozenMap({lang: getattr(raw, lang.value) for lang in LANGS}),
        register=raw.register_,
        said_by=raw.said_by or SaidBy.HOLDER,
        stress=frozen_map({Lang(k): v for k, v in raw.stress.items()}),
        variants=tuple(
            Variant(
                text=FrozenMap(variant_texts(v)),
                register=v.register_,
                dialect=v.dialect,
                note=v.note,
            )
            for v in raw.variants
        ),
        nk=frozen_map(dict(raw.nk)),
        notes=frozen_map(dict(raw.notes)),
        tags=tuple(raw.tags),
        answers=tuple(raw.answers),
        related=tuple(raw.related),
        source=tuple(sources),
        pron=frozen_map(dict(raw.pron)),
        pron_note=raw.pron_note,
        path=path,
        line=line,
    )


def _entry_rule_problems(raw: RawEntry, node: MarkedMap, path: Path) -> list[Problem]:
    problems: list[Problem] = []
    for lang in LANGS:
        for message in script_problems(lang, getattr(raw, lang.value)):
            problems.append(Problem(path, line_of(node, lang.value), message))
    texts = {lang: getattr(raw, lang.value) for lang in LANGS}
    if clash := punctuation_problem(texts):
        problems.append(Problem(path, line_of(node, "id"), clash))
    for lang_code, stressed in raw.stress.items():
        for message in stress_problems(lang_code, getattr(raw, lang_code), stressed):
            problems.append(Problem(path, line_of(node, "stress", lang_code), message))
    for i, variant in enumerate(raw.variants):
        given = variant_texts(variant)
        where = line_of(node, "variants", i)
        if not given:
            problems.append(Problem(path, where, "a variant must give at least one language"))
        for lang, text in given.items():
            for message in script_problems(lang, text):
                problems.append(Problem(path, line_of(node, "variants", i, lang.value), message))
        if clash := punctuation_problem(given):
            problems.append(Problem(path, where, f"variant: {clash}"))
    for message in pron_problems(raw.pron, raw.pron_note):
        problems.append(Problem(path, line_of(node, "pron"), message))
    for field_name in ("answers", "related"):
        if raw.id in getattr(raw, field_name):
            problems.append(
                Problem(path, line_of(node, field_name), f"`{field_name}` lists the entry itself")
            )
    return problems


def _broken_entry_problems(item: Any, path: Path) -> list[Problem]:
    """The language checks of an entry whose structure is wrong, on the texts it does give.

    Without them a Latin `ko:` text would only be reported once the structure is fixed.
    """
    if not isinstance(item, MarkedMap):
        return []
    problems: list[Problem] = []
    for lang in LANGS:
        text = item.get(lang.value)
        if isinstance(text, str) and text.strip():
            for message in script_problems(lang, text):
                problems.append(Problem(path, line_of(item, lang.value), message))
    return problems


@dataclass(frozen=True)
class _Reference:
    """An `answers`/`related` id or a note's `{entry-id}`, checked once every file is read."""

    entry_id: str
    what: str
    """How the entry names the id, e.g. "`related` names" or "`notes.ru` refers to"."""
    target: str
    path: Path
    line: int | None


@dataclass
class _Loaded:
    entries: dict[str, Entry] = field(default_factory=dict)
    categories: dict[str, Category] = field(default_factory=dict)
    category_uses: list[tuple[str, Path, int | None]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    said_by_from_category: set[str] = field(default_factory=set)
    """Ids of entries without their own `said_by`: they take their category's."""
    references: list[_Reference] = field(default_factory=list)
    named_ids: set[str] = field(default_factory=set)
    """Every entry id written in a file, valid or not: a reference to a broken entry is not
    reported as missing on top of the entry's own problem."""
    named_categories: set[str] = field(default_factory=set)
    unreadable: list[Path] = field(default_factory=list)
    """Files whose ids are unknown (unreadable YAML, wrong top level)."""


def _read_categories(path: Path, data: Any, out: _Loaded) -> None:
    items = data.get("categories") if isinstance(data, MarkedMap) else None
    if not isinstance(items, MarkedList):
        out.problems.append(Problem(path, 1, "expected `categories:` followed by a list"))
        out.unreadable.append(path)
        return
    for i, item in enumerate(items):
        if isinstance(item, MarkedMap) and isinstance(item.get("id"), str):
            out.named_categories.add(item["id"])
        raw, errors = validate_category(item)
        for loc, message in errors:
            out.problems.append(Problem(path, line_of(items, i, *loc), message))
        if raw is not None:
            names = FrozenMap({lang: getattr(raw, lang.value) for lang in LANGS})
            out.categories[raw.id] = Category(raw.id, names, raw.order, raw.said_by)


def _read_entries(path: Path, data: Any, layer_ids: dict[str, Entry], out: _Loaded) -> None:
    if not isinstance(data, MarkedMap) or "entries" not in data or "category" not in data:
        message = "expected a mapping with `category:` and `entries:` (see lexicon/README.md)"
        out.problems.append(Problem(path, getattr(data, "line", 1), message))
        out.unreadable.append(path)
        return
    unknown = sorted(str(k) for k in data if k not in {"category", "entries"})
    if unknown:
        msg = f"unknown top-level key(s) {', '.join(unknown)}: only `category` and `entries`"
        out.problems.append(Problem(path, line_of(data, unknown[0]), msg))
    category = data["category"]
    if not isinstance(category, str):
        out.problems.append(Problem(path, line_of(data, "category"), "`category` must be text"))
        return
    out.category_uses.append((category, path, line_of(data, "category")))
    items = data["entries"]
    if not isinstance(items, MarkedList):
        out.problems.append(Problem(path, line_of(data, "entries"), "`entries` must be a list"))
        out.unreadable.append(path)
        return
    for i, item in enumerate(items):
        _note_ids_and_references(item, path, line_of(items, i, "id"), out)
        raw, errors = validate_entry(item)
        for loc, message in errors:
            out.problems.append(Problem(path, line_of(items, i, *loc), message))
        if raw is None:
            out.problems.extend(_broken_entry_problems(item, path))
            continue
        node = item if isinstance(item, MarkedMap) else MarkedMap()
        out.problems.extend(_entry_rule_problems(raw, node, path))
        line = line_of(items, i, "id")
        if (first := layer_ids.get(raw.id)) is not None:
            msg = f"duplicate id {raw.id!r} (first defined at {first.path}:{first.line})"
            out.problems.append(Problem(path, line, msg))
            continue
        entry = _build_entry(raw, category, path, line)
        layer_ids[raw.id] = entry
        out.entries[raw.id] = entry
        if raw.said_by is None:
            out.said_by_from_category.add(raw.id)
        else:
            out.said_by_from_category.discard(raw.id)


def _note_ids_and_references(item: Any, path: Path, line: int | None, out: _Loaded) -> None:
    """Remember the id an item names and the ids it refers to, however broken the item is."""
    if not isinstance(item, MarkedMap) or not isinstance(entry_id := item.get("id"), str):
        return
    out.named_ids.add(entry_id)
    for field_name in ("answers", "related"):
        targets = item.get(field_name)
        if isinstance(targets, list):
            out.references.extend(
                _Reference(entry_id, f"`{field_name}` names", target, path, line)
                for target in targets
                if isinstance(target, str)
            )
    for where, note, note_line in _notes_of(item):
        for message in brace_problems(note):
            out.problems.append(Problem(path, note_line, f"`{where}`: {message}"))
        out.references.extend(
            _Reference(entry_id, f"`{where}` refers to", target, path, note_line)
            for target in referenced_ids(note)
        )


def _notes_of(item: MarkedMap) -> Iterator[tuple[str, str, int | None]]:
    """Every note an item gives, with where it is (``notes.ru``, ``nk.en``) and its line."""
    for field_name in ("notes", "nk"):
        value = item.get(field_name)
        if isinstance(value, str):  # a plain `nk:` is the English note
            yield field_name, value, line_of(item, field_name)
        elif isinstance(value, MarkedMap):
            for lang, note in value.items():
                if isinstance(note, str):
                    yield f"{field_name}.{lang}", note, line_of(item, field_name, lang)
    variants = item.get("variants")
    for i, variant in enumerate(variants if isinstance(variants, MarkedList) else []):
        if isinstance(variant, MarkedMap) and isinstance(note := variant.get("note"), str):
            yield f"variants[{i}].note", note, line_of(item, "variants", i, "note")


def _cross_checks(out: _Loaded) -> None:
    categories_unreadable = any(p.name == CATEGORIES_FILE for p in out.unreadable)
    for category, path, line in out.category_uses:
        if category not in out.named_categories and not categories_unreadable:
            known = ", ".join(out.categories) or "none: is categories.yaml missing?"
            out.problems.append(Problem(path, line, f"unknown category {category!r} ({known})"))
    # An unreadable file may define the id: say so rather than claim it does not exist.
    unread = f" in any file that could be read ({len(out.unreadable)} could not)"
    for ref in out.references:
        if ref.target not in out.named_ids:
            where = unread if out.unreadable else ""
            msg = f"entry {ref.entry_id!r}: {ref.what} {ref.target!r}, which does not exist{where}"
            out.problems.append(Problem(ref.path, ref.line, msg))
    seen_en: dict[str, Entry] = {}
    for entry in out.entries.values():
        key = " ".join(entry.text[Lang.EN].casefold().strip(" .!?").split())
        if (other := seen_en.get(key)) is not None:
            msg = (
                f"entry {entry.id!r} has the same English text as {other.id!r} "
                f"({other.path}:{other.line}): merge them or make the difference clear"
            )
            out.problems.append(Problem(entry.path, entry.line, msg))
        else:
            seen_en[key] = entry


def _in_file_order(problems: Sequence[Problem], layers: Sequence[Layer]) -> list[Problem]:
    """Problems by file (in reading order), then line; problems of no one file come first."""
    rank = {path: i for i, path in enumerate(p for layer in layers for p in layer.files)}
    return sorted(problems, key=lambda p: (rank.get(p.path, -1) if p.path else -1, p.line or 0))


def read_layers(layers: Sequence[Layer]) -> tuple[list[Entry], list[Category]]:
    """Read and validate every layer, later layers replacing entries of earlier ones by id.

    Raises:
        LexiconError: listing every problem in every file.
    """
    out = _Loaded()
    for layer in layers:
        out.problems.extend(layer.problems)
        layer_ids: dict[str, Entry] = {}
        for path in layer.files:
            data, problems = read_yaml(path)
            out.problems.extend(problems)
            if data is None:
                if not problems:
                    out.problems.append(Problem(path, None, "the file is empty"))
                else:
                    out.unreadable.append(path)
                continue
            if path.name == CATEGORIES_FILE:
                _read_categories(path, data, out)
            else:
                _read_entries(path, data, layer_ids, out)
    _cross_checks(out)
    if out.problems:
        raise LexiconError(_in_file_order(out.problems, layers))
    for entry_id in out.said_by_from_category:
        entry = out.entries[entry_id]
        out.entries[entry_id] = replace(entry, said_by=out.categories[entry.category].said_by)
    return list(out.entries.values()), list(out.categories.values())
