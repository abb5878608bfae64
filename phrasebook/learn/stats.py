"""Per-deck figures: how many cards are new, learning, due today and mature."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from phrasebook.learn.decks import Deck
from phrasebook.learn.schedule import Direction
from phrasebook.learn.store import Counts, ReviewStore
from phrasebook.values import Lang


@dataclass(frozen=True, slots=True)
class DeckStats:
    """One deck's figures for one pair, in both directions."""

    deck: Deck
    """The deck."""
    mine: Lang
    """The learner's language."""
    theirs: Lang
    """The language learned."""
    counts: dict[Direction, Counts]
    """The figures of each direction."""

    def as_json(self) -> dict[str, object]:
        """The figures as plain data for ``--json``."""
        return {
            "deck": self.deck.id,
            "name": self.deck.name(self.mine),
            "mine": self.mine.value,
            "theirs": self.theirs.value,
            "cards": len(self.deck.ids),
            **{
                direction.value: {
                    "new": c.new,
                    "learning": c.learning,
                    "due_today": c.due_today,
                    "mature": c.mature,
                }
                for direction, c in self.counts.items()
            },
        }


def end_of_day(now: datetime) -> datetime:
    """Midnight after ``now`` in the machine's time zone, as an aware time."""
    local = now.astimezone()
    return datetime.combine(local.date() + timedelta(days=1), time(), local.tzinfo)


def deck_stats(
    decks: Sequence[Deck],
    store: ReviewStore,
    pair_of: Callable[[Deck], tuple[Lang, Lang]],
    now: datetime,
) -> list[DeckStats]:
    """Figures for each deck, in the pair ``pair_of`` gives it (see :meth:`Deck.pair_for`)."""
    until = end_of_day(now)
    found = []
    for deck in decks:
        pair = pair_of(deck)
        counts = {d: store.counts(deck.ids, pair[0], pair[1], d, until) for d in Direction}
        found.append(DeckStats(deck, pair[0], pair[1], counts))
    return found
