"""Find, read, validate and cache the lexicon.

The shipped lexicon is one layer; each overlay directory is another, read after it. An entry in a
later layer replaces the entry with the same id; a category in a later layer replaces or adds one.
Every fault in every file is collected before anything is raised, so one run of ``phrasebook lexicon
validate`` lists them all.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

from phrasebook._version import __version__
from phrasebook.errors import LexiconError, Problem, StorageError
from phrasebook.lexicon.layers import Layer, collect
from phrasebook.lexicon.store import Lexicon
from phrasebook.userdata import paths as user_paths
from phrasebook.userdata.storage import atomic_write_bytes

_CACHE_FORMAT = 2
_CACHE_GLOB = "lexicon-*.pickle"


def shipped_lexicon_dir() -> Path:
    """The lexicon shipped with phrasebook: inside an installed wheel, or in the source tree."""
    # Resolved from the package root, not from this module's depth in the package.
    root = Path(str(resources.files("phrasebook")))
    packaged = root / "_lexicon"
    return packaged if packaged.is_dir() else root.parent / "lexicon"


def _rule_sources() -> list[Path]:
    """Every module whose code decides what a lexicon file loads as."""
    here = Path(__file__).resolve().parent
    base = here.parent
    # The cache keeps each entry's readings (for sound search), made by these rules too.
    sounds = [*sorted((base / "pronounce").glob("*.py")), base / "search" / "sound.py"]
    return [*sorted(here.glob("*.py")), *sounds, base / "values.py", base / "errors.py"]


def _cache_path(layers: Sequence[Layer]) -> Path | None:
    digest = hashlib.sha256(f"{__version__}:{_CACHE_FORMAT}".encode())
    # The rules live in code as well as in the files: a changed rule must not pass a stale cache.
    for module in _rule_sources():
        digest.update(module.name.encode() + b"\0" + module.read_bytes())
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
    from phrasebook.lexicon.reader import read_layers  # pydantic loads only when files are read

    lexicon = Lexicon(*read_layers(layers))
    if where is not None:
        lexicon.readings()  # kept in the cache: the transcribers are too slow to run at each start
        with contextlib.suppress(StorageError):  # a read-only cache only costs speed
            atomic_write_bytes(where, pickle.dumps(lexicon, protocol=pickle.HIGHEST_PROTOCOL))
            _prune_caches(keep=where)
    return lexicon


def _prune_caches(keep: Path) -> None:
    """Delete the cache files of earlier versions, rules and files: only ``keep`` is current."""
    for old in keep.parent.glob(_CACHE_GLOB):
        if old != keep:
            with contextlib.suppress(OSError):
                old.unlink()
