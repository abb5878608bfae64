"""The review history: every grade and each card's schedule, in SQLite in the user data directory.

Each review is one transaction (the grade and the card's new schedule together), committed with
a full sync, so a crash or a kill loses at most the review being written. A database that SQLite
cannot read is set aside with a message, like the other user files, and a fresh one started; a
directory that cannot be written costs persistence for the session, never the drill.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from phrasebook.errors import StorageError
from phrasebook.learn.schedule import CardState, Direction, Grade, Stage
from phrasebook.userdata import paths
from phrasebook.userdata.storage import set_aside
from phrasebook.values import Lang

FILE_NAME = "learn.sqlite3"
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS cards (
    entry_id TEXT NOT NULL,
    mine TEXT NOT NULL,
    theirs TEXT NOT NULL,
    direction TEXT NOT NULL,
    stage TEXT NOT NULL,
    due REAL NOT NULL,
    last_review REAL NOT NULL,
    fsrs TEXT NOT NULL,
    PRIMARY KEY (entry_id, mine, theirs, direction)
);
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY,
    entry_id TEXT NOT NULL,
    mine TEXT NOT NULL,
    theirs TEXT NOT NULL,
    direction TEXT NOT NULL,
    grade INTEGER NOT NULL,
    reviewed_at REAL NOT NULL,
    due REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS cards_due ON cards (mine, theirs, direction, due);
"""


def store_path() -> Path:
    """Where the review history lives."""
    return paths.data_dir() / FILE_NAME


@dataclass(frozen=True, slots=True)
class CardKey:
    """One card: an entry, drilled in one direction for one language pair."""

    entry_id: str
    """The entry."""
    mine: Lang
    """The learner's language."""
    theirs: Lang
    """The language learned."""
    direction: Direction
    """Saying it or recognising it."""

    def __str__(self) -> str:
        return f"{self.entry_id}/{self.mine}-{self.theirs}/{self.direction}"


@dataclass(frozen=True, slots=True)
class Counts:
    """A deck's cards by stage, for one pair and direction."""

    cards: int
    """Entries in the deck."""
    new: int
    """Never reviewed."""
    learning: int
    """In learning or relearning steps."""
    due_today: int
    """Seen before and due by the end of today."""
    mature: int
    """Intervals of three weeks or more."""


def _seconds(moment: datetime) -> float:
    return moment.timestamp()


