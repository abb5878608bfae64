"""Install, list, remove and export Argos translation packages (``.argosmodel`` files).

Packages live in phrasebook's own data directory, never in argostranslate's. argostranslate's own
installer only checks that a file is a zip and extracts it over its packages; this one checks
everything first, extracts into a temporary folder and renames it into place, so a bad archive never
leaves half a package behind and never touches another one. Only :func:`install_from_index` uses the
network, and only when asked to.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from phrasebook.errors import ModelPackageError, UnsupportedLanguageError
from phrasebook.mt import archive as archive_checks
from phrasebook.userdata.paths import models_dir
from phrasebook.values import Lang

MAX_METADATA_BYTES = 64 * 1024
MAX_SBD_BYTES = 64 * 1024**2
DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
DEFAULT_SBD_URL = "https://github.com/LibreTranslate/MiniSBD/releases/download/v0.0.1/"


@dataclass(frozen=True, slots=True)
class ModelPackage:
    """An installed translation package."""

    code: str
    """Its name and folder, such as ``"translate-en_ru-1_0"``."""
    from_lang: Lang
    """The language it translates from."""
    to_lang: Lang
    """The language it translates into."""
    version: str
    """The package's own version, such as ``"1.9"``."""
    size_bytes: int
    """Bytes on disk."""
    path: Path
    """Its folder."""


def _parse_metadata(raw: bytes, where: str) -> tuple[Lang, Lang, str]:
    if len(raw) > MAX_METADATA_BYTES:
        raise ModelPackageError(f"{where}: metadata.json is larger than {MAX_METADATA_BYTES} bytes")
    try:
        meta = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ModelPackageError(f"{where}: metadata.json is not valid JSON ({exc})") from None
    if not isinstance(meta, dict):
        raise ModelPackageError(f"{where}: metadata.json must hold a JSON object")
    if meta.get("type", "translate") != "translate":
        raise ModelPackageError(f"{where}: not a translation package (type {meta.get('type')!r})")
    langs = []
    for key in ("from_code", "to_code"):
        value = meta.get(key)
        if not isinstance(value, str):
            raise ModelPackageError(f"{where}: metadata.json has no {key}")
        try:
            langs.append(Lang.parse(value))
        except UnsupportedLanguageError as exc:
            raise ModelPackageError(f"{where}: metadata.json {key}: {exc}") from None
    version = meta.get("package_version")
    if not isinstance(version, str) or not re.fullmatch(
        r"[0-9A-Za-z][0-9A-Za-z.+-]{0,31}", version
    ):
        raise ModelPackageError(f"{where}: metadata.json has no valid package_version")
    if langs[0] == langs[1]:
        raise ModelPackageError(f"{where}: metadata.json translates {langs[0]} into itself")
    return langs[0], langs[1], version


def _read_package(folder: Path) -> ModelPackage:
    from_lang, to_lang, version = _parse_metadata(
        (folder / "metadata.json").read_bytes(), str(folder)
    )
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return ModelPackage(folder.name, from_lang, to_lang, version, size, folder)


def list_models() -> list[ModelPackage]:
    """Every installed package, sorted by language pair. Broken folders are left out."""
    found: list[ModelPackage] = []
    with contextlib.suppress(FileNotFoundError):
        for folder in models_dir().iterdir():
            if folder.name.startswith(".") or not folder.is_dir() or folder.is_symlink():
                continue
            with contextlib.suppress(OSError, ModelPackageError):
                found.append(_read_package(folder))
    return sorted(found, key=lambda p: (p.from_lang.value, p.to_lang.value, p.code))


def install_model(archive: Path, *, force: bool = False) -> ModelPackage:
    """Install a ``.argosmodel`` file, checking it first.

    Args:
        archive: the package file.
        force: replace an installed package for the same language pair.

    Returns:
        The installed package.

    Raises:
        ModelPackageError: the file is missing, not a zip, unsafe or malformed, or a package for the
            pair is installed and ``force`` is false. The installed packages are then unchanged.
    """
    return _install(Path(archive), force=force, extra={})


