"""What people actually write: several sentences, vetted ones first, the model for the rest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from phrasebook.lexicon import Lexicon, load_lexicon
from phrasebook.mt import engine as _engine
from phrasebook.mt.store import install_model
from phrasebook.mt.text import detect, direction, pieces
from phrasebook.mt.translator import Translator
from phrasebook.values import Lang
from tests.conftest import MINI
from tests.mt.test_translate import MODELS, exact


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(cache=False)


@pytest.fixture(scope="module")
def mini() -> Lexicon:
    return load_lexicon([MINI], cache=False)


@pytest.fixture
def en_ru() -> None:
    install_model(MODELS / "translate-en_ru-1_0.argosmodel")


def model_sentence(lexicon: Lexicon, n: int = 0) -> tuple[str, str]:
    """An en→ru sentence the test model reproduces exactly and ``lexicon`` does not know."""
    known = {e.text[Lang.EN] for e in lexicon}
    stable = [(s, t) for s, t in exact("en", "ru").items() if s not in known and s.endswith(".")]
    return stable[n]


@pytest.mark.parametrize(
    ("text", "expected", "ids"),
    [
        ("Руки вгору! Кинь зброю!", "손 들어! 무기 버려!", ["hands-up", "drop-weapon"]),
        ("руки вгору і кинь зброю", "손 들어! 무기 버려!", ["hands-up", "drop-weapon"]),
    ],
)
def test_the_issue_examples_need_no_model(
    lexicon: Lexicon, text: str, expected: str, ids: list[str]
) -> None:
    result = Translator(lexicon).translate(text, "uk", "ko")
    assert result.text == expected
    assert result.complete and result.source == "lexicon" and not result.verify
    assert [s.entry_id for s in result.segments] == ids


def test_all_vetted_lines_keep_their_layout(lexicon: Lexicon) -> None:
    result = Translator(lexicon).translate("Руки вгору!  Кинь зброю!\n\nТи поранений?", "uk", "en")
    assert result.text == "Hands up!  Drop your weapon!\n\nAre you wounded?"


def test_mixed_message_keeps_vetted_sentences_and_labels_the_rest(
    mini: Lexicon, en_ru: None
) -> None:
    sentence, expected = model_sentence(mini)
    result = Translator(mini).translate(f"Hands up! {sentence} Drop your weapon!", "en", "ru")
    drop = mini.get("drop-weapon").text[Lang.RU]
    assert [(s.source, s.text) for s in result.segments] == [
        ("lexicon", "Руки вверх!"),
        ("mt", expected),
        ("lexicon", drop),
    ]
    machine = result.segments[1]
    assert machine.verify and machine.path == (Lang.EN, Lang.RU) and machine.entry_id is None
    assert not result.segments[0].verify and result.segments[0].entry_id == "hands-up"
    assert result.text == f"Руки вверх! {expected} {drop}"
    assert result.source == "mixed" and result.complete and result.verify


def test_all_machine_matches_the_model_sentence_by_sentence(en_ru: None) -> None:
    (a, ta), (b, tb) = model_sentence(Lexicon([], [])), model_sentence(Lexicon([], []), 1)
    result = Translator(Lexicon([], [])).translate(f"{a}\n{b} {a}", "en", "ru")
    assert result.text == f"{ta}\n{tb} {ta}"
    assert {s.source for s in result.segments} == {"mt"}


def test_no_model_returns_vetted_sentences_and_marks_the_rest(lexicon: Lexicon) -> None:
    result = Translator(lexicon).translate("Руки вгору! Назад на позицию. Кинь зброю!", "ru", "ko")
    assert [s.source for s in result.segments] == ["none", "none", "none"]  # ru is not uk
    result = Translator(lexicon).translate("Руки вгору! Назад на позицию!", "uk", "ko")
    vetted, rest = result.segments
    assert (vetted.source, vetted.text) == ("lexicon", "손 들어!")
    assert (rest.source, rest.text, rest.translated) == ("none", "", False)
    assert not result.complete
    assert "phrasebook models install --from-index uk en" in result.missing
    assert result.text == "손 들어! Назад на позицию!"  # untranslated stays as typed, in place


def test_untranslated_sentence_offers_three_closest_phrases(lexicon: Lexicon) -> None:
    result = Translator(lexicon).translate("Назад на позицию", "ru", "ko")
    (segment,) = result.segments
    assert segment.source == "none"
    assert [s.entry_id for s in segment.suggestions][:1] == ["back-to-position"]
    assert len(segment.suggestions) == 3


@pytest.mark.parametrize("text", ["", "   ", "\n\n", " \n \t "])
def test_empty_input_is_an_empty_complete_translation(lexicon: Lexicon, text: str) -> None:
    result = Translator(lexicon).translate(text, "uk", "ko")
    assert (result.text, result.segments, result.complete) == ("", (), True)


def test_punctuation_and_numbers_pass_through_without_a_model(lexicon: Lexicon) -> None:
    result = Translator(lexicon).translate("?! Руки вгору! ... 3 — 5", "uk", "ko")
    assert result.text == "?! 손 들어! ... 3 — 5"
    assert [s.source for s in result.segments] == ["as-is", "lexicon", "as-is", "as-is"]
    assert result.complete


def test_ten_thousand_lines_one_model_call_per_pair(
    mini: Lexicon, en_ru: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = _engine.Engine._hypotheses

    def counted(self: _engine.Engine, sentences: list[str], beam: int) -> dict[str, list[str]]:
        calls.append(len(set(sentences)))
        return real(self, sentences, beam)

    monkeypatch.setattr(_engine.Engine, "_hypotheses", counted)
    vetted = [e.text[Lang.EN] for e in mini if e.text[Lang.EN].endswith(("!", "?"))]
    machine = [model_sentence(mini, n)[0] for n in range(40)] + ["Zorp."]
    lines = [
        f"{vetted[i % len(vetted)]} {machine[i % len(machine)]}" if i % 3 else ""
        for i in range(10_000)
    ]
    results = Translator(mini).translate_batch(lines, "en", "ru")
    assert len(results) == 10_000
    assert calls == [len(set(machine))]  # one batch, each distinct sentence once
    by_line: dict[str, str] = {}
    for line, result in zip(lines, results, strict=True):
        assert by_line.setdefault(line, result.text) == result.text
        if line:
            assert [s.source for s in result.segments] == ["lexicon", "mt"]
            assert result.text.startswith(result.segments[0].text + " ")
        else:
            assert result.text == ""


def test_hangul_in_a_russian_to_korean_box_is_translated_back(lexicon: Lexicon) -> None:
    result = Translator(lexicon).translate("손 들어!", "ru", "ko", detect=True)
    assert (result.src, result.dst, result.detected, result.text) == (
        Lang.KO,
        Lang.RU,
        True,
        "Руки вверх!",
    )
    same = Translator(lexicon).translate("Руки вверх!", "ru", "ko", detect=True)
    assert (same.src, same.detected, same.text) == (Lang.RU, False, "손 들어!")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("손 들어!", (Lang.KO,)),
        ("Кинь зброю, будь ласка, і їжу", (Lang.UK,)),
        ("Ты ранен? Это всё.", (Lang.RU,)),
        ("Руки вверх", (Lang.RU, Lang.UK)),  # could be either
        ("ruky vhoru", ()),  # Latin letters may be any language romanised
        ("123 ?!", ()),
    ],
)
def test_language_is_told_from_the_letters(text: str, found: tuple[Lang, ...]) -> None:
    assert detect(text) == found


def test_direction_follows_the_text() -> None:
    assert direction("손 들어", Lang.RU, Lang.KO) == (Lang.KO, Lang.RU)
    assert direction("Кинь зброю і їжу", Lang.RU, Lang.KO) == (Lang.UK, Lang.KO)
    assert direction("Руки вверх", Lang.UK, Lang.KO) == (Lang.UK, Lang.KO)
    assert direction("son deureo", Lang.RU, Lang.KO) == (Lang.RU, Lang.KO)


def test_pieces_keep_what_lies_between_sentences() -> None:
    text = "  Stop!  Who goes there?\n\n  Hands up…now.  "
    found = pieces(text)
    assert [p.sentence for p in found] == ["Stop!", "Who goes there?", "Hands up…now."]
    assert "".join(p.before + p.sentence for p in found) == text.strip()


def test_vetted_translation_loads_no_model_library(tmp_path: Path) -> None:
    # The offline promise for the common case: with no model, translating what the lexicon knows
    # loads neither argostranslate nor CTranslate2 (nor anything that could reach a network).
    code = (
        "import sys, json, phrasebook\n"
        "r = phrasebook.Translator(phrasebook.load_lexicon()).translate("
        "'Руки вгору! Зебра квантум.', 'uk', 'ko')\n"
        "print(json.dumps([[s.source for s in r.segments], [m for m in ('argostranslate',"
        " 'ctranslate2', 'minisbd', 'urllib.request') if m in sys.modules]]))\n"
    )
    env = dict(os.environ, PHRASEBOOK_DATA_DIR=str(tmp_path), PHRASEBOOK_CACHE_DIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert json.loads(done.stdout) == [["lexicon", "none"], []]
