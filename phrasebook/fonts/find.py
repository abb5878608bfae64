"""Finding font files that have the letters of a text, in the order the user expects.

A *source* lists candidate font files for a text; a :class:`FontFinder` asks its sources in turn
and splits the text into runs, each drawn with the first font that has its letters (one font for
the whole text when one has them all, so a phrase keeps one style). Coverage is read from each
font's character map (:mod:`.cmap`), cached per file.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from phrasebook.fonts.cmap import FontReadError, code_points


class Origin(StrEnum):
    """Where a font file was found."""

    SETTINGS = "settings"
    FONTCONFIG = "fontconfig"
    SYSTEM = "system"
    PACKAGED = "packaged"


@dataclass(frozen=True, slots=True)
class FontFile:
    """One font file (one face of a collection)."""

    path: Path
    """The file."""
    origin: Origin
    """Where it was found."""
    index: int = 0
    """The face within a ``.ttc`` collection."""


@dataclass(frozen=True, slots=True)
class Run:
    """Part of a text and the font that draws it."""

    text: str
    """The characters, spaces included."""
    font: FontFile
    """A font that has them."""


Source = Callable[[str], list[FontFile]]
"""Candidate fonts for a text, best first."""

SAMPLES = {"Hangul": "한국어", "Cyrillic": "Київ ґанок", "Latin": "Hands up"}
"""Text of each script phrasebook shows, to ask whether large letters can be drawn for it."""

_PREFERRED = ("Bold", "Heavy", "Black", "Medium", "Regular")
_FONT_SUFFIXES = (".ttf", ".otf", ".ttc")

PACKAGED = (
    ("pylopdf_fonts_ko", "NotoSansKR-Regular.otf"),
    ("fontpkg_noto_sans", "files/NotoSans[wdth,wght].ttf"),
)
"""The ``display`` extra's fonts: (package, file in it). Noto Sans KR has Hangul, Latin and
Russian letters but not Ukrainian і ї є ґ, which Noto Sans (2 MB) adds."""

WINDOWS_FONTS = ("malgunbd.ttf", "malgun.ttf", "segoeuib.ttf", "arialbd.ttf", "arial.ttf")
"""Malgun Gothic (Hangul) ships with Windows since Vista; Segoe UI and Arial have Cyrillic."""
MACOS_FONTS = (
    "/System/Library/Fonts/AppleSDGothicNeo.ttc",
    "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
    "/Library/Fonts/Arial Bold.ttf",
    "/System/Library/Fonts/Helvetica.ttc",
)
"""Apple SD Gothic Neo (Hangul) ships with macOS; Arial and Helvetica have Cyrillic."""


def _script_sample(text: str) -> str:
    """One representative letter per script in ``text``, so that look-ups can be cached."""
    picked: dict[str, str] = {}
    for ch in text:
        if ch.isalpha():
            picked.setdefault(unicodedata.name(ch, "OTHER").split()[0], ch)
    return "".join(sorted(picked.values()))


@functools.lru_cache(maxsize=64)
def charset(font: FontFile) -> frozenset[int]:
    """The code points ``font`` has glyphs for; empty when the file cannot be read as a font."""
    try:
        return code_points(font.path, font.index)
    except (FontReadError, OSError):  # a broken or foreign file covers nothing
        return frozenset()


def covers(font: FontFile, ch: str) -> bool:
    """Whether ``font`` has a glyph for ``ch``."""
    return ord(ch) in charset(font)


# --- sources --------------------------------------------------------------------------------


def settings_source(path: Path | None) -> Source:
    """The font file the user named in the settings (``phrasebook config set font FILE``)."""

    def source(text: str) -> list[FontFile]:
        if path is None or not path.is_file():
            return []
        return [FontFile(path, Origin.SETTINGS)]

    return source


@functools.lru_cache(maxsize=32)
def _fc_list(sample: str) -> tuple[Path, ...]:
    program = shutil.which("fc-list")
    if program is None or not sample:
        return ()
    query = " ".join(f"{ord(ch):x}" for ch in sample)
    try:
        done = subprocess.run(
            [program, f":charset={query}", "file", "style"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return ()
    ranked: list[tuple[int, str]] = []
    for line in done.stdout.splitlines():
        path, _, style = line.partition(":")
        if not path.endswith(_FONT_SUFFIXES):
            continue
        rank = next((i for i, word in enumerate(_PREFERRED) if word in style), len(_PREFERRED))
        monospace = "Mono" in path or "Coding" in path
        ranked.append((rank * 2 + monospace, path))
    return tuple(Path(p) for _, p in sorted(ranked))


def fontconfig_source(text: str) -> list[FontFile]:
    """The best fontconfig font for all of ``text``'s scripts, then the best for each one."""
    sample = _script_sample(text)
    found: list[Path] = []
    for query in (sample, *sample):
        best = _fc_list(query)[:1]
        found.extend(p for p in best if p not in found)
    return [FontFile(p, Origin.FONTCONFIG) for p in found]


