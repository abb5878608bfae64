"""Other forms of the same words: Russian and Ukrainian stems, and the table of equivalent words."""

from __future__ import annotations

import pytest

from phrasebook import Lang, Lexicon, MatchKind
from phrasebook.search.cyrillic import stems
from phrasebook.search.equivalents import EQUIVALENTS, readings
from phrasebook.search.normalise import normalise
from tests.search.test_properties import shipped


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return shipped()


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("не понимать", "не понимаю"),  # broken Russian: the infinitive for the first person
        ("говорить медленно", "говорите медленнее"),
        ("дайте книжку", "дайте книжка"),  # Ukrainian nouns share the Russian endings
    ],
)
def test_another_form_of_a_word_has_the_same_stem(said: str, written: str) -> None:
    assert stems(said) == stems(written)


def test_short_words_and_negation_keep_their_form() -> None:
    assert stems("не я") == "не я"
    assert stems("hands up") == "hands up"


def test_a_north_korean_word_is_read_in_the_lexicon_word_with_its_particle() -> None:
    assert readings(normalise("변소가 어디예요")) == ["화장실가 어디예요"]


def test_a_longer_word_that_starts_with_a_table_word_is_not_that_word() -> None:
    assert readings(normalise("총알 없어요")) == []  # 총알 is a bullet, not a gun
    assert readings(normalise("руки вверх")) == []


def test_every_equivalent_is_a_word_the_lexicon_uses(lexicon: Lexicon) -> None:
    for row in EQUIVALENTS:
        texts = [
            text
            for entry in lexicon
            for text in [entry.text[row.lang], *(v.text.get(row.lang, "") for v in entry.variants)]
        ]
        assert any(row.lexicon in normalise(text) for text in texts), row
        assert row.said != row.lexicon, row


def test_a_north_korean_word_finds_every_phrase_with_the_lexicon_word(lexicon: Lexicon) -> None:
    found = [hit.entry.id for hit in lexicon.search("변소 가고 싶어요", limit=5)]
    assert "i-need-the-toilet" in found


def test_broken_russian_finds_the_phrase_but_not_surely_its_opposite(lexicon: Lexicon) -> None:
    hits = lexicon.search("не понимать", limit=5)
    assert hits[0].entry.id in ("dont-understand", "dont-understand-russian")
    assert not any(hit.entry.id == "do-you-understand" and hit.confident for hit in hits)
    assert Lang.RU in {hit.lang for hit in hits}


def test_a_text_sharing_the_rare_word_is_a_close_phrase_never_a_sure_one(lexicon: Lexicon) -> None:
    # 있습니까 ("is there") is in hundreds of texts, 눈약 (eye drops) in one entry's texts.
    hits = lexicon.search("눈약 있습니까", limit=5)
    eye_drops = [hit for hit in hits if hit.entry.id == "i-need-eye-drops"]
    assert eye_drops
    assert not eye_drops[0].confident


def test_sharing_only_common_words_finds_nothing_by_weight(lexicon: Lexicon) -> None:
    from phrasebook.search.korean import stems as korean_stems
    from phrasebook.search.normalise import keyform
    from phrasebook.search.overlap import shared_words

    space = lexicon.index._stems
    assert not shared_words(space, korean_stems(keyform("좀 있습니까")).split())


def test_a_match_through_an_equivalent_word_is_never_sure(lexicon: Lexicon) -> None:
    # The Korean review of issue 15: "I have no gun" is not "I have no weapon" (he may carry a
    # grenade), so what the table of equivalents reads is listed under "not sure", never as the
    # other person's answer; the same reading typed in the lexicon's own word is sure.
    hits = lexicon.search("총 없어요", limit=5)
    assert hits[0].entry.id == "i-have-no-weapon" and not hits[0].confident
    assert lexicon.search("무기 없어요", limit=1)[0].confident


@pytest.mark.parametrize(
    ("said", "expected"),
    # The lexicon has 부상당했습니다.
    [("부상당했어요", "i-am-wounded"), ("부상당했어", "i-am-wounded")],
)
def test_one_word_in_another_politeness_finds_its_phrase_surely(
    lexicon: Lexicon, said: str, expected: str
) -> None:
    # A word the re-spacer does not know is split into syllables; its stem, whole, is still
    # matched exactly, as a sentence's words are.
    best = lexicon.search(said)[0]
    assert (best.entry.id, best.confident) == (expected, True)


def test_a_noun_the_stemmer_cuts_short_finds_no_phrase_by_its_stub(lexicon: Lexicon) -> None:
    # The stemmer reads 바다's last syllable as an ending (바다 → 바): only an exact match of
    # that stem counts, never the words starting with it (발, 밤, 밥).
    assert all(not r.confident or r.kind is MatchKind.SOUND for r in lexicon.search("바다"))
