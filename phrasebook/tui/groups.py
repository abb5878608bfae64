"""What the hand-over screen offers the other person: their own phrases, in a few plain groups.

The groups come from the lexicon, not from code: every ``said_by: other`` entry carries one
``g-…`` tag (lexicon/README.md lists them), the yes / no / numbers tile takes the ``either``
answers of the communication category and the numbers, and the body map is the answer cards of
"Where does it hurt?", which the lexicon lists head to foot.
"""

from __future__ import annotations

from dataclasses import dataclass

from phrasebook.lexicon import Lexicon
from phrasebook.values import Entry, Lang, SaidBy

BODY_MAP_QUESTION = "where-does-it-hurt"
"""The entry whose answer cards are the body parts, head to foot."""

MAX_TILES = 10
"""Digits 1–9 and 0 choose a tile."""

SEARCH_LIMIT = 30
"""The most phrases listed for what they type."""

_TAGGED: tuple[tuple[str, str], ...] = (
    ("group_pain", "g-body"),
    ("group_food", "g-food"),
    ("group_rest", "g-rest"),
    ("group_ask", "g-ask"),
    ("group_family", "g-family"),
)
_TAGGED_LATER: tuple[tuple[str, str], ...] = (
    ("group_plea", "g-plea"),
    ("group_self", "g-self"),
    ("group_army", "g-army"),
)


@dataclass(frozen=True)
class Group:
    """One tile of the hand-over screen."""

    key: str
    """The interface-text key of its name (``label(key, lang)``)."""
    entries: tuple[Entry, ...]
    """Its phrases, in lexicon order (the body map: head to foot)."""
    body_map: bool = False
    """True for the body map: a choice reads back as "it hurts here"."""


def offered(entry: Entry) -> bool:
    """True for what the other person would say (``said_by`` other or either)."""
    return entry.said_by is not SaidBy.HOLDER


def _tagged(lexicon: Lexicon, key: str, tag: str) -> Group:
    return Group(key, tuple(e for e in lexicon if offered(e) and tag in e.tags))


def _answers(lexicon: Lexicon) -> Group:
    def fits(entry: Entry) -> bool:
        if entry.said_by is not SaidBy.EITHER:
            return False
        return "number" in entry.tags or (
            entry.category == "communication" and "answer" in entry.tags
        )

    # Yes and no first, then the numbers.
    chosen = sorted((e for e in lexicon if fits(e)), key=lambda e: "number" in e.tags)
    return Group("group_answers", tuple(chosen))


def body_map(lexicon: Lexicon) -> Group:
    """The body parts, head to foot, for someone who can only point."""
    if BODY_MAP_QUESTION not in lexicon:
        return Group("group_body_map", ())
    parts = lexicon.answers_of(lexicon.get(BODY_MAP_QUESTION))
    return Group("group_body_map", tuple(parts), body_map=True)


def hand_over_groups(lexicon: Lexicon) -> list[Group]:
    """The tiles, in order; a group with no phrases is left out."""
    groups = [
        body_map(lexicon),
        *(_tagged(lexicon, key, tag) for key, tag in _TAGGED),
        _answers(lexicon),
        *(_tagged(lexicon, key, tag) for key, tag in _TAGGED_LATER),
    ]
    return [g for g in groups if g.entries][:MAX_TILES]


def find_offered(lexicon: Lexicon, query: str, lang: Lang) -> list[Entry]:
    """What they typed (any script, romanized, or Korean keys on a Latin layout), best first."""
    if not query.strip():
        return []
    hits = lexicon.search(query, limit=SEARCH_LIMIT * 3, lang=lang)
    return [h.entry for h in hits if offered(h.entry)][:SEARCH_LIMIT]


def tile_key(position: int) -> str:
    """The digit that opens the tile at ``position`` (0-based): 1 … 9, then 0."""
    return str((position + 1) % 10)
