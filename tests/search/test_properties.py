"""Properties of search that hold for every entry and every string (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from phrasebook import LANGS, Entry, Lang, Lexicon, load_lexicon, shipped_lexicon_dir
from phrasebook.search import SearchIndex, normalise
from phrasebook.search.fuzzy import similarities
from phrasebook.search.normalise import normalise_many

_SHIPPED: list[Lexicon] = []


def shipped() -> Lexicon:
    """The shipped lexicon alone (no user overlays), loaded on first use."""
    if not _SHIPPED:
        _SHIPPED.append(load_lexicon([shipped_lexicon_dir()], cache=False))
    return _SHIPPED[0]


ENTRIES = st.deferred(lambda: st.sampled_from(list(shipped())))

# Letters people type here, and the troublemakers: combining marks, jamo, look-alikes, controls.
ALPHABET = st.one_of(
    st.characters(),
    st.sampled_from(
        "abcehikmoptxyаеорсухіїєґёйъьэы'’ʼ`-!?.,«» \t\n\u0301\u0308\u0306"
        "ㄱㄲㄳㅅㄷㅇㅁㅏㅗㅘㅢ\u1100\u1109\u1161\u11a8\u11aa손들어무기버려ＡＢ①"
    ),
)
TEXTS = st.text(ALPHABET, max_size=40)


def _same_text_elsewhere(entry: Entry, lang: Lang) -> set[str]:
    key = normalise(entry.text[lang])
    return {e.id for e in shipped() if e.id != entry.id and normalise(e.text[lang]) == key}


@pytest.mark.parametrize("lang", LANGS)
def test_every_entry_is_found_first_by_its_own_text(lang: Lang) -> None:
    for entry in shipped():
        results = shipped().search(entry.text[lang], lang=lang, limit=5)
        assert results, (entry.id, lang)
        top = results[0]
        if top.entry.id != entry.id:  # only another entry with the very same text may tie
            tied = {r.entry.id for r in results if r.score == top.score}
            assert entry.id in tied and top.entry.id in _same_text_elsewhere(entry, lang)
        assert top.score == 1.0


@given(ENTRIES, st.sampled_from(LANGS), st.sampled_from(["upper", "bang", "strip"]))
@settings(max_examples=200, deadline=None)
def test_entry_is_found_first_however_its_text_is_cased_or_punctuated(
    entry: Entry, lang: Lang, style: str
) -> None:
    text = entry.text[lang]
    # A question keeps its mark: «Нож есть» without it is the statement "I have a knife".
    typed = {"upper": text.upper(), "bang": f" {text}!!! ", "strip": text.rstrip("!.")}[style]
    results = shipped().search(typed, lang=lang, limit=5)
    best = results[0].score
    assert entry.id in {r.entry.id for r in results if r.score == best}


@given(TEXTS)
@settings(max_examples=500, deadline=None)
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@given(st.lists(TEXTS, max_size=8))
@settings(max_examples=300, deadline=None)
def test_normalise_many_matches_normalise(texts: list[str]) -> None:
    assert normalise_many(texts) == [normalise(t) for t in texts]


@given(TEXTS, st.sampled_from([None, *LANGS, "xx"]), st.integers(min_value=-1, max_value=20))
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_search_never_raises(query: str, lang: Lang | str | None, limit: int) -> None:
    results = shipped().search(query, lang=lang, limit=limit)
    assert len(results) <= max(limit, 0)
    assert all(0.0 <= r.score <= 1.0 for r in results)
    assert len({r.entry.id for r in results}) == len(results)


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_search_never_raises_on_any_unicode(query: str) -> None:
    assert isinstance(shipped().search(query), list)


@given(st.lists(st.tuples(TEXTS, TEXTS, TEXTS, TEXTS), max_size=6), TEXTS)
@settings(max_examples=150, deadline=None)
def test_any_lexicon_builds_and_searches(texts: list[tuple[str, ...]], query: str) -> None:
    entries = [
        Entry(id=f"e{i}", category="c", text=dict(zip(LANGS, four, strict=True)))
        for i, four in enumerate(texts)
    ]
    index = SearchIndex(entries)
    assert isinstance(index.search(query), list)
    assert isinstance(Lexicon(entries, []).search(query), list)


WORDY = st.text(st.sampled_from("abcde руки вверх손들어"), max_size=24)


def similarity(query: str, key: str) -> float:
    """The similarity :func:`similarities` documents, one key at a time: the reference."""
    score = max(fuzz.ratio(query, key), fuzz.token_sort_ratio(query, key))
    if len(key) > len(query):
        score = max(score, 0.9 * fuzz.partial_ratio(query, key))
    elif len(key) < len(query):
        score = max(score, fuzz.partial_ratio(query, key) * (0.5 + 0.5 * len(key) / len(query)))
    return float(score)


@given(WORDY, st.lists(WORDY, max_size=12), st.sampled_from([0.0, 40.0, 60.0, 75.0]))
@settings(max_examples=400, deadline=None)
def test_similarities_in_one_call_are_similarity_key_by_key(
    query: str, keys: list[str], cutoff: float
) -> None:
    one_by_one = [(i, similarity(query, key)) for i, key in enumerate(keys)]
    assert similarities(query, keys, cutoff) == [(i, s) for i, s in one_by_one if s >= cutoff]


@given(st.lists(st.integers(0, 30), max_size=300), st.integers(1, 40))
@settings(max_examples=300, deadline=None)
def test_most_shared_keys_come_in_most_common_order(counted: list[int], many: int) -> None:
    from collections import Counter

    from phrasebook.search.grams import most_shared

    counts = Counter(counted)
    assert most_shared(counts, many) == [key for key, _ in counts.most_common(many)]


# Hangul and its neighbours at each edge of the three ranges, among anything else.
EDGES = st.sampled_from("\u10ff\u1100\u11ff\u1200\u3130\u3131\u318e\u318f\uabff\uac00\ud7a3\ud7a4")


@given(st.text(st.one_of(ALPHABET, EDGES), max_size=600))
@settings(max_examples=400, deadline=None)
def test_hangul_is_told_the_same_however_it_is_looked_for(text: str) -> None:
    # Short texts are read letter by letter, long ones by the pattern (phrasebook._patterns).
    import re

    from phrasebook.search.normalise import has_hangul

    pattern = re.compile("[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]")
    assert has_hangul(text) == (pattern.search(text) is not None)
