"""Large lettering for show mode: a phrase drawn with a font in half-block characters.

A terminal cell is about twice as tall as it is wide, so each cell shows two square pixels, one
above the other (▀ ▄ █). The phrase is laid out on one to three lines at the largest font size that
fits the space. The fonts come from :mod:`phrasebook.fonts` (the settings' font, fontconfig,
Windows' and macOS' own, then the ``display`` extra's Noto fonts); a phrase whose letters need two
fonts is drawn in runs on one baseline. Without Pillow or a font for every letter, :func:`render`
returns None and the caller shows plain text.
"""

from __future__ import annotations

import functools
from typing import Any

from phrasebook.fonts import FontFile, FontFinder, Run, default_finder

MIN_PIXELS = 11
"""Below this glyph height the lettering is no easier to read than plain text."""
LINE_GAP = 1.15
"""Line height as a share of the font size."""


@functools.lru_cache(maxsize=256)
def _load(font: FontFile, size: int) -> Any:
    from PIL import ImageFont

    loaded = ImageFont.truetype(str(font.path), size, index=font.index)
    try:  # a variable font (the display extra's Noto Sans) is drawn at its bold instance
        if b"Bold" in loaded.get_variation_names():
            loaded.set_variation_by_name("Bold")
    except (OSError, ValueError, AttributeError):
        pass  # not a variable font
    return loaded


def _stroke(font: FontFile, size: int) -> int:
    """Extra ink for a regular-weight face, so that it reads as bold at arm's length."""
    name = font.path.name.lower()
    heavy = any(word in name for word in ("bold", "bd.", "heavy", "black", "wght"))
    return 0 if heavy else max(0, round(size / 22))


def _width(runs: list[Run], size: int) -> float:
    total = 0.0
    for run in runs:
        total += float(_load(run.font, size).getlength(run.text)) + 2 * _stroke(run.font, size)
    return total


def _split_runs(runs: list[Run], lines: list[str]) -> list[list[Run]]:
    """The runs of the whole text cut at the line breaks of ``lines``."""
    out: list[list[Run]] = []
    queue = [(r.text, r.font) for r in runs]
    for line in lines:
        need, got = line, list[Run]()
        while need and queue:
            text, font = queue[0]
            text = text.lstrip() if not got else text
            take = text[: len(need)]
            got.append(Run(take, font))
            rest = text[len(take) :]
            need = need[len(take) :]
            queue[0] = (rest, font)
            if not rest:
                queue.pop(0)
        out.append([r for r in got if r.text])
    return out


def _layouts(text: str) -> list[list[str]]:
    words = text.split()
    layouts = [[" ".join(words)]]
    for count in (2, 3):
        if len(words) >= count:
            per = -(-len(words) // count)
            layouts.append([" ".join(words[i : i + per]) for i in range(0, len(words), per)])
    return layouts


def _fit(lines: list[list[Run]], width: int, height: int) -> int:
    """The largest font size at which ``lines`` fit ``width`` × ``height`` pixels, or 0."""
    low, high, best = 4, max(8, height), 0
    while low <= high:
        size = (low + high) // 2
        fits = int(size * LINE_GAP) * len(lines) <= height
        fits = fits and all(_width(line, size) <= width for line in lines)
        if fits:
            best, low = size, size + 1
        else:
            high = size - 1
    return best


def render(
    text: str, columns: int, rows: int, finder: FontFinder | None = None
) -> list[str] | None:
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
    runs = (finder or default_finder()).runs(text)
    if runs is None:
        return None
    width, height = columns, rows * 2
    try:
        size, lines = max(
            ((_fit(split, width, height), split) for split in _candidates(runs, text)),
            key=lambda pair: pair[0],
        )
    except OSError:  # an unreadable font file
        return None
    if size < MIN_PIXELS:
        return None
    line_height = int(size * LINE_GAP)
    ascent = max(_load(r.font, size).getmetrics()[0] for line in lines for r in line)
    image = Image.new("1", (width, line_height * len(lines) + size // 2), 0)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        x = (width - _width(line, size)) / 2
        for run in line:
            font, stroke = _load(run.font, size), _stroke(run.font, size)
            x += stroke
            at = (x, i * line_height + ascent)
            draw.text(at, run.text, font=font, fill=1, anchor="ls", stroke_width=stroke)
            x += font.getlength(run.text) + stroke
    bbox = image.getbbox()
    if bbox is None:
        return None
    # Cropped to the ink on all four sides, so every row starts at the same column: the caller
    # centres the block as a whole (centring each row on its own would shear the letters).
    return _blocks(image.crop(bbox))


def _candidates(runs: list[Run], text: str) -> list[list[list[Run]]]:
    return [_split_runs(runs, layout) for layout in _layouts(text)]


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
