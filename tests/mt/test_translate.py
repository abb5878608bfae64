"""Lexicon-first translation, then the tiny test models: direct, pivot and batched, offline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from phrasebook.errors import TranslationError
from phrasebook.lexicon import Lexicon, load_lexicon
from phrasebook.mt import argos as _argos
from phrasebook.mt import sentences as _sbd
from phrasebook.mt.store import install_model, remove_model
from phrasebook.mt.translator import Segment, Translation, Translator, translate
from phrasebook.values import LANGS, Lang
from tests.conftest import DATA

MODELS = DATA / "models"
MANIFEST = json.loads((MODELS / "manifest.json").read_text(encoding="utf-8"))
EMPTY = Lexicon([], [])


def exact(src: str, dst: str) -> dict[str, str]:
    """Sentences the built src→dst model reproduces exactly (recorded when it was built)."""
    return dict(MANIFEST["packages"][f"{src}-{dst}"]["exact"])


def install(*pairs: tuple[str, str]) -> None:
    for src, dst in pairs:
        install_model(MODELS / f"translate-{src}_{dst}-1_0.argosmodel")


@pytest.fixture
def all_models() -> None:
    for path in sorted(MODELS.glob("*.argosmodel")):
        install_model(path)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(cache=False)


def test_lexicon_match_returns_the_vetted_entry(lexicon: Lexicon) -> None:
    result = Translator(lexicon).translate("Hands up!", "en", "ko")  # no model needed
    assert result == Translation(
        "손 들어!",
        Lang.EN,
        Lang.KO,
        (Segment("Hands up!", "손 들어!", "lexicon", "hands-up", (Lang.EN, Lang.KO)),),
    )
    assert (result.source, result.entry_id, result.verify, result.complete) == (
        "lexicon",
        "hands-up",
        False,
        True,
    )
    assert "vetted" in result.note


def test_lexicon_match_in_another_language_is_not_taken(lexicon: Lexicon, all_models: None) -> None:
    # Russian text said to be English: the entry matched in ru, not en, so the model answers.
    result = Translator(lexicon).translate("Руки вверх!", "en", "ko")
    assert result.source == "mt"
    assert result.verify


def test_direct_machine_translation_is_marked_for_checking(all_models: None) -> None:
    source, expected = next(iter(exact("en", "ru").items()))
    result = Translator(EMPTY).translate(source, Lang.EN, Lang.RU)
    assert result.text == expected
    assert (result.source, result.entry_id, result.path, result.verify) == (
        "mt",
        None,
        (Lang.EN, Lang.RU),
        True,
    )
    assert [s.source for s in result.segments] == ["mt"]
    assert "en→ru" in result.note
    assert "verify" in result.note


def test_pivot_goes_through_english(all_models: None) -> None:
    ko_en, en_ru = exact("ko", "en"), exact("en", "ru")
    chained = [(ko, en_ru[en]) for ko, en in ko_en.items() if en in en_ru]
    assert chained, "the test models share no stable ko→en→ru sentence"
    source, expected = chained[0]
    result = Translator(EMPTY).translate(source, "ko", "ru")
    assert result.path == (Lang.KO, Lang.EN, Lang.RU)
    assert result.text == expected
    assert "ko→en→ru" in result.note


def test_uk_to_ko_pivots_too(all_models: None) -> None:
    result = Translator(EMPTY).translate("Де болить?", "uk", "ko")
    assert result.path == (Lang.UK, Lang.EN, Lang.KO)
    assert result.text.strip()


def test_batch_matches_argostranslate_line_by_line(all_models: None) -> None:
    en = list(exact("en", "ru"))[:6]
    lines = [
        *en,
        f"{en[0]} {en[1]}",  # two sentences, one call
        f"{en[2]}\n{en[3]}",  # two paragraphs
        "",
        "Completely unknown words here.",
        f"  {en[4]}  ",
    ]
    for src, dst in [("en", "ru"), ("en", "ko"), ("ko", "uk")]:
        batch = Translator(EMPTY).translate_batch(lines, src, dst)
        assert [t.text for t in batch] == [_argos.reference_translate(x, src, dst) for x in lines]


def test_batch_mixes_lexicon_and_model(lexicon: Lexicon, all_models: None) -> None:
    translator = Translator(lexicon)
    results = translator.translate_batch(["Hands up!", "Zebra quantum purple."], "en", "ru")
    assert [r.source for r in results] == ["lexicon", "mt"]
    assert results[0].text == "Руки вверх!"
    assert results[1] == translator.translate("Zebra quantum purple.", "en", "ru")


def test_pairs_cover_direct_and_pivot(all_models: None) -> None:
    translator = Translator(EMPTY)
    assert set(translator.pairs()) == {(a, b) for a in LANGS for b in LANGS if a != b}
    assert translator.has_model("ko", "uk")


def test_only_what_is_installed_is_offered() -> None:
    install(("ko", "en"))
    translator = Translator(EMPTY)
    assert translator.pairs() == [(Lang.KO, Lang.EN)]
    install(("en", "ru"))
    assert translator.has_model("ko", "ru")  # noticed without a new Translator
    remove_model("en", "ru")
    assert not translator.has_model("ko", "ru")


def test_missing_direct_model_names_the_install_command() -> None:
    result = Translator(EMPTY).translate("Where is the road?", "en", "ko")
    assert not result.complete
    assert [s.source for s in result.segments] == ["none"]
    assert result.text == "Where is the road?"  # kept as typed, in its place
    message = result.missing
    assert "phrasebook models install FILE.argosmodel" in message
    assert "phrasebook models install --from-index en ko" in message


def test_missing_pivot_names_both_legs() -> None:
    message = Translator(EMPTY).translate("어디가 아파요?", "ko", "ru").missing
    assert "phrasebook models install --from-index ko en" in message
    assert "phrasebook models install --from-index en ru" in message


def test_missing_pivot_leg_names_only_that_leg() -> None:
    install(("ko", "en"))
    message = Translator(EMPTY).translate("어디가 아파요?", "ko", "ru").missing
    assert "--from-index en ru" in message
    assert "--from-index ko en" not in message


def test_same_language_and_blank_lines_need_no_model() -> None:
    translator = Translator(EMPTY)
    assert translator.translate("Hello.", "en", "en").text == "Hello."
    assert translator.translate("   ", "en", "ko").text == ""


def test_module_level_translate_uses_the_lexicon(lexicon: Lexicon) -> None:
    assert translate("Hands up!", "en", "ru", lexicon=lexicon).entry_id == "hands-up"


def test_package_without_sentence_splitter_still_works_offline(tmp_path: Path) -> None:
    source = MODELS / "translate-en_ru-1_0.argosmodel"
    stripped = tmp_path / "nosbd.argosmodel"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(stripped, "w") as zout:
        for info in zin.infolist():
            if "/minisbd/" not in info.filename:
                zout.writestr(info, zin.read(info))
    install_model(stripped)
    sentence = next(iter(exact("en", "ru")))
    result = Translator(EMPTY).translate(f"{sentence} {sentence}", "en", "ru")
    assert result.text == f"{exact('en', 'ru')[sentence]} {exact('en', 'ru')[sentence]}"
    assert not (_argos.argos_home() / "data" / "argos-translate" / "minisbd").exists()


@pytest.mark.parametrize("damaged", ["model/model.bin", "sentencepiece.model"])
def test_damaged_package_is_a_clear_error(damaged: str) -> None:
    package = install_model(MODELS / "translate-en_ru-1_0.argosmodel")
    (package.path / damaged).write_bytes(b"garbage")
    with pytest.raises(TranslationError, match="reinstall the package"):
        Translator(EMPTY).translate("Where is the road?", "en", "ru")


def test_rule_splitter() -> None:
    assert _sbd.split_rule("Stop! Who goes there?  Hands up…now.  ") == [
        "Stop!",
        "Who goes there?",
        "Hands up…now.",
    ]
    assert _sbd.split_rule("   ") == []
    assert _sbd.split_rule("멈춰! 누구야?") == ["멈춰!", "누구야?"]


def test_importing_translate_loads_no_mt_library(tmp_path: Path) -> None:
    code = (
        "import sys, json, phrasebook, phrasebook.mt.translator, phrasebook.mt.store\n"
        "print(json.dumps([m for m in ('argostranslate', 'ctranslate2', 'sentencepiece',"
        " 'minisbd', 'onnxruntime') if m in sys.modules]))\n"
    )
    env = dict(os.environ, PHRASEBOOK_CACHE_DIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert json.loads(done.stdout) == []
