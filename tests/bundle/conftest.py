"""Small wheels made on the spot, so pip can resolve bundles with no index and no network."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest


def make_wheel(
    folder: Path,
    name: str,
    version: str = "1.0",
    *,
    tag: str = "py3-none-any",
    requires: tuple[str, ...] = (),
    extras: dict[str, tuple[str, ...]] | None = None,
) -> Path:
    """Write a minimal valid wheel (metadata only, one module) and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    info = f"{name}-{version}.dist-info"
    lines = ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}"]
    lines += [f"Requires-Dist: {r}" for r in requires]
    for extra, needs in (extras or {}).items():
        lines.append(f"Provides-Extra: {extra}")
        lines += [f'Requires-Dist: {r}; extra == "{extra}"' for r in needs]
    wheel_meta = "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\n"
    wheel_meta += "".join(f"Tag: {t}\n" for t in _expand(tag))
    path = folder / f"{name}-{version}-{tag}.whl"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(f"{name}/__init__.py", "")
        zf.writestr(f"{info}/METADATA", "\n".join(lines) + "\n")
        zf.writestr(f"{info}/WHEEL", wheel_meta)
        zf.writestr(f"{info}/RECORD", "")
    return path


def _expand(tag: str) -> list[str]:
    py, abi, plat = (part.split(".") for part in tag.split("-"))
    return [f"{a}-{b}-{c}" for a in py for b in abi for c in plat]


@pytest.fixture
def wheelhouse(tmp_path: Path) -> Path:
    """A local index: ``phrasebook`` 9.0 needs ``dep``; its ``mt`` extra needs ``binonly``, which
    has a wheel for Windows only; ``speech`` needs ``puredep``; ``display`` and ``cards`` need
    nothing."""
    house = tmp_path / "house"
    make_wheel(
        house,
        "phrasebook",
        "9.0",
        requires=("dep>=1",),
        extras={"mt": ("binonly",), "speech": ("puredep",), "display": (), "cards": ()},
    )
    make_wheel(house, "dep", "1.0")
    make_wheel(house, "dep", "0.5")
    make_wheel(house, "puredep", "2.0")
    make_wheel(house, "binonly", "3.0", tag="py3-none-win_amd64")
    return house
