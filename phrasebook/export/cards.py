"""Pocket cards (printable HTML), CSV and JSON exports of the lexicon for one language pair.

Each is returned as bytes, for the CLI to write atomically (:func:`write_export`) or to stdout.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections import Counter
from collections.abc import Sequence
from datetime import date
from html import escape
from pathlib import Path

from phrasebook.errors import ExportError
from phrasebook.export.fonts import Embedded, embed_fonts
from phrasebook.export.records import entry_json
from phrasebook.fonts import FontFinder, card_finder
from phrasebook.i18n import HOW_TO, label
from phrasebook.lexicon import Lexicon
from phrasebook.pronounce.readings import pair_transcriptions, variant_transcriptions
from phrasebook.userdata.storage import atomic_write_bytes
from phrasebook.values import LANGS, Entry, Lang, Variant

FORMATS = ("html", "csv", "json")
"""The formats :func:`export` writes."""

CSV_HEADER = ("id", "category", "mine", "theirs", "pronunciation", "en", "ru", "uk", "ko", "notes")
"""The columns of the CSV export."""


def _label(key: str, lang: Lang) -> str:
    return escape(label(key, lang))


def select_entries(
    lexicon: Lexicon, categories: Sequence[str] = (), ids: Sequence[str] | None = None
) -> list[Entry]:
    """The entries an export holds, in lexicon order.

    Args:
        lexicon: the lexicon to export from.
        categories: keep only these category ids (all when empty).
        ids: keep only these entry ids (the favourites); ids the lexicon lacks are ignored.

    Raises:
        LexiconError: for an unknown category, naming the known ones.
        ExportError: when nothing is left to export.
    """
    for category in categories:
        lexicon.category(category)  # raises, naming the known ids
    chosen = [e for e in lexicon if not categories or e.category in categories]
    if ids is not None:
        wanted = set(ids)
        chosen = [e for e in chosen if e.id in wanted]
    if not chosen:
        raise ExportError("nothing to export: no entry matches the categories and ids chosen")
    return chosen


def say_text(entry: Entry, mine: Lang, theirs: Lang) -> str:
    """Their text written in my script, for me to read aloud; empty when there is none."""
    for t in pair_transcriptions(entry, mine, theirs):
        if t.script == mine.script:
            return t.text
    return ""


def variant_lines(entry: Entry, mine: Lang, theirs: Lang) -> list[tuple[Variant, str, str]]:
    """The variants that give their language: (variant, their text, its reading in my script)."""
    lines = []
    for variant in entry.variants:
        if text := variant.text.get(theirs):
            says = variant_transcriptions(variant, mine, theirs)
            say = next((t.text for t in says if t.script == mine.script), "")
            lines.append((variant, text, say))
    return lines


def export(
    lexicon: Lexicon,
    mine: Lang,
    theirs: Lang,
    fmt: str,
    *,
    categories: Sequence[str] = (),
    ids: Sequence[str] | None = None,
    today: date | None = None,
    finder: FontFinder | None = None,
    problems: list[str] | None = None,
) -> bytes:
    """The lexicon (or part of it) for one language pair, as a file's bytes.

    Args:
        lexicon: the lexicon to export.
        mine: the reader's language.
        theirs: the other person's language.
        fmt: ``"html"`` (printable pocket cards), ``"csv"`` or ``"json"``.
        categories: only these category ids (all when empty).
        ids: only these entry ids, e.g. the user's favourites (all when None).
        today: the date printed on the cards and in the JSON (default: today).
        finder: where the cards' fonts come from (default: the display extra's, then the
            system's); the letters the cards use are embedded in the file.
        problems: when given, what could not be embedded is appended, with how to fix it.

    Returns:
        UTF-8 bytes (the CSV starts with a byte order mark for spreadsheet apps).

    Raises:
        ExportError: for an unknown format, the same language twice or an empty selection.
        LexiconError: for an unknown category.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if mine is theirs:
        raise ExportError(f"both languages are {mine.value}: choose two different ones")
    entries = select_entries(lexicon, categories, ids)
    if fmt == "csv":
        return _csv(lexicon, entries, mine, theirs)
    if fmt == "json":
        return _json(lexicon, entries, mine, theirs, today or date.today())
    page = _html(lexicon, entries, mine, theirs, today or date.today())
    fonts = embed_fonts(page, finder if finder is not None else card_finder())
    if problems is not None:
        problems.extend(font_problems(fonts))
    families = "".join(f'"{family}", ' for family in fonts.families)
    page = page.replace("<style>", f"<style>\n{fonts.css}\n" if fonts.css else "<style>", 1)
    return page.replace(_FAMILIES, families).encode("utf-8")


