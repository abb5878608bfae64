"""Writes are atomic: a writer killed at any moment leaves the old file or the new, never a mix."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from phrasebook.userdata import UserData

WRITER = r"""
import sys, itertools
from pathlib import Path
from phrasebook.userdata.storage import atomic_write_json
path = Path(sys.argv[1])
states = [{"ids": [f"old-{i}" for i in range(2000)]}, {"ids": [f"new-{i}" for i in range(3000)]}]
print("ready", flush=True)
for n in itertools.count():
    atomic_write_json(path, states[n % 2])
"""

KILLS = 200


@pytest.mark.slow
def test_sigkill_at_random_points_never_corrupts(tmp_path: Path) -> None:
    target = tmp_path / "favourites.json"
    rng = random.Random(1234)
    valid = ({f"old-{i}" for i in range(2000)}, {f"new-{i}" for i in range(3000)})
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, 0.02))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        if target.exists():
            ids = set(json.loads(target.read_text(encoding="utf-8"))["ids"])
            assert ids in valid
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "favourites.json"]
    # a kill between mkstemp and rename may leave a temp file, never a damaged target
    assert all(name.startswith(".favourites.json.") for name in leftovers)


def test_read_only_data_dir_keeps_the_session_working(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data directory should be")
    data = UserData.load(blocked)
    assert data.toggle_favourite("hands-up") is True
    assert data.is_favourite("hands-up")
    assert any("cannot write" in m for m in data.messages)


def test_wrong_shape_favourites_file_is_set_aside_not_overwritten(tmp_path: Path) -> None:
    (tmp_path / "favourites.json").write_text('{"ids": "hands-up"}')
    data = UserData.load(tmp_path)
    assert data.favourites == []
    assert any("moved to" in m for m in data.messages)
    data.toggle_favourite("stop")
    kept = list(tmp_path.glob("favourites.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_text() == '{"ids": "hands-up"}'


def test_full_disk_keeps_the_old_file_and_says_why(tmp_path: Path, monkeypatch) -> None:
    import errno

    from phrasebook.userdata import storage

    data = UserData.load(tmp_path)
    data.toggle_favourite("hands-up")
    before = (tmp_path / "favourites.json").read_text()

    class FullDisk:
        """A file handle on a disk with no space left."""

        def __init__(self, fd: int, mode: str) -> None:
            self.fd = fd

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            os.close(self.fd)

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage.os, "fdopen", FullDisk)
    assert data.toggle_favourite("stop") is True
    assert data.favourites == ["hands-up", "stop"]  # the session goes on
    assert any("No space left on device" in m for m in data.messages)
    assert (tmp_path / "favourites.json").read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["favourites.json"]
