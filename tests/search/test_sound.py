"""Sound keys: each ear confusion the folding claims to forgive, and every entry found by ear."""

from __future__ import annotations

import doctest

import pytest

from phrasebook import Entry, Lang, Lexicon, MatchKind, Script, Variant
from phrasebook.search import SearchIndex, sound
from phrasebook.search.keyboard import compose_two_set, decode_two_set, latin_to_two_set
from phrasebook.search.run import WORD
from phrasebook.search.sound import LISTENER_SCRIPTS, entry_readings, readings_by_id, sound_key
from tests.search.test_properties import _same_text_elsewhere, shipped


def test_module_examples_hold() -> None:
    assert doctest.testmod(sound).failed == 0


# Each pair differs only by a confusion the module documents; each must fold to one key.
SAME = [
    # stops: voicing, aspiration, tenseness
    ("кам", "гам", "Cyrl"),
    ("кхам", "кам", "Cyrl"),
    ("가", "카", "Hang"),
    ("까", "가", "Hang"),
    ("kam", "gam", "Latn"),
    ("ttal", "dal", "Latn"),
    # ㄹ heard as л or р; l or r
    ("мул", "мур", "Cyrl"),
    ("mul", "mur", "Latn"),
    # ㅓ and ㅗ, both о in Cyrillic
    ("어", "오", "Hang"),
    ("eo", "o", "Latn"),
    # ㅡ, ы, и, і
    ("мыл", "міл", "Cyrl"),
    ("мил", "мыл", "Cyrl"),
    ("deureo", "diro", "Latn"),
    # е э є
    ("нэ", "не", "Cyrl"),
    ("нє", "не", "Cyrl"),
    # ё ьо йо
    ("кайо", "каё", "Cyrl"),
    ("кьо", "кйо", "Cyrl"),
    # й and и in a glide, soft and hard signs
    ("давай", "дава", "Cyrl"),
    ("дань", "дан", "Cyrl"),
    # doubled letters
    ("папп", "пап", "Cyrl"),
    ("ssal", "sal", "Latn"),
    # word breaks anywhere
    ("квэнчхана йо", "квэнчханайо", "Cyrl"),
    ("son deureo", "sondeureo", "Latn"),
    # Hangul's helper vowel for a lone consonant
    ("스톱", "ㅅ톱", "Hang"),
    ("드롭", "ㄷ롭", "Hang"),
    # ㅇ at a syllable's end is н; ng is n
    ("항", "한", "Hang"),
    ("hang", "han", "Latn"),
    # aspiration written after a consonant
    ("hangbokhae", "hangbokae", "Latn"),
    ("ханбокхэ", "ханбокэ", "Cyrl"),
]


@pytest.mark.parametrize(("one", "other", "script"), SAME)
def test_ear_confusions_fold_to_one_key(one: str, other: str, script: str) -> None:
    assert sound_key(one, script) == sound_key(other, script)


# What ears do tell apart stays apart.
DIFFERENT = [
    ("мул", "мун", "Cyrl"),
    ("кам", "сам", "Cyrl"),
    ("바", "마", "Hang"),
    ("pap", "pam", "Latn"),
    ("아", "우", "Hang"),
    ("на", "ну", "Cyrl"),
]


@pytest.mark.parametrize(("one", "other", "script"), DIFFERENT)
def test_distinct_sounds_stay_distinct(one: str, other: str, script: str) -> None:
    assert sound_key(one, script) != sound_key(other, script)


def test_sound_keys_never_raise_and_drop_other_scripts() -> None:
    assert sound_key("", "Cyrl") == ""
    assert sound_key("123 !?", "Latn") == ""
    assert sound_key("abc", "Hang") == ""
    assert sound_key("a\0b", "Latn") == "AP"


@pytest.mark.parametrize(
    ("keys", "hangul"),
    [
        ("dkvkdy", "아파요"),
        ("ahffkdy", "몰라요"),
        ("ekfrdl", "닭이"),
        ("ths emfdj", "손 들어"),
        ("rhks", "관"),
        ("ahtdkfdkemrpTtmqslek", "못알아드겠습니다"),
    ],
)
def test_two_set_keys_compose_like_an_input_method(keys: str, hangul: str) -> None:
    assert compose_two_set(latin_to_two_set(keys)) == hangul
    assert decode_two_set(keys) == hangul


@pytest.mark.parametrize("english", ["hands up", "fire", "stop", "water", "12", "ㅁㅏ"])
def test_english_and_other_text_are_not_taken_for_korean_keys(english: str) -> None:
    assert decode_two_set(english) is None


def test_every_listener_script_has_a_reading_of_every_text() -> None:
    entry = next(iter(shipped()))
    found = {(lang, script) for lang, script, variant, _, _ in entry_readings(entry) if not variant}
    assert found == {(lang, s) for lang, scripts in LISTENER_SCRIPTS.items() for s in scripts}


def _sounding_alike(lexicon: Lexicon, said: str, script: Script) -> set[str]:
    key = sound_key(said, script)
    return {
        e.id
        for e in lexicon
        for _, s, variant, _, other in entry_readings(e)
        if s is script and not variant and sound_key(other, script) == key
    }