def _moment(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


class ReviewStore:
    """Read and write the review history. Open with :meth:`open`; close when done."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._db = connection
        self.path = path
        """The database file, or None when the history is kept in memory only."""
        self.messages: list[str] = []
        """Things the user should be told (a database set aside, a directory not writable)."""

    @classmethod
    def open(cls, path: Path | None = None) -> ReviewStore:
        """Open (or create) the history; never fails — problems go to :attr:`messages`."""
        path = path or store_path()
        messages: list[str] = []
        try:
            store = cls(_connect(path), path)
        except sqlite3.DatabaseError as exc:
            store = cls(_connect(None), None)
            moved = _set_aside(path, exc, messages)
            if moved:
                with contextlib.suppress(sqlite3.DatabaseError, OSError):
                    store = cls(_connect(path), path)
            if store.path is None:
                messages.append(f"reviews are kept only until you quit: cannot open {path}")
        except OSError as exc:
            store = cls(_connect(None), None)
            messages.append(
                f"reviews are kept only until you quit: cannot write {path}: {exc.strerror or exc}"
            )
        store.messages.extend(messages)
        return store

    def close(self) -> None:
        """Close the database (every review is already committed)."""
        self._db.close()

    def __enter__(self) -> ReviewStore:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # --- reading ------------------------------------------------------------------------------

    def states(
        self, entry_ids: Sequence[str], mine: Lang, theirs: Lang, direction: Direction
    ) -> dict[str, CardState]:
        """The schedules of the entries' cards that have been reviewed, by entry id."""
        rows = self._db.execute(
            "SELECT entry_id, stage, due, last_review, fsrs FROM cards "
            "WHERE mine = ? AND theirs = ? AND direction = ?",
            (mine.value, theirs.value, direction.value),
        ).fetchall()
        wanted = set(entry_ids)
        return {
            row[0]: CardState(Stage(row[1]), _moment(row[2]), _moment(row[3]), row[4])
            for row in rows
            if row[0] in wanted
        }

    def state(self, key: CardKey) -> CardState | None:
        """One card's schedule, None when it was never reviewed."""
        return self.states([key.entry_id], key.mine, key.theirs, key.direction).get(key.entry_id)

    def review_count(self) -> int:
        """How many reviews the history holds."""
        return int(self._db.execute("SELECT COUNT(*) FROM reviews").fetchone()[0])

    def counts(
        self,
        entry_ids: Sequence[str],
        mine: Lang,
        theirs: Lang,
        direction: Direction,
        end_of_day: datetime,
    ) -> Counts:
        """A deck's cards by stage; "due today" are the seen ones due before ``end_of_day``."""
        states = self.states(entry_ids, mine, theirs, direction).values()
        learning = sum(s.stage is not Stage.REVIEW for s in states)
        due = sum(s.due <= end_of_day for s in states)
        mature = sum(s.mature for s in states)
        total = len(set(entry_ids))
        return Counts(total, total - len(states), learning, due, mature)

    def next_due(
        self, entry_ids: Sequence[str], mine: Lang, theirs: Lang, direction: Direction
    ) -> datetime | None:
        """When the earliest of the deck's seen cards is due, None before any review."""
        states = self.states(entry_ids, mine, theirs, direction).values()
        return min((s.due for s in states), default=None)

    # --- writing ------------------------------------------------------------------------------

    def record(self, key: CardKey, grade: Grade, state: CardState) -> None:
        """Save one review and the card's new schedule, in one transaction.

        Raises:
            StorageError: when the database cannot be written (full disk, removed directory);
                nothing of this review is kept then.
        """
        values = (key.entry_id, key.mine.value, key.theirs.value, key.direction.value)
        try:
            with self._db:
                self._db.execute(
                    "INSERT INTO reviews (entry_id, mine, theirs, direction, grade, reviewed_at, "
                    "due) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (*values, int(grade), _seconds(state.last_review), _seconds(state.due)),
                )
                self._db.execute(
                    "INSERT OR REPLACE INTO cards (entry_id, mine, theirs, direction, stage, due, "
                    "last_review, fsrs) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        *values,
                        state.stage.value,
                        _seconds(state.due),
                        _seconds(state.last_review),
                        state.data,
                    ),
                )
        except sqlite3.Error as exc:
            where = self.path or "memory"
            raise StorageError(f"cannot save the review in {where}: {exc}") from exc


def _connect(path: Path | None) -> sqlite3.Connection:
    """A connection with the schema in place; raises sqlite3.DatabaseError for a bad file."""
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(str(path) if path is not None else ":memory:", timeout=10)
    try:
        connection.execute("PRAGMA synchronous = FULL")
        check = connection.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {check[0] if check else '?'}")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(f"written by a newer phrasebook (schema {version})")
        with connection:
            connection.executescript(_SCHEMA)
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        for table, column in (("cards", "fsrs"), ("reviews", "grade")):
            names = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
            if column not in names:
                raise sqlite3.DatabaseError(f"table {table} lacks the column {column}")
    except BaseException:
        connection.close()
        raise
    return connection


def _set_aside(path: Path, problem: Exception, messages: list[str]) -> bool:
    try:
        moved = set_aside(path)
    except OSError as exc:
        messages.append(f"{path} cannot be read ({problem}) and cannot be moved aside: {exc}")
        return False
    journal = path.with_name(path.name + "-journal")
    if journal.exists():
        with contextlib.suppress(OSError):
            journal.replace(moved.with_name(moved.name + "-journal"))
    messages.append(f"{path} could not be read ({problem}); it was moved to {moved.name}")
    return True
