"""Find, read, validate and cache the lexicon.

The shipped lexicon is one layer; each overlay directory is another, read after it. An entry in a
later layer replaces the entry with the same id; a category in a later layer replaces or adds one.
Every fault in every file is collected before anything is raised, so one run of ``phrasebook lexicon
validate`` lists them all.

:func:`load_lexicon` is strict: one bad file fails the load. The app and the command line use
:func:`load_lexicon_tolerant`, which sets aside the user's broken overlay files instead, so a file
the user may have forgotten never locks them out of the shipped lexicon.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import pickle
import shutil
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from phrasebook._gc import gc_paused
from phrasebook._version import __version__
from phrasebook.errors import LexiconError, Problem, StorageError
from phrasebook.lexicon.layers import Layer, collect
from phrasebook.lexicon.store import Lexicon
from phrasebook.userdata import paths as user_paths
from phrasebook.userdata.storage import atomic_write_bytes

if TYPE_CHECKING:
    from phrasebook.search.index import SearchIndex

_CACHE_FORMAT = 5
_CACHE_GLOB = "lexicon-*.pickle"


def shipped_lexicon_dir() -> Path:
    """The lexicon shipped with phrasebook: inside an installed wheel, or in the source tree."""
    # Resolved from the package root, not from this module's depth in the package.
    # (importlib.resources would cost 10 ms of imports for what __file__ says.)
    root = Path(__file__).resolve().parent.parent
    packaged = root / "_lexicon"
    return packaged if packaged.is_dir() else root.parent / "lexicon"


def _rule_sources() -> list[Path]:
    """Every module whose code decides what a lexicon file loads as."""
    here = Path(__file__).resolve().parent
    base = here.parent
    # The cache keeps the built search index, readings and all: its code counts too.
    index = [*sorted((base / "pronounce").glob("*.py")), *sorted((base / "search").glob("*.py"))]
    # How the cache packs lists of strings (phrasebook._joined) is its format too.
    shared = [base / "values.py", base / "errors.py", base / "_joined.py"]
    return [*sorted(here.glob("*.py")), *index, *shared]


def _ipa_engines() -> str:
    """Which eSpeak NG the English readings in the cached index could come from.

    Without it English is read from its spelling, and an index made so must not be reused where
    eSpeak NG is there (nor the other way). Only looked up, never loaded: that is slow.
    """
    library = importlib.util.find_spec("espeakng_loader") is not None
    return f"espeak-library={library},espeak-program={shutil.which('espeak-ng') is not None}"


def _cache_path(layers: Sequence[Layer]) -> Path | None:
    parts = [f"{__version__}:{_CACHE_FORMAT}:{_ipa_engines()}".encode()]
    # The rules live in code as well as in the files: a changed rule must not pass a stale cache.
    for module in _rule_sources():
        parts.append(module.name.encode() + b"\0" + module.read_bytes())
    for layer in layers:
        parts.append(b"layer")
        for path in layer.files:
            try:
                stat = path.stat()
            except OSError:
                return None
            parts.append(f"{path.resolve()}\0{stat.st_mtime_ns}\0{stat.st_size}".encode())
    # Two checksums of different kinds (64 bits) and the length tell one state from another well
    # enough for a cache, which is rebuilt when in doubt; hashlib would load OpenSSL, a tenth of
    # a one-shot lookup's time, on every start.
    data = b"\0\0".join(parts)
    key = f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data) & 0xFFFFFFFF:08x}"
    return user_paths.cache_dir() / f"lexicon-{key}.pickle"


def _read_cache(path: Path) -> Lexicon | None:
    """The lexicon in the cache file, its search index left to read on first use.

    The file holds two pickles: the lexicon without its index, then the index. Drawing the first
    screen needs only the first; a one-shot lookup reads both, streamed from the file rather than
    held as bytes beside the objects made from them.
    """
    try:
        # Only this program writes files in the user's own cache dir; anything odd is rebuilt.
        with gc_paused(), path.open("rb") as file:
            value = pickle.load(file)  # noqa: S301
            offset = file.tell()
    except FileNotFoundError:
        return None
    except Exception:  # a corrupt or stale cache is silently rebuilt
        return None
    if not isinstance(value, Lexicon):
        return None
    value.defer_index(functools.partial(_read_index, path, offset))
    return value


def _read_index(path: Path, offset: int) -> SearchIndex | None:
    """The index stored after the lexicon at ``offset``; None (the lexicon builds it) when it is
    missing or corrupt, and then the file is removed, so that the next start stores both anew."""
    from phrasebook.search.index import SearchIndex

    try:
        with gc_paused(), path.open("rb") as file:
            file.seek(offset)
            found = pickle.load(file)  # noqa: S301
    except Exception:  # missing, truncated or corrupt: as for the lexicon above
        found = None
    if isinstance(found, SearchIndex):
        return found
    with contextlib.suppress(OSError):
        path.unlink()
    return None


@dataclass(frozen=True, slots=True)
class SkippedFile:
    """An overlay file (or directory) left out of the lexicon because something in it is wrong."""

    path: Path
    """The file or directory set aside."""
    problems: tuple[Problem, ...]
    """What is wrong with it (``phrasebook lexicon validate`` prints the same)."""

    def __str__(self) -> str:
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        return (
            f"skipped {self.path} of your own lexicon ({count} {noun}); "
            "run `phrasebook lexicon validate` to see them"
        )


@dataclass(frozen=True, slots=True)
class TolerantLoad:
    """The lexicon that could be loaded, and the overlay files left out of it."""

    lexicon: Lexicon
    """The shipped lexicon with every overlay file that is valid."""
    skipped: tuple[SkippedFile, ...]
    """Overlay files set aside, in the order they were found; empty when all loaded."""


def load_lexicon_tolerant(*, cache: bool = True) -> TolerantLoad:
    """Load the shipped lexicon and every valid overlay file, setting aside the broken ones.

    A file is set aside when any problem is reported in it; the rest is loaded again, until what
    is left loads (a file can depend on one set aside, through a category or a reference).

    Raises:
        LexiconError: when the shipped lexicon itself does not load.
    """
    shipped = collect([shipped_lexicon_dir()])
    overlays: list[Layer] = []
    skipped: dict[Path, list[Problem]] = {}
    for directory in user_paths.overlay_dirs():
        layer = collect([directory])
        for problem in layer.problems:
            skipped.setdefault(problem.path or directory, []).append(problem)
        overlays.append(Layer(files=layer.files))
    while True:
        try:
            lexicon = _load_layers([shipped, *overlays], cache=cache)
        except LexiconError as exc:
            overlay_files = {path for layer in overlays for path in layer.files}
            blamed = {p.path for p in exc.problems if p.path in overlay_files}
            if not overlay_files:
                raise
            if not blamed:
                # Only shipped files are named: some overlay clashes with them. Keep it safe.
                blamed = overlay_files
            for problem in exc.problems:
                if problem.path in blamed:
                    skipped.setdefault(problem.path, []).append(problem)
            for path in blamed - set(skipped):
                skipped[path] = [Problem(path, None, "conflicts with the shipped lexicon")]
            for layer in overlays:
                layer.files = [f for f in layer.files if f not in blamed]
            continue
        found = tuple(SkippedFile(path, tuple(problems)) for path, problems in skipped.items())
        return TolerantLoad(lexicon, found)


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
    return _load_layers(layers, cache=cache)


def _load_layers(layers: Sequence[Layer], *, cache: bool) -> Lexicon:
    if not any(layer.files or layer.problems for layer in layers):
        raise LexiconError([Problem(None, None, "no lexicon files found")])
    where = _cache_path(layers) if cache and not any(layer.problems for layer in layers) else None
    if where is not None and (cached := _read_cache(where)) is not None:
        return cached
    from phrasebook.lexicon.reader import read_layers  # pydantic loads only when files are read

    lexicon = Lexicon(*read_layers(layers))
    if where is not None:
        # Built once and kept in the cache after the entries (see _read_cache).
        index = lexicon.index
        bare = Lexicon(lexicon, lexicon.categories)
        parts = (pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL) for part in (bare, index))
        with contextlib.suppress(StorageError):  # a read-only cache only costs speed
            atomic_write_bytes(where, b"".join(parts))
            _prune_caches(keep=where)
    return lexicon


def _prune_caches(keep: Path) -> None:
    """Delete the cache files of earlier versions, rules and files: only ``keep`` is current."""
    for old in keep.parent.glob(_CACHE_GLOB):
        if old != keep:
            with contextlib.suppress(OSError):
                old.unlink()