def system_folders() -> list[Path]:
    """The standard font files of Windows and macOS that exist on this machine."""
    files: list[Path] = []
    if sys.platform == "win32":
        folders = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
        if local := os.environ.get("LOCALAPPDATA"):
            folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        files = [folder / name for name in WINDOWS_FONTS for folder in folders]
    elif sys.platform == "darwin":
        files = [Path(p) for p in MACOS_FONTS]
    return [f for f in files if f.is_file()]


def system_source(text: str) -> list[FontFile]:
    """Windows' and macOS' own fonts (Malgun Gothic, Apple SD Gothic Neo, Arial…)."""
    return [FontFile(p, Origin.SYSTEM) for p in system_folders()]


def packaged_fonts() -> list[FontFile]:
    """The fonts the ``display`` extra installed; empty without it."""
    found: list[FontFile] = []
    for package, name in PACKAGED:
        try:
            spec = importlib.util.find_spec(package)
        except (ImportError, ValueError):
            continue
        if spec is None or not spec.submodule_search_locations:
            continue
        path = Path(next(iter(spec.submodule_search_locations))) / name
        if path.is_file():
            found.append(FontFile(path, Origin.PACKAGED))
    return found


def packaged_source(text: str) -> list[FontFile]:
    """The ``display`` extra's fonts."""
    return packaged_fonts()


# --- the finder -----------------------------------------------------------------------------


class FontFinder:
    """Asks its sources in order for fonts that have a text's letters."""

    def __init__(self, sources: Sequence[Source]) -> None:
        self.sources = tuple(sources)

    def candidates(self, text: str) -> list[FontFile]:
        """Every candidate font for ``text``, in the order of the sources."""
        found: list[FontFile] = []
        for source in self.sources:
            found.extend(f for f in source(text) if f not in found)
        return found

    def runs(self, text: str) -> list[Run] | None:
        """``text`` split into runs with a font for each; None when a letter has no font.

        One font draws the whole text when one has every letter; otherwise a letter stays in
        the font of the letters before it when that font has it, else takes the first that does.
        """
        letters = [ch for ch in text if not ch.isspace()]
        if not letters:
            return None
        fonts = self.candidates(text)
        whole = next((f for f in fonts if all(covers(f, ch) for ch in letters)), None)
        if whole is not None:
            return [Run(text, whole)]
        runs: list[Run] = []
        for ch in text:
            if runs and covers(runs[-1].font, ch):
                font: FontFile | None = runs[-1].font
            else:
                font = next((f for f in fonts if covers(f, ch)), None)
            if font is None:
                if ch.isspace():
                    continue
                return None
            if runs and runs[-1].font == font:
                runs[-1] = Run(runs[-1].text + ch, font)
            else:
                runs.append(Run(ch, font))
        return runs

    def missing_scripts(self) -> list[str]:
        """The scripts of :data:`SAMPLES` that no font here can draw."""
        return [name for name, sample in SAMPLES.items() if self.runs(sample) is None]


def default_sources(configured: Path | None = None) -> list[Source]:
    """Settings, fontconfig, Windows and macOS folders, then the ``display`` extra's fonts."""
    return [settings_source(configured), fontconfig_source, system_source, packaged_source]


def default_finder(configured: Path | None = None) -> FontFinder:
    """A finder over :func:`default_sources`."""
    return FontFinder(default_sources(configured))


def card_finder(configured: Path | None = None) -> FontFinder:
    """For the pocket cards: the settings' font, then the display extra's, then the system's,
    so cards printed from any machine with the extra carry the same letters."""
    return FontFinder(
        [settings_source(configured), packaged_source, fontconfig_source, system_source]
    )


def display_problem(finder: FontFinder) -> tuple[bool, list[str]]:
    """What stops large lettering: (Pillow missing, scripts without a font)."""
    try:
        import PIL  # noqa: F401
    except ImportError:
        return True, list(SAMPLES)
    return False, finder.missing_scripts()