# What zipfile raises for damaged archives; ValueError covers member names that are not valid
# UTF-8 despite the UTF-8 flag (found by the fuzzer).
_BROKEN_ZIP = (
    zipfile.BadZipFile,
    EOFError,
    NotImplementedError,
    RuntimeError,
    ValueError,
    zlib.error,
)


def _install(archive: Path, *, force: bool, extra: dict[str, Path]) -> ModelPackage:
    where = archive.name
    if not archive.is_file():
        raise ModelPackageError(f"{archive}: no such file")
    try:
        with zipfile.ZipFile(archive) as zf:
            _, files = archive_checks.check_members(zf, archive)
            from_lang, to_lang, version = _parse_metadata(zf.read(files["metadata.json"]), where)
            code = f"translate-{from_lang}_{to_lang}-{version.replace('.', '_')}"
            clashes = [p for p in list_models() if (p.from_lang, p.to_lang) == (from_lang, to_lang)]
            if (models_dir() / code).exists() and not any(p.code == code for p in clashes):
                clashes.append(ModelPackage(code, from_lang, to_lang, "?", 0, models_dir() / code))
            if clashes and not force:
                old = clashes[0]
                raise ModelPackageError(
                    f"{where}: a {from_lang}→{to_lang} package ({old.code}) is already installed;"
                    " remove it first or install with force to replace it"
                )
            models_dir().mkdir(parents=True, exist_ok=True)
            _sweep_leftovers()
            staging = Path(tempfile.mkdtemp(prefix=".install-", dir=models_dir()))
            try:
                archive_checks.extract(zf, files, staging / code, where)
                for relative, source in extra.items():
                    (staging / code / relative).parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(source, staging / code / relative)
                _swap_in(staging / code, models_dir() / code, clashes, staging)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    except _BROKEN_ZIP as exc:
        raise ModelPackageError(f"{where}: not a valid .argosmodel zip archive ({exc})") from None
    except OSError as exc:
        raise ModelPackageError(f"{where}: cannot install: {exc.strerror or exc}") from None
    return _read_package(models_dir() / code)


def _sweep_leftovers(max_age: float = 86400.0) -> None:
    # A crash mid-install or mid-removal leaves a hidden folder; one a day old is nobody's.
    for leftover in models_dir().glob(".*-*"):
        with contextlib.suppress(OSError):
            if leftover.is_dir() and time.time() - leftover.stat().st_mtime > max_age:
                shutil.rmtree(leftover)


def _swap_in(new: Path, target: Path, olds: list[ModelPackage], staging: Path) -> None:
    moved: list[tuple[Path, Path]] = []
    try:
        for old in olds:
            aside = staging / f"old-{old.code}"
            old.path.rename(aside)
            moved.append((aside, old.path))
        new.rename(target)
    except OSError:
        for aside, home in reversed(moved):  # put the replaced packages back
            aside.rename(home)
        raise


def remove_model(from_lang: Lang | str, to_lang: Lang | str) -> ModelPackage:
    """Remove the installed package for a language pair.

    Raises:
        ModelPackageError: when no package for the pair is installed, or it cannot be removed.
    """
    src, dst = Lang.parse(str(from_lang)), Lang.parse(str(to_lang))
    installed = list_models()
    for package in installed:
        if (package.from_lang, package.to_lang) == (src, dst):
            trash = package.path.with_name(f".remove-{package.code}-{os.getpid()}")
            try:
                package.path.rename(trash)
            except OSError as exc:
                raise ModelPackageError(f"cannot remove {package.path}: {exc.strerror}") from None
            shutil.rmtree(trash, ignore_errors=True)
            return package
    have = ", ".join(f"{p.from_lang}→{p.to_lang}" for p in installed) or "none"
    raise ModelPackageError(f"no {src}→{dst} model is installed (installed: {have})")


def export_models(dest: Path) -> list[Path]:
    """Write every installed package to ``dest`` as ``<code>.argosmodel``; return the files.

    Raises:
        ModelPackageError: when ``dest`` cannot be written.
    """
    written: list[Path] = []
    try:
        Path(dest).mkdir(parents=True, exist_ok=True)
        for package in list_models():
            target = Path(dest) / f"{package.code}.argosmodel"
            with tempfile.NamedTemporaryFile(dir=dest, prefix=".export-", delete=False) as tmp:
                try:  # a half-written archive never takes the final name
                    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
                        for path in sorted(package.path.rglob("*")):
                            if path.is_file() and not path.is_symlink():
                                zf.write(path, f"{package.code}/{path.relative_to(package.path)}")
                    Path(tmp.name).replace(target)
                finally:
                    Path(tmp.name).unlink(missing_ok=True)
            written.append(target)
    except OSError as exc:
        raise ModelPackageError(f"cannot export models to {dest}: {exc.strerror or exc}") from None
    return written


