"""When to see a card again: a thin wrapper over the ``fsrs`` library (FSRS, Anki's algorithm).

Nothing here schedules by hand: the library decides every interval. This module only names the
grades and stages in phrasebook's terms and keeps the library's card as JSON for the store. The
library is imported on first use, so ``import phrasebook`` never loads it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import fsrs

LEARNING_STEPS = (timedelta(minutes=1),)
"""A new card answered "again" comes back in a minute; "good" graduates at once (FSRS then
gives days), because a phrase someone said right on first sight is not worth a ten-minute step."""

RELEARNING_STEPS = (timedelta(minutes=10),)
"""A forgotten card comes back in ten minutes."""

MATURE = timedelta(days=21)
"""A card whose interval is this long or longer counts as mature (Anki's definition)."""


class Grade(IntEnum):
    """How well I remembered, in the library's numbering."""

    AGAIN = 1
    """Forgot it."""
    HARD = 2
    """Remembered with serious difficulty."""
    GOOD = 3
    """Remembered after a hesitation."""
    EASY = 4
    """Remembered at once."""


class Direction(StrEnum):
    """What a card asks."""

    SAY = "say"
    """My phrase is shown; I say theirs aloud (production)."""
    RECOGNISE = "recognise"
    """Their phrase is shown or heard; I recall what it means (the listening skill)."""


class Stage(StrEnum):
    """Where a card is in its life."""

    LEARNING = "learning"
    """Seen, not yet graduated."""
    REVIEW = "review"
    """Graduated: intervals in days."""
    RELEARNING = "relearning"
    """Forgotten after graduating; short steps again."""


_STAGES = {1: Stage.LEARNING, 2: Stage.REVIEW, 3: Stage.RELEARNING}


@dataclass(frozen=True, slots=True)
class CardState:
    """A card's schedule after its last review."""

    stage: Stage
    """Learning, review or relearning."""
    due: datetime
    """When it should be seen next (UTC)."""
    last_review: datetime
    """When it was last graded (UTC)."""
    data: str
    """The library's card, as its own JSON, to continue from."""

    @property
    def interval(self) -> timedelta:
        """The time from the last review to the next."""
        return self.due - self.last_review

    @property
    def mature(self) -> bool:
        """Graduated with an interval of three weeks or more."""
        return self.stage is Stage.REVIEW and self.interval >= MATURE


def card_number(key: str) -> int:
    """A stable number for a card (the library wants one; its default sleeps to make one)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=6).digest(), "big")


def utc(moment: datetime) -> datetime:
    """``moment`` in UTC, as the library requires (a naive time is taken to be UTC)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


class Scheduler:
    """Grades cards through ``fsrs.Scheduler``, with phrasebook's learning steps."""

    def __init__(self, *, fuzz: bool = True) -> None:
        """Args:
        fuzz: let the library spread long intervals a little (its default); tests turn it off
            for exact dates.
        """
        import fsrs

        self._fsrs = fsrs
        self._scheduler = fsrs.Scheduler(
            learning_steps=LEARNING_STEPS,
            relearning_steps=RELEARNING_STEPS,
            enable_fuzzing=fuzz,
        )

    def review(self, key: str, state: CardState | None, grade: Grade, now: datetime) -> CardState:
        """The card's schedule after grading it ``grade`` at ``now``.

        Args:
            key: the card's identity, for the library's card number.
            state: its schedule so far, None for a card never seen.
            grade: how well it was remembered.
            now: the time of the review.
        """
        now = utc(now)
        card = self._card(key, state, now)
        card, _log = self._scheduler.review_card(card, self._fsrs.Rating(int(grade)), now)
        return CardState(_STAGES[int(card.state)], utc(card.due), now, card.to_json())

    def retrievability(self, state: CardState, now: datetime) -> float:
        """The library's estimate of the chance to recall the card at ``now`` (0 to 1)."""
        card = self._fsrs.Card.from_json(state.data)
        return float(self._scheduler.get_card_retrievability(card, utc(now)))

    def _card(self, key: str, state: CardState | None, now: datetime) -> fsrs.Card:
        if state is None:
            return self._fsrs.Card(card_id=card_number(key), due=now)
        data: Any = json.loads(state.data)
        return self._fsrs.Card.from_dict(data)
