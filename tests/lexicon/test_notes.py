"""Notes in the reader's language: per-language `nk`, `{entry-id}` references, English fallback,
and how much of the shipped lexicon's notes is translated."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

import phrasebook
from phrasebook import Lexicon, Note
from phrasebook.values import Lang
from tests.conftest import DATA


def test_a_reference_reads_as_the_entrys_text_in_the_readers_language(noted: Lexicon) -> None:
    stop = noted.get("stop")
    assert noted.note_for(stop, Lang.RU) == Note("Кричите; потом спросите «Ты ранен?».", Lang.RU)
    assert noted.note_for(stop, "en") == Note(
        "Shout it; then ask “Are you wounded?” or “Hands up!”.", Lang.EN
    )


def test_a_missing_translation_falls_back_to_english_with_references_in_mine(
    noted: Lexicon,
) -> None:
    note = noted.note_for(noted.get("stop"), Lang.UK)
    assert note == Note("Shout it; then ask «Ти поранений?» or «Руки вгору!».", Lang.EN)
    assert noted.note_for(noted.get("hands-up"), Lang.UK) is None


def test_a_plain_nk_is_the_english_note_and_a_mapping_gives_each_language(
    noted: Lexicon,
) -> None:
    stop, halt = noted.get("stop"), noted.get("halt")
    assert dict(stop.nk) == {Lang.EN: "Understood the same way; follow with {are-you-wounded}."}
    assert noted.nk_note_for(stop, Lang.KO) == Note(
        "Understood the same way; follow with “부상 있어?”.", Lang.EN
    )
    assert noted.nk_note_for(halt, Lang.UK) == Note("Так кажуть у КНДР.", Lang.UK)
    assert noted.nk_note_for(halt, Lang.RU) == Note("The KPA's own word for it.", Lang.EN)
    assert halt.nk_note(Lang.RU) == "The KPA's own word for it."


def test_an_overlay_cannot_refer_to_an_id_that_exists_nowhere(
    mini_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("phrasebook.lexicon.load.shipped_lexicon_dir", lambda: mini_copy)
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    noted = (DATA / "noted" / "noted.yaml").read_text(encoding="utf-8")
    (overlay / "mine.yaml").write_text(noted.replace("{hands-up}", "{hands-high}"))
    monkeypatch.setenv("PHRASEBOOK_LEXICON_PATH", str(overlay))
    with pytest.raises(phrasebook.LexiconError, match=r"mine.yaml:10: .*'hands-high'"):
        phrasebook.load_lexicon(cache=False)


# --- the shipped lexicon --------------------------------------------------------------------------

SHIPPED = phrasebook.load_lexicon(cache=False)
IDS = {entry.id for entry in SHIPPED}


def _coverage() -> tuple[dict[str, dict[Lang, float]], dict[str, Counter[str]]]:
    """Share of English notes and nk notes that have a ru and a uk translation; what lacks one."""
    shares: dict[str, dict[Lang, float]] = {}
    missing: dict[str, Counter[str]] = {}
    for kind in ("notes", "nk"):
        written = [e for e in SHIPPED if Lang.EN in getattr(e, kind)]
        shares[kind] = {}
        missing[kind] = Counter()
        for lang in (Lang.RU, Lang.UK):
            lacking = [e for e in written if lang not in getattr(e, kind)]
            shares[kind][lang] = 1 - len(lacking) / len(written)
            missing[kind].update(f"{e.path.name if e.path else '?'} {lang}" for e in lacking)
    return shares, missing


def test_every_note_and_nk_note_is_in_russian_and_ukrainian() -> None:
    shares, missing = _coverage()
    report = "; ".join(
        f"{kind} {lang} {share:.1%}" for kind, by in shares.items() for lang, share in by.items()
    )
    lacking = {kind: dict(sorted(count.items())) for kind, count in missing.items() if count}
    assert not lacking, f"coverage: {report}; missing (file lang: entries): {lacking}"


def _prose_ids(note: str) -> list[str]:
    outside = re.sub(r"\{[^}]*\}", " ", note)
    return [word for word in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)+", outside) if word in IDS]


def test_notes_refer_to_entries_as_references_not_ids_in_prose() -> None:
    prose = [
        f"{e.path.name if e.path else '?'} {e.id}: {word}"
        for e in SHIPPED
        for note in [*e.notes.values(), *e.nk.values(), *(v.note for v in e.variants)]
        for word in _prose_ids(note)
    ]
    assert not prose, prose


def test_ukrainian_and_russian_notes_keep_their_own_letters() -> None:
    # Ukrainian ы э ъ ё never occur; a Russian note may quote a Ukrainian rank, so only the
    # Ukrainian side is checked letter by letter.
    wrong = [
        e.id
        for e in SHIPPED
        for kind in ("notes", "nk")
        if re.search("[ыэъёЫЭЪЁ]", getattr(e, kind).get(Lang.UK, ""))
    ]
    assert not wrong, wrong


def test_a_note_reads_without_braces_for_every_reader() -> None:
    for entry in SHIPPED:
        for lang in Lang:
            for note in (SHIPPED.note_for(entry, lang), SHIPPED.nk_note_for(entry, lang)):
                assert note is None or "{" not in note.text, (entry.id, lang, note)
