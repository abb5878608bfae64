"""Scheduling goes through the fsrs library; a fixed clock makes the dates exact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from phrasebook.learn.schedule import Grade, Scheduler, Stage

NOW = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def scheduler() -> Scheduler:
    return Scheduler(fuzz=False)


def test_a_card_graded_good_is_not_due_tomorrow(scheduler: Scheduler) -> None:
    state = scheduler.review("hands-up", None, Grade.GOOD, NOW)
    assert state.stage is Stage.REVIEW
    assert state.due > NOW + timedelta(days=1)


def test_again_is_due_within_minutes(scheduler: Scheduler) -> None:
    state = scheduler.review("hands-up", None, Grade.AGAIN, NOW)
    assert state.stage is Stage.LEARNING
    assert NOW < state.due <= NOW + timedelta(minutes=10)


def test_easy_waits_longer_than_good(scheduler: Scheduler) -> None:
    good = scheduler.review("a", None, Grade.GOOD, NOW)
    easy = scheduler.review("a", None, Grade.EASY, NOW)
    assert easy.due > good.due


def test_forgetting_a_learned_card_brings_it_back_within_minutes(scheduler: Scheduler) -> None:
    state = scheduler.review("a", None, Grade.GOOD, NOW)
    later = state.due
    again = scheduler.review("a", state, Grade.AGAIN, later)
    assert again.stage is Stage.RELEARNING
    assert again.due <= later + timedelta(minutes=10)


def test_good_reviews_grow_the_interval_until_mature(scheduler: Scheduler) -> None:
    state = scheduler.review("a", None, Grade.GOOD, NOW)
    intervals = [state.interval]
    while not state.mature:
        state = scheduler.review("a", state, Grade.GOOD, state.due)
        intervals.append(state.interval)
        assert len(intervals) < 10
    assert intervals == sorted(intervals)
    assert state.interval >= timedelta(days=21)


def test_a_naive_clock_is_taken_as_utc(scheduler: Scheduler) -> None:
    state = scheduler.review("a", None, Grade.AGAIN, NOW.replace(tzinfo=None))
    assert state.last_review == NOW
