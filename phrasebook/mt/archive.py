"""What a model archive must be before anything of it is unpacked: the checks, and the unpacking.

Every member is checked first (names, kinds, sizes, compression ratios, one top folder, metadata and
tokenizer present); only then is anything written, and never more than the checked sizes.
"""

from __future__ import annotations

import re
import stat
import zipfile
from pathlib import Path

from phrasebook.errors import ModelPackageError

MAX_UNPACKED_BYTES = 2 * 1024**3
"""The most a package may hold once unpacked (real Argos packages are ~100 MB)."""
MAX_RATIO = 100
"""The largest unpacked/packed size ratio allowed for a member bigger than :data:`RATIO_FLOOR`."""
RATIO_FLOOR = 1024**2
MAX_MEMBERS = 10_000
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
_TOKENIZERS = ("sentencepiece.model", "bpe.model")


def check_members(zf: zipfile.ZipFile, archive: Path) -> tuple[str, dict[str, zipfile.ZipInfo]]:
    """Return the single top folder and the member files below it, or raise on anything unsafe."""
    where = archive.name
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ModelPackageError(f"{where}: more than {MAX_MEMBERS} files in the archive")
    tops: set[str] = set()
    files: dict[str, zipfile.ZipInfo] = {}
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if name in seen:
            raise ModelPackageError(f"{where}: the archive lists {name!r} twice")
        seen.add(name)
        if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
            raise ModelPackageError(f"{where}: unsafe absolute path {name!r} in the archive")
        if "\\" in name:
            raise ModelPackageError(f"{where}: unsafe path {name!r} (backslash) in the archive")
        parts = name.rstrip("/").split("/")
        if any(part in ("", ".", "..") for part in parts) or "\0" in name:
            raise ModelPackageError(f"{where}: unsafe path {name!r} (path traversal)")
        if info.flag_bits & 0x1:
            raise ModelPackageError(f"{where}: {name!r} is encrypted")
        kind = stat.S_IFMT(info.external_attr >> 16)
        if kind == stat.S_IFLNK:
            raise ModelPackageError(f"{where}: the archive holds a symbolic link ({name!r})")
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise ModelPackageError(f"{where}: the archive holds a special file ({name!r})")
        tops.add(parts[0])
        if info.is_dir():
            continue
        if len(parts) == 1:
            raise ModelPackageError(f"{where}: file {name!r} lies outside the package folder")
        total += info.file_size
        if total > MAX_UNPACKED_BYTES:
            raise ModelPackageError(
                f"{where}: unpacks to more than {MAX_UNPACKED_BYTES // 1024**2} MiB (zip bomb?)"
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise ModelPackageError(
                f"{where}: {name!r} is compressed {ratio:.0f}:1,"
                f" more than {MAX_RATIO}:1 (zip bomb?)"
            )
        files["/".join(parts[1:])] = info
    if len(tops) != 1:
        listed = ", ".join(sorted(tops)[:5]) or "none"
        raise ModelPackageError(f"{where}: needs exactly one top-level folder, found: {listed}")
    top = tops.pop()
    if not _SAFE_NAME.match(top):
        raise ModelPackageError(f"{where}: unsafe top-level folder name {top!r}")
    if "metadata.json" not in files:
        raise ModelPackageError(f"{where}: no metadata.json in {top}/")
    if "model/model.bin" not in files:
        raise ModelPackageError(f"{where}: no model/ folder with a CTranslate2 model.bin in {top}/")
    if not any(name in files for name in _TOKENIZERS):
        raise ModelPackageError(f"{where}: no tokenizer (sentencepiece.model or bpe.model)")
    return top, files


def extract(zf: zipfile.ZipFile, files: dict[str, zipfile.ZipInfo], to: Path, where: str) -> None:
    budget = MAX_UNPACKED_BYTES
    for relative, info in files.items():
        out = to / relative
        out.parent.mkdir(parents=True, exist_ok=True)
        with zf.open(info) as src, out.open("xb") as dst:
            # Sizes in the zip's headers can lie: count what really comes out.
            written = 0
            while chunk := src.read(1024 * 1024):
                written += len(chunk)
                budget -= len(chunk)
                if written > info.file_size or budget < 0:
                    raise ModelPackageError(f"{where}: {relative!r} is larger than declared")
                dst.write(chunk)
