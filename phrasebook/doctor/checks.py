"""The checks: fonts, speech, audio, translation models, the terminal and the user's folders."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from phrasebook.fonts import card_finder, default_finder, display_problem
from phrasebook.fonts.find import SAMPLES
from phrasebook.i18n import label
from phrasebook.userdata import paths
from phrasebook.userdata.settings import Settings
from phrasebook.values import Lang

MIN_COLUMNS, MIN_ROWS = 80, 24
"""The smallest terminal the screens are laid out for."""


@dataclass(frozen=True, slots=True)
class Terminal:
    """What is known of the terminal phrasebook runs in."""

    columns: int
    """Its width in cells."""
    rows: int
    """Its height in cells."""
    encoding: str
    """The text encoding it is written in (``utf-8`` for Unicode)."""


@dataclass(frozen=True, slots=True)
class Finding:
    """The result of one check."""

    check: str
    """Which check: one of :data:`CHECKS`."""
    ok: bool
    """True when nothing is missing."""
    params: Mapping[str, str] = field(default_factory=dict)
    """Values for the message (file names, the pair, sizes)."""

    def message(self, lang: Lang) -> str:
        """What was found, in ``lang``."""
        return label(f"doctor_{self.check}_{'ok' if self.ok else 'bad'}", lang).format(
            **self.params
        )

    def fix(self, lang: Lang) -> str:
        """How to fix it, in ``lang``; empty when nothing needs fixing."""
        return "" if self.ok else label(f"doctor_{self.check}_fix", lang).format(**self.params)


def _script_names(scripts: list[str], lang: Lang) -> str:
    return ", ".join(label(f"script_{s.lower()}", lang) for s in scripts)


def check_large_letters(settings: Settings, lang: Lang) -> Finding:
    """Show mode's large letters: Pillow and a font for Hangul, Cyrillic and Latin."""
    finder = default_finder(settings.font_path)
    no_pillow, missing = display_problem(finder)
    if no_pillow or missing:
        return Finding("font", False, {"scripts": _script_names(missing, lang)})
    used = []
    for sample in SAMPLES.values():
        for run in finder.runs(sample) or []:
            if run.font.path.name not in used:
                used.append(run.font.path.name)
    return Finding("font", True, {"fonts": ", ".join(used)})


def check_card_fonts(settings: Settings, lang: Lang) -> Finding:
    """Pocket cards: fontTools to embed fonts, and fonts for every script."""
    try:
        import fontTools.subset  # noqa: F401
    except ImportError:
        return Finding("cards", False, {"scripts": _script_names(list(SAMPLES), lang)})
    missing = card_finder(settings.font_path).missing_scripts()
    if missing:
        return Finding("cards", False, {"scripts": _script_names(missing, lang)})
    return Finding("cards", True)


def check_speech(settings: Settings, lang: Lang) -> Finding:
    """A speech engine: eSpeak NG's library (the speech extra) or its program."""
    from phrasebook.speech import find_engine

    engine = find_engine()
    return Finding("speech", engine is not None, {"engine": engine or ""})


def check_player(settings: Settings, lang: Lang) -> Finding:
    """A program that plays sound."""
    from phrasebook.speech import PLAYERS, find_player

    player = find_player()
    names = ", ".join(name for name, _ in PLAYERS)
    return Finding(
        "player", player is not None, {"player": player[0] if player else "", "names": names}
    )


def _covered(pairs: set[tuple[Lang, Lang]], src: Lang, dst: Lang) -> bool:
    return (src, dst) in pairs or ((src, Lang.EN) in pairs and (Lang.EN, dst) in pairs)


def check_models(settings: Settings, lang: Lang) -> Finding:
    """Translation models for the current pair, both ways (directly or through English)."""
    from phrasebook.mt.store import list_models

    pairs = {(m.from_lang, m.to_lang) for m in list_models()}
    a, b = settings.mine, settings.theirs
    lacking = [(s, d) for s, d in ((a, b), (b, a)) if not _covered(pairs, s, d)]
    needed: list[str] = []
    for s, d in lacking:
        legs = [(s, d)] if Lang.EN in (s, d) else [(s, Lang.EN), (Lang.EN, d)]
        needed.extend(
            f"{x} {y}" for x, y in legs if (x, y) not in pairs and f"{x} {y}" not in needed
        )
    params = {
        "pair": f"{a.native_name} ↔ {b.native_name}",
        "missing": ", ".join(f"{s.native_name} → {d.native_name}" for s, d in lacking),
        "command": " ; ".join(f"phrasebook models install --from-index {n}" for n in needed),
    }
    return Finding("models", not lacking, params)


def check_terminal(terminal: Terminal) -> Finding:
    """Room for the screens."""
    ok = terminal.columns >= MIN_COLUMNS and terminal.rows >= MIN_ROWS
    size = f"{terminal.columns}×{terminal.rows}"
    return Finding("terminal", ok, {"size": size, "need": f"{MIN_COLUMNS}×{MIN_ROWS}"})


def check_unicode(terminal: Terminal) -> Finding:
    """Hangul and Cyrillic need a Unicode terminal."""
    encoding = terminal.encoding or "?"
    ok = encoding.lower().replace("-", "").replace("_", "") in {"utf8", "utf16", "utf32"}
    return Finding("unicode", ok, {"encoding": encoding})


def _writable(folder: Path) -> bool:
    """Whether ``folder`` can be written, or created and written (nothing is made here)."""
    probe = folder
    while not probe.exists():
        if probe.parent == probe:
            return False
        probe = probe.parent
    return probe.is_dir() and os.access(probe, os.W_OK | os.X_OK)


def check_folders() -> Finding:
    """The settings and data folders can be written."""
    folders = [paths.config_dir(), paths.data_dir()]
    bad = [str(f) for f in folders if not _writable(f)]
    return Finding("folders", not bad, {"folders": ", ".join(bad or map(str, folders))})


CHECKS = ("font", "cards", "speech", "player", "models", "terminal", "unicode", "folders")
"""Every check, in the order they are reported."""

_MACHINE: tuple[Callable[[Settings, Lang], Finding], ...] = (
    check_large_letters,
    check_card_fonts,
    check_speech,
    check_player,
    check_models,
)


def run_checks(settings: Settings, terminal: Terminal, lang: Lang) -> list[Finding]:
    """Every check for this machine, these settings and this terminal, in :data:`CHECKS` order."""
    findings = [check(settings, lang) for check in _MACHINE]
    return [*findings, check_terminal(terminal), check_unicode(terminal), check_folders()]
