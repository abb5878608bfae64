"""Shared fixtures: every test runs offline, with its own empty user directories."""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini"

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address: Any) -> bool:
    if isinstance(address, str | bytes):  # AF_UNIX path
        return True
    host = address[0] if isinstance(address, tuple) else address
    if host in {"localhost", ""}:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class NetworkBlockedError(AssertionError):
    """A test tried to reach beyond this machine."""


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    if not _is_local(address):
        raise NetworkBlockedError(f"network access blocked in tests: {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> Any:
    if not _is_local(address):
        raise NetworkBlockedError(f"network access blocked in tests: {address!r}")
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> Iterator[None]:
    """Fail any test that opens a socket to anything but loopback (the offline promise)."""
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _real_connect_ex  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Point config, data and cache at empty temporary directories; no overlays; English locale."""
    dirs = {name: tmp_path / "user" / name for name in ("config", "data", "cache")}
    for name, path in dirs.items():
        monkeypatch.setenv(f"PHRASEBOOK_{name.upper()}_DIR", str(path))
    monkeypatch.delenv("PHRASEBOOK_LEXICON_PATH", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    return dirs


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    """A writable copy of the small fixture lexicon, for tests that break it."""
    target = tmp_path / "lexicon"
    shutil.copytree(MINI, target)
    return target


@pytest.fixture
def noted(mini_copy: Path) -> Any:
    """The small lexicon with entries whose notes refer to others and are partly translated."""
    shutil.copy(DATA / "noted" / "noted.yaml", mini_copy / "noted.yaml")
    import phrasebook

    return phrasebook.load_lexicon([mini_copy], cache=False)


# --- fuzzing profiles -------------------------------------------------------------------------
# `make test` runs a short profile; `make fuzz` sets HYPOTHESIS_PROFILE=fuzz for ≥ 100,000 inputs.

from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "default", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz",
    max_examples=20_000,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

FUZZ_COUNTS: dict[str, int] = {}


def count_fuzz_input(target: str) -> None:
    """Record one generated input for the figures printed at the end of the run."""
    FUZZ_COUNTS[target] = FUZZ_COUNTS.get(target, 0) + 1


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if FUZZ_COUNTS:
        total = sum(FUZZ_COUNTS.values())
        parts = ", ".join(f"{k} {v:,}" for k, v in sorted(FUZZ_COUNTS.items()))
        terminalreporter.write_line(f"fuzz inputs: {total:,} ({parts})")


@pytest.fixture
def without(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Make a package unimportable for the test, as on a machine that lacks it:
    ``without("PIL")`` (the modules already loaded are set aside and put back after)."""

    def block(name: str) -> None:
        for loaded in [m for m in sys.modules if m == name or m.startswith(f"{name}.")]:
            monkeypatch.delitem(sys.modules, loaded)
        monkeypatch.setitem(sys.modules, name, None)  # `import name` now raises ImportError

    return block
