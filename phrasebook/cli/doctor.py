"""The ``doctor`` command: what this machine lacks for phrasebook, and how to fix each thing.

Exit 0 when nothing is missing, 1 with the list otherwise. The TUI's help screen (F1) shows the
same findings.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from typing import TYPE_CHECKING, Any

from phrasebook.cli.util import emit, emit_json
from phrasebook.userdata.settings import load_settings
from phrasebook.values import Lang

if TYPE_CHECKING:
    from phrasebook.doctor import Terminal


def terminal() -> Terminal:
    """The terminal this command writes to."""
    from phrasebook.doctor import Terminal  # the checks load only for this command

    size = shutil.get_terminal_size(fallback=(0, 0))
    if not size.columns:  # output piped: the terminal is the one typing the command
        for fd in (0, 2):
            try:
                size = os.get_terminal_size(fd)
                break
            except OSError:
                continue
    return Terminal(size.columns, size.lines, sys.stdout.encoding or "")


def cmd_doctor(args: argparse.Namespace) -> int:
    settings, problem = load_settings()
    if problem:
        emit(f"warning: {problem}", sys.stderr)
    from phrasebook.doctor import run_checks

    findings = run_checks(settings, terminal(), Lang.EN)
    if args.json:
        records: list[dict[str, Any]] = [
            {"check": f.check, "ok": f.ok, "message": f.message(Lang.EN), "fix": f.fix(Lang.EN)}
            for f in findings
        ]
        emit_json(records)
    else:
        for f in findings:
            emit(f"{'ok     ' if f.ok else 'MISSING'}  {f.message(Lang.EN)}")
            if not f.ok:
                emit(f"         fix: {f.fix(Lang.EN)}")
        bad = sum(not f.ok for f in findings)
        emit(f"\n{bad} thing(s) to fix" if bad else "\neverything phrasebook needs is here")
    return 0 if all(f.ok for f in findings) else 1


def add_parser(sub: Any) -> None:
    """Register ``doctor``."""
    p = sub.add_parser(
        "doctor",
        help="check this machine: fonts, speech, sound, translation models, terminal, folders",
    )
    p.add_argument("--json", action="store_true", help="print a JSON array of findings")
    p.set_defaults(handler=cmd_doctor)
