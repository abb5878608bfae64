"""The detail pane: one entry in every language, with what matters for my language pair."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from phrasebook.i18n import TABLES, label
from phrasebook.lexicon import Lexicon
from phrasebook.pronounce.readings import pair_transcriptions, variant_transcriptions
from phrasebook.tui.text import literal
from phrasebook.values import LANGS, Entry, Lang, Script

SCRIPT_NAMES = {"Latn": "latin", "Cyrl": "cyrillic", "Hang": "hangul"}
"""Script codes and the key of their name in :mod:`phrasebook.i18n`."""


def _tag(kind: str, value: str, lang: Lang) -> str:
    key = f"{kind}_{value}"
    return label(key, lang) if key in TABLES[lang] else value


def _how(script: Script, mine: Lang) -> str:
    """The label of a reading: my own script says how to say it; another (Latin, for an
    interpreter) is named, in my language."""
    how = "say_how" if script == mine.script else f"script_{SCRIPT_NAMES[script]}"
    name = label(how, mine)
    return f"{name[:1].upper()}{name[1:]}"


def render_entry(lexicon: Lexicon, entry: Entry, mine: Lang, theirs: Lang) -> Text:
    """Everything a reader needs about one entry, as literal text."""
    out = Text()
    out.append_text(literal(entry.text[theirs], "bold"))
    out.append("\n")
    for t in pair_transcriptions(entry, mine, theirs):
        out.append(f"{_how(t.script, mine)}: ", style="dim")
        out.append_text(literal(t.text, "italic"))
        out.append("\n")
    out.append("\n")
    names = {lang: label(f"lang_{lang.value}", mine) for lang in LANGS}
    width = max(cell_len(n) for n in names.values()) + 2
    for lang in LANGS:
        style = "bold" if lang in (mine, theirs) else ""
        out.append(names[lang] + " " * (width - cell_len(names[lang])), style="dim")
        out.append_text(literal(entry.text[lang], style))
        out.append("\n")
    variants = [v for v in entry.variants if theirs in v.text or mine in v.text]
    if variants:
        out.append(f"\n{label('variants', mine)}:\n", style="bold")
        for v in variants:
            tag = ", ".join(
                _tag(kind, x, mine)
                for kind, x in (("register", v.register), ("dialect", v.dialect))
                if x
            )
            shown = " / ".join(v.text[lang] for lang in (theirs, mine) if lang in v.text)
            out.append_text(literal(f"  {shown}" + (f"  ({tag})" if tag else "")))
            out.append("\n")
            for t in variant_transcriptions(v, mine, theirs):
                out.append(f"    {_how(t.script, mine)}: ", style="dim")
                out.append_text(literal(t.text, "italic"))
                out.append("\n")
    for key, note in (
        ("notes", lexicon.note_for(entry, mine)),
        ("nk", lexicon.nk_note_for(entry, mine)),
    ):
        if note is None:
            continue
        out.append(f"\n{label(key, mine)}", style="bold")
        if note.lang is not mine:  # not yet translated: say so rather than switch language unasked
            out.append(f" {label('in_english', mine)}", style="dim")
        out.append(": ", style="bold")
        out.append_text(literal(note.text))
        out.append("\n")
    if answers := lexicon.answers_of(entry):
        out.append(f"\n{label('answers', mine)}: ", style="bold")
        out.append_text(literal(" · ".join(a.text[theirs] for a in answers)))
        out.append("\n")
    if related := lexicon.related_to(entry):
        out.append(f"\n{label('see', mine)}: ", style="bold")
        out.append_text(literal(" · ".join(r.text[mine] for r in related)))
        out.append("\n")
    if entry.source and mine is Lang.EN:  # citations are in English: not shown to other readers
        out.append(f"\n{label('source', mine)}: ", style="bold")
        out.append_text(literal("; ".join(entry.source), "dim"))
        out.append("\n")
    return out


class EntryDetail(VerticalScroll):
    """Scrollable pane showing the highlighted entry."""

    _shown: tuple[Lexicon, Entry | None, Lang, Lang] | None = None
    _painted = False
    """Whether a frame was drawn since this pane was first asked to show an entry. Before, the
    pane waits: the app's first frame is out sooner with the list alone (the entry's text is a
    twentieth of its work, and its first readings load the transcribers), and the entry is in
    the very next one."""

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(id="detail-body", markup=False)

    def show(self, lexicon: Lexicon, entry: Entry | None, mine: Lang, theirs: Lang) -> None:
        """Show an entry, or a hint when there is none."""
        shown = (lexicon, entry, mine, theirs)
        # A new search re-shows the entry it highlights, and the highlight reports it again:
        # its readings are worked out once.
        if self._shown is None or any(a is not b for a, b in zip(shown, self._shown, strict=True)):
            self._shown = shown
            self._draw_entry()
        self.scroll_home(animate=False)

    def _draw_entry(self) -> None:
        assert self._shown is not None
        lexicon, entry, mine, theirs = self._shown
        if not self._painted:
            self.call_after_refresh(self._first_frame_drawn)
            return
        body = self.query_one("#detail-body", Static)
        if entry is None:
            body.update(literal("—"))
            return
        body.update(render_entry(lexicon, entry, mine, theirs))

    def _first_frame_drawn(self) -> None:
        if not self._painted:
            self._painted = True
            self._draw_entry()
