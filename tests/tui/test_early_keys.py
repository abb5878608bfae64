"""Typing as the app starts loses no key (issue 21): the real program, in a pseudo-terminal.

Letters typed before the search box has the focus reach Textual before anything can take them;
the app keeps them, in order, for the search box. Here they are written to the terminal before the
program has even started, as a user does who types the moment they press Enter.
"""

from __future__ import annotations

import os
import select
import sys
import time
from pathlib import Path

import pytest

pty = pytest.importorskip("pty")

TYPED = "zqxjv"
"""Letters no phrase has, so that the only place they can show is the search box."""


def _run_and_type(tmp_path: Path, typed: str, timeout: float = 60.0) -> bytes:
    env = {
        **os.environ,
        "PHRASEBOOK_CONFIG_DIR": str(tmp_path / "config"),
        "PHRASEBOOK_DATA_DIR": str(tmp_path / "data"),
        "PHRASEBOOK_CACHE_DIR": str(tmp_path / "cache"),
        "TERM": "xterm-256color",
        "COLUMNS": "80",
        "LINES": "24",
    }
    pid, fd = pty.fork()
    if pid == 0:  # the child: become the app
        os.execve(sys.executable, [sys.executable, "-m", "phrasebook"], env)
    os.write(fd, typed.encode())  # before the app reads anything
    seen = b""
    started = time.monotonic()
    try:
        while time.monotonic() - started < timeout and typed.encode() not in _drawn(seen):
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
    finally:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(fd)
    return seen


def _drawn(output: bytes) -> bytes:
    """What the app drew: the output after it switched to the alternate screen (before, the
    terminal itself echoes what is typed)."""
    _, switched, after = output.partition(b"\x1b[?1049h")
    return after if switched else b""


def test_letters_typed_before_the_app_is_up_reach_the_search_box(tmp_path: Path) -> None:
    seen = _run_and_type(tmp_path, TYPED)
    assert _drawn(seen), "the app never drew its screen"
    assert TYPED.encode() in _drawn(seen), "the letters typed at start-up never showed"
