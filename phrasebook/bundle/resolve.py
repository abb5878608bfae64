"""``pip download`` for one target, and an honest account of what it could not find.

pip resolves all of phrasebook and its extras at once. When a wheel is missing for a target, the
extras are tried one by one, so the report says which extra lacks which wheel, and the install
script can still install the rest.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from phrasebook.bundle.targets import Target
from phrasebook.bundle.wheels import EXTRAS, PROJECT
from phrasebook.errors import BundleError

PIP_TIMEOUT = 1200.0
"""Seconds one ``pip download`` may take before the target is reported as failed."""


@dataclass(frozen=True, slots=True)
class Missing:
    """A wheel that could not be had for a target."""

    package: str
    """The requirement pip could not satisfy, as pip wrote it (``onnxruntime>=1.20``)."""
    extra: str
    """The extra that needs it, or ``"core"`` for phrasebook itself."""


@dataclass(frozen=True, slots=True)
class TargetResult:
    """What a bundle holds for one target."""

    target: Target
    """The platform and Python version."""
    extras: tuple[str, ...]
    """The extras whose every wheel is there."""
    missing: tuple[Missing, ...] = ()
    """What could not be found, and for which extra."""
    wheels: tuple[str, ...] = field(default=())
    """The wheel files this target installs from."""

    @property
    def status(self) -> str:
        """``complete``, ``partial`` (some extras lack wheels) or ``unusable`` (the core does)."""
        if any(m.extra == "core" for m in self.missing):
            return "unusable"
        return "partial" if self.missing else "complete"


def download(
    target: Target,
    project_wheel: Path,
    dest: Path,
    *,
    index_args: list[str],
    constraints: Path | None = None,
    timeout: float = PIP_TIMEOUT,
) -> TargetResult:
    """Download every wheel ``target`` needs into ``dest`` (its own folder).

    Args:
        target: the platform and Python version.
        project_wheel: phrasebook's wheel, whose requirements are resolved.
        dest: an empty folder for this target's wheels.
        index_args: where pip looks (``[]``: its configured index; ``["--no-index",
            "--find-links", DIR]``: only DIR).
        constraints: a pip constraints file pinning the pure-Python wheels, so that a missing
            wheel fails at once instead of pip backtracking through every older release.
        timeout: seconds for each pip run.

    Raises:
        BundleError: pip itself is missing.
    """
    if importlib.util.find_spec("pip") is None:
        raise BundleError("pip is not installed in this Python; install it (python -m ensurepip)")
    extras: list[str] = []
    missing: list[Missing] = []
    ok, why = _pip(target, project_wheel, EXTRAS, dest, index_args, constraints, timeout)
    if ok:
        extras = list(EXTRAS)
    else:
        for group in [(), *((extra,) for extra in EXTRAS)]:
            ok, why = _pip(target, project_wheel, group, dest, index_args, constraints, timeout)
            if ok:
                extras.extend(group)
                continue
            missing.extend(Missing(package, group[0] if group else "core") for package in why)
            if not group:  # without the core, the extras cannot install either
                break
    wheels = tuple(sorted(p.name for p in dest.glob("*.whl")))
    return TargetResult(target, tuple(extras), tuple(missing), wheels)


def _pip(
    target: Target,
    project_wheel: Path,
    extras: tuple[str, ...],
    dest: Path,
    index_args: list[str],
    constraints: Path | None,
    timeout: float,
) -> tuple[bool, list[str]]:
    wanted = f"{PROJECT}[{','.join(extras)}]" if extras else PROJECT
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--disable-pip-version-check",
        "--only-binary=:all:",
        "--dest",
        str(dest),
        *target.pip_args(),
        *index_args,
        *(["--constraint", str(constraints)] if constraints else []),
        f"{wanted} @ {project_wheel.resolve().as_uri()}",
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return False, [f"(pip did not finish within {timeout:.0f} s)"]
    if done.returncode == 0:
        return True, []
    return False, unsatisfied(done.stderr)


def unsatisfied(stderr: str) -> list[str]:
    """The requirements a failed ``pip download`` names as not found; else pip's own last error."""
    found = re.findall(r"No matching distribution found for (\S+)", stderr)
    # A conflict report ends with the projects that have no wheel at all for the target.
    tail = stderr.partition("have no matching distributions available for your environment:")[2]
    for line in tail.splitlines()[1:]:
        if not line.startswith((" ", "\t")) or not line.strip():
            break
        found.append(line.strip())
    if found:
        return list(dict.fromkeys(found))
    errors = [line.strip() for line in stderr.splitlines() if line.startswith("ERROR:")]
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    return [(errors or lines or ["pip failed and said nothing"])[-1]]
