"""The :class:`Lexicon`: a validated, read-only set of entries and categories."""

from __future__ import annotations

import contextlib
import threading
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from phrasebook.errors import UnknownCategoryError, UnknownEntryError
from phrasebook.lexicon.packed import EntryStore, EntryView
from phrasebook.lexicon.references import resolve
from phrasebook.values import Category, Entry, Lang, Note, SearchResult

if TYPE_CHECKING:
    from phrasebook.search import SearchIndex
    from phrasebook.search.sound import Reading


class Lexicon:
    """A validated set of entries and categories.

    Iterating yields entries in category order, then file order. Look entries up with
    :meth:`get` (which raises for an unknown id) or test membership with ``in``.
    """

    def __init__(self, entries: Iterable[Entry], categories: Iterable[Category]) -> None:
        self._categories = {c.id: c for c in sorted(categories, key=lambda c: (c.order, c.id))}
        order = {cid: i for i, cid in enumerate(self._categories)}
        ordered = sorted(entries, key=lambda e: order.get(e.category, len(order)))
        self._set_entries(EntryStore({e.id: e for e in ordered}.values()))
        self._readings: dict[str, tuple[Reading, ...]] | None = None

    def _set_entries(self, store: EntryStore) -> None:
        self._entries = store
        """The entries in order, made from the cache as they are first asked for."""
        self._numbers = {entry_id: number for number, entry_id in enumerate(store.ids)}
        """Where each id's entry is in :attr:`_entries`."""
        self._index: SearchIndex | None = None
        self._index_source: Callable[[], SearchIndex | None] | None = None
        self._index_lock = threading.Lock()

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._numbers

    def __repr__(self) -> str:
        return f"<Lexicon {len(self)} entries, {len(self._categories)} categories>"

    def get(self, entry_id: str) -> Entry:
        """The entry with this id.

        Raises:
            UnknownEntryError: when there is none.
        """
        try:
            return self._entries[self._numbers[entry_id]]
        except KeyError:
            raise UnknownEntryError(entry_id) from None

    def _known(self, ids: Iterable[str]) -> list[Entry]:
        numbers = self._numbers
        return [self._entries[numbers[i]] for i in ids if i in numbers]

    def listed(self, first: Iterable[str] = ()) -> Sequence[Entry]:
        """Every entry: those with the ids in ``first`` first, in that order (unknown ones and
        repeats left out), then the rest in lexicon order. Each entry is made from the cache as
        it is read, so the first screen of a long list costs no more than a short one."""
        numbers = self._numbers
        chosen = dict.fromkeys(numbers[i] for i in first if i in numbers)
        order = array("i", chosen)
        order.extend(n for n in range(len(self._entries)) if n not in chosen)
        return EntryView(self._entries, order)

    @property
    def categories(self) -> tuple[Category, ...]:
        """Every category, in display order."""
        return tuple(self._categories.values())

    def category(self, category_id: str) -> Category:
        """The category with this id.

        Raises:
            UnknownCategoryError: when there is none (naming the known ones).
        """
        try:
            return self._categories[category_id]
        except KeyError:
            raise UnknownCategoryError(category_id, tuple(self._categories)) from None

    def in_category(self, category_id: str) -> list[Entry]:
        """The entries of one category, in lexicon order."""
        return [e for e in self if e.category == category_id]

    def answers_of(self, entry: Entry) -> list[Entry]:
        """The answer cards of an entry, as entries."""
        return self._known(entry.answers)

    def related_to(self, entry: Entry) -> list[Entry]:
        """The "see also" entries of an entry."""
        return self._known(entry.related)

    def resolve(self, note: str, lang: Lang | str) -> str:
        """A note's ``{entry-id}`` references replaced by those entries' texts in ``lang``."""
        reader = Lang(lang)

        def text_of(entry_id: str) -> str | None:
            number = self._numbers.get(entry_id)
            return self._entries[number].text[reader] if number is not None else None

        return resolve(note, text_of, reader)

    def note_for(self, entry: Entry, lang: Lang | str) -> Note | None:
        """The entry's note for a reader of ``lang`` (else the English), references resolved."""
        return self._shown(entry.notes, Lang(lang))

    def nk_note_for(self, entry: Entry, lang: Lang | str) -> Note | None:
        """The entry's North Korean usage note for a reader of ``lang`` (else the English)."""
        return self._shown(entry.nk, Lang(lang))

    def _shown(self, notes: Mapping[Lang, str], reader: Lang) -> Note | None:
        written = reader if notes.get(reader) else Lang.EN
        if not (text := notes.get(written)):
            return None
        return Note(self.resolve(text, reader), written)

    @property
    def index(self) -> SearchIndex:
        """The search index, built on first use and kept (safe to build from a worker thread)."""
        with self._index_lock:
            if self._index is None and self._index_source is not None:
                read, self._index_source = self._index_source, None
                found = read()
                with contextlib.suppress(ValueError):  # not this lexicon's: built below
                    self._index = found.bind(self._entries) if found is not None else None
            if self._index is None:
                from phrasebook.search import SearchIndex

                self._index = SearchIndex(self._entries, readings=self.readings())
            return self._index

    def defer_index(self, read: Callable[[], SearchIndex | None]) -> None:
        """Take the index from ``read`` on first use instead of building it (the lexicon cache
        stores it apart, so that a screen of entries can be drawn before it is read); it is
        built as usual when ``read`` gives None or an index of other entries."""
        self._index_source = read

    def readings(self) -> dict[str, tuple[Reading, ...]]:
        """How every entry sounds in its listeners' scripts, by entry id (for sound search).

        Computed on first use and kept with the lexicon's cache: the transcribers take about a
        millisecond per entry, too long to pay at every start.
        """
        if self._readings is None:
            from phrasebook.search.sound import readings_by_id

            self._readings = readings_by_id(self)
        return self._readings

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        lang: Lang | str | None = None,
        category: str | None = None,
    ) -> list[SearchResult]:
        """Entries matching ``query`` in any language, best first.

        Args:
            query: whatever the user typed; never raises on any string.
            limit: the most results to return.
            lang: the language the user probably typed in; it only biases ranking.
            category: keep only entries of this category.

        Returns:
            Results with ``score`` from 0 to 1 (1 = the query is the entry's text).
        """
        return self.index.search(query, limit=limit, lang=lang, category=category)

    def __getstate__(self) -> dict[str, Any]:
        # The built index travels with the entries (its entries are the same objects, stored
        # once): loading it is several times faster than building it, readings and all.
        return {
            "entries": self._entries,
            "categories": self.categories,
            "readings": None if self._index is not None else self._readings,
            "index": self._index,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        entries, categories = state["entries"], state["categories"]
        if not isinstance(entries, EntryStore):
            raise TypeError("not a lexicon's entries")
        # Stored in their order: categories in display order, entries in lexicon order.
        self._categories = {c.id: c for c in categories}
        self._set_entries(entries)
        self._readings = state.get("readings")
        index = state.get("index")
        self._index = index.bind(entries) if index is not None else None
