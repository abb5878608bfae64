"""Entries and search results as JSON-ready dicts, shared by the CLI and the exports."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from phrasebook.lexicon import Lexicon
from phrasebook.pronounce.readings import (
    Transcription,
    pair_transcriptions,
    variant_transcriptions,
)
from phrasebook.values import LANGS, Entry, Lang, SearchResult


def entry_core(entry: Entry) -> dict[str, Any]:
    """The fields every JSON view of an entry has."""
    return {
        "id": entry.id,
        "category": entry.category,
        "text": {lang.value: entry.text[lang] for lang in LANGS},
    }


def _pron_json(found: list[Transcription]) -> list[dict[str, str]]:
    return [
        {"lang": t.lang.value, "script": t.script, "system": t.system, "text": t.text}
        for t in found
    ]


def result_json(result: SearchResult, mine: Lang, theirs: Lang) -> dict[str, Any]:
    """One search result as JSON: id, score, category, text, plus what matched and pronunciation."""
    data = entry_core(result.entry)
    data["said_by"] = result.entry.said_by.value
    data["score"] = round(result.score, 4)
    data["confident"] = result.confident
    data["matched"] = {
        "lang": result.lang.value if result.lang else None,
        "text": result.matched,
        "kind": result.kind.value,
    }
    if result.reading:
        data["matched"]["reading"] = result.reading
    data["pronunciation"] = _pron_json(pair_transcriptions(result.entry, mine, theirs))
    return data


def _notes_json(lexicon: Lexicon, notes: Mapping[Lang, str]) -> dict[str, str]:
    """Notes by language, each note's references shown in its own language."""
    return {lang.value: lexicon.resolve(text, lang) for lang, text in notes.items()}


def entry_json(lexicon: Lexicon, entry: Entry, mine: Lang, theirs: Lang) -> dict[str, Any]:
    """Everything about an entry as JSON."""
    data = entry_core(entry)
    data.update(
        {
            "register": entry.register.value,
            "said_by": entry.said_by.value,
            "question": entry.is_question,
            "stress": {lang.value: text for lang, text in entry.stress.items()},
            "variants": [
                {
                    "text": {lang.value: text for lang, text in v.text.items()},
                    "register": v.register.value if v.register else None,
                    "dialect": v.dialect.value if v.dialect else None,
                    "note": lexicon.resolve(v.note, Lang.EN),  # variant notes are English
                    "pronunciation": _pron_json(variant_transcriptions(v, mine, theirs)),
                }
                for v in entry.variants
            ],
            "nk": _notes_json(lexicon, entry.nk),
            "notes": _notes_json(lexicon, entry.notes),
            "tags": list(entry.tags),
            "answers": [entry_core(a) for a in lexicon.answers_of(entry)],
            "related": [entry_core(r) for r in lexicon.related_to(entry)],
            "source": list(entry.source),
            "pronunciation": _pron_json(pair_transcriptions(entry, mine, theirs)),
        }
    )
    return data
