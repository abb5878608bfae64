"""Answer cards laid out to fit the screen, so the other person can point at every one.

All the cards are shown when they fit; if not at full size, then compact (one line each);
if not even then, a page at a time, with a "more" tile that is one tap (or →) from the rest.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.containers import Container
from textual.message import Message
from textual.widgets import Static

from phrasebook.tui.text import literal
from phrasebook.values import Entry, Lang

FULL_LINES = 4
"""A full card: a border above and below, their word, my gloss."""
COMPACT_LINES = 3
"""A compact card: a border above and below, their word and my gloss on one line."""
SIDE = 7
"""Columns a card spends on its border, padding, margin and the gutter beside it."""
GRID_PADDING = (2, 4)
"""Lines and columns the grid spends on its own padding."""


@dataclass(frozen=True, slots=True)
class CardPlan:
    """How the answer cards are laid out."""

    columns: int
    """Cards per row."""
    compact: bool
    """One line per card (their word, then my gloss) rather than two."""
    per_page: int
    """Cards on one page; fewer than the answers when a "more" tile pages through them."""


def plan_cards(texts: Sequence[tuple[str, str]], width: int, lines: int) -> CardPlan:
    """Lay out cards of (their text, my text) in ``width`` columns and ``lines`` lines.

    Full cards when they all fit, else compact ones, else pages of compact ones: one cell of
    the last page's grid holds the "more" tile.
    """
    count = len(texts)
    if not count:
        return CardPlan(1, False, 0)
    theirs = max(cell_len(t) for t, _ in texts)
    mine = max(cell_len(m) for _, m in texts)
    usable = max(1, width - GRID_PADDING[1])
    lines = max(COMPACT_LINES, lines - GRID_PADDING[0])
    columns = max(1, min(count, usable // (max(theirs, mine) + SIDE)))
    if math.ceil(count / columns) * FULL_LINES <= lines:
        return CardPlan(columns, False, count)
    columns = max(1, min(count, usable // (theirs + mine + 3 + SIDE)))
    rows = max(1, lines // COMPACT_LINES)
    if math.ceil(count / columns) <= rows:
        return CardPlan(columns, True, count)
    return CardPlan(columns, True, max(1, rows * columns - 1))


class AnswerCard(Static):
    """One answer the other person can point at: their word, my gloss below (or beside)."""

    def __init__(self, entry: Entry, mine: Lang, theirs: Lang, *, compact: bool) -> None:
        text = literal(entry.text[theirs], "bold")
        text.append("  " if compact else "\n")
        text.append_text(literal(entry.text[mine], "dim"))
        super().__init__(text, classes="answer-card", markup=False)
        self.entry = entry


@dataclass
class NextPage(Message):
    """The "more" tile was tapped."""


class MoreTile(Static):
    """Where the other answers are: a tap (or →) shows the next page."""

    def __init__(self, word: str, first: int, last: int, count: int) -> None:
        text = Text(f"{word} ▸▸  ", style="bold")
        text.append(f"{first}–{last} / {count}", style="dim")
        super().__init__(text, classes="answer-card more-tile", markup=False)

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(NextPage())


class AnswerGrid(Container, can_focus=False):
    """The answer cards; never focused, so the arrow keys stay with the screen."""
