"""Files written so that a crash, a kill or a full disk never leaves half of one behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from phrasebook.errors import StorageError


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step: a temp file beside it, fsync, then rename.

    Readers see the old content or the new, never a mix. Parent directories are created.

    Raises:
        StorageError: when the directory is read-only, the disk is full, or the like.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise StorageError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
        _fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise StorageError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _fsync_dir(directory: Path) -> None:
    # The rename is durable only once the directory entry is on disk; not every OS allows it.
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_json(path: Path, value: Any) -> None:
    """Write ``value`` as pretty UTF-8 JSON, atomically (see :func:`atomic_write_bytes`)."""
    import json  # loaded when a file is, not for a start with nothing saved

    text = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    atomic_write_bytes(path, text.encode("utf-8"))


def set_aside(path: Path) -> Path:
    """Rename a corrupt file out of the way (``name.corrupt-<time>``) and return the new path."""
    target = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}-{counter}")
        counter += 1
    path.replace(target)
    return target


def read_json(path: Path) -> tuple[Any, str | None]:
    """Read a JSON file the user's own tools may have broken.

    Returns:
        ``(value, None)`` on success; ``(None, None)`` when the file does not exist; and
        ``(None, message)`` when it is unreadable or corrupt, in which case a corrupt file has been
        set aside (renamed) so the next write starts clean and nothing is silently overwritten.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, None
    except OSError as exc:
        return None, f"cannot read {path}: {exc.strerror or exc}"
    import json

    try:
        return json.loads(raw.decode("utf-8")), None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        try:
            moved = set_aside(path)
        except OSError:
            return None, f"{path} is corrupt ({exc}) and could not be moved aside"
        return None, f"{path} was corrupt ({exc}); it was moved to {moved.name} and started afresh"
