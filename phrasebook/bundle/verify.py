"""Check a phrasebook bundle before installing from it.

This file is copied into every bundle and run by its install scripts with whatever Python the
machine has, so it uses the standard library only and imports nothing of phrasebook.

``python verify.py`` checks every file against ``SHA256SUMS`` (changed, missing, or not listed),
then that the bundle holds wheels for this machine and this Python; it prints the requirement to
install (``phrasebook[mt,speech,display,cards]``, fewer extras when the bundle lacks some for this
machine) and exits 0, or explains what is wrong on standard error and exits 1.
``python verify.py --python-only`` only tells, by its exit code, whether this Python is served.
"""

from __future__ import annotations

import hashlib
import json
import platform
import sys
from pathlib import Path

MANIFEST = "SHA256SUMS"
DESCRIPTION = "bundle.json"
# Files an operating system or file manager drops into folders on removable drives.
_LITTER = {".DS_Store", "Thumbs.db", "desktop.ini", "__pycache__"}


def machine_name() -> str:
    """This machine as a bundle names platforms: ``linux-x86_64``, ``macos-arm64`` …"""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    arch = platform.machine().lower()
    arch = {"amd64": "x86_64", "x64": "x86_64", "arm64": "aarch64"}.get(arch, arch)
    if system == "macos" and arch == "aarch64":
        arch = "arm64"
    return f"{system}-{arch}"


def sha256(path: Path) -> str:
    """The SHA-256 of a file, in hex."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def read_manifest(folder: Path) -> dict[str, str]:
    """``SHA256SUMS`` as {relative path: hash}; raises ValueError when it is malformed."""
    listed: dict[str, str] = {}
    text = (folder / MANIFEST).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        digest, sep, name = line.partition("  ")
        if not sep or len(digest) != 64 or not name:
            raise ValueError(f"{MANIFEST} line {number} is not 'HASH  FILE'")
        listed[name] = digest.lower()
    return listed


def problems(folder: Path) -> list[str]:
    """Everything that differs between the folder and its manifest, one line each."""
    try:
        listed = read_manifest(folder)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return [f"cannot read the checksum list {MANIFEST}: {exc}"]
    found: list[str] = []
    for name, digest in sorted(listed.items()):
        path = folder / name
        if not path.is_file():
            found.append(f"missing: {name}")
        elif sha256(path) != digest:
            found.append(f"changed: {name} (its SHA-256 is not the one in {MANIFEST})")
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if any(p in _LITTER or p.startswith("._") for p in path.relative_to(folder).parts):
            continue
        if path.is_file() and relative != MANIFEST and relative not in listed:
            found.append(f"not in {MANIFEST}: {relative} (added after the bundle was made)")
    return found


def requirement(folder: Path) -> tuple[str | None, list[str]]:
    """What to install on this machine and Python, and the warnings to show first.

    Returns ``(None, [reason])`` when the bundle cannot serve this machine at all.
    """
    description = json.loads((folder / DESCRIPTION).read_text(encoding="utf-8"))
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    machine = machine_name()
    served = [t for t in description["targets"] if t["status"] != "unusable"]
    for target in served:
        if target["platform"] == machine and target["python"] == python:
            warnings = [
                f"this bundle has no wheel of {m['package']} for {machine} and Python {python};"
                f" installing without the {m['extra']} extra"
                for m in target["missing"]
                if m["extra"] != "core"
            ]
            extras = ",".join(target["extras"])
            return (f"phrasebook[{extras}]" if extras else "phrasebook"), warnings
    have = ", ".join(f"{t['platform']} Python {t['python']}" for t in served) or "nothing"
    return None, [f"this bundle has no wheels for {machine} with Python {python}; it holds: {have}"]


def main(argv: list[str]) -> int:
    folder = Path(__file__).resolve().parent
    if argv[1:] == ["--python-only"]:
        try:
            return 0 if requirement(folder)[0] is not None else 1
        except (OSError, ValueError, KeyError, TypeError):
            return 0  # a damaged bundle: the full check that follows says what is wrong
    found = problems(folder)
    if found:
        print(f"error: this bundle ({folder}) is damaged or was changed:", file=sys.stderr)
        for line in found[:20]:
            print(f"  {line}", file=sys.stderr)
        if len(found) > 20:
            print(f"  … and {len(found) - 20} more", file=sys.stderr)
        print("Nothing was installed. Copy the bundle again from its source.", file=sys.stderr)
        return 1
    try:
        wanted, warnings = requirement(folder)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"error: cannot read {DESCRIPTION}: {exc}", file=sys.stderr)
        return 1
    for warning in warnings:
        print(f"{'warning' if wanted else 'error'}: {warning}", file=sys.stderr)
    if wanted is None:
        return 1
    print(wanted)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
