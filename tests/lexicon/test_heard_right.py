"""Korean the other person hears right: no 네 for "you" (heard as 내 "I"), one polite style per
situation, as lexicon/README.md says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

import phrasebook
from phrasebook.values import Lang, SaidBy

LEXICON = phrasebook.load_lexicon(cache=False)
FILES = sorted((Path(__file__).parents[2] / "lexicon").glob("*.yaml"))

YOU = re.compile(r"(?:^|[^가-힣])(네|네가|네게|니가)(?= [가-힣])")
"""네/네가 "your/you" before another word (네 alone, or before punctuation, is "yes")."""
ME = re.compile(r"(?:^|[^가-힣])(내|내가|내게)(?= [가-힣])")
"""내/내가 "my/I": most speakers say 내 and 네 alike, so each is heard as the other."""

REVIEWED_YOU: set[str] = set()
"""Entry ids allowed 네/네가 in their main text after review (none so far)."""
REVIEWED_ME: set[str] = set()
"""Holder's entries allowed 내/내가 in their main text after review (none so far)."""


def test_no_main_text_says_you_with_ne() -> None:
    found = [e.id for e in LEXICON if YOU.search(e.text[Lang.KO]) and e.id not in REVIEWED_YOU]
    assert not found, f"say 너의/너는 or restructure (heard as 내/내가): {found}"


def test_the_holder_never_says_i_with_nae() -> None:
    found = [
        e.id
        for e in LEXICON
        if e.said_by is SaidBy.HOLDER and ME.search(e.text[Lang.KO]) and e.id not in REVIEWED_ME
    ]
    assert not found, f"say 나의/나는 or restructure (heard as 네/네가): {found}"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("우리는 네 적이 아니야.", True),
        ("네가 선택하는 거야.", True),
        ("네.", False),
        ("네", False),
    ],
)
def test_the_you_pattern_tells_you_from_yes(text: str, flagged: bool) -> None:
    assert bool(YOU.search(text)) is flagged


HAPSYO = re.compile(r"(니다|니까|십시오|시오)$")
HAEYO = re.compile(r"요$")
STYLE = {
    "commands": HAPSYO,
    "surrender": HAPSYO,
    "identification": HAPSYO,
    "numbers": HAPSYO,
    "reassurance": HAPSYO,
    "reassurance-replies": HAPSYO,
    "communication": HAPSYO,
    "medical": HAEYO,
    "welfare": HAEYO,
    "surrender-safety": HAEYO,
}
"""The holder's polite style per file; every `-their-side` file is 해요체."""
FIXED_WORDS = {"안녕하세요", "아니요", "예", "감사해요", "고마워요", "미안해요", "천만에요"}
"""Courtesies said the same whatever the situation."""


def _polite_korean(path: Path) -> list[str]:
    texts = []
    for entry in yaml.safe_load(path.read_text(encoding="utf-8")).get("entries") or []:
        if entry.get("register") == "polite":
            texts.append(entry.get("ko", ""))
        variants = entry.get("variants") or []
        texts += [v.get("ko", "") for v in variants if v.get("register") == "polite"]
    return [t for t in texts if t and t.rstrip("!?. ") not in FIXED_WORDS]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_one_polite_style_per_situation(path: Path) -> None:
    style = HAEYO if path.stem.endswith("-their-side") else STYLE.get(path.stem)
    if style is None:
        pytest.skip("words and terms: no polite sentences")
    wrong = [t for t in _polite_korean(path) if not style.search(t.rstrip("!?. "))]
    assert not wrong, f"{path.name}: use {'해요체' if style is HAEYO else '합쇼체'}: {wrong}"
