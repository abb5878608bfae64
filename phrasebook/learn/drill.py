"""A drill session: which card comes next, what its two sides say, and the figures at the end.

The interface (the TUI) shows :attr:`Drill.card`, reveals it, and calls :meth:`Drill.grade`;
everything about order and scheduling is here, with the clock passed in so tests can fix it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from phrasebook.errors import LearnError
from phrasebook.export.cards import say_text
from phrasebook.learn.decks import Deck
from phrasebook.learn.schedule import CardState, Direction, Grade, Scheduler
from phrasebook.learn.store import CardKey, ReviewStore
from phrasebook.lexicon import Lexicon
from phrasebook.values import Entry, Lang

NEW_PER_SESSION = 20
"""New cards a session introduces at most (the rest wait for the next one)."""

LEARN_AHEAD = timedelta(minutes=20)
"""A card due again within this time comes back in the same session (as in Anki)."""

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Card:
    """One card as shown: the prompt, and the answer revealed after."""

    entry: Entry
    """The phrase drilled."""
    key: CardKey
    """Its identity in the store."""
    prompt: str
    """What is shown first: my phrase (say it) or theirs (recognise it)."""
    prompt_lang: Lang
    """The prompt's language."""
    answer: str
    """What is revealed: their phrase (say it) or mine (recognise it)."""
    answer_lang: Lang
    """The answer's language."""
    reading: str
    """Their phrase in my script, to read aloud; empty when they write as I do."""
    note: str
    """The entry's note for me."""
    new: bool
    """Never reviewed before."""


@dataclass(frozen=True, slots=True)
class Figures:
    """What a session did."""

    seen: int
    """Distinct cards graded."""
    reviews: int
    """Grades given (a card failed and seen again counts twice)."""
    correct: int
    """Grades other than "again"."""
    next_due: datetime | None
    """When the deck's earliest card is due next (UTC), None if none was ever reviewed."""
    left: int
    """Cards still waiting in the session."""

    @property
    def accuracy(self) -> float | None:
        """The share of grades that were not "again", None before any grade."""
        return self.correct / self.reviews if self.reviews else None


class Drill:
    """One session over a deck, for one pair and direction."""

    def __init__(
        self,
        deck: Deck,
        lexicon: Lexicon,
        store: ReviewStore,
        mine: Lang,
        theirs: Lang,
        direction: Direction = Direction.SAY,
        *,
        scheduler: Scheduler | None = None,
        clock: Clock = utc_now,
        new_limit: int = NEW_PER_SESSION,
    ) -> None:
        self.deck = deck
        self.lexicon = lexicon
        self.store = store
        self.mine = mine
        self.theirs = theirs
        self.direction = direction
        self.scheduler = scheduler or Scheduler()
        self.clock = clock
        self.ids = [i for i in deck.ids if i in lexicon]
        self.states = store.states(self.ids, mine, theirs, direction)
        now = clock()
        due = sorted((s.due, i) for i, s in self.states.items() if s.due <= now + LEARN_AHEAD)
        new = [i for i in self.ids if i not in self.states][:new_limit]
        self.queue: list[str] = [i for _, i in due] + new
        """Entry ids still to show, the next first."""
        self._seen: set[str] = set()
        self._reviews = 0
        self._correct = 0

    @property
    def card(self) -> Card | None:
        """The card to show now; None when the session is done."""
        if not self.queue:
            return None
        return self.make_card(self.lexicon.get(self.queue[0]))

    def key(self, entry_id: str) -> CardKey:
        """The store's key for an entry's card in this session."""
        return CardKey(entry_id, self.mine, self.theirs, self.direction)

    def make_card(self, entry: Entry) -> Card:
        """The two sides of an entry's card."""
        mine_text, their_text = entry.text[self.mine], entry.text[self.theirs]
        say = self.direction is Direction.SAY
        return Card(
            entry=entry,
            key=self.key(entry.id),
            prompt=mine_text if say else their_text,
            prompt_lang=self.mine if say else self.theirs,
            answer=their_text if say else mine_text,
            answer_lang=self.theirs if say else self.mine,
            reading=say_text(entry, self.mine, self.theirs),
            note=entry.note(self.mine),
            new=entry.id not in self.states,
        )

    def grade(self, grade: Grade) -> CardState:
        """Grade the current card, save it, and move on.

        A card due again soon (a failed one) goes to the back of the queue.

        Raises:
            LearnError: when there is no card to grade.
            StorageError: when the review cannot be saved; the card stays current.
        """
        if not self.queue:
            raise LearnError("the session is over: there is no card to grade")
        entry_id = self.queue[0]
        key = self.key(entry_id)
        now = self.clock()
        state = self.scheduler.review(str(key), self.states.get(entry_id), grade, now)
        self.store.record(key, grade, state)
        self.states[entry_id] = state
        self.queue.pop(0)
        if state.due <= now + LEARN_AHEAD:
            self.queue.append(entry_id)
        self._seen.add(entry_id)
        self._reviews += 1
        self._correct += grade is not Grade.AGAIN
        return state

    def figures(self) -> Figures:
        """The session's figures so far."""
        next_due = min((s.due for s in self.states.values()), default=None)
        return Figures(len(self._seen), self._reviews, self._correct, next_due, len(self.queue))
