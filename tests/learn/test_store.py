"""The review history survives a restart, a corrupt file and a kill in the middle of a write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from phrasebook.learn import Deck, Direction, Drill, Grade, ReviewStore, Scheduler, Stage
from phrasebook.learn.store import CardKey, store_path
from phrasebook.lexicon import Lexicon
from phrasebook.values import Lang

NOW = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


def deck(*ids: str) -> Deck:
    return Deck("test", {Lang.EN: "test"}, ids)


def test_reviews_persist_across_a_restart(mini: Lexicon) -> None:
    with ReviewStore.open() as store:
        drill = Drill(deck("hands-up"), mini, store, Lang.UK, Lang.KO, clock=lambda: NOW)
        drill.grade(Grade.GOOD)
    assert store_path().is_file()
    with ReviewStore.open() as store:
        assert store.messages == []
        assert store.review_count() == 1
        state = store.state(CardKey("hands-up", Lang.UK, Lang.KO, Direction.SAY))
        assert state is not None and state.stage is Stage.REVIEW
        # The next session finds the card not due yet, so nothing to drill.
        drill = Drill(deck("hands-up"), mini, store, Lang.UK, Lang.KO, clock=lambda: NOW)
        assert drill.card is None
        later = Drill(
            deck("hands-up"), mini, store, Lang.UK, Lang.KO, clock=lambda: NOW + timedelta(days=5)
        )
        assert later.card is not None and not later.card.new


def test_directions_and_pairs_are_separate_cards(mini: Lexicon) -> None:
    with ReviewStore.open() as store:
        Drill(deck("hands-up"), mini, store, Lang.UK, Lang.KO, clock=lambda: NOW).grade(Grade.GOOD)
        recognise = Drill(
            deck("hands-up"), mini, store, Lang.UK, Lang.KO, Direction.RECOGNISE, clock=lambda: NOW
        )
        other_pair = Drill(deck("hands-up"), mini, store, Lang.EN, Lang.KO, clock=lambda: NOW)
        assert recognise.card is not None and recognise.card.new
        assert other_pair.card is not None and other_pair.card.new


def test_a_corrupt_database_is_set_aside_with_a_message() -> None:
    path = store_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database" * 100)
    with ReviewStore.open() as store:
        assert store.path == path
        assert len(store.messages) == 1 and "moved to learn.sqlite3.corrupt-" in store.messages[0]
        assert store.review_count() == 0
    aside = [p.name for p in path.parent.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1


def test_an_unwritable_directory_keeps_reviews_in_memory(tmp_path: Path, mini: Lexicon) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with ReviewStore.open(blocker / "learn.sqlite3") as store:
        assert store.path is None
        assert "kept only until you quit" in store.messages[0]
        Drill(deck("hands-up"), mini, store, Lang.UK, Lang.KO, clock=lambda: NOW).grade(Grade.GOOD)
        assert store.review_count() == 1


WRITER = """
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from phrasebook.learn import Grade, ReviewStore, Scheduler
from phrasebook.learn.store import CardKey
from phrasebook.learn.schedule import Direction
from phrasebook.values import Lang

store = ReviewStore.open(Path(sys.argv[1]))
scheduler = Scheduler(fuzz=False)
now = datetime(2025, 3, 1, tzinfo=UTC)
for n in range(100000):
    key = CardKey(f"entry-{n}", Lang.UK, Lang.KO, Direction.SAY)
    state = scheduler.review(str(key), None, Grade.GOOD, now + timedelta(seconds=n))
    store.record(key, Grade.GOOD, state)
    print(n + 1, flush=True)
"""


def test_sigkill_during_writes_loses_at_most_the_review_being_written(tmp_path: Path) -> None:
    path = tmp_path / "learn.sqlite3"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    committed = 0
    for line in process.stdout:
        committed = int(line)
        if committed >= 40:
            break
    process.send_signal(signal.SIGKILL)
    process.wait()
    with ReviewStore.open(path) as store:
        assert store.messages == []
        count = store.review_count()
        # Every review reported as saved is there; at most the one in flight besides.
        assert committed <= count <= committed + 2
        cards = store.states([f"entry-{n}" for n in range(count)], Lang.UK, Lang.KO, Direction.SAY)
        assert len(cards) == count


def test_record_failure_says_where(tmp_path: Path, mini: Lexicon) -> None:
    store = ReviewStore.open(tmp_path / "learn.sqlite3")
    store.close()
    key = CardKey("hands-up", Lang.UK, Lang.KO, Direction.SAY)
    state = Scheduler(fuzz=False).review(str(key), None, Grade.GOOD, NOW)
    try:
        store.record(key, Grade.GOOD, state)
    except Exception as exc:
        assert "cannot save the review" in str(exc)
    else:
        raise AssertionError("a closed store accepted a review")
