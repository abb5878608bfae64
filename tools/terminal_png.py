"""Draw a Textual screen as a PNG, cell by cell, the way a terminal shows it.

SVG renderers leave gaps between the rows of half-block characters, which breaks show mode's
large letters; here ▀ ▄ █ are filled rectangles, and every other character is drawn centred in
its cell (two cells for Hangul) with a monospace font, or with the display extra's Noto fonts
for the letters it lacks (so no system Korean font is needed).
"""

from __future__ import annotations

import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from rich.cells import cell_len
from rich.color import Color
from rich.style import Style

from phrasebook.fonts import FontFile, Origin, packaged_fonts
from phrasebook.fonts.find import covers

CELL_W, CELL_H = 10, 21
FONT_SIZE = 16
FOREGROUND, BACKGROUND = (224, 224, 224), (30, 30, 30)


def _fc_match(pattern: str) -> Path | None:
    program = shutil.which("fc-match")
    if program is None:
        return None
    done = subprocess.run([program, "-f", "%{file}", pattern], capture_output=True, text=True)
    path = Path(done.stdout.strip())
    return path if path.is_file() else None


@cache
def _fonts(bold: bool) -> list[FontFile]:
    mono = _fc_match("monospace:bold" if bold else "monospace")
    found = [FontFile(mono, Origin.FONTCONFIG)] if mono else []
    return found + packaged_fonts()


@cache
def _font(char: str, bold: bool) -> Any | None:
    fonts = _fonts(bold)
    chosen = next((f for f in fonts if covers(f, char)), None)
    if chosen is None:
        return None  # a blank cell rather than a box
    # A wide letter (Hangul) has two cells: drawn a little larger, as terminals do.
    return _load(chosen, FONT_SIZE + 3 if cell_len(char) > 1 else FONT_SIZE)


@cache
def _load(font: FontFile, size: int) -> Any:
    return ImageFont.truetype(str(font.path), size, index=font.index)


def _rgb(color: Color | None, default: tuple[int, int, int]) -> tuple[int, int, int]:
    if color is None or color.is_default:
        return default
    triplet = color.get_truecolor()
    return (triplet.red, triplet.green, triplet.blue)


def _colours(style: Style | None) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    style = style or Style()
    fg, bg = _rgb(style.color, FOREGROUND), _rgb(style.bgcolor, BACKGROUND)
    if style.reverse:
        fg, bg = bg, fg
    if style.dim:
        fg = tuple((a + b) // 2 for a, b in zip(fg, bg, strict=True))  # type: ignore[assignment]
    return fg, bg


def save_png(app: Any, path: Path) -> None:
    """Draw ``app``'s current screen to ``path``."""
    strips = app.screen._compositor.render_strips()
    columns = max((strip.cell_length for strip in strips), default=1)
    image = Image.new("RGB", (columns * CELL_W, len(strips) * CELL_H), BACKGROUND)
    draw = ImageDraw.Draw(image)
    for row, strip in enumerate(strips):
        x = 0
        top = row * CELL_H
        for segment in strip:
            if segment.control:
                continue
            fg, bg = _colours(segment.style)
            bold = bool(segment.style and segment.style.bold)
            for char in segment.text:
                width = max(1, cell_len(char))
                left, right = x * CELL_W, (x + width) * CELL_W
                draw.rectangle((left, top, right - 1, top + CELL_H - 1), fill=bg)
                half = top + CELL_H // 2
                if char == "█":
                    draw.rectangle((left, top, right - 1, top + CELL_H - 1), fill=fg)
                elif char == "▀":
                    draw.rectangle((left, top, right - 1, half - 1), fill=fg)
                elif char == "▄":
                    draw.rectangle((left, half, right - 1, top + CELL_H - 1), fill=fg)
                elif not char.isspace() and (font := _font(char, bold)) is not None:
                    centre = ((left + right) / 2, top + CELL_H / 2)
                    draw.text(centre, char, font=font, fill=fg, anchor="mm")
                x += width
    image.save(path, optimize=True)
