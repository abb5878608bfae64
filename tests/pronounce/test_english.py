"""English → Hangul and English → Cyrillic: established spellings, the fallback, any text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phrasebook.pronounce import english, transcribe

HANGUL = [
    ("Hands up!", "핸즈 업!"),
    ("Drop your weapon!", "드롭 유어 웨펀!"),
    ("Water", "워터"),
    ("doctor", "닥터"),
    ("medical", "메디컬"),
    ("help", "헬프"),
    ("stop", "스톱"),
    ("okay", "오케이"),
    ("police", "폴리스"),
    ("hospital", "호스피털"),
    ("ambulance", "앰뷸런스"),
    ("taxi", "택시"),
    ("hotel", "호텔"),
    ("passport", "패스포트"),
    ("bridge", "브리지"),
    ("English", "잉글리시"),
    ("music", "뮤직"),
    ("apple", "애플"),
    ("little", "리틀"),
    ("film", "필름"),
    ("queen", "퀸"),
    ("swing", "스윙"),
    ("tower", "타워"),
    ("church", "처치"),
    ("Get down!", "겟 다운!"),
    ("Where is the toilet?", "웨어 이즈 더 토일렛?"),
]
"""Established Korean loanword spellings (표준국어대사전) where they exist."""

CYRILLIC = [
    ("Hands up!", "Хэндз ап!"),
    ("Drop your weapon!", "Дроп ёр уэпэн!"),
    ("Water", "Уотэр"),
    ("doctor", "доктор"),
    ("help", "хэлп"),
    ("stop", "стоп"),
    ("okay", "окей"),
    ("thank you", "сэнк ю"),
    ("medical", "мэдикэл"),
    ("bridge", "бридж"),
    ("church", "чёрч"),
    ("music", "мьюзик"),
    ("young", "янг"),
    ("Get down!", "Гэт даун!"),
    ("Don't shoot!", "Доунт шут!"),
    ("Where is the toilet?", "Уэр из зэ тойлет?"),
]


def _espeak_available() -> bool:
    for engine in english.IPA_ENGINES:
        try:
            if engine("cat"):
                return True
        except (ImportError, OSError, RuntimeError, ValueError):
            continue
    return False


needs_espeak = pytest.mark.skipif(
    not _espeak_available(), reason="needs eSpeak NG (the speech extra or the espeak-ng program)"
)


@pytest.fixture
def without_espeak(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(english, "IPA_ENGINES", ())
    english.clear_caches()
    yield
    english.clear_caches()


@needs_espeak
@pytest.mark.parametrize(("text", "expected"), HANGUL)
def test_common_words_use_established_korean_spellings(text: str, expected: str) -> None:
    assert transcribe(text, "en", "Hang") == expected


@needs_espeak
@pytest.mark.parametrize(("text", "expected"), CYRILLIC)
def test_common_words_read_naturally_in_cyrillic(text: str, expected: str) -> None:
    assert transcribe(text, "en", "Cyrl") == expected


@needs_espeak
def test_voiceless_stop_after_a_short_vowel_closes_the_syllable() -> None:
    assert english.english_to_hangul("cat book act") == "캣 북 액트"


@needs_espeak
def test_lost_r_leaves_a_vowel_after_front_and_rounded_vowels_only() -> None:
    assert english.english_to_hangul("here there car") == "히어 데어 카"
    assert english.english_to_cyrillic("car") == "кар"


def test_punctuation_digits_and_other_scripts_are_kept() -> None:
    text = "Stop! 12 — «stop» 손 들어 Руки"
    hangul = transcribe(text, "en", "Hang")
    assert hangul.endswith("! 12 — «스톱» 손 들어 Руки")
    assert transcribe(text, "en", "Cyrl").endswith("! 12 — «стоп» 손 들어 Руки")


def test_established_spellings_win_over_the_rules() -> None:
    assert english.english_to_hangul("Doctor, okay?") == "닥터, 오케이?"
    assert english.english_to_cyrillic("DOCTOR") == "ДОКТОР"


def test_fallback_without_espeak_gives_hangul_and_cyrillic(without_espeak: None) -> None:
    assert english.word_phones("hands") == ("h", "æ", "n", "d", "z")
    assert transcribe("Hands up!", "en", "Hang") == "핸즈 업!"
    assert transcribe("Hands up!", "en", "Cyrl") == "Хэндз ап!"
    assert transcribe("Lie face down!", "en", "Cyrl") == "Ли фэйс даун!"


@pytest.mark.parametrize("text", [text for text, _ in HANGUL + CYRILLIC])
def test_fallback_is_never_empty(without_espeak: None, text: str) -> None:
    hangul = english.english_to_hangul(text)
    cyrillic = english.english_to_cyrillic(text)
    assert any("가" <= char <= "힣" for char in hangul)
    assert any("а" <= char.lower() <= "я" or char in "ёЁ" for char in cyrillic)
    assert not any(char.isascii() and char.isalpha() for char in hangul + cyrillic)


def test_a_failing_engine_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(word: str) -> str:
        raise OSError("no library")

    monkeypatch.setattr(english, "IPA_ENGINES", (broken, lambda word: None))
    english.clear_caches()
    try:
        assert english.english_to_hangul("stop") == "스톱"
    finally:
        english.clear_caches()


@pytest.mark.parametrize("script", ["Hang", "Cyrl"])
@given(text=st.text())
@settings(max_examples=200, deadline=None)
def test_any_text_never_raises(script: str, text: str) -> None:
    assert isinstance(transcribe(text, "en", script), str)


@given(
    text=st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzAEIOUY'’ -éüß"), max_size=30)
)
@settings(max_examples=200, deadline=None)
def test_spelling_rules_take_any_letters(text: str) -> None:
    assert isinstance(english.spelling_phones(text), list)
    assert isinstance(english.to_hangul(english.spelling_phones(text)), str)
    assert isinstance(english.to_cyrillic(english.spelling_phones(text)), str)