def install_from_index(
    from_lang: Lang | str, to_lang: Lang | str, *, index_url: str | None = None
) -> list[ModelPackage]:
    """Download and install what translating ``from_lang`` → ``to_lang`` needs (network!).

    The pair's own package if the index has one, else the two legs through English. A package that
    does not bundle its MiniSBD sentence splitter gets one fetched too, so it works offline.

    Args:
        from_lang: source language.
        to_lang: target language.
        index_url: the Argos index (a folder holding ``index.json``, or the file itself); default
            ``$ARGOS_PACKAGE_INDEX``, else the public argospm index.

    Returns:
        The packages that cover the pair, in order. Legs already installed are kept, not fetched;
        when all are, the network is not used at all.

    Raises:
        ModelPackageError: the index or a package cannot be fetched, or no route exists.
    """
    src, dst = Lang.parse(str(from_lang)), Lang.parse(str(to_lang))
    installed = {(p.from_lang, p.to_lang): p for p in reversed(list_models())}
    for route in ([(src, dst)], [(src, Lang.EN), (Lang.EN, dst)]):
        if all(leg in installed for leg in route):  # nothing to fetch: stay offline
            return [installed[leg] for leg in route]
    from phrasebook.mt.argos import index_entries, version_key

    url = index_url or os.environ.get("ARGOS_PACKAGE_INDEX") or DEFAULT_INDEX
    entries = index_entries(url)

    def find(a: Lang, b: Lang) -> dict[str, Any] | None:
        hits = [e for e in entries if (e.get("from_code"), e.get("to_code")) == (a.value, b.value)]
        return max(hits, key=lambda e: version_key(e.get("package_version")), default=None)

    direct = Lang.EN in (src, dst) or find(src, dst) is not None
    legs = [(src, dst)] if direct else [(src, Lang.EN), (Lang.EN, dst)]
    missing = [f"{a}→{b}" for a, b in legs if (a, b) not in installed and find(a, b) is None]
    if missing:
        raise ModelPackageError(f"the model index at {url} has no package for {', '.join(missing)}")
    return [installed.get(leg) or _download_and_install(find(*leg) or {}, leg[0]) for leg in legs]


def _download_and_install(entry: dict[str, Any], from_lang: Lang) -> ModelPackage:
    from phrasebook.mt.argos import fetch

    links = [link for link in entry.get("links") or [] if isinstance(link, str)]
    if not links:
        raise ModelPackageError(f"the index lists no download link for {entry.get('code')}")
    models_dir().mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".download-", dir=models_dir()) as tmp:
        archive, problems = Path(tmp) / "package.argosmodel", []
        for link in links:
            try:
                with archive.open("wb") as out:
                    fetch(link, out, archive_checks.MAX_UNPACKED_BYTES, "the model package")
                break
            except ModelPackageError as exc:
                problems.append(str(exc))
        else:
            raise ModelPackageError("; ".join(problems))
        extra: dict[str, Path] = {}
        try:
            with zipfile.ZipFile(archive) as zf:
                names = zf.namelist()
        except _BROKEN_ZIP:
            names = None  # _install below rejects it with the reason
        if names is not None and not any(re.search(r"/minisbd/[^/]+\.onnx$", n) for n in names):
            base = os.environ.get("PHRASEBOOK_MINISBD_URL") or DEFAULT_SBD_URL
            extra[f"minisbd/{from_lang}.onnx"] = Path(tmp) / "sbd.onnx"
            with (Path(tmp) / "sbd.onnx").open("wb") as out:
                url = f"{base.rstrip('/')}/{from_lang}.onnx"
                fetch(url, out, MAX_SBD_BYTES, "the sentence splitter")
        return _install(archive, force=False, extra=extra)
