"""Large lettering for show mode: a phrase drawn with a system font in half-block characters.

A terminal cell is about twice as tall as it is wide, so each cell shows two square pixels, one
above the other (▀ ▄ █). The phrase is laid out on one to three lines at the largest font size that
fits the space. Hangul and Cyrillic need a font that covers them: fontconfig is asked for one that
covers every character of the phrase. Without Pillow (the ``display`` extra), fontconfig or such a
font, :func:`render` returns None and the caller shows plain text.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

MIN_PIXELS = 11
"""Below this glyph height the lettering is no easier to read than plain text."""

_PREFERRED = ("Bold", "Heavy", "Black", "Medium", "Regular")


def _script_sample(text: str) -> str:
    """One representative character per script in ``text``, so the font lookup can be cached."""
    picked: dict[str, str] = {}
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "OTHER").split()[0]
            picked.setdefault(name, ch)
    return "".join(sorted(picked.values()))


@functools.lru_cache(maxsize=16)
def _font_for(sample: str) -> Path | None:
    program = shutil.which("fc-list")
    if program is None or not sample:
        return None
    charset = " ".join(f"{ord(ch):x}" for ch in sample)
    try:
        done = subprocess.run(
            [program, f":charset={charset}", "file", "style"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    fonts: list[tuple[int, str]] = []
    for line in done.stdout.splitlines():
        path, _, style = line.partition(":")
        if not path.endswith((".ttf", ".otf", ".ttc")):
            continue
        rank = next((i for i, word in enumerate(_PREFERRED) if word in style), len(_PREFERRED))
        monospace = "Mono" in path or "Coding" in path
        fonts.append((rank * 2 + monospace, path))
    return Path(min(fonts)[1]) if fonts else None


def _load(path: Path, size: int) -> Any:
    from PIL import ImageFont

    return ImageFont.truetype(str(path), size)


def _layouts(text: str) -> list[list[str]]:
    words = text.split()
    layouts = [[" ".join(words)]]
    for count in (2, 3):
        if len(words) >= count:
            per = -(-len(words) // count)
            layouts.append([" ".join(words[i : i + per]) for i in range(0, len(words), per)])
    return layouts


def _fit(path: Path, lines: list[str], width: int, height: int) -> int:
    """The largest font size at which ``lines`` fit ``width`` × ``height`` pixels, or 0."""
    low, high, best = 4, max(8, height), 0
    while low <= high:
        size = (low + high) // 2
        font = _load(path, size)
        boxes = [font.getbbox(line) for line in lines]
        line_height = int(size * 1.15)
        fits = all(b[2] - min(b[0], 0) <= width for b in boxes)
        fits = fits and line_height * len(lines) <= height
        if fits:
            best, low = size, size + 1
        else:
            high = size - 1
    return best


def render(text: str, columns: int, rows: int) -> list[str] | None:
    """``text`` as rows of half-block characters fitting ``columns`` × ``rows`` cells.

    Returns None when large lettering is unavailable or would be too small to help.
    """
    text = " ".join(text.split())
    if not text or columns < 8 or rows < 4:
        return None
    try:
        from PIL import Image, ImageDraw
    except ImportError:
        return None
    path = _font_for(_script_sample(text))
    if path is None:
        return None
    width, height = columns, rows * 2
    try:
        size, lines = max((_fit(path, layout, width, height), layout) for layout in _layouts(text))
    except OSError:  # an unreadable font file
        return None
    if size < MIN_PIXELS:
        return None
    font = _load(path, size)
    line_height = int(size * 1.15)
    image = Image.new("1", (width, line_height * len(lines)), 0)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        left, _, right, _ = font.getbbox(line)
        x = (width - (right - left)) // 2 - left
        draw.text((x, i * line_height), line, font=font, fill=1)
    bbox = image.getbbox()
    if bbox is None:
        return None
    # Cropped to the ink on all four sides, so every row starts at the same column: the caller
    # centres the block as a whole (centring each row on its own would shear the letters).
    return _blocks(image.crop(bbox))


def _blocks(image: Any) -> list[str]:
    width, height = image.size
    pixels = image.load()
    glyphs = {(0, 0): " ", (1, 0): "▀", (0, 1): "▄", (1, 1): "█"}
    out: list[str] = []
    for y in range(0, height, 2):
        row = []
        for x in range(width):
            top = 1 if pixels[x, y] else 0
            bottom = 1 if y + 1 < height and pixels[x, y + 1] else 0
            row.append(glyphs[(top, bottom)])
        out.append("".join(row).rstrip())
    return out
