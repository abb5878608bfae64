"""The platforms a bundle carries wheels for, and how pip is told about each."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

from phrasebook.errors import BundleError

PYTHONS = ("3.11", "3.12", "3.13")
"""The CPython versions a default bundle serves (phrasebook needs 3.11 or newer)."""


def _manylinux(arch: str, newest: int = 28) -> tuple[str, ...]:
    # pip takes a manylinux tag literally (it widens only macOS tags), so every older glibc a
    # wheel may be built for is listed; a wheel tagged with any of them runs on glibc 2.28.
    tags = [f"manylinux_2_{minor}_{arch}" for minor in range(newest, 16, -1)]
    return (*tags, f"manylinux2014_{arch}")


# A bundle serves glibc 2.28 and newer (Debian 10, Ubuntu 20.04, RHEL 8), Windows 10 and newer,
# and macOS 13 (Intel) or 14 (Apple silicon) and newer (pip widens a macOS tag to the older
# releases itself); some wheels (onnxruntime) exist for nothing older.
PLATFORMS: dict[str, tuple[str, ...]] = {
    "linux-x86_64": _manylinux("x86_64"),
    "linux-aarch64": _manylinux("aarch64"),
    "windows-x86_64": ("win_amd64",),
    "macos-arm64": ("macosx_14_0_arm64",),
    "macos-x86_64": ("macosx_13_0_x86_64",),
}
"""A bundle's platform names, with the pip ``--platform`` tags of each."""


@dataclass(frozen=True, slots=True)
class Target:
    """One platform and Python version a bundle holds wheels for."""

    platform: str
    """A key of :data:`PLATFORMS`, such as ``"linux-x86_64"``."""
    python: str
    """``"3.11"``, ``"3.12"`` …"""
    here: bool = False
    """This very machine and interpreter: pip uses its own tags, no ``--platform``."""

    @property
    def name(self) -> str:
        """``linux-x86_64 cp311``: how reports name the target."""
        return f"{self.platform} cp{self.python.replace('.', '')}"

    def pip_args(self) -> list[str]:
        """The ``pip download`` options that select this target's wheels."""
        if self.here:
            return []
        platforms = [arg for tag in PLATFORMS[self.platform] for arg in ("--platform", tag)]
        return [
            *platforms,
            "--python-version",
            self.python,
            "--implementation",
            "cp",
        ]


def this_machine() -> Target:
    """The target of the running interpreter, for a bundle made from what is installed here."""
    from phrasebook.bundle.verify import machine_name  # (imports `platform`: not for --help)

    return Target(machine_name(), f"{sys.version_info.major}.{sys.version_info.minor}", here=True)


def targets(platforms: list[str] | None = None, pythons: list[str] | None = None) -> list[Target]:
    """Every pair of the platforms and Python versions asked for (default: all of them).

    Targets are ordered oldest Python first within a platform: the first one fixes the versions of
    the pure-Python wheels every later target must use, and the oldest Python is what they must
    all still support.

    Raises:
        BundleError: an unknown platform name or a malformed or unsupported Python version.
    """
    chosen = list(dict.fromkeys(platforms or PLATFORMS))
    unknown = [p for p in chosen if p not in PLATFORMS]
    if unknown:
        raise BundleError(f"unknown platform {unknown[0]!r}; choose from: {', '.join(PLATFORMS)}")
    versions = list(dict.fromkeys(pythons or PYTHONS))
    for version in versions:
        match = re.fullmatch(r"3\.(\d{2})", version)
        if match is None or int(match.group(1)) < 11:
            raise BundleError(f"Python version {version!r}: give 3.11 or newer, as X.Y")
    versions.sort(key=lambda v: int(v.split(".")[1]))
    return [Target(p, v) for p in chosen for v in versions]
