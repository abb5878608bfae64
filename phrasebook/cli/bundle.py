"""The ``bundle`` command: a folder and a zip that install phrasebook with no network."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from phrasebook.cli.util import emit


def cmd_bundle(args: argparse.Namespace) -> int:
    """Write the bundle; print each target's state and, last, any target that lacks wheels."""
    from phrasebook.bundle import build_bundle, targets

    chosen = None
    if args.platform or args.python:
        if args.from_installed:
            emit(
                "error: --from-installed serves this machine only: drop --platform/--python",
                sys.stderr,
            )
            return 2
        chosen = targets(args.platform, args.python)
    if args.from_installed:
        emit("packing this installation's wheels (no network)…", sys.stderr)
    else:
        emit("fetching wheels with pip for each platform and Python version…", sys.stderr)
    bundle = build_bundle(
        Path(args.dir),
        chosen=chosen,
        from_installed=args.from_installed,
        project_wheel=Path(args.wheel) if args.wheel else None,
        include_models=not args.no_models,
        log=lambda line: emit(f"  {line}", sys.stderr),
    )
    emit(f"wrote {bundle.folder}")
    emit(f"wrote {bundle.archive}")
    models = len(bundle.models)
    emit(f"{len(bundle.results)} target(s), {models} translation model(s); see REPORT.txt")
    for result in bundle.results:
        for missing in result.missing:
            emit(
                f"warning: {result.target.name}: no wheel for {missing.package}"
                f" (needed by {missing.extra}); that target is {result.status}",
                sys.stderr,
            )
    return 0


def add_parsers(sub: Any) -> None:
    """Add ``bundle`` to the CLI's subcommands."""
    from phrasebook.bundle import PLATFORMS, PYTHONS

    p = sub.add_parser(
        "bundle",
        help="write a folder and zip that install phrasebook with no network",
        description="Write DIR/phrasebook-VERSION-bundle/ and its .zip: phrasebook, every "
        "dependency as wheels for each platform, the installed translation models, install.sh "
        "and install.ps1. Fetching the wheels uses the package index (pip), unless "
        "--from-installed.",
    )
    p.add_argument("dir", metavar="DIR", help="where to write the bundle (a USB stick, dist/ …)")
    p.add_argument(
        "--platform",
        action="append",
        choices=list(PLATFORMS),
        help="only this platform (repeatable; default: all)",
    )
    p.add_argument(
        "--python",
        action="append",
        metavar="X.Y",
        help=f"only this Python version (repeatable; default: {', '.join(PYTHONS)})",
    )
    p.add_argument(
        "--from-installed",
        action="store_true",
        help="no network: pack this installation's own wheels, for this machine and Python only",
    )
    p.add_argument("--wheel", metavar="FILE", help="phrasebook's wheel (default: build or pack it)")
    p.add_argument("--no-models", action="store_true", help="leave the translation models out")
    p.set_defaults(handler=cmd_bundle)
