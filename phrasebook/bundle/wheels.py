"""Wheels that need no index: phrasebook's own, and the installed packages packed back up.

A bundle made from this machine alone (``--from-installed``) needs no network: every installed
distribution was unpacked from a wheel whose files its ``RECORD`` lists, so it can be packed back
into that wheel, tags and all. Compiled files are this platform's, which is why such a bundle
serves this platform and this Python only.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import importlib.metadata as metadata
import importlib.util
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from phrasebook.errors import BundleError

PROJECT = "phrasebook"
EXTRAS = ("mt", "speech", "display", "cards")
"""The optional extras a bundle carries (all of them)."""
_NOT_PACKED = {"RECORD", "INSTALLER", "REQUESTED", "direct_url.json"}


def normalize(name: str) -> str:
    """A project name as wheel file names and indexes compare them (PEP 503, with ``_``)."""
    return re.sub(r"[-_.]+", "_", name).lower()


def requirement_name(requirement: str) -> str:
    """The project a requirement string names (``"pydantic<3,>=2.7"`` → ``"pydantic"``)."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    return normalize(match.group(1)) if match else ""


def _editable_source(dist: metadata.Distribution) -> Path | None:
    raw = dist.read_text("direct_url.json")
    if not raw:
        return None
    try:
        info = json.loads(raw)
    except ValueError:
        return None
    if not info.get("dir_info", {}).get("editable"):
        return None
    url = str(info.get("url", ""))
    return Path(url.removeprefix("file://")) if url.startswith("file://") else None


def project_wheel(out: Path) -> Path:
    """phrasebook's own wheel, written into ``out``: built from the source tree of an editable
    install (a checkout), else packed from the installed copy.

    Raises:
        BundleError: phrasebook is not installed, or the build fails.
    """
    try:
        dist = metadata.distribution(PROJECT)
    except metadata.PackageNotFoundError:
        raise BundleError("phrasebook is not installed here; install it first") from None
    source = _editable_source(dist)
    if source is None:
        return repack(dist, out)
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out)]
    if importlib.util.find_spec("hatchling") is not None:  # the dev tools: build offline
        command.append("--no-build-isolation")
    done = subprocess.run([*command, str(source)], capture_output=True, text=True, check=False)
    wheels = sorted(out.glob(f"{PROJECT}-*.whl"))
    if done.returncode != 0 or not wheels:
        tail = "\n".join(done.stderr.strip().splitlines()[-5:])
        raise BundleError(f"cannot build phrasebook's wheel from {source}:\n{tail}")
    return wheels[-1]


def installed_closure() -> list[metadata.Distribution]:
    """phrasebook with all its extras and every installed distribution they may need.

    Markers other than ``extra`` are not evaluated (that needs ``packaging``, which phrasebook
    does not depend on): such a requirement counts when its project is installed, and
    ``pip download`` later picks what the platform really needs from these. A dependency's own
    extras count only when something asks for them, so its test tools stay out.
    """
    installed = {normalize(d.metadata["Name"]): d for d in metadata.distributions()}
    wanted: dict[str, set[str]] = {}
    todo = [(normalize(PROJECT), set(EXTRAS))]
    while todo:
        name, extras = todo.pop()
        if name not in installed or (name in wanted and extras <= wanted[name]):
            continue
        wanted.setdefault(name, set()).update(extras)
        for requirement in installed[name].requires or ():
            needs = re.search(r"""extra\s*==\s*['"]([^'"]+)['"]""", requirement)
            if needs is None or needs.group(1) in wanted[name]:
                asked = re.search(r"^[^;\[]*\[([^\]]*)\]", requirement)
                more = {e.strip() for e in asked.group(1).split(",")} if asked else set()
                todo.append((requirement_name(requirement), more))
    return sorted((installed[n] for n in wanted), key=lambda d: normalize(d.metadata["Name"]))


def wheel_tags(dist: metadata.Distribution) -> str:
    """The compressed tag set of a distribution's wheel (``cp311-cp311-manylinux_2_17_x86_64``)."""
    tags = [
        line.split(":", 1)[1].strip()
        for line in (dist.read_text("WHEEL") or "").splitlines()
        if line.startswith("Tag:")
    ]
    if not tags:
        return "py3-none-any"
    parts = [sorted({t.split("-")[i] for t in tags}) for i in range(3)]
    return "-".join(".".join(p) for p in parts)


def repack(dist: metadata.Distribution, out: Path) -> Path:
    """Pack an installed distribution back into its wheel, in ``out``; return the file.

    Console scripts are left out (pip writes them anew from ``entry_points.txt``); other files
    installed outside site-packages go to the wheel's ``.data`` folder.

    Raises:
        BundleError: it was installed editable or has no ``RECORD`` to say what its files are.
    """
    name, version = dist.metadata["Name"], dist.version
    if _editable_source(dist) is not None:
        raise BundleError(f"{name} is installed editable; it cannot be packed into a wheel")
    if dist.files is None:
        raise BundleError(f"{name} {version} has no RECORD file: reinstall it with pip")
    stem = f"{normalize(name)}-{version}"
    info_dir = f"{stem}.dist-info"
    scripts = {
        ep.name for ep in dist.entry_points if ep.group in ("console_scripts", "gui_scripts")
    }
    members: list[tuple[str, Path]] = []
    for file in dist.files:
        parts = file.parts
        if "__pycache__" in parts or file.suffix == ".pyc":
            continue
        located = Path(str(dist.locate_file(file)))
        if parts[0] == "..":
            inside = located.resolve().relative_to(Path(sys.prefix).resolve())
            if inside.parts[0] in ("bin", "Scripts"):
                if inside.name.removesuffix(".exe") in scripts:
                    continue
                arcname = f"{stem}.data/scripts/{inside.name}"
            else:
                arcname = f"{stem}.data/data/{inside.as_posix()}"
        elif parts[0].endswith(".dist-info"):
            if parts[-1] in _NOT_PACKED:
                continue
            arcname = "/".join((info_dir, *parts[1:]))
        else:
            arcname = file.as_posix()
        members.append((arcname, located))
    target = out / f"{stem}-{wheel_tags(dist)}.whl"
    record = io.StringIO()
    writer = csv.writer(record, lineterminator="\n")
    try:
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            for arcname, path in members:
                data = path.read_bytes()
                zf.writestr(_info(arcname, path), data, compresslevel=1)
                digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
                writer.writerow([arcname, f"sha256={digest.decode()}", len(data)])
            writer.writerow([f"{info_dir}/RECORD", "", ""])
            zf.writestr(f"{info_dir}/RECORD", record.getvalue())
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise BundleError(f"cannot pack {name} {version}: {exc}") from None
    return target


def _info(arcname: str, path: Path) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(arcname, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (path.stat().st_mode & 0o777 | 0o100000) << 16  # keep the x bit
    return info
