"""Listening: phrases typed the way they sounded, and near misses that must never look sure.

``tests/data/ear_queries.yaml`` (307 queries in six directions) and ``near_misses.yaml`` (160
pairs) were written by someone who did not read the search code. Every third ear query is held out:
it was not looked at while the folding was tuned, and is reported separately.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from phrasebook import Lexicon, MatchKind
from tests.search.test_properties import shipped

DATA = Path(__file__).resolve().parents[1] / "data"
EAR: list[dict[str, Any]] = yaml.safe_load((DATA / "ear_queries.yaml").read_text("utf-8"))
NEAR: list[dict[str, Any]] = yaml.safe_load((DATA / "near_misses.yaml").read_text("utf-8"))
DEV = [item for n, item in enumerate(EAR) if n % 3 != 2]
HELD_OUT = [item for n, item in enumerate(EAR) if n % 3 == 2]


def direction(item: dict[str, Any]) -> str:
    return "ruuk-latn" if item["dir"] in ("ru-latn", "uk-latn") else str(item["dir"])


# Misses of the top 3, each checked to still miss (so the list cannot go stale):
KNOWN_MISSES = {
    # 도와주세요-like Hangul for «Допоможіть»: 도포모지치 drops the ㅎ the reading has twice
    # (도포모시치) and the ear's ㅈ for ж is a C the reading spells as ㅈ too; too far for 70 %.
    "도포모지치",
}


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return shipped()


def _top(lexicon: Lexicon, query: str, n: int) -> list[str]:
    return [r.entry.id for r in lexicon.search(query, limit=n)]


def test_the_tables_are_big_enough_and_cover_six_directions() -> None:
    directions = {direction(item) for item in EAR}
    assert directions == {
        "ko-cyrl",
        "ko-latn",
        "ru-hang",
        "uk-hang",
        "ruuk-latn",
        "en-hang",
        "en-cyrl",
    }
    assert len(EAR) >= 150
    assert len(NEAR) >= 60


@pytest.mark.parametrize("item", DEV, ids=lambda item: f"{item['dir']}:{item['q']}")
def test_ear_typed_query_finds_its_phrase_in_the_top_3(
    lexicon: Lexicon, item: dict[str, Any]
) -> None:
    found = bool(set(item["ids"]) & set(_top(lexicon, item["q"], 3)))
    assert found != (item["q"] in KNOWN_MISSES), _top(lexicon, item["q"], 3)


@pytest.mark.parametrize("part", ["dev", "held out"])
def test_ear_typed_queries_find_their_phrase_in_the_top_5_nine_times_in_ten(
    lexicon: Lexicon, part: str
) -> None:
    items = DEV if part == "dev" else HELD_OUT
    for name in sorted({direction(item) for item in items}):
        some = [item for item in items if direction(item) == name]
        found = sum(bool(set(i["ids"]) & set(_top(lexicon, i["q"], 5))) for i in some)
        assert found / len(some) >= 0.8, (name, found, len(some))
    found = sum(bool(set(i["ids"]) & set(_top(lexicon, i["q"], 5))) for i in items)
    assert found / len(items) >= 0.9


@pytest.mark.parametrize(
    "item", NEAR, ids=lambda item: f"{item['kind']}:{item['q']}->{item['wrong']}"
)
def test_a_near_miss_is_never_confident(lexicon: Lexicon, item: dict[str, Any]) -> None:
    for result in lexicon.search(item["q"], limit=10):
        if result.entry.id == item["wrong"]:
            assert not result.confident, (result.score, result.kind, result.matched)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ханбокхэ", "surrender-now"),  # the app's own Cyrillic reading of 항복해!
        ("hangbokhae", "surrender-now"),
        ("сагёк", "fire"),  # 사격
        ("ду ю андерстэнд", "do-you-understand"),
        # The first examples: 괜찮아요 as a Ukrainian and an English speaker heard it.
        ("кэнчанайо", "answer-i-am-all-right"),
        ("kwenchanayo", "answer-i-am-all-right"),
        # And a Russian instructor's shouts as a North Korean heard them.
        ("다바이", "come-on"),
        ("브니마니예", "listen"),  # Внимание!
    ],
)
def test_the_apps_own_readings_find_their_phrase_first_and_say_why(
    lexicon: Lexicon, query: str, expected: str
) -> None:
    best = lexicon.search(query)[0]
    assert best.entry.id == expected
    assert best.kind in (MatchKind.SOUND, MatchKind.ROMANIZED)
    assert best.confident


def test_a_sound_match_carries_the_heard_text_and_its_reading(lexicon: Lexicon) -> None:
    best = lexicon.search("ханбокхэ")[0]
    assert best.kind is MatchKind.SOUND
    assert best.matched == "항복해!"
    assert best.reading.startswith("ханбокхэ")


@pytest.mark.parametrize(
    ("keys", "hangul"),
    [("ahffkdy", "몰라요"), ("ahtdkfdkemrpTtmqslek", "못알아드겠습니다"), ("dkvkdy", "아파요")],
)
def test_korean_keys_typed_on_qwerty_find_what_the_hangul_finds(
    lexicon: Lexicon, keys: str, hangul: str
) -> None:
    by_keys = lexicon.search(keys, limit=5)
    by_hangul = lexicon.search(hangul, limit=5)
    # The same phrases, in the same order, as sure or unsure: a misspelt word (드 for 듣) typed
    # as keys is matched as loosely as typed in Hangul, not only by its exact words.
    assert [r.entry.id for r in by_keys[:3]] == [r.entry.id for r in by_hangul[:3]]
    assert [r.confident for r in by_keys[:3]] == [r.confident for r in by_hangul[:3]]
    assert by_keys[0].kind is MatchKind.LAYOUT


def test_a_sound_match_never_pushes_a_spelled_match_down(lexicon: Lexicon) -> None:
    # «Огонь» is Russian as typed: the Russian phrase comes first, not what sounds like it.
    results = lexicon.search("огонь", limit=10)
    assert results[0].entry.id == "fire"
    spelled = [r.score for r in results if r.kind is not MatchKind.SOUND and r.score >= 0.6]
    sounds = [r.score for r in results if r.kind is MatchKind.SOUND]
    assert not sounds or not spelled or max(sounds) < min(spelled)
