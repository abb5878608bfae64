"""The public face of phrasebook.pronounce: pairs, errors, and properties over any text."""

from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phrasebook.errors import TranscriptionError
from phrasebook.pronounce import SYSTEMS, pronounced_hangul, transcribe
from phrasebook.values import Lang

IDENTITY_PAIRS = sorted((lang.value, lang.script.value) for lang in Lang)
CONVERTING_PAIRS = sorted(SYSTEMS)
ALL_PAIRS = IDENTITY_PAIRS + CONVERTING_PAIRS


def test_systems_names_the_expected_pairs() -> None:
    assert SYSTEMS[("ko", "Cyrl")] == "Kontsevich"
    assert SYSTEMS[("ko", "Latn")] == "Revised Romanization"
    assert SYSTEMS[("ru", "Latn")] == "ICAO (Russian passports)"
    assert SYSTEMS[("uk", "Latn")] == "Ukrainian national system (2010)"
    assert SYSTEMS[("ru", "Hang")] == "NIKL Russian loanword rules"
    assert ("uk", "Hang") in SYSTEMS
    assert "approximate" in SYSTEMS[("en", "Hang")]
    assert "approximate" in SYSTEMS[("en", "Cyrl")]
    assert len(CONVERTING_PAIRS) == 8
    assert not set(IDENTITY_PAIRS) & set(SYSTEMS)


def test_systems_cannot_be_changed_by_callers() -> None:
    with pytest.raises(TypeError):
        SYSTEMS[("en", "Hang")] = "made up"  # type: ignore[index]


@pytest.mark.parametrize(("lang", "script"), [("en", "Grek"), ("ru", "Kore"), ("xx", "Latn")])
def test_pair_without_a_system_raises_and_names_supported_pairs(lang: str, script: str) -> None:
    with pytest.raises(TranscriptionError) as raised:
        transcribe("hello", lang, script)
    assert "Kontsevich (ko/Cyrl)" in str(raised.value)
    assert repr(lang) in str(raised.value)


def test_unknown_script_code_raises() -> None:
    with pytest.raises(TranscriptionError):
        transcribe("손", "ko", "hangul")


@pytest.mark.parametrize(
    ("text", "lang", "script"),
    [("손 들어!", "ko", "Hang"), ("Руки вве́рх!", "ru", "Cyrl"), ("Руки вгору!", "uk", "Cyrl")],
)
def test_text_in_its_own_script_comes_back_unchanged(text: str, lang: str, script: str) -> None:
    assert transcribe(text, lang, script) == text


@pytest.mark.parametrize(("lang", "script"), CONVERTING_PAIRS)
def test_empty_text_gives_empty_text(lang: str, script: str) -> None:
    assert transcribe("", lang, script) == ""


@pytest.mark.parametrize(("lang", "script"), ALL_PAIRS)
@given(text=st.text())
@settings(max_examples=150, deadline=None)
def test_any_text_gives_nfc_text_and_never_raises(lang: str, script: str, text: str) -> None:
    result = transcribe(text, lang, script)
    assert isinstance(result, str)
    assert unicodedata.is_normalized("NFC", result)


@pytest.mark.parametrize(("lang", "script"), ALL_PAIRS)
@given(
    text=st.text(
        alphabet=st.sampled_from(
            "가각갃값닭읽의예외괜찮ㅋㄱ\u1100\u1161\u11a8"
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ'’ʼ-\u0301 АЯЁЇ.!7z😀\n\t\x00"
        ),
        max_size=40,
    )
)
@settings(max_examples=300, deadline=None)
def test_dense_korean_and_cyrillic_text_never_raises(lang: str, script: str, text: str) -> None:
    assert isinstance(transcribe(text, lang, script), str)


@pytest.mark.parametrize(("lang", "script"), IDENTITY_PAIRS)
@given(text=st.text())
def test_identity_pairs_return_the_nfc_input(lang: str, script: str, text: str) -> None:
    assert transcribe(text, lang, script) == unicodedata.normalize("NFC", text)


@pytest.mark.parametrize(("lang", "script"), CONVERTING_PAIRS)
@given(text=st.text(alphabet=st.sampled_from(' 0123456789.,!?;:()[]"«»—–\n')))
def test_text_with_nothing_to_transcribe_is_unchanged(lang: str, script: str, text: str) -> None:
    assert transcribe(text, lang, script) == text


@pytest.mark.parametrize(("lang", "script"), CONVERTING_PAIRS)
def test_long_text_is_handled(lang: str, script: str) -> None:
    text = "손 들어! Руки вверх! Руки вгору! " * 2000 + "계외" * 2000
    assert len(transcribe(text, lang, script)) > 10_000


def test_importing_pronounce_loads_nothing_heavy() -> None:
    code = (
        "import sys, phrasebook.pronounce as p\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "('textual', 'argostranslate', 'ctranslate2', 'ko_pron', 'translitua')]\n"
        "print(','.join(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("국물", "궁물"),
        ("같이", "가치"),
        ("신라", "실라"),
        ("희망", "히망"),
        ("손 들어!", "손 드러!"),
    ],
)
def test_pronounced_hangul_writes_sound_changes_in_hangul(written: str, said: str) -> None:
    assert pronounced_hangul(written) == said


@given(text=st.text())
def test_pronounced_hangul_never_raises(text: str) -> None:
    assert isinstance(pronounced_hangul(text), str)
