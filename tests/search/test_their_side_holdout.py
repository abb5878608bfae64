"""The held-out table of the other side's sentences (issue #15): a figure, not a list of fixes.

tests/data/their_side_holdout.yaml was written before the search and the lexicon were changed for
the misses of their_side_queries.yaml, for meanings near them, and was not used to tune anything.
Its misses are not listed one by one: the test keeps the share found from falling below what the
issue #15 work reached (41 of 55 in the top 5; 29 before it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import phrasebook
from tests.conftest import DATA

TABLE: list[dict[str, Any]] = yaml.safe_load(
    Path(DATA / "their_side_holdout.yaml").read_text(encoding="utf-8")
)
MAPPED = [row for row in TABLE if row["ids"]]
FOUND_AT_LEAST = 40
"""29 before the fixes of issue 15, 41 after them; 40 since the Korean review changed the drone
variant ("a drone dropped a bomb on me" did not say he was hurt), which had found «дрон скинув
гранату» — one of the sentences the variants overlapped, so that one was never independent."""


@pytest.fixture(scope="module")
def lexicon() -> phrasebook.Lexicon:
    return phrasebook.load_lexicon(cache=False)


def test_holdout_is_large_and_its_ids_exist(lexicon: phrasebook.Lexicon) -> None:
    assert len(MAPPED) >= 40
    assert not [i for row in MAPPED for i in row["ids"] if i not in lexicon]


def test_holdout_sentences_find_their_entry_in_the_top_5(lexicon: phrasebook.Lexicon) -> None:
    misses = {
        row["q"]: found
        for row in MAPPED
        if not set(found := [hit.entry.id for hit in lexicon.search(row["q"], limit=5)])
        & set(row["ids"])
    }
    assert len(MAPPED) - len(misses) >= FOUND_AT_LEAST, misses
