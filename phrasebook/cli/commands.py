"""The ``phrasebook`` command: argument parsing and output formatting only.

Exit codes: 0 success, 1 a user error (the message says what and how to fix it), 2 bad usage.
With no command it opens the terminal UI.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from phrasebook._gc import pause_for_startup, startup_done
from phrasebook.cli import output
from phrasebook.cli.resolve import resolve_category, resolve_entry
from phrasebook.cli.util import emit as _emit
from phrasebook.cli.util import emit_json as _emit_json
from phrasebook.cli.util import lang_arg as _lang
from phrasebook.cli.util import lexicon_and_warnings
from phrasebook.cli.util import lexicon_for as _lexicon
from phrasebook.cli.util import positive_arg as _positive
from phrasebook.errors import LexiconError, PhrasebookError
from phrasebook.export import records
from phrasebook.lexicon import load_lexicon
from phrasebook.userdata.settings import (
    KEYS,
    load_settings,
    save_settings,
    settings_path,
    with_value,
)
from phrasebook.values import LANGS

Handler = Callable[[argparse.Namespace], int]


# --- commands -----------------------------------------------------------------------------------


def cmd_tui(args: argparse.Namespace) -> int:
    from phrasebook.tui.app import run  # textual loads only for the UI

    lexicon, warnings = lexicon_and_warnings(args)  # shown in the UI, not under it
    return run(lexicon, warnings)


def cmd_validate(args: argparse.Namespace) -> int:
    lexicon = load_lexicon(args.paths or None, cache=False)
    cats = len({e.category for e in lexicon})
    _emit(f"ok: {len(lexicon)} entries in {cats} categories, no problems found")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    lexicon = _lexicon(args)
    stats = output.stats(lexicon)
    if args.json:
        _emit_json(stats)
    else:
        _emit(output.format_stats(stats))
    return 0


def cmd_lookup(args: argparse.Namespace) -> int:
    lexicon = _lexicon(args)
    settings, _ = load_settings()
    mine = args.mine or settings.mine
    theirs = args.theirs or settings.theirs
    category = None if args.category is None else resolve_category(lexicon, args.category, mine)
    results = lexicon.search(
        " ".join(args.query), limit=args.limit, lang=args.lang or mine, category=category
    )
    if args.json:
        _emit_json([records.result_json(r, mine, theirs) for r in results])
        return 0
    if not results:
        _emit("no match; try fewer words, another language, or `phrasebook lexicon stats`")
        return 0
    _emit(output.format_results(results, mine, theirs))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    lexicon = _lexicon(args)
    settings, _ = load_settings()
    mine = args.mine or settings.mine
    theirs = args.theirs or settings.theirs
    entry = resolve_entry(lexicon, " ".join(args.id), mine, theirs)
    if args.json:
        _emit_json(records.entry_json(lexicon, entry, mine, theirs))
    else:
        _emit(output.format_entry(lexicon, entry, mine, theirs))
    return 0


def cmd_transcribe(args: argparse.Namespace) -> int:
    from phrasebook.pronounce import SYSTEMS, transcribe

    text = " ".join(args.text)
    result = transcribe(text, args.lang.value, args.script)
    if args.json:
        system = SYSTEMS.get((args.lang.value, args.script), "")
        _emit_json(
            {
                "text": text,
                "lang": args.lang.value,
                "script": args.script,
                "system": system,
                "transcription": result,
            }
        )
    else:
        _emit(result)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from phrasebook.export import FORMATS, card_finder, export, select_entries, write_export
    from phrasebook.userdata import UserData

    lexicon = _lexicon(args)
    settings, _ = load_settings()
    mine = args.mine or settings.mine
    theirs = args.theirs or settings.theirs
    suffix = Path(args.output).suffix.lower().lstrip(".")
    suffix = "html" if suffix == "htm" else suffix
    fmt = args.format or (suffix if suffix in FORMATS else "html")
    ids = None
    if args.favourites:
        userdata = UserData.load()
        for message in userdata.messages:
            _emit(f"warning: {message}", sys.stderr)
        ids = userdata.known(userdata.favourites, lexicon)
        if not userdata.favourites:
            _emit("error: you have no favourites yet: star phrases in the TUI (F4)", sys.stderr)
            return 1
        if not ids:
            count = len(userdata.favourites)
            _emit(f"error: none of your {count} favourites is in this lexicon", sys.stderr)
            return 1
    categories = [resolve_category(lexicon, name, mine) for name in args.category or ()]
    problems: list[str] = []
    finder = card_finder(settings.font_path)
    data = export(
        lexicon, mine, theirs, fmt, categories=categories, ids=ids, finder=finder, problems=problems
    )
    for problem in problems:
        _emit(f"warning: {problem}", sys.stderr)
    if args.output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    write_export(Path(args.output), data)
    count = len(select_entries(lexicon, categories, ids))
    noun = "phrase" if count == 1 else "phrases"
    _emit(f"wrote {args.output}: {count} {noun}, {mine} → {theirs}, {fmt}")
    return 0


def cmd_config(args: argparse.Namespace) -> int:
    settings, problem = load_settings()
    if problem:
        _emit(f"warning: {problem}", sys.stderr)
    if args.action == "path":
        _emit(str(settings_path()))
    elif args.action == "get":
        keys = [args.key] if args.key else list(KEYS)
        for key in keys:
            if key not in KEYS:
                _emit(f"error: unknown setting {key!r}; known: {', '.join(KEYS)}", sys.stderr)
                return 1
            _emit(
                f"{key} = {getattr(settings, key)}" if not args.key else str(getattr(settings, key))
            )
    else:
        if not args.key or args.value is None:
            _emit("error: usage: phrasebook config set KEY VALUE", sys.stderr)
            return 2
        save_settings(with_value(settings, args.key, args.value))
    return 0


# --- parser -------------------------------------------------------------------------------------


def _top_parser() -> argparse.ArgumentParser:
    """The options before any command; with no command it opens the terminal UI."""
    parser = argparse.ArgumentParser(
        prog="phrasebook",
        description="Offline phrasebook: Korean, Russian, Ukrainian, English. "
        "With no command, opens the terminal UI.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument(
        "--lexicon",
        action="append",
        metavar="PATH",
        help="read this lexicon file or directory instead of the shipped one (repeatable)",
    )
    parser.set_defaults(handler=cmd_tui)
    return parser


_ONE_SHOT: frozenset[Handler] = frozenset({cmd_lookup, cmd_show, cmd_transcribe})
"""Commands that read and print, and are done: the program leaves right after (:func:`_leave`)."""

_START_UP: frozenset[Handler] = frozenset({cmd_tui, *_ONE_SHOT})
"""Handlers run with garbage collection still paused (phrasebook._gc): the UI until its first
frame; the one-shot commands throughout, which end before a collection would find anything."""

_CORE = ("lookup", "show", "transcribe", "export", "lexicon", "config")
"""The commands this module defines itself."""
_GROUPS = {
    "speak": ("speak",),
    "mt": ("translate", "models"),
    "learn": ("learn",),
    "bundle": ("bundle",),
    "doctor": ("doctor",),
}
"""The other command modules of :mod:`phrasebook.cli` and the commands each adds."""


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser (also used by tests and the docs).

    Args:
        command: the command about to run: the other command modules are then left out, since
            importing them only costs time (a one-shot lookup). None builds every command.
    """
    parser = _top_parser()

    def wanted(group: str) -> bool:
        return command is None or command in _GROUPS[group]

    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    langs = "|".join(LANGS)

    p = sub.add_parser("lookup", help="find phrases in any language")
    p.add_argument("query", nargs="+", help="what to look for, in any language or script")
    p.add_argument("--lang", type=_lang, help=f"language you typed in ({langs}); biases ranking")
    p.add_argument("--category", help="only this category: its id or its name in any language")
    p.add_argument("--limit", type=_positive, default=10, help="most results (default 10)")
    _pair_options(p)
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(handler=cmd_lookup)

    p = sub.add_parser("show", help="one entry in full, by id or by its text in any language")
    p.add_argument(
        "id", nargs="+", help="entry id as printed by lookup, or the phrase in any language"
    )
    _pair_options(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("transcribe", help="write a text in another script, to read it aloud")
    p.add_argument("text", nargs="+", help="the text (quote it or not)")
    p.add_argument("--lang", type=_lang, required=True, help=f"language of the text ({langs})")
    p.add_argument(
        "--script",
        required=True,
        choices=["Latn", "Cyrl", "Hang"],
        help="script to write it in (ISO 15924): Latn, Cyrl or Hang",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_transcribe)

    if wanted("speak"):
        from phrasebook.cli import speak as cli_speak

        cli_speak.add_parser(sub)

    p = sub.add_parser("export", help="pocket cards to print (HTML), or CSV/JSON for other tools")
    p.add_argument(
        "--category",
        action="append",
        metavar="NAME",
        help="only this category: its id or its name in any language (repeatable)",
    )
    p.add_argument("--favourites", action="store_true", help="only the phrases you starred")
    p.add_argument(
        "--format", choices=["html", "csv", "json"], help="default: from the -o suffix, else html"
    )
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE", help='file to write ("-": standard output)'
    )
    _pair_options(p)
    p.set_defaults(handler=cmd_export)

    if wanted("mt"):
        from phrasebook.cli import mt as cli_mt

        cli_mt.add_parsers(sub)
    if wanted("learn"):
        from phrasebook.cli import learn as cli_learn

        cli_learn.add_parsers(sub)
    if wanted("bundle"):
        from phrasebook.cli import bundle as cli_bundle

        cli_bundle.add_parsers(sub)
    if wanted("doctor"):
        from phrasebook.cli import doctor as cli_doctor

        cli_doctor.add_parser(sub)

    lex = sub.add_parser("lexicon", help="check the lexicon or count its entries")
    lex_sub = lex.add_subparsers(title="lexicon commands", metavar="ACTION", required=True)
    p = lex_sub.add_parser("validate", help="check lexicon files; print file:line: problems")
    p.add_argument("paths", nargs="*", help="files or directories (default: shipped + overlays)")
    p.set_defaults(handler=cmd_validate)
    p = lex_sub.add_parser("stats", help="entries per category and language")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_stats)

    p = sub.add_parser("config", help="read or change settings (the TUI uses the same file)")
    p.add_argument("action", choices=["get", "set", "path"])
    p.add_argument("key", nargs="?", help=f"one of: {', '.join(KEYS)}")
    p.add_argument("value", nargs="?", help="new value, with set")
    p.set_defaults(handler=cmd_config)
    return parser


