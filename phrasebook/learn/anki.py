"""Anki packages (``.apkg``) of a deck, made with the ``genanki`` library (loaded on first use).

Each note carries both texts, their text in the learner's script, the note, and — when speech is
available — their phrase as a WAV media file. Two cards per note: "say it" (my phrase → theirs)
and "recognise it" (their phrase, heard and seen → mine). Ids are derived from the deck and pair,
so importing a newer export updates the notes instead of duplicating them.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from phrasebook.errors import PhrasebookError
from phrasebook.export.cards import say_text
from phrasebook.learn.decks import Deck
from phrasebook.lexicon import Lexicon
from phrasebook.userdata.storage import atomic_write_bytes
from phrasebook.values import Entry, Lang

Voice = Callable[[str, Lang], bytes]
"""Makes a WAV file's bytes of a text in a language; raises PhrasebookError when it cannot."""

FIELDS = ("Id", "Mine", "Theirs", "Reading", "Notes", "Audio")
"""The note type's fields, in order."""

_CSS = """.card { font-family: sans-serif; font-size: 22px; text-align: center; }
.theirs { font-size: 40px; font-weight: bold; }
.reading { font-style: italic; color: #555; }
.notes { font-size: 16px; color: #777; }"""

_SAY_FRONT = "<div class=mine>{{Mine}}</div>"
_SAY_BACK = (
    "{{FrontSide}}<hr id=answer><div class=theirs>{{Theirs}}</div>"
    "<div class=reading>{{Reading}}</div>{{Audio}}<div class=notes>{{Notes}}</div>"
)
_RECOGNISE_FRONT = "<div class=theirs>{{Theirs}}</div>{{Audio}}"
_RECOGNISE_BACK = (
    "{{FrontSide}}<hr id=answer><div class=reading>{{Reading}}</div>"
    "<div class=mine>{{Mine}}</div><div class=notes>{{Notes}}</div>"
)


@dataclass(frozen=True, slots=True)
class AnkiExport:
    """What an export wrote."""

    notes: int
    """Notes in the package."""
    media: int
    """Audio files in it."""
    audio_problem: str | None
    """Why there is no audio, when there is none."""


def speech_voice(text: str, lang: Lang) -> bytes:
    """Their phrase as WAV bytes through eSpeak NG (raises SpeechError without an engine)."""
    from phrasebook.speech import synthesize

    return synthesize(text, lang).wav_bytes()


def _number(*parts: str) -> int:
    # Anki ids are 64-bit; stay in the range genanki's examples use (1 << 30 .. 1 << 31).
    digest = hashlib.sha256("/".join(parts).encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def media_name(entry: Entry, theirs: Lang) -> str:
    """The audio file's name inside the package."""
    return f"phrasebook-{entry.id}-{theirs.value}.wav"


def build_package(
    deck: Deck,
    lexicon: Lexicon,
    mine: Lang,
    theirs: Lang,
    *,
    voice: Voice | None = speech_voice,
    timestamp: float | None = None,
) -> tuple[bytes, AnkiExport]:
    """The ``.apkg`` file's bytes for a deck in one direction.

    Args:
        deck: the phrases.
        lexicon: where their texts come from.
        mine: the learner's language.
        theirs: the language learned.
        voice: makes the audio; None for none. The first failure stops audio for the export.
        timestamp: the time stamped on notes (default now), for reproducible files.
    """
    import genanki

    model = genanki.Model(
        _number("model", "phrasebook-v1"),
        "phrasebook phrase",
        fields=[{"name": name} for name in FIELDS],
        templates=[
            {"name": "Say it", "qfmt": _SAY_FRONT, "afmt": _SAY_BACK},
            {"name": "Recognise it", "qfmt": _RECOGNISE_FRONT, "afmt": _RECOGNISE_BACK},
        ],
        css=_CSS,
    )
    title = f"phrasebook::{deck.name(mine)} ({mine.value} → {theirs.value})"
    anki_deck = genanki.Deck(_number("deck", deck.id, mine.value, theirs.value), title)
    entries = [lexicon.get(i) for i in deck.ids if i in lexicon]
    problem: str | None = None if voice is not None else "audio was not asked for"
    with tempfile.TemporaryDirectory(prefix="phrasebook-anki-") as tmp:
        media: list[str] = []
        for entry in entries:
            sound = ""
            if voice is not None and problem is None:
                try:
                    wav = voice(entry.text[theirs], theirs)
                except PhrasebookError as exc:
                    problem = str(exc)
                else:
                    path = Path(tmp) / media_name(entry, theirs)
                    path.write_bytes(wav)
                    media.append(str(path))
                    sound = f"[sound:{path.name}]"
            fields = [
                entry.id,
                escape(entry.text[mine]),
                escape(entry.text[theirs]),
                escape(say_text(entry, mine, theirs)),
                escape(entry.note(mine)),
                sound,
            ]
            guid = genanki.guid_for("phrasebook", entry.id, mine.value, theirs.value)
            tags = ["phrasebook", entry.category]
            anki_deck.add_note(genanki.Note(model=model, fields=fields, guid=guid, tags=tags))
        data = _zip(genanki.Package(anki_deck, media_files=media), media, timestamp)
    return data, AnkiExport(len(entries), len(media), problem)


def _zip(package: Any, media: list[str], timestamp: float | None) -> bytes:
    # genanki's own write_to_file leaves its temporary database behind in /tmp; this does the
    # same through its write_to_db, in a directory that is removed afterwards.
    stamp = time.time() if timestamp is None else timestamp
    with tempfile.TemporaryDirectory(prefix="phrasebook-apkg-") as tmp:
        db_path = Path(tmp) / "collection.anki2"
        connection = sqlite3.connect(db_path)
        try:
            package.write_to_db(connection.cursor(), stamp, itertools.count(int(stamp * 1000)))
            connection.commit()
        finally:
            connection.close()
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(db_path, "collection.anki2")
            names = {str(i): Path(p).name for i, p in enumerate(media)}
            archive.writestr("media", json.dumps(names))
            for i, path in enumerate(media):
                archive.write(path, str(i))
    return out.getvalue()


def write_apkg(path: Path, data: bytes) -> None:
    """Write the package atomically.

    Raises:
        StorageError: when the file cannot be written.
    """
    atomic_write_bytes(path, data)
