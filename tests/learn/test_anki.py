"""The .apkg is a zip with a SQLite collection that lists the notes and the media."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

from phrasebook.errors import SpeechError
from phrasebook.learn import resolve_deck
from phrasebook.learn.anki import build_package, media_name, write_apkg
from phrasebook.lexicon import Lexicon
from phrasebook.userdata import UserData
from phrasebook.values import Lang

FAKE_WAV = b"RIFF\x24\x00\x00\x00WAVEfmt "


def fake_voice(text: str, lang: Lang) -> bytes:
    return FAKE_WAV + text.encode("utf-8")


def open_package(
    path: Path, tmp_path: Path
) -> tuple[list[list[str]], dict[str, str], zipfile.ZipFile]:
    archive = zipfile.ZipFile(path)
    collection = tmp_path / "collection.anki2"
    collection.write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(collection) as db:
        notes = [row[0].split("\x1f") for row in db.execute("SELECT flds FROM notes ORDER BY id")]
    return notes, json.loads(archive.read("media")), archive


def test_apkg_lists_the_notes_and_their_audio(mini: Lexicon, tmp_path: Path) -> None:
    deck = resolve_deck("surrender", mini, UserData.load())
    data, summary = build_package(deck, mini, Lang.UK, Lang.KO, voice=fake_voice, timestamp=1e9)
    path = tmp_path / "out.apkg"
    write_apkg(path, data)
    assert zipfile.is_zipfile(path)
    notes, media, archive = open_package(path, tmp_path)
    assert [n[0] for n in notes] == list(deck.ids)
    hands_up = notes[list(deck.ids).index("hands-up")]
    # Id, mine, theirs, the reading in my script, my note, the sound.
    assert hands_up[1:4] == ["Руки вгору!", "손 들어!", "сон тыро!"]
    assert hands_up[5] == f"[sound:{media_name(mini.get('hands-up'), Lang.KO)}]"
    assert sorted(media.values()) == sorted(media_name(mini.get(i), Lang.KO) for i in deck.ids)
    number = next(k for k, v in media.items() if v == media_name(mini.get("hands-up"), Lang.KO))
    assert archive.read(number) == fake_voice("손 들어!", Lang.KO)
    assert summary.notes == len(deck.ids) and summary.media == len(deck.ids)


def test_without_speech_the_notes_are_written_and_the_reason_given(
    mini: Lexicon, tmp_path: Path
) -> None:
    def no_voice(text: str, lang: Lang) -> bytes:
        raise SpeechError("no speech engine found")

    deck = resolve_deck("ids:hands-up,drop-weapon", mini, UserData.load())
    data, summary = build_package(deck, mini, Lang.EN, Lang.RU, voice=no_voice)
    (tmp_path / "x.apkg").write_bytes(data)
    notes, media, _ = open_package(tmp_path / "x.apkg", tmp_path)
    assert [n[2] for n in notes] == ["Руки вверх!", "Бросай оружие!"]
    assert media == {} and summary.media == 0
    assert summary.audio_problem == "no speech engine found"