def _found(lexicon: Lexicon, query: str, entry: Entry, lang: Lang, script: Script) -> bool:
    """Whether the entry is in the top 3, or only spelled matches and entries that say the same
    text rank above it.

    A reading may itself be a word of the listener's language (an English "Run!" heard by a
    Russian is ``ран``): matches of what was typed, as it is spelled, come first by design. And
    entries with the same text (four armies' ranks called «ефрейтор») sound the same, as do
    words whose only difference an ear of that script loses (팔 "arm" and 발 "foot" are both
    ``паль`` to a Ukrainian).
    """
    results = lexicon.search(query, limit=20)
    ids = [r.entry.id for r in results]
    if entry.id in ids[:3]:
        return True
    if entry.id not in ids and len(results) < 20:
        return False
    same = _same_text_elsewhere(entry, lang)
    if not all(r.entry.id in same for r in results[:3]):
        same |= _sounding_alike(lexicon, query, script)
    above = results[: ids.index(entry.id)] if entry.id in ids else results
    return all(
        r.entry.id in same or (r.kind is not MatchKind.SOUND and r.score >= WORD) for r in above
    )


def test_every_entry_is_found_from_its_own_reading_in_every_listener_script() -> None:
    lexicon = shipped()
    missed = [
        (said, entry.id)
        for entry in lexicon
        for lang, script, variant, _, said in entry_readings(entry)
        if not variant and not _found(lexicon, said, entry, lang, script)
    ]
    assert missed == []


def test_near_keys_by_letter_triples_find_what_comparing_every_key_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Large lexicons find near sound keys through letter triples (search/grams.py); force that
    # path on the shipped lexicon and compare with comparing every key.
    import phrasebook.search.build as build_module

    entries = list(shipped())
    queries = [
        "ханбокхэ",
        "кэнчанайо",
        "다바이",
        "드롭 잇",
        "ду ю андерстэнд",
        "ruki verh",
        "муги порьо",
    ]
    whole = SearchIndex(entries)
    monkeypatch.setattr(build_module, "GRAMS_FROM", 0)
    triples = SearchIndex(entries)
    assert triples._grams and not whole._grams
    for query in queries:
        first = [r.entry.id for r in whole.search(query, limit=3)]
        second = [r.entry.id for r in triples.search(query, limit=3)]
        assert first[:1] == second[:1], query


def test_an_index_read_back_from_the_cache_says_what_each_match_sounded_like() -> None:
    # The readings are stored packed into one string and unpacked on first use (issue 21).
    import pickle

    lexicon = shipped()
    index = lexicon.index
    again = pickle.loads(pickle.dumps(index, protocol=5)).bind(list(lexicon))
    heard = [said for e in list(lexicon)[::23] for _, _, v, _, said in entry_readings(e) if not v]
    sounded = 0
    for query in heard:
        before, after = index.search(query), again.search(query)
        assert [(r.entry.id, r.score, r.kind, r.matched, r.reading) for r in after] == [
            (r.entry.id, r.score, r.kind, r.matched, r.reading) for r in before
        ], query
        sounded += sum(1 for r in after if r.kind is MatchKind.SOUND and r.reading)
    assert sounded >= len(heard)  # the readings are there to compare, not all empty


def test_records_keep_readings_by_record_through_gaps_and_odd_text() -> None:
    import pickle

    from phrasebook.search.records import Records

    for odd in ("plain", "with\0nul"):
        records = Records()
        records.extend([(0, "a")], Lang.EN, 1.0)
        records.extend([(0, "b"), (1, "c")], Lang.KO, 1.0, MatchKind.SOUND, ["bi", odd])
        records.extend([(2, "d")], Lang.EN, 0.9)
        records.extend([(2, "e")], Lang.RU, 1.0, MatchKind.SOUND, ["ye"])
        for kept in (records, pickle.loads(pickle.dumps(records, protocol=5))):
            assert [kept.reading(n) for n in range(6)] == ["", "bi", odd, "", "ye", ""]
    with pytest.raises(ValueError, match="2 readings for 1 texts"):
        Records().extend([(0, "a")], Lang.EN, 1.0, MatchKind.SOUND, ["x", "y"])


def test_a_lexicon_read_in_one_pass_sounds_as_read_entry_by_entry() -> None:
    # readings_by_id reads each distinct word once for the whole lexicon; overrides, stress
    # marks and variants must come out as entry_readings gives them one entry at a time.
    told = Entry(
        id="told",
        category="basic",
        text={Lang.EN: "Water", Lang.KO: "물 주세요", Lang.RU: "Воды", Lang.UK: "Води"},
        stress={Lang.RU: "Воды́"},
        pron={"ko-Cyrl": "мул чжусэё"},
        variants=(Variant({Lang.KO: "물 좀 주세요", Lang.RU: "Воды"}),),
    )
    entries = [*shipped(), told]
    assert any(e.variants for e in entries) and any(e.stress for e in entries)
    one_by_one = {e.id: tuple(entry_readings(e)) for e in entries}
    assert readings_by_id(entries) == one_by_one
    assert readings_by_id([]) == {}
