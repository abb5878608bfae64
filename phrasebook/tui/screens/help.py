"""Every key, listed from the bindings themselves so the list cannot go stale, and what this
machine lacks (the same findings as ``phrasebook doctor``), all in the reader's language."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from phrasebook.doctor import Finding
from phrasebook.i18n import label
from phrasebook.tui.context import SCREENS_CSS
from phrasebook.tui.keys import key_label, localise_bindings
from phrasebook.values import Lang

ARROWS = {"up": "↑", "down": "↓", "left": "←", "right": "→", "pageup": "PgUp", "pagedown": "PgDn"}
"""Keys named by what is printed on them, the same in every language."""


def every_key(everywhere: list[BindingType], mine: Lang) -> list[tuple[str, list[BindingType]]]:
    """The help screen's sections: the app's own keys (``everywhere``), then each screen's."""
    from phrasebook.tui.screens.drill import DrillScreen  # every screen's keys, loaded here
    from phrasebook.tui.screens.handover import HandOverScreen
    from phrasebook.tui.screens.learn import LearnScreen
    from phrasebook.tui.screens.lookup import LookupScreen
    from phrasebook.tui.screens.picker import PickerScreen
    from phrasebook.tui.screens.readback import ReadBackScreen
    from phrasebook.tui.screens.show import ShowScreen
    from phrasebook.tui.screens.translate import TranslateScreen

    return [
        (label("help_everywhere", mine), everywhere),
        (label("help_lookup", mine), list(LookupScreen.BINDINGS)),
        (label("help_show", mine), list(ShowScreen.BINDINGS)),
        (label("help_translate", mine), list(TranslateScreen.BINDINGS)),
        (label("help_pickers", mine), list(PickerScreen.BINDINGS)),
        (label("help_handover", mine), list(HandOverScreen.BINDINGS)),
        (label("help_readback", mine), list(ReadBackScreen.BINDINGS)),
        (label("help_learn", mine), [*LearnScreen.BINDINGS, *DrillScreen.BINDINGS]),
    ]


def _key_label(keys: str) -> str:
    names = []
    for key in keys.split(","):
        key = key.strip()
        if key in ARROWS:
            names.append(ARROWS[key])
            continue
        names.append(
            key.replace("ctrl+", "Ctrl+").upper()
            if len(key) <= 3
            else key.replace("ctrl+", "Ctrl+").capitalize()
        )
    return " / ".join(names)


def bindings_text(sections: Iterable[tuple[str, Iterable[BindingType]]], lang: Lang) -> Text:
    """Keys and what they do, one section per screen, as literal text in ``lang``."""
    rows: list[tuple[str, str] | str] = []
    for title, bindings in sections:
        rows.append(title)
        rows.extend(
            (_key_label(b.key), key_label(b, lang))
            for b in bindings
            if isinstance(b, Binding) and b.description
        )
    width = max((len(r[0]) for r in rows if isinstance(r, tuple)), default=8) + 2
    out = Text()
    for row in rows:
        if isinstance(row, str):
            out.append(f"\n{row}\n", style="bold underline")
        else:
            out.append(f"  {row[0]:<{width}}", style="bold")
            out.append(f"{row[1]}\n")
    return out


def findings_text(findings: Sequence[Finding], lang: Lang) -> Text:
    """What this machine has and lacks, each lack with how to fix it."""
    out = Text()
    out.append(f"{label('doctor_title', lang)}\n", style="bold underline")
    for finding in findings:
        out.append("  ✓ " if finding.ok else "  ✗ ", style="green" if finding.ok else "bold red")
        out.append(f"{finding.message(lang)}\n")
        if not finding.ok:
            out.append(f"      {label('doctor_fix', lang)}: {finding.fix(lang)}\n", style="dim")
    return out


class HelpScreen(ModalScreen[None]):
    """The keys of every screen, and the machine's findings."""

    CSS_PATH = SCREENS_CSS

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "dismiss", "Close", id="close-help"),
    ]

    def __init__(
        self,
        sections: list[tuple[str, list[BindingType]]],
        warnings: Sequence[str] = (),
        findings: Sequence[Finding] = (),
        lang: Lang = Lang.EN,
    ) -> None:
        super().__init__()
        self.sections = sections
        self.warnings = tuple(warnings)
        """Overlay files left out of the lexicon, one line each."""
        self.findings = tuple(findings)
        """What ``phrasebook doctor`` finds on this machine."""
        self.lang = lang
        localise_bindings(self, lang)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(label("help_title", self.lang), id="help-title", markup=False)
            if self.warnings:
                yield Static(
                    Text("\n".join(f"⚠ {w}" for w in self.warnings)),
                    id="help-warnings",
                    markup=False,
                )
            if self.findings:
                yield Static(
                    findings_text(self.findings, self.lang), id="help-doctor", markup=False
                )
            yield Static(bindings_text(self.sections, self.lang), markup=False)
            yield Static(label("help_tip", self.lang), id="help-tip", markup=False)
