"""The lexicon's entries as its cache keeps them: packed in small blocks, unpacked on first use.

Unpickling every entry was most of what reading the lexicon cache cost: 11-16 ms of a one-shot
lookup that shows ten entries, and three quarters of a second at 100,000 entries. An
:class:`EntryStore` read back from the cache holds the entries' ids and one string of bytes; an
entry is made when it is first asked for, with the few stored beside it (:data:`BLOCK`), and kept.
"""

from __future__ import annotations

import pickle
import threading
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from phrasebook._joined import pack, unpack
from phrasebook._picked import Picked
from phrasebook.values import Entry

BLOCK = 8
"""Entries packed together. One pickle per entry repeats what entries share (their languages'
and enums' references): making every entry of a block of 8 took 0.65 times as long as one
pickle of them all, one by one 1.5 times; a lookup's ten entries from ten blocks, about a
millisecond."""


class EntryStore(Sequence[Entry]):
    """The entries, in order, each made from its packed form the first time it is asked for.

    Safe to read from several threads (the search index is read in a worker while the screen
    lists entries): a block is unpacked once, under a lock.

    Args:
        entries: the entries, in the order to keep.
    """

    def __init__(self, entries: Iterable[Entry]) -> None:
        made = list(entries)
        self._entries: list[Entry | None] = list(made)
        self.ids: list[str] = [e.id for e in made]
        """Every entry's id, in order (known without unpacking any entry)."""
        self._packed: tuple[bytes, array[int]] | None = None
        """The packed blocks, one after the other, and where each ends; None once every entry
        is unpacked (or for a store that was never packed)."""
        self._left = 0
        """Blocks still packed."""
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    @overload
    def __getitem__(self, number: int) -> Entry: ...

    @overload
    def __getitem__(self, number: slice) -> list[Entry]: ...

    def __getitem__(self, number: int | slice) -> Entry | list[Entry]:
        if isinstance(number, slice):
            return [self[n] for n in range(*number.indices(len(self._entries)))]
        found = self._entries[number]
        return found if found is not None else self._unpack(number % len(self._entries))

    def __eq__(self, other: object) -> bool:
        """Equal to any sequence of the same entries, in the same order (a list of them too)."""
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __iter__(self) -> Iterator[Entry]:
        entries = self._entries
        for number, found in enumerate(entries):
            yield found if found is not None else self._unpack(number)

    def _unpack(self, number: int) -> Entry:
        with self._lock:
            entries = self._entries
            packed = self._packed
            if entries[number] is None and packed is not None:
                data, ends = packed
                block = number // BLOCK
                start = ends[block - 1] if block else 0
                made = pickle.loads(memoryview(data)[start : ends[block]])  # noqa: S301
                entries[block * BLOCK : block * BLOCK + len(made)] = made
                self._left -= 1
                if not self._left:
                    self._packed = None
        found = entries[number]
        if found is None:  # a block that unpickled short: the checksum makes it unlikely
            raise LookupError(f"entry {number} is missing from the lexicon cache")
        return found

    def __getstate__(self) -> dict[str, object]:
        packed = self._packed
        if packed is None:
            entries = list(self)
            data = bytearray()
            ends = array("q")
            for start in range(0, len(entries), BLOCK):
                block = tuple(entries[start : start + BLOCK])
                data += pickle.dumps(block, protocol=pickle.HIGHEST_PROTOCOL)
                ends.append(len(data))
            packed = (bytes(data), ends)
        return {"ids": pack(self.ids), "packed": packed, "crc": zlib.crc32(packed[0])}

    def __setstate__(self, state: dict[str, object]) -> None:
        ids, packed = unpack(state["ids"]), state["packed"]
        if not isinstance(packed, tuple) or len(packed) != 2:
            raise TypeError("not a packed entry store")
        data, ends = packed
        if not isinstance(data, bytes) or not isinstance(ends, array):
            raise TypeError("not a packed entry store")
        # Checked now, while the cache is being read: a damaged block found later could not be
        # rebuilt from the files, as a damaged cache is (a few milliseconds at 100,000 entries).
        if len(ends) != -(-len(ids) // BLOCK) or zlib.crc32(data) != state["crc"]:
            raise ValueError("the packed entries are damaged")
        self.ids = ids
        self._entries = [None] * len(ids)
        self._packed = (data, ends) if ids else None
        self._left = len(ends)
        self._lock = threading.Lock()


class EntryView(Picked[Entry]):
    """Some of a store's entries, by their numbers in it, each made when first read (a screen
    lists the first few of a thousand at once and the rest as it draws).

    Args:
        store: the entries.
        numbers: which of them, in the order to give them.
    """

    def __init__(self, store: EntryStore, numbers: array[int]) -> None:
        super().__init__(store, numbers)
