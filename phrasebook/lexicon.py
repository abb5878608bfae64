"""Find, read, validate and cache the lexicon, and the :class:`Lexicon` that holds it.

The shipped lexicon is one layer; each overlay directory is another, read after it. An entry in a
later layer replaces the entry with the same id; a category in a later layer replaces or adds one.
Every fault in every file is collected before anything is raised, so one run of ``phrasebook lexicon
validate`` lists them all.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import threading
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from phrasebook import paths as user_paths
from phrasebook._layers import Layer, collect
from phrasebook._version import __version__
from phrasebook.errors import LexiconError, Problem, UnknownEntryError
from phrasebook.models import Category, Entry, Lang, SearchResult
from phrasebook.storage import StorageError, atomic_write_bytes

if TYPE_CHECKING:
    from phrasebook.search import SearchIndex

_CACHE_FORMAT = 1


def shipped_lexicon_dir() -> Path:
    """The lexicon shipped with phrasebook: inside an installed wheel, or in the source tree."""
    packaged = resources.files("phrasebook") / "_lexicon"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "lexicon"


class Lexicon:
    """A validated set of entries and categories.

    Iterating yields entries in category order, then file order. Look entries up with
    :meth:`get` (which raises for an unknown id) or test membership with ``in``.
    """

    def __init__(self, entries: Iterable[Entry], categories: Iterable[Category]) -> None:
        self._categories = {c.id: c for c in sorted(categories, key=lambda c: (c.order, c.id))}
        order = {cid: i for i, cid in enumerate(self._categories)}
        ordered = sorted(entries, key=lambda e: order.get(e.category, len(order)))
        self._entries: dict[str, Entry] = {e.id: e for e in ordered}
        self._index: SearchIndex | None = None
        self._index_lock = threading.Lock()

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def __repr__(self) -> str:
        return f"<Lexicon {len(self)} entries, {len(self._categories)} categories>"

    def get(self, entry_id: str) -> Entry:
        """The entry with this id.

        Raises:
            UnknownEntryError: when there is none.
        """
        try:
            return self._entries[entry_id]
        except KeyError:
            raise UnknownEntryError(entry_id) from None

    @property
    def categories(self) -> tuple[Category, ...]:
        """Every category, in display order."""
        return tuple(self._categories.values())

    def category(self, category_id: str) -> Category:
        """The category with this id.

        Raises:
            LexiconError: when there is none.
        """
        try:
            return self._categories[category_id]
        except KeyError:
            known = ", ".join(self._categories)
            msg = f"unknown category {category_id!r}; known: {known}"
            raise LexiconError([Problem(None, None, msg)]) from None

    def in_category(self, category_id: str) -> list[Entry]:
        """The entries of one category, in lexicon order."""
        return [e for e in self if e.category == category_id]

    def answers_of(self, entry: Entry) -> list[Entry]:
        """The answer cards of an entry, as entries."""
        return [self._entries[a] for a in entry.answers if a in self._entries]

    def related_to(self, entry: Entry) -> list[Entry]:
        """The "see also" entries of an entry."""
        return [self._entries[r] for r in entry.related if r in self._entries]

    @property
    def index(self) -> SearchIndex:
        """The search index, built on first use and kept (safe to build from a worker thread)."""
        with self._index_lock:
            if self._index is None:
                from phrasebook.search import SearchIndex

                self._index = SearchIndex(self)
            return self._index

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
        return {"entries": list(self._entries.values()), "categories": self.categories}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["entries"], state["categories"])  # type: ignore[misc]


def _cache_path(layers: Sequence[Layer]) -> Path | None:
    digest = hashlib.sha256(f"{__version__}:{_CACHE_FORMAT}".encode())
    # The rules live in code as well as in the files: a changed rule must not pass a stale cache.
    for module in ("lexicon.py", "schema.py", "models.py", "_yaml.py"):
        digest.update((Path(__file__).parent / module).read_bytes())
    for layer in layers:
        digest.update(b"\0layer")
        for path in layer.files:
            try:
                stat = path.stat()
            except OSError:
                return None
            digest.update(f"\0{path.resolve()}\0{stat.st_mtime_ns}\0{stat.st_size}".encode())
    return user_paths.cache_dir() / f"lexicon-{digest.hexdigest()[:32]}.pickle"


def _read_cache(path: Path) -> Lexicon | None:
    try:
        # Only this program writes files in the user's own cache dir; anything odd is rebuilt.
        value = pickle.loads(path.read_bytes())  # noqa: S301
    except FileNotFoundError:
        return None
    except Exception:  # a corrupt or stale cache is silently rebuilt
        return None
    return value if isinstance(value, Lexicon) else None


def load_lexicon(paths: Iterable[str | Path] | None = None, *, cache: bool = True) -> Lexicon:
    """Load and validate a lexicon.

    Args:
        paths: files or directories to read as one lexicon. When omitted, the shipped lexicon is
            read, then the overlay directories in ``PHRASEBOOK_LEXICON_PATH`` and the user's config
            directory, each replacing entries with the same id.
        cache: reuse (and store) a parsed copy in the user cache directory, keyed by the files'
            paths, sizes and modification times.

    Raises:
        LexiconError: listing every problem found, each as ``file:line: message``.
    """
    if paths is None:
        layers = [collect([shipped_lexicon_dir()])]
        layers.extend(collect([overlay]) for overlay in user_paths.overlay_dirs())
    else:
        layers = [collect([Path(p) for p in paths])]
    if not any(layer.files or layer.problems for layer in layers):
        raise LexiconError([Problem(None, None, "no lexicon files found")])
    where = _cache_path(layers) if cache and not any(layer.problems for layer in layers) else None
    if where is not None and (cached := _read_cache(where)) is not None:
        return cached
    from phrasebook._loader import read_layers  # pydantic loads only when files are read

    lexicon = Lexicon(*read_layers(layers))
    if where is not None:
        with contextlib.suppress(StorageError):  # a read-only cache only costs speed
            atomic_write_bytes(where, pickle.dumps(lexicon, protocol=pickle.HIGHEST_PROTOCOL))
    return lexicon
