"""Which characters a font file has glyphs for, read from its ``cmap`` table.

The font finder asks this of every candidate font, and show mode needs no other font reading: a
few dozen lines of :mod:`struct` here keep fontTools (24 MB installed) out of the ``display``
extra; fontTools stays in the ``cards`` extra, which subsets fonts for the pocket cards.

Read: TrueType and OpenType files and collections (``.ttf``, ``.otf``, ``.ttc``/``.otc``), the
Unicode subtables in format 4 (the basic plane) and 12 (all planes), as the OpenType spec lays
them out (https://learn.microsoft.com/typography/opentype/spec/cmap).
"""

from __future__ import annotations

import mmap
import struct
from pathlib import Path

Buffer = bytes | mmap.mmap

_UNICODE = ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3), (0, 2), (0, 1), (0, 0))
"""(platform, encoding) of Unicode subtables, the full-repertoire ones first."""


class FontReadError(ValueError):
    """The file is not a font this module can read (truncated, or another format)."""


def code_points(path: Path, index: int = 0) -> frozenset[int]:
    """The code points mapped to a glyph in font ``index`` of the file at ``path``.

    Raises:
        FontReadError: when the file is not a readable TrueType/OpenType font or collection.
        OSError: when the file cannot be read.
    """
    with path.open("rb") as file:
        if not file.seek(0, 2):
            raise FontReadError(f"{path}: the file is empty")
        # Mapped, not read: a CJK collection is 20 MB or more, and only its tables are read.
        with mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
            try:
                return _code_points(data, _font_offset(data, index))
            except (struct.error, IndexError) as exc:
                raise FontReadError(f"{path}: truncated or not a font ({exc})") from None


def _font_offset(data: Buffer, index: int) -> int:
    if data[:4] != b"ttcf":
        return 0
    (count,) = struct.unpack_from(">I", data, 8)
    if not 0 <= index < count:
        raise FontReadError(f"the collection has {count} fonts, not font number {index}")
    (offset,) = struct.unpack_from(">I", data, 12 + 4 * index)
    return int(offset)


def _code_points(data: Buffer, font: int) -> frozenset[int]:
    version = data[font : font + 4]
    if version not in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
        raise FontReadError("not a TrueType or OpenType font")
    (tables,) = struct.unpack_from(">H", data, font + 4)
    cmap = None
    for n in range(tables):
        tag, _, offset, _ = struct.unpack_from(">4sIII", data, font + 12 + 16 * n)
        if tag == b"cmap":
            cmap = offset
    if cmap is None:
        raise FontReadError("the font has no cmap table")
    (subtables,) = struct.unpack_from(">H", data, cmap + 2)
    found: dict[tuple[int, int], int] = {}
    for n in range(subtables):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * n)
        found[platform, encoding] = cmap + offset
    for key in _UNICODE:
        if key in found:
            start = found[key]
            (form,) = struct.unpack_from(">H", data, start)
            if form == 12:
                return _format12(data, start)
            if form == 4:
                return _format4(data, start)
    raise FontReadError("the font has no Unicode cmap subtable in format 4 or 12")


def _format12(data: Buffer, start: int) -> frozenset[int]:
    (groups,) = struct.unpack_from(">I", data, start + 12)
    points: set[int] = set()
    for n in range(groups):
        first, last, glyph = struct.unpack_from(">III", data, start + 16 + 12 * n)
        points.update(range(first if glyph else first + 1, last + 1))  # glyph 0 is "missing"
    return frozenset(points)


def _format4(data: Buffer, start: int) -> frozenset[int]:
    (segments_x2,) = struct.unpack_from(">H", data, start + 6)
    count = segments_x2 // 2
    ends_at = start + 14
    starts_at = ends_at + segments_x2 + 2  # after the reserved pad
    deltas_at = starts_at + segments_x2
    ranges_at = deltas_at + segments_x2
    ends = struct.unpack_from(f">{count}H", data, ends_at)
    starts = struct.unpack_from(f">{count}H", data, starts_at)
    deltas = struct.unpack_from(f">{count}H", data, deltas_at)
    ranges = struct.unpack_from(f">{count}H", data, ranges_at)
    points: set[int] = set()
    for n, (first, last, delta, offset) in enumerate(
        zip(starts, ends, deltas, ranges, strict=True)
    ):
        if first == 0xFFFF:
            continue  # the closing segment
        for code in range(first, last + 1):
            if offset == 0:
                glyph = (code + delta) & 0xFFFF
            else:
                # idRangeOffset counts bytes from its own place to the glyph id of `first`.
                at = ranges_at + 2 * n + offset + 2 * (code - first)
                (glyph,) = struct.unpack_from(">H", data, at)
                if glyph:
                    glyph = (glyph + delta) & 0xFFFF
            if glyph:
                points.add(code)
    return frozenset(points)
