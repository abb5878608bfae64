"""The lexicon's entries packed in its cache and made on first use (phrasebook.lexicon.packed)."""

from __future__ import annotations

import pickle
import threading
from array import array

import pytest

import phrasebook
from phrasebook import Entry, Lang
from phrasebook.lexicon import Lexicon
from phrasebook.lexicon.packed import BLOCK, EntryStore, EntryView


def _entries(count: int) -> list[Entry]:
    return [
        Entry(
            id=f"e{n}",
            category="c",
            text={Lang.EN: f"phrase {n}", Lang.RU: f"фраза {n}", Lang.UK: "фраза", Lang.KO: "말"},
            tags=(f"t{n % 3}",),
        )
        for n in range(count)
    ]


def _read_back(store: EntryStore) -> EntryStore:
    copy = pickle.loads(pickle.dumps(store, protocol=pickle.HIGHEST_PROTOCOL))
    assert isinstance(copy, EntryStore)
    return copy


@pytest.mark.parametrize("count", [0, 1, BLOCK - 1, BLOCK, BLOCK + 1, 5 * BLOCK + 3])
def test_a_store_reads_back_the_same_entries_in_order(count: int) -> None:
    made = _entries(count)
    store = _read_back(EntryStore(made))
    assert len(store) == count and store.ids == [e.id for e in made]
    assert list(store) == made and store == made
    if count:
        assert store[-1] == made[-1] and store[1:4] == made[1:4]


def test_only_the_block_of_an_entry_asked_for_is_made() -> None:
    store = _read_back(EntryStore(_entries(4 * BLOCK)))
    wanted = 2 * BLOCK + 1
    assert store[wanted].id == f"e{wanted}"
    made = [n for n, entry in enumerate(store._entries) if entry is not None]
    assert made == list(range(2 * BLOCK, 3 * BLOCK))
    assert store[wanted] is store[wanted]  # kept, not made again


def test_a_store_read_back_is_stored_again_without_unpacking() -> None:
    store = _read_back(EntryStore(_entries(3 * BLOCK)))
    again = _read_back(store)
    assert all(entry is None for entry in store._entries)
    assert list(again) == _entries(3 * BLOCK)


def test_the_packed_bytes_go_once_every_entry_is_made() -> None:
    store = _read_back(EntryStore(_entries(2 * BLOCK + 1)))
    list(store)
    assert store._packed is None
    assert list(_read_back(store)) == _entries(2 * BLOCK + 1)  # packed anew from the entries


def test_damaged_packed_entries_are_refused_when_read() -> None:
    state = EntryStore(_entries(BLOCK + 2)).__getstate__()
    data, ends = state["packed"]
    garbled = bytearray(data)
    garbled[len(garbled) // 2] ^= 0x55
    damaged = EntryStore([])
    with pytest.raises(ValueError, match="damaged"):
        damaged.__setstate__({**state, "packed": (bytes(garbled), ends)})
    with pytest.raises(ValueError, match="damaged"):
        damaged.__setstate__({**state, "packed": (data, array("q", ends[:-1]))})


def test_threads_reading_at_once_get_the_same_entries() -> None:
    store = _read_back(EntryStore(_entries(50 * BLOCK)))
    seen: list[list[Entry]] = []
    workers = [threading.Thread(target=lambda: seen.append(list(store))) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert len(seen) == 4
    assert all(all(a is b for a, b in zip(seen[0], other, strict=True)) for other in seen)


def test_a_view_gives_the_entries_asked_for_in_its_order() -> None:
    made = _entries(3 * BLOCK)
    store = _read_back(EntryStore(made))
    view = EntryView(store, array("i", [5, 0, 2 * BLOCK]))
    assert len(view) == 3 and [e.id for e in view] == ["e5", "e0", f"e{2 * BLOCK}"]
    assert view[1] == made[0] and view[-1] == made[2 * BLOCK] and view[:2] == [made[5], made[0]]
    assert store._entries[BLOCK] is None  # the block between was never made


def test_the_listing_puts_the_chosen_first_then_the_rest_in_order() -> None:
    lexicon = phrasebook.load_lexicon()
    every = list(lexicon)
    chosen = [every[3].id, "no-such-entry", every[0].id, every[3].id]
    listed = lexicon.listed(chosen)
    assert [e.id for e in listed] == [every[3].id, every[0].id] + [
        e.id for e in every if e.id not in (every[0].id, every[3].id)
    ]
    assert list(lexicon.listed()) == every


def test_a_cached_lexicon_makes_only_the_entries_it_is_asked_for() -> None:
    fresh = phrasebook.load_lexicon()
    cached = phrasebook.load_lexicon()  # read back from the cache the first load wrote
    entries = cached._entries
    assert isinstance(entries, EntryStore) and all(e is None for e in entries._entries)
    wanted = fresh.get("hands-up")
    assert cached.get("hands-up") == wanted and "hands-up" in cached
    assert sum(e is not None for e in entries._entries) <= BLOCK
    assert list(cached) == list(fresh) and isinstance(cached, Lexicon)