def font_problems(fonts: Embedded) -> list[str]:
    """What a reader of the cards may miss, and how to fix it; empty when all is embedded."""
    fix = (
        "install the cards extra (pip install 'phrasebook[cards]', or `make setup`), "
        "or name a font file that has them: phrasebook config set font FILE"
    )
    if fonts.unavailable:
        return [
            f"no fonts embedded (fontTools is missing): the cards rely on the printing "
            f"machine's fonts; to fix it, {fix}"
        ]
    if fonts.missing:
        shown = fonts.missing[:12] + ("…" if len(fonts.missing) > 12 else "")
        return [
            f"no font here has {len(fonts.missing)} of the characters the cards use ({shown}): "
            f"they may print as boxes; to fix it, {fix}"
        ]
    return []


def write_export(path: Path, data: bytes) -> None:
    """Write an export atomically: a crash never leaves half a file.

    Raises:
        StorageError: when the file cannot be written.
    """
    atomic_write_bytes(path, data)


def _counts(lexicon: Lexicon, entries: Sequence[Entry]) -> list[tuple[str, int]]:
    per = Counter(e.category for e in entries)
    return [(c.id, per[c.id]) for c in lexicon.categories if per[c.id]]


def _cell(text: str) -> str:
    # A spreadsheet runs a cell that starts like a formula; overlay text is user-written.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv(lexicon: Lexicon, entries: Sequence[Entry], mine: Lang, theirs: Lang) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180: CRLF, quotes only when needed
    writer.writerow(CSV_HEADER)
    for e in entries:
        texts = [e.text[lang] for lang in LANGS]
        say = say_text(e, mine, theirs)
        note = note.text if (note := lexicon.note_for(e, mine)) else ""
        row = [e.id, e.category, e.text[mine], e.text[theirs], say, *texts, note]
        writer.writerow([_cell(value) for value in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _json(
    lexicon: Lexicon, entries: Sequence[Entry], mine: Lang, theirs: Lang, when: date
) -> bytes:
    data = {
        "pair": {
            "mine": mine.value,
            "theirs": theirs.value,
            "names": {lang.value: lang.native_name for lang in (mine, theirs)},
        },
        "generated": when.isoformat(),
        "categories": [
            {"id": cid, "name": lexicon.category(cid).name(mine), "entries": n}
            for cid, n in _counts(lexicon, entries)
        ],
        "entries": [
            {**entry_json(lexicon, e, mine, theirs), "say": say_text(e, mine, theirs)}
            for e in entries
        ],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- pocket cards -------------------------------------------------------------------------------
# Why an A4 sheet of four A6 cards rather than `@page { size: A6 }`: home and field-office printers
# take A4 and almost none feed A6 card stock; an A6 page sent to an A4 printer is either blown up
# to fill the sheet or needs a "pages per sheet" setting nobody finds under stress. Four cards per
# A4 sheet print at 100 % with no setting, and dashed borders show where to cut. HTML cannot flow
# text from one fixed box into the next without script, so the cards are filled here, with a
# conservative estimate of each row's height; a card that still overflows grows instead of
# clipping, so no phrase is ever lost (the cut line then shifts).

_PT = 0.3528  # millimetres per point
_MINE_PT, _THEIRS_PT, _SAY_PT, _ANSWER_PT, _GLOSS_PT = 8.5, 13.0, 8.0, 11.0, 7.0
_VARIANT_PT, _VARIANT_GAP = 9.0, 0.6  # a variant's size, and the gap above it in mm
_MINE_W, _THEIRS_W, _CARD_W = 35.0, 55.0, 93.0  # column widths in mm
_BUDGET = 128.0  # mm of rows per card: 148 mm less padding, heading and card number, less slack
_HEADING = 9.0  # mm taken by the heading of a category that starts inside a card

_SANS = '"Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, "Segoe UI"'
_CJK = '"Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Malgun Gothic", "Apple SD Gothic Neo"'

_FAMILIES = "/*embedded*/"  # replaced by the embedded fonts' families, first in every stack

_CSS = f"""
@page {{ size: A4; margin: 0; }}
* {{ box-sizing: border-box; }}
html {{ font-family: {_FAMILIES}{_SANS}, {_CJK}, sans-serif; color: #000; }}
:lang(ko) {{ font-family: {_FAMILIES}{_CJK}, {_SANS}, sans-serif; word-break: keep-all; }}
body {{ margin: 0; background: #888; }}
.sheet {{ width: 210mm; margin: 6mm auto; background: #fff; display: grid; break-after: page;
  grid-template-columns: 105mm 105mm; grid-auto-rows: minmax(148mm, auto); }}
.sheet:last-child {{ break-after: auto; }}
.card {{ position: relative; padding: 5mm 6mm 7mm; border: 0.25mm dashed #999; }}
h1 {{ font-size: 15pt; margin: 0 0 2mm; }}
h2 {{ font-size: 9pt; margin: 0 0 1mm; padding-bottom: 1mm; border-bottom: 0.5mm solid #000;
  display: flex; justify-content: space-between; }}
.row + h2 {{ margin-top: 2.5mm; }}
h3 {{ font-size: 9pt; margin: 3mm 0 1mm; }}
.pair {{ font-size: 12pt; font-weight: bold; margin: 0 0 1mm; }}
.meta, .no {{ font-size: 7.5pt; color: #444; }}
.no {{ position: absolute; right: 6mm; bottom: 2.5mm; }}
table {{ border-collapse: collapse; width: 100%; font-size: 8.5pt; }}
td {{ padding: 0.6mm 0; border-bottom: 0.2mm solid #ccc; }}
td.n {{ text-align: right; padding-left: 2mm; white-space: nowrap; }}
ol {{ font-size: 8pt; margin: 0; padding-left: 5mm; }}
ol li {{ margin-bottom: 0.8mm; }}
.row {{ display: grid; grid-template-columns: {_MINE_W}mm {_THEIRS_W}mm; column-gap: 3mm;
  padding: 1.2mm 0; border-bottom: 0.2mm solid #bbb; break-inside: avoid; }}
.mine {{ font-size: {_MINE_PT}pt; line-height: 1.25; overflow-wrap: anywhere; }}
.theirs {{ font-size: {_THEIRS_PT}pt; font-weight: bold; line-height: 1.2; }}
.say {{ font-size: {_SAY_PT}pt; font-style: italic; color: #555; line-height: 1.25; }}
.variant {{ font-size: {_VARIANT_PT}pt; line-height: 1.25; margin-top: {_VARIANT_GAP}mm; }}
.answers {{ grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 1.2mm; margin: 1mm 0 0;
  padding: 0; list-style: none; }}
.answers li {{ border: 0.3mm solid #000; border-radius: 1mm; padding: 0.6mm 1.5mm; }}
.answers b {{ display: block; font-size: {_ANSWER_PT}pt; line-height: 1.2; }}
.answers span {{ display: block; font-size: {_GLOSS_PT}pt; color: #444; line-height: 1.25; }}
@media print {{ body {{ background: none; }} .sheet {{ margin: 0; }} }}
"""


def _em(text: str, bold: bool = False) -> float:
    # Widths measured in Chromium with these fonts: Hangul about 0.9 em, Cyrillic 0.62 (0.70
    # bold), Latin 0.56 (0.63), a space 0.32. Rounded up, as wide letters (ш, щ, м) cluster:
    # an estimate too high costs some blank space, one too low a card that overflows.
    cyrillic, other = (0.74, 0.7) if bold else (0.67, 0.62)
    wide = {ch for ch in text if unicodedata.east_asian_width(ch) in "WF" or ch == "—"}
    return sum(
        0.95
        if ch in wide
        else 0.32
        if ch == " "
        else cyrillic
        if "\u0400" <= ch <= "\u04ff"
        else other
        for ch in text
    )


def _height(
    text: str, size_pt: float, width_mm: float, leading: float, bold: bool = False
) -> float:
    em = size_pt * _PT
    lines, line = (1 if text.strip() else 0), 0.0
    for word in text.split():  # greedy wrapping at spaces, as the browser does (keep-all in ko)
        width = _em(word, bold) * em
        if line and line + 0.32 * em + width > width_mm:
            lines += 1
            line = 0.0
        line += (0.32 * em if line else 0.0) + width
        while line > width_mm:  # a word longer than the column breaks anywhere
            lines += 1
            line -= width_mm
    return lines * em * leading


def _row_height(lexicon: Lexicon, entry: Entry, mine: Lang, theirs: Lang) -> float:
    left = _height(entry.text[mine], _MINE_PT, _MINE_W, 1.25)
    right = _height(entry.text[theirs], _THEIRS_PT, _THEIRS_W, 1.2, bold=True)
    right += _height(say_text(entry, mine, theirs), _SAY_PT, _THEIRS_W, 1.25)
    for _, text, say in variant_lines(entry, mine, theirs):
        right += _VARIANT_GAP + _height(text, _VARIANT_PT, _THEIRS_W, 1.25)
        right += _height(say, _SAY_PT, _THEIRS_W, 1.25)
    height = max(left, right) + 2.6
    answers = lexicon.answers_of(entry)
    if answers:
        line, lines = 0.0, 1
        for a in answers:
            big = _em(a.text[theirs], bold=True) * _ANSWER_PT
            width = max(big, _em(a.text[mine]) * _GLOSS_PT) * _PT + 4.8  # padding, border, gap
            if line and line + width - 1.2 > _CARD_W:  # no gap after the last chip
                line, lines = 0.0, lines + 1
            line += width
        chip = _ANSWER_PT * _PT * 1.2 + _GLOSS_PT * _PT * 1.25 + 3.0
        height += 1.0 + lines * chip
    return height


def _cards(
    lexicon: Lexicon, entries: Sequence[Entry], mine: Lang, theirs: Lang
) -> list[list[tuple[str, list[Entry]]]]:
    # A card is a list of (category id, rows). A category starts on the card in hand when its
    # heading and first row fit: a short list (the favourites) takes a card, not one per category.
    cards: list[list[tuple[str, list[Entry]]]] = [[]]
    used = 0.0
    for entry in entries:
        height = _row_height(lexicon, entry, mine, theirs)
        starts = not cards[-1] or cards[-1][-1][0] != entry.category
        extra = _HEADING if starts and cards[-1] else 0.0
        if cards[-1] and used + extra + height > _BUDGET:
            cards.append([])
            used, extra, starts = 0.0, 0.0, True
        if starts:
            cards[-1].append((entry.category, []))
        cards[-1][-1][1].append(entry)
        used += extra + height
    return cards


def _row(lexicon: Lexicon, entry: Entry, mine: Lang, theirs: Lang) -> str:
    m, t = mine.value, theirs.value
    say = say_text(entry, mine, theirs)
    parts = [
        f'<div class="row"><div class="mine" lang="{m}">{escape(entry.text[mine])}</div>',
        f'<div><div class="theirs" lang="{t}">{escape(entry.text[theirs])}</div>',
        f'<div class="say" lang="{m}">{escape(say)}</div>' if say else "",
    ]
    for _, text, variant_say in variant_lines(entry, mine, theirs):
        parts.append(f'<div class="variant" lang="{t}">{escape(text)}</div>')
        if variant_say:
            parts.append(f'<div class="say" lang="{m}">{escape(variant_say)}</div>')
    parts.append("</div>")
    answers = lexicon.answers_of(entry)
    if answers:
        chips = "".join(
            f'<li><b lang="{t}">{escape(a.text[theirs])}</b>'
            f'<span lang="{m}">{escape(a.text[mine])}</span></li>'
            for a in answers
        )
        parts.append(f'<ul class="answers" aria-label="{_label("answers", mine)}">{chips}</ul>')
    parts.append("</div>")
    return "\n".join(parts)


def _html(lexicon: Lexicon, entries: Sequence[Entry], mine: Lang, theirs: Lang, when: date) -> str:
    cards = _cards(lexicon, entries, mine, theirs)
    title = _label("title", mine)
    pair = escape(f"{mine.native_name} → {theirs.native_name}")
    ranges: dict[str, list[int]] = {}
    for number, card in enumerate(cards, start=1):
        for cid, _ in card:
            ranges.setdefault(cid, []).append(number)
    spans = {cid: f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for cid, r in ranges.items()}
    contents = "\n".join(
        f"<tr><td>{escape(lexicon.category(cid).name(mine))}</td><td class=n>{n}</td>"
        f"<td class=n>{spans[cid]}</td></tr>"
        for cid, n in _counts(lexicon, entries)
    )
    how = "".join(f"<li>{escape(step)}</li>" for step in HOW_TO[mine])
    cover = (
        f'<section class="card cover">\n<h1>{title}</h1>\n<p class="pair">{pair}</p>\n'
        f'<p class="meta">{_label("date", mine)}: {when.isoformat()} · '
        f"{_label('phrases', mine)}: {len(entries)}</p>\n"
        f"<h3>{_label('contents', mine)}</h3>\n<table>\n"
        f"<tr><td></td><td class=n>{_label('phrases', mine)}</td>"
        f"<td class=n>{_label('cards', mine)}</td></tr>\n{contents}\n</table>\n"
        f"<h3>{_label('how', mine)}</h3>\n<ol>{how}</ol>\n</section>"
    )
    sections = [cover]
    for number, card in enumerate(cards, start=1):
        blocks = []
        for cid, rows in card:
            name = escape(lexicon.category(cid).name(mine))
            seen = ranges[cid]
            count = f"{seen.index(number) + 1}/{len(seen)}" if len(seen) > 1 else ""
            blocks.append(f"<h2><span>{name}</span><span>{count}</span></h2>")
            blocks.extend(_row(lexicon, e, mine, theirs) for e in rows)
        body = "\n".join(blocks)
        sections.append(
            f'<section class="card">\n{body}\n<div class="no">{number}</div>\n</section>'
        )
    sheets = [
        '<div class="sheet">\n' + "\n".join(sections[i : i + 4]) + "\n</div>"
        for i in range(0, len(sections), 4)
    ]
    page = (
        f'<!DOCTYPE html>\n<html lang="{mine.value}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} · {pair}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(sheets)
        + "\n</body>\n</html>\n"
    )
    return page
