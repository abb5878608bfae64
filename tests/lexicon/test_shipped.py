"""The shipped lexicon: it validates, it is big enough, and the project's language rules hold."""

from __future__ import annotations

import re
from collections import Counter

import pytest

import phrasebook
from phrasebook.values import LANGS, Lang, SaidBy

LEXICON = phrasebook.load_lexicon(cache=False)


def test_validates_with_at_least_450_complete_entries() -> None:
    assert len(LEXICON) >= 450
    assert all(all(entry.text[lang].strip() for lang in LANGS) for entry in LEXICON)


def test_every_category_is_covered_in_depth() -> None:
    counts = Counter(entry.category for entry in LEXICON)
    assert {c.id for c in LEXICON.categories} == set(counts)
    assert min(counts.values()) >= 35, counts


@pytest.mark.parametrize(
    ("entry_id", "ko"),
    [("hands-up", "손 들어!"), ("drop-weapon", "무기 버려!"), ("dont-move", "꼼짝 마!")],
)
def test_reported_manual_phrases_are_kept_and_cited(entry_id: str, ko: str) -> None:
    entry = LEXICON.get(entry_id)
    assert entry.text[Lang.KO] == ko
    assert any("manual" in source for source in entry.source)


def test_north_koreans_are_not_addressed_with_the_southern_name() -> None:
    texts = [e.text[Lang.KO] for e in LEXICON]
    texts += [v.text[Lang.KO] for e in LEXICON for v in e.variants if Lang.KO in v.text]
    assert not [t for t in texts if "북한" in t]


def test_ukrainian_uses_one_apostrophe() -> None:
    assert not [e.id for e in LEXICON if re.search("[’ʼ`]", e.text[Lang.UK])]


def test_questions_a_prisoner_may_decline_say_so() -> None:
    declinable = [e for e in LEXICON if "may-decline" in e.tags and e.is_question]
    assert len(declinable) >= 8
    for entry in declinable:
        note = entry.note(Lang.EN)
        assert "Geneva" in note or "four details" in note, entry.id
        assert entry.notes.get(Lang.RU) and entry.notes.get(Lang.UK), entry.id


def test_most_questions_offer_answer_cards() -> None:
    questions = [e for e in LEXICON if e.is_question]
    with_answers = [e for e in questions if e.answers]
    assert len(with_answers) >= 0.8 * len(questions)


def test_commands_are_plain_imperatives_with_a_final_mark() -> None:
    # The holder's commands; a soldier's replies to an officer (said_by: other) are 합니다체.
    commands = [e for e in LEXICON.in_category("commands") if e.said_by != "other"]
    assert sum(1 for e in commands if e.register.value == "plain") >= 0.9 * len(commands)
    assert all(e.text[Lang.EN].rstrip()[-1] in "!?." for e in commands)


def test_public_sources_are_cited() -> None:
    assert sum(1 for e in LEXICON if e.source) >= 30


def test_every_shipped_entry_says_who_says_it() -> None:
    import yaml

    missing = []
    for path in sorted(phrasebook.shipped_lexicon_dir().glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        entries = data.get("entries", [])
        missing += [f"{path.name}: {e['id']}" for e in entries if "said_by" not in e]
    assert not missing, missing


def test_the_other_persons_side_is_there_in_depth() -> None:
    said = Counter(entry.said_by for entry in LEXICON)
    assert len(LEXICON) >= 890
    assert said["other"] >= 250, said


def test_the_other_persons_phrases_belong_to_one_hand_over_group() -> None:
    groups = {"g-plea", "g-body", "g-food", "g-rest", "g-ask", "g-family", "g-self", "g-army"}
    wrong = []
    for entry in LEXICON:
        tagged = [t for t in entry.tags if t.startswith("g-")]
        if set(tagged) - groups or len(tagged) > 1:
            wrong.append(f"{entry.id}: {tagged}")
        elif not tagged and (
            entry.said_by is SaidBy.OTHER
            or (entry.path is not None and "their-side" in entry.path.name)
        ):
            wrong.append(f"{entry.id}: no group tag")
    assert not wrong, wrong
