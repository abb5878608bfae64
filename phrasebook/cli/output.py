"""Entries, results and statistics as plain text for the terminal (JSON records: export.records)."""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Any

from phrasebook.lexicon import Lexicon
from phrasebook.pronounce.readings import pair_transcriptions, say_it, variant_transcriptions
from phrasebook.values import LANGS, Entry, Lang, MatchKind, SaidBy, SearchResult

NOT_SURE = "not sure — closest phrases:"
"""The heading above results the search is not sure of (see phrasebook.search.CONFIDENT)."""


def format_result(result: SearchResult, mine: Lang, theirs: Lang) -> str:
    """A search result as two to four lines: my text, their text, how to say it.

    A sound match also says what it sounded like (the heard text and its reading); a result the
    search is not sure of is marked with ``?`` before its id.
    """
    entry = result.entry
    mark = "" if result.confident else "? "
    lines = [
        f"{mark}{entry.id}  ({entry.category}, {result.score:.2f})",
        f"  {mine}: {entry.text[mine]}",
        f"  {theirs}: {entry.text[theirs]}",
    ]
    if result.kind is MatchKind.SOUND:
        lines.append(f"  sounds like: {result.matched} ({result.reading})")
    if (said := say_it(entry, mine, theirs)) is not None:
        lines.append(f"  say: {said.text}")
    return "\n".join(lines)


def format_results(results: list[SearchResult], mine: Lang, theirs: Lang) -> str:
    """Results the search is sure of, then under :data:`NOT_SURE` the closest of the rest."""
    sure = [format_result(r, mine, theirs) for r in results if r.confident]
    unsure = [format_result(r, mine, theirs) for r in results if not r.confident]
    if unsure:
        sure.append(NOT_SURE + "\n" + "\n".join(unsure))
    return "\n".join(sure)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _label(text: str, width: int) -> str:
    """Right-align a label by its width on screen (Hangul takes two columns)."""
    return " " * max(0, width - _width(text)) + text


def format_entry(lexicon: Lexicon, entry: Entry, mine: Lang, theirs: Lang) -> str:
    """An entry in full, as plain text."""
    category = lexicon.category(entry.category).name(mine)
    lines = [f"{entry.id} — {category}", ""]
    prons = pair_transcriptions(entry, mine, theirs)
    width = max(
        _width(label)
        for label in [*(lang.native_name for lang in LANGS), *(t.label for t in prons)]
    )
    lines.extend(f"{_label(lang.native_name, width)}  {entry.text[lang]}" for lang in LANGS)
    if prons:
        lines.append("")
        lines.extend(f"{_label(t.label, width)}  {t.text}" for t in prons)
    for variant in entry.variants:
        label = ", ".join(x for x in (variant.register, variant.dialect) if x) or "variant"
        texts = "; ".join(f"{lang}: {text}" for lang, text in variant.text.items())
        lines.append(f"\n  {label}: {texts}")
        lines.extend(
            f"    {t.label}: {t.text}" for t in variant_transcriptions(variant, mine, theirs)
        )
        if shown := lexicon.resolve(variant.note, mine):
            lines.append(f"    {shown}")
    for heading, note in (
        ("Note", lexicon.note_for(entry, mine)),
        ("North Korea", lexicon.nk_note_for(entry, mine)),
    ):
        if note is not None:
            lines.extend(["", f"{heading}: {note.text}"])
    if answers := lexicon.answers_of(entry):
        lines.extend(["", "Answers:"])
        lines.extend(f"  {a.text[theirs]}  —  {a.text[mine]}" for a in answers)
    if related := lexicon.related_to(entry):
        lines.extend(["", "See also: " + ", ".join(r.id for r in related)])
    if entry.source:
        lines.extend(["", "Source: " + "; ".join(entry.source)])
    return "\n".join(lines)


def stats(lexicon: Lexicon) -> dict[str, Any]:
    """Counts of entries per category and of texts per language."""
    per_category = Counter(e.category for e in lexicon)
    per_lang = {lang.value: sum(1 for e in lexicon if e.text.get(lang)) for lang in LANGS}
    return {
        "entries": len(lexicon),
        "categories": [
            {"id": c.id, "name": c.name(Lang.EN), "entries": per_category.get(c.id, 0)}
            for c in lexicon.categories
        ],
        "languages": per_lang,
        "questions": sum(1 for e in lexicon if e.is_question),
        "with_source": sum(1 for e in lexicon if e.source),
        "with_nk_note": sum(1 for e in lexicon if e.nk),
        "variants": sum(len(e.variants) for e in lexicon),
        "said_by": {who.value: sum(1 for e in lexicon if e.said_by is who) for who in SaidBy},
    }


def format_stats(data: dict[str, Any]) -> str:
    """The stats as a small table."""
    width = max((len(c["id"]) for c in data["categories"]), default=8)
    lines = [f"{'category':<{width}}  entries"]
    lines.extend(f"{c['id']:<{width}}  {c['entries']:>7}" for c in data["categories"])
    lines.append(f"{'total':<{width}}  {data['entries']:>7}")
    langs = ", ".join(f"{k} {v}" for k, v in data["languages"].items())
    lines.append(f"\ntexts per language: {langs}")
    lines.append(
        f"questions {data['questions']}, variants {data['variants']}, "
        f"with source {data['with_source']}, with North Korean note {data['with_nk_note']}"
    )
    said = ", ".join(f"{k} {v}" for k, v in data["said_by"].items())
    lines.append(f"said by: {said}")
    return "\n".join(lines)
