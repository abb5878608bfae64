"""The engine's shortcuts change nothing: the sentence memory, and unknown-word replacement."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from phrasebook.lexicon import Lexicon
from phrasebook.mt import argos as _argos
from phrasebook.mt import engine as _engine
from phrasebook.mt.engine import Engine
from phrasebook.mt.store import list_models
from phrasebook.mt.translator import Translator
from phrasebook.values import Lang
from tests.mt.test_translate import exact, install

EMPTY = Lexicon([], [])


def load(src: Lang, dst: Lang, workers: int | None = None) -> Engine:
    found = [p for p in list_models() if (p.from_lang, p.to_lang) == (src, dst)]
    if not found:
        install((src.value, dst.value))
        found = [p for p in list_models() if (p.from_lang, p.to_lang) == (src, dst)]
    return Engine(found[0], workers)


def count_model_sentences(
    engine: Engine, sentences: list[str], monkeypatch: pytest.MonkeyPatch
) -> list[list[str]]:
    """Record, for each call to the model, the sentences sent to it."""
    seen: list[list[str]] = []
    real = engine._search

    def search(tokens: list[list[str]], beam_size: int) -> list[list[str]]:
        sent = []
        for t in tokens:
            sent.append(next(s for s in sentences if engine.tokenizer.encode(s) == t))
        seen.append(sent)
        return real(tokens, beam_size)

    monkeypatch.setattr(engine, "_search", search)
    return seen


def test_memory_keeps_each_pair_apart() -> None:
    install(("en", "ru"), ("en", "uk"), ("en", "ko"))
    translator = Translator(EMPTY)
    lines = list(exact("en", "ru"))[:5]
    for dst in ("ru", "uk", "ko", "ru"):
        got = [t.text for t in translator.translate_batch(lines, "en", dst)]
        assert got == [_argos.reference_translate(line, "en", dst) for line in lines]


def test_memory_keeps_texts_that_differ_only_slightly_apart() -> None:
    sentence = next(s for s in exact("en", "ru") if s.endswith("!"))
    variants = [sentence, sentence[:-1] + ".", sentence[:-1] + "?", sentence.lower(), sentence[:-1]]
    install(("en", "ru"))
    translator = Translator(EMPTY)
    for text in [*variants, *reversed(variants)]:  # the second time round, all from memory
        assert translator.translate(text, "en", "ru").text == _argos.reference_translate(
            text, "en", "ru"
        )


def test_memory_keeps_beam_sizes_apart() -> None:
    engine = load(Lang.EN, Lang.RU)
    lines = ["Where is the nearest doctor?", "Zebra quantum purple.", *list(exact("en", "ru"))[:4]]
    wide = engine.run(lines, 4)
    narrow = engine.run(lines, 1)
    assert narrow == load(Lang.EN, Lang.RU).run(lines, 1)  # a fresh engine: nothing remembered
    assert wide == engine.run(lines, 4)


def test_repeated_sentences_go_to_the_model_once(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = load(Lang.EN, Lang.RU)
    a, b, c = [s for s in exact("en", "ru") if s.endswith(("!", "?", "."))][:3]
    seen = count_model_sentences(engine, [a, b, c], monkeypatch)
    lines = [a, b, a, f"{a} {c}"]
    assert engine.run(lines, 4) == [_argos.reference_translate(x, "en", "ru") for x in lines]
    assert sorted(seen[0]) == sorted([a, b, c])  # each distinct sentence once
    lines = [c, b, f"{c} {a}"]
    assert engine.run(lines, 4) == [_argos.reference_translate(x, "en", "ru") for x in lines]
    assert len(seen) == 1  # the second call came from memory entirely


def test_memory_is_bounded_and_forgets_the_least_recently_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_engine, "MEMORY", 3)
    engine = load(Lang.EN, Lang.RU)
    a, b, c, d = list(exact("en", "ru"))[:4]
    seen = count_model_sentences(engine, [a, b, c, d], monkeypatch)
    for text in (a, b, c, a, d):  # a is used again before d arrives, so b is the one forgotten
        engine.run([text], 4)
    assert len(engine._memory) == 3
    engine.run([a], 4)
    engine.run([b], 4)
    assert [s for call in seen for s in call] == [a, b, c, d, b]


@dataclass
class _Result:
    hypotheses: list[list[str]]


class _FakeModel:
    """Writes ``<unk>`` for the source token ``zorp`` unless asked to replace unknowns."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[list[str]], bool]] = []

    def translate_batch(self, tokens: list[list[str]], **options: Any) -> list[_Result]:
        replace = bool(options["replace_unknowns"])
        self.calls.append((tokens, replace))
        return [
            _Result([[t.upper() if t != "zorp" or replace else "<unk>" for t in sentence]])
            for sentence in tokens
        ]


def test_only_outputs_with_unknown_words_are_translated_again() -> None:
    engine = load(Lang.EN, Lang.RU)
    fake = _FakeModel()
    engine.translator = fake
    tokens = [["hello"], ["zorp", "now"], ["stop"], ["a", "zorp"]]
    assert engine._search(tokens, 4) == [["HELLO"], ["ZORP", "NOW"], ["STOP"], ["A", "ZORP"]]
    assert fake.calls == [(tokens, False), ([["zorp", "now"], ["a", "zorp"]], True)]


def test_no_second_call_when_nothing_is_unknown() -> None:
    engine = load(Lang.EN, Lang.RU)
    fake = _FakeModel()
    engine.translator = fake
    assert engine._search([["hello"], ["stop"]], 4) == [["HELLO"], ["STOP"]]
    assert len(fake.calls) == 1


@pytest.mark.parametrize("workers", [1, 2])
def test_output_does_not_depend_on_workers(workers: int) -> None:
    lines = [*list(exact("en", "ko"))[:8], "Where is the nearest doctor? Zebra quantum purple."]
    got = load(Lang.EN, Lang.KO, workers).run(lines, 4)
    assert got == [_argos.reference_translate(line, "en", "ko") for line in lines]
