"""Readings: every variant has them like its entry, and numbers are spelled as they are said."""

from __future__ import annotations

import pytest

from phrasebook.lexicon import load_lexicon
from phrasebook.pronounce import readings
from phrasebook.pronounce.numbers import spell_numbers
from phrasebook.pronounce.readings import (
    entry_transcription,
    pair_transcriptions,
    say_it,
    variant_transcriptions,
)
from phrasebook.values import LANGS, Lang, Script

PAIRS = [(mine, theirs) for mine in LANGS for theirs in LANGS if mine is not theirs]


@pytest.fixture(scope="module")
def shipped():  # type: ignore[no-untyped-def]
    return load_lexicon(cache=False)


def test_every_variant_in_their_language_has_the_readings_the_entry_has(shipped) -> None:
    missing = []
    for entry in shipped:
        for mine, theirs in PAIRS:
            scripts = [t.script for t in pair_transcriptions(entry, mine, theirs)]
            for n, variant in enumerate(entry.variants, start=1):
                if theirs not in variant.text:
                    continue
                found = variant_transcriptions(variant, mine, theirs)
                if [t.script for t in found] != scripts or not all(t.text for t in found):
                    missing.append(f"{entry.id} variant {n} {mine}→{theirs}")
    assert not missing, missing[:10]


def test_a_korean_variant_reads_in_cyrillic_and_latin(shipped) -> None:
    variant = shipped.get("hands-up").variants[0]
    found = variant_transcriptions(variant, Lang.UK, Lang.KO)
    assert [(t.script, t.text) for t in found] == [
        (Script.CYRL, "соныль тысипсио!"),
        (Script.LATN, "soneul deusipsio!"),
    ]


def test_a_variant_without_their_language_has_no_reading(shipped) -> None:
    entry = next(e for e in shipped for v in e.variants if Lang.KO not in v.text)
    variant = next(v for v in entry.variants if Lang.KO not in v.text)
    assert variant_transcriptions(variant, Lang.UK, Lang.KO) == []


@pytest.mark.parametrize(
    ("lang", "script", "reading"),
    [
        (Lang.KO, Script.CYRL, "ёнбутхо сипкаджиро чхимён ольмана апха?"),
        (Lang.KO, Script.LATN, "yeongbuteo sipkkajiro chimyeon eolmana apa?"),
        (Lang.RU, Script.HANG, "나스콜카 실나 발리트, 오트눌랴 도데샤티?"),
        (Lang.UK, Script.HANG, "나스킬키 실노 볼리트, 비드 눌랴 도 데샤티?"),
        (Lang.UK, Script.LATN, "Naskilky sylno bolyt, vid nulia do desiaty?"),
    ],
)
def test_the_pain_scale_reading_says_its_numbers(lang: Lang, script: Script, reading: str) -> None:
    entry = load_lexicon(cache=False).get("pain-scale")
    found = entry_transcription(entry, lang, script)
    assert found is not None
    assert not any(char.isdigit() for char in found.text)
    assert found.text == reading


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        ("0부터 10까지", "ko", "영부터 십까지"),
        ("12월에 왔어요.", "ko", "십이월에 왔어요."),
        ("6월, 10월", "ko", "유월, 시월"),
        ("3명, 20살, 2시", "ko", "세명, 스무살, 두시"),
        ("1월 3일부터", "ko", "일월 삼일부터"),
        ("10000원", "ko", "만원"),
        ("от 0 до 10", "ru", "от нуля до десяти"),
        ("від 0 до 10", "uk", "від нуля до десяти"),
        ("Мне 21 год", "ru", "Мне двадцать один год"),
        ("з 3 до 245", "uk", "з трьох до двохсот сорока п'яти"),
        ("from 0 to 10, 25 or 101", "en", "from zero to ten, twenty-five or one hundred one"),
        ("5 — five", "en", "5 — five"),
        ("0 — 영 / 공", "ko", "0 — 영 / 공"),
    ],
)
def test_numbers_are_spelled_as_they_are_said(text: str, lang: str, said: str) -> None:
    assert spell_numbers(text, lang) == said


def test_say_it_is_the_first_reading_and_makes_no_other(
    shipped, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = list(shipped)[:40]
    for mine, theirs in PAIRS:
        for entry in entries:
            found = pair_transcriptions(entry, mine, theirs)
            assert say_it(entry, mine, theirs) == (found[0] if found else None)
    asked: list[Script] = []
    made = readings.entry_transcription

    def counted(entry, lang, script):  # type: ignore[no-untyped-def]
        asked.append(script)
        return made(entry, lang, script)

    monkeypatch.setattr(readings, "entry_transcription", counted)
    said = say_it(entries[0], Lang.UK, Lang.KO)
    assert said is not None and said.script is Script.CYRL
    assert asked == [Script.CYRL]  # not Latin too, as pair_transcriptions gives an interpreter
