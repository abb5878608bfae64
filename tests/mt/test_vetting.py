"""Where the lexicon stops answering: the table that fixes :data:`VETTED_MIN`.

Sentences on the left must be answered with the vetted entry; those on the right are close to an
entry but say something else (a longer or shorter command, a flipped question or negation, a
different word), so they must never be substituted, only offered as suggestions.
"""

from __future__ import annotations

import pytest

from phrasebook.lexicon import Lexicon, load_lexicon
from phrasebook.mt.vetted import VETTED_MIN, Vetter
from phrasebook.search import CONFIDENT
from phrasebook.values import Lang

MUST_VET = [
    # typed as the entry is, or in another case or without its punctuation
    ("Руки вгору!", "uk", "hands-up", ""),
    ("РУКИ ВГОРУ", "uk", "hands-up", ""),
    ("кинь зброю", "uk", "drop-weapon", ""),
    ("Ти поранений?", "uk", "are-you-wounded", ""),
    ("На позицию", "ru", "back-to-position", ""),
    ("손 들어", "ko", "hands-up", ""),
    ("hands up", "en", "hands-up", ""),
    # a variant of the entry: its own wording in the other language
    ("Підніміть руки!", "uk", "hands-up", ""),
    # the same words read another way: shown with the entry it was read as
    ("ruky vhoru", "uk", "hands-up", "Руки вгору!"),
    ("herb ddth[", "ru", "hands-up", "Руки вверх!"),
]

MUST_NOT = [
    ("Назад на позицию", "ru", "back-to-position"),  # more than the entry says
    ("Руки вгору, кидай зброю", "uk", "hands-up-drop-weapon-come"),  # the start of a longer one
    ("hands up now", "en", "hands-up"),
    ("Ти поранений", "uk", "are-you-wounded"),  # a statement, not the question
    ("Не кидай зброю", "uk", "drop-weapon"),  # the opposite
    ("руки в гору", "uk", "hands-up"),  # a spelling the search cannot be sure of
    ("손 들었", "ko", "i-give-up"),  # "I raised my hands", not the entry's "I give up"
    ("Руки вверх!", "en", "hands-up"),  # Russian text said to be English
]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(cache=False)


@pytest.mark.parametrize(("text", "lang", "entry_id", "read_as"), MUST_VET)
def test_vetted_sentences_get_the_entry(
    lexicon: Lexicon, text: str, lang: str, entry_id: str, read_as: str
) -> None:
    src, dst = Lang(lang), Lang.KO if lang != "ko" else Lang.RU
    vetted, suggestions = Vetter(lexicon).vet(text, src, dst)
    assert vetted is not None, f"{text!r} was not taken as {entry_id}: {suggestions}"
    assert [(s.entry_id, s.source, s.matched) for s in vetted] == [(entry_id, "lexicon", read_as)]
    entry = lexicon.get(entry_id)
    assert vetted[0].text in {entry.text[dst], *(v.text.get(dst) for v in entry.variants)}


@pytest.mark.parametrize(("text", "lang", "entry_id"), MUST_NOT)
def test_near_sentences_are_only_suggested(
    lexicon: Lexicon, text: str, lang: str, entry_id: str
) -> None:
    vetted, _ = Vetter(lexicon).vet(text, Lang(lang), Lang.KO if lang != "ko" else Lang.RU)
    assert vetted is None or entry_id not in [s.entry_id for s in vetted]


def test_the_threshold_sits_between_the_two_tables(lexicon: Lexicon) -> None:
    def score(text: str, lang: str, entry_id: str) -> tuple[float, bool]:
        hits = lexicon.search(text, limit=10, lang=lang)
        hit = next(h for h in hits if h.entry.id == entry_id)
        return hit.score, hit.confident and hit.lang == Lang(lang)

    sure = [score(t, lang, e) for t, lang, e, _ in MUST_VET]
    near = [score(t, lang, e) for t, lang, e in MUST_NOT]
    assert min(s for s, _ in sure) >= VETTED_MIN
    assert max(s for s, ok in near if ok) < VETTED_MIN
    # The search's own line is too low for substitution: a confident prefix match adds meaning.
    prefix, confident = score("Руки вгору, кидай зброю", "uk", "hands-up-drop-weapon-come")
    assert confident and CONFIDENT <= prefix < VETTED_MIN


def test_a_near_match_is_the_first_suggestion(lexicon: Lexicon) -> None:
    vetted, suggestions = Vetter(lexicon).vet("Назад на позицию", Lang.RU, Lang.KO)
    assert vetted is None
    assert len(suggestions) == 3
    first = suggestions[0]
    assert (first.entry_id, first.said) == ("back-to-position", "На позицию!")
    assert first.text == "진지로 돌아가!"


def test_clauses_are_vetted_only_when_every_one_is(lexicon: Lexicon) -> None:
    vetter = Vetter(lexicon)
    both, _ = vetter.vet("руки вгору і кинь зброю", Lang.UK, Lang.KO)
    assert both is not None
    assert [(s.input, s.entry_id, s.before) for s in both] == [
        ("руки вгору", "hands-up", ""),
        ("кинь зброю", "drop-weapon", " "),
    ]
    half, suggestions = vetter.vet("руки вгору і йди до мене повільно зараз", Lang.UK, Lang.KO)
    assert half is None and suggestions