def _pair_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="mine", type=_lang, help="my language (default: settings)")
    p.add_argument("--to", dest="theirs", type=_lang, help="their language (default: settings)")


def _version() -> str:
    from phrasebook._version import __version__

    return __version__


def main(argv: Sequence[str] | None = None, *, leave: bool = False) -> int:
    """Run the command line; returns the exit code.

    Args:
        argv: the arguments (default: the program's own).
        leave: end the process right after a one-shot command (lookup, show, transcribe) has
            flushed its output, as the ``phrasebook`` program does (:func:`_leave`).
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    pause_for_startup()
    try:
        handler, code = _run(argv)
    finally:
        startup_done()  # the UI has done so after its first frame; other commands, when done
    if leave and handler in _ONE_SHOT:
        _leave(code)
    return code


def _leave(code: int) -> NoReturn:
    """End the process now, with ``code``, once its output is written.

    What a one-shot command would still do on a normal exit is free the lexicon and its index
    object by object (5 % of a lookup's time) for memory the system takes back at once; it
    has no files open for writing and no threads (the lexicon cache was written before, whole).
    """
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(BrokenPipeError):  # `phrasebook lookup … | head -1`
            stream.flush()
    os._exit(code)


def _run(argv: list[str]) -> tuple[Handler, int]:
    # With nothing to parse, the UI opens without building any command's parser; a known command
    # gets the parsers of its own module only; anything else (help, a typo) all of them.
    known = {*_CORE, *(name for names in _GROUPS.values() for name in names)}
    command = argv[0] if argv and argv[0] in known else None
    parser = build_parser(command) if argv else _top_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    if handler not in _START_UP:
        startup_done()  # a command may run long (a file to translate): collect as usual
    try:
        return handler, handler(args)
    except LexiconError as exc:
        for problem in exc.problems:
            _emit(str(problem), sys.stderr)
        _emit(f"{len(exc.problems)} problem(s) found", sys.stderr)
        return handler, 1
    except PhrasebookError as exc:
        _emit(f"error: {exc}", sys.stderr)
        return handler, 1
    except KeyboardInterrupt:
        return handler, 130
    except BrokenPipeError:
        return handler, 0
