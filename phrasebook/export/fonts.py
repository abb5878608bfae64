"""Pocket cards carry their own letters: the fonts for the characters they use, embedded.

Cards are printed once and carried for months, often from a machine with no Korean font. Each
font the finder picks is cut down with fontTools to the characters the page uses and embedded as a
base64 WOFF ``@font-face``, so the page stays one self-contained file. Cut to the phrases of a
whole uk → ko export (about 700 Hangul syllables) the fonts add about 0.1 MB to a 0.35 MB file.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass

from phrasebook.fonts import FontFile, FontFinder
from phrasebook.fonts.find import covers

FAMILY = "phrasebook embedded"
"""The embedded faces' family names start so; a number follows."""


@dataclass(frozen=True, slots=True)
class Embedded:
    """The ``@font-face`` rules for a page, and what they could not cover."""

    css: str
    """``@font-face`` rules, one a font."""
    families: tuple[str, ...]
    """The family names they define, to put first in ``font-family``."""
    size: int
    """Bytes of font data embedded (before base64)."""
    missing: str
    """Characters no font had, each once, in page order."""
    unavailable: bool
    """True when nothing could be embedded because fontTools is not installed."""


def _subset(font: FontFile, chars: str) -> bytes:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.flavor = "woff"  # zlib, which Python has; WOFF2 would need brotli
    options.desubroutinize = True  # CFF subroutines for the whole font would stay otherwise
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # copyright, names and version: the OFL asks that
    # A variable font is embedded at its default instance: cutting its variations takes seconds.
    options.drop_tables += ["FFTM", "fvar", "gvar", "avar", "cvar", "HVAR", "MVAR", "STAT"]
    opened = TTFont(str(font.path), fontNumber=font.index, recalcTimestamp=False, lazy=True)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(ch) for ch in chars])
    subsetter.subset(opened)
    opened.flavor = "woff"
    out = io.BytesIO()
    opened.save(out)
    return out.getvalue()


def embed_fonts(text: str, finder: FontFinder) -> Embedded:
    """Fonts for every character of ``text`` that is not plain ASCII, cut down and encoded.

    Each character goes to the first font the finder offers that has it.
    """
    wanted = "".join(dict.fromkeys(ch for ch in text if ord(ch) > 0x7E and not ch.isspace()))
    try:
        import fontTools.subset  # noqa: F401
    except ImportError:
        return Embedded("", (), 0, wanted, True)
    fonts = finder.candidates(wanted)
    chosen: dict[FontFile, list[str]] = {}
    missing: list[str] = []
    for ch in wanted:
        font = next((f for f in fonts if covers(f, ch)), None)
        if font is None:
            missing.append(ch)
        else:
            chosen.setdefault(font, []).append(ch)
    rules: list[str] = []
    families: list[str] = []
    size = 0
    for number, (font, chars) in enumerate(chosen.items(), start=1):
        try:
            # The basic Latin letters come along so a line is not set in two fonts at once.
            data = _subset(font, "".join(chars) + "".join(map(chr, range(0x20, 0x7F))))
        except Exception:  # a font fontTools cannot cut: its characters are left to the system
            missing.extend(chars)
            continue
        family = f"{FAMILY} {number}"
        families.append(family)
        size += len(data)
        encoded = base64.b64encode(data).decode("ascii")
        rules.append(
            f'@font-face {{ font-family: "{family}"; '
            f'src: url(data:font/woff;base64,{encoded}) format("woff"); }}'
        )
    return Embedded("\n".join(rules), tuple(families), size, "".join(missing), False)
