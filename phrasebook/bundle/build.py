"""Make a bundle: a folder, and a zip of it, from which phrasebook installs with no network."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from phrasebook.bundle import verify, wheels
from phrasebook.bundle.resolve import TargetResult, download
from phrasebook.bundle.targets import Target, targets, this_machine
from phrasebook.errors import BundleError, ModelPackageError

SCRIPTS = ("install.sh", "install.ps1", "README.txt")
REPORT = "REPORT.txt"


@dataclass(frozen=True, slots=True)
class Bundle:
    """A bundle written to disk."""

    folder: Path
    """The bundle's folder."""
    archive: Path
    """The zip of that folder."""
    results: tuple[TargetResult, ...]
    """What it holds for each target, in order."""
    models: tuple[str, ...]
    """The translation model files it carries."""


def build_bundle(
    parent: Path,
    *,
    chosen: list[Target] | None = None,
    from_installed: bool = False,
    project_wheel: Path | None = None,
    include_models: bool = True,
    log: Callable[[str], None] = lambda _: None,
) -> Bundle:
    """Write ``phrasebook-VERSION-bundle/`` and its ``.zip`` into ``parent``.

    Args:
        parent: the folder to write into (a USB stick, ``dist/`` …); created when missing.
        chosen: the targets to fetch wheels for (default: every platform and Python version).
        from_installed: use no network: pack this installation's own wheels, for this machine and
            Python only (``chosen`` must then be None).
        project_wheel: phrasebook's wheel; default: built from the checkout or packed from the
            installed copy.
        include_models: carry the installed translation models.
        log: called with a line of progress for each target.

    Returns:
        The bundle; its ``results`` say what each target lacks (also written to ``REPORT.txt``).

    Raises:
        BundleError: nothing could be fetched for any target, or a file cannot be written. The
            previous bundle in ``parent``, if any, is then left as it was.
    """
    if from_installed and chosen is not None:
        raise BundleError("a bundle made from this installation serves this machine only")
    plan = [this_machine()] if from_installed else (chosen or targets())
    parent = Path(parent)
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".bundle-", dir=parent))
        staging.chmod(0o755)  # mkdtemp's 0700 would hide the bundle from other users
    except OSError as exc:
        raise BundleError(f"cannot write to {parent}: {exc.strerror or exc}") from None
    zipped: Path | None = None
    try:
        with tempfile.TemporaryDirectory(prefix="phrasebook-bundle-") as scratch:
            work = Path(scratch)
            results, own = _fetch(
                plan, work, staging / "wheels", from_installed, project_wheel, log
            )
            version = own.name.split("-")[1]
            models = _models(staging / "models") if include_models else []
            _write_files(staging, version, results, models)
            name = f"phrasebook-{version}-bundle"
            folder, archive = parent / name, parent / f"{name}.zip"
            zipped = parent / f".{name}.zip.tmp"
            _zip(staging, name, zipped)
            _swap_in(staging, folder)
            zipped.replace(archive)
    except OSError as exc:
        raise BundleError(f"cannot write the bundle in {parent}: {exc.strerror or exc}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if zipped is not None:
            zipped.unlink(missing_ok=True)
    return Bundle(folder, archive, tuple(results), tuple(models))


def _fetch(
    plan: list[Target],
    work: Path,
    into: Path,
    from_installed: bool,
    project_wheel: Path | None,
    log: Callable[[str], None],
) -> tuple[list[TargetResult], Path]:
    (work / "project").mkdir()
    own = Path(project_wheel) if project_wheel else wheels.project_wheel(work / "project")
    if not own.is_file() or not own.name.startswith(f"{wheels.PROJECT}-"):
        raise BundleError(f"{own}: not a phrasebook wheel")
    index_args: list[str] = []
    if from_installed:
        house = work / "installed"
        house.mkdir()
        for dist in wheels.installed_closure():
            if wheels.normalize(dist.metadata["Name"]) != wheels.PROJECT:
                wheels.repack(dist, house)
        index_args = ["--no-index", "--find-links", str(house)]
    into.mkdir()
    results: list[TargetResult] = []
    constraints: Path | None = None
    for target in plan:
        dest = work / "targets" / target.name.replace(" ", "-")
        dest.mkdir(parents=True)
        result = download(target, own, dest, index_args=index_args, constraints=constraints)
        results.append(result)
        log(_summary(result))
        for wheel in dest.glob("*.whl"):
            if not (into / wheel.name).exists():
                shutil.copyfile(wheel, into / wheel.name)
        if constraints is None and result.status != "unusable":
            constraints = _pin_pure_wheels(dest, work / "constraints.txt")
    if all(r.status == "unusable" for r in results):
        reasons = "; ".join(
            f"{r.target.name}: {', '.join(m.package for m in r.missing)}" for r in results
        )
        raise BundleError(f"no wheels could be had for any platform ({reasons})")
    return results, own


def _pin_pure_wheels(folder: Path, out: Path) -> Path:
    # Pure-Python wheels are the same everywhere: pinning them to the first target's choice
    # leaves pip nothing to backtrack through when a platform lacks a compiled wheel.
    pins = sorted(
        "{}=={}".format(*wheel.name.split("-")[:2])
        for wheel in folder.glob("*-none-any.whl")
        if wheels.normalize(wheel.name.split("-")[0]) != wheels.PROJECT
    )
    out.write_text("".join(f"{pin}\n" for pin in pins), encoding="utf-8")
    return out


def _models(into: Path) -> list[str]:
    from phrasebook.mt import store

    if not store.list_models():
        return []
    try:
        return [f"models/{p.name}" for p in store.export_models(into)]
    except ModelPackageError as exc:
        raise BundleError(str(exc)) from None


def _summary(result: TargetResult) -> str:
    if result.status == "complete":
        return f"{result.target.name:<22} complete  ({len(result.wheels)} wheels)"
    lacks = "; ".join(f"{m.package} (for {m.extra})" for m in result.missing)
    return f"{result.target.name:<22} {result.status:<9} missing: {lacks}"


def _write_files(
    folder: Path, version: str, results: list[TargetResult], models: list[str]
) -> None:
    source = resources.files("phrasebook.bundle")
    for name in SCRIPTS:
        (folder / name).write_bytes(source.joinpath("files", name).read_bytes())
    (folder / "verify.py").write_bytes(source.joinpath("verify.py").read_bytes())
    made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    description = {
        "phrasebook": version,
        "made": made,
        "extras": list(wheels.EXTRAS),
        "models": models,
        "targets": [
            {
                "platform": r.target.platform,
                "python": r.target.python,
                "status": r.status,
                "extras": list(r.extras),
                "missing": [{"package": m.package, "extra": m.extra} for m in r.missing],
                "wheels": list(r.wheels),
            }
            for r in results
        ],
    }
    (folder / verify.DESCRIPTION).write_text(
        json.dumps(description, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    lines = [
        f"phrasebook {version}: offline install bundle, made {made}",
        f"Extras: {', '.join(wheels.EXTRAS)}. Wheels per platform and Python version:",
        "",
        *(_summary(r) for r in results),
        "",
        "complete: everything installs. partial: phrasebook installs without the extras named.",
        "unusable: phrasebook itself cannot be installed there from this bundle.",
        "",
        "Translation models: " + (", ".join(Path(m).name for m in models) or "none"),
    ]
    (folder / REPORT).write_text("\n".join(lines) + "\n", encoding="utf-8")
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    sums = [f"{verify.sha256(p)}  {p.relative_to(folder).as_posix()}\n" for p in files]
    (folder / verify.MANIFEST).write_text("".join(sums), encoding="utf-8")


def _zip(folder: Path, name: str, out: Path) -> None:
    with zipfile.ZipFile(out, "w") as zf:
        for path in sorted(folder.rglob("*")):
            if not path.is_file():
                continue
            info = zipfile.ZipInfo(f"{name}/{path.relative_to(folder).as_posix()}")
            info.date_time = datetime.fromtimestamp(path.stat().st_mtime).timetuple()[:6]
            packed = path.suffix in (".whl", ".zip", ".argosmodel")  # compressed already
            info.compress_type = zipfile.ZIP_STORED if packed else zipfile.ZIP_DEFLATED
            info.external_attr = (0o755 if path.suffix == ".sh" else 0o644) << 16 | 0o100000 << 16
            with path.open("rb") as src, zf.open(info, "w") as dst:
                shutil.copyfileobj(src, dst, 1024 * 1024)


def _swap_in(staging: Path, folder: Path) -> None:
    # The new bundle takes the name in one rename; an old one is moved aside first and removed
    # only once the new one is in place.
    aside = folder.with_name(f".{folder.name}.old-{os.getpid()}")
    if folder.exists():
        folder.rename(aside)
    try:
        staging.rename(folder)
    except OSError:
        with contextlib.suppress(OSError):
            aside.rename(folder)
        raise
    shutil.rmtree(aside, ignore_errors=True)
