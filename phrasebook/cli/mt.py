"""The ``translate`` and ``models`` commands (machine translation loads only when they run)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from phrasebook.cli.util import emit, emit_json, lang_arg, lexicon_for
from phrasebook.errors import PhrasebookError
from phrasebook.userdata import paths
from phrasebook.userdata.settings import load_settings
from phrasebook.values import Lang


def _read_lines(args: argparse.Namespace) -> list[str]:
    if args.text and args.file:
        raise PhrasebookError("give the text or --file, not both")
    if args.text:
        return [" ".join(args.text)]
    if args.file and args.file != "-":
        try:
            return Path(args.file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise PhrasebookError(f"cannot read {args.file}: {exc}") from exc
    if sys.stdin.isatty() and not args.file:
        raise PhrasebookError("nothing to translate: give TEXT, --file PATH, or pipe lines in")
    return sys.stdin.read().splitlines()


def _segment_json(segment: Any) -> dict[str, Any]:
    return {
        "input": segment.input,
        "text": segment.text,
        "source": segment.source,
        "entry_id": segment.entry_id,
        "path": [lang.value for lang in segment.path],
        "verify": segment.verify,
        "matched": segment.matched,
        "suggestions": [
            {"entry_id": s.entry_id, "said": s.said, "text": s.text, "score": s.score}
            for s in segment.suggestions
        ],
    }


def _translation_json(line: str, result: Any) -> dict[str, Any]:
    return {
        "input": line,
        "text": result.text,
        "from": result.src.value,
        "to": result.dst.value,
        "detected": result.detected,
        "complete": result.complete,
        "source": result.source,
        "entry_id": result.entry_id,
        "path": [lang.value for lang in result.path],
        "verify": result.verify,
        "note": result.note,
        "missing": result.missing,
        "segments": [_segment_json(s) for s in result.segments],
    }


def _report(results: list[Any]) -> None:
    """What standard error says about the translation: direction, machine output, gaps."""
    for result in {(r.src, r.dst): r for r in results if r.detected}.values():
        emit(
            f"note: the text is in {result.src.native_name}, so it was translated"
            f" {result.src} → {result.dst}",
            sys.stderr,
        )
    segments = [s for r in results for s in r.segments if s.source != "as-is"]
    machine = [s for s in segments if s.source == "mt"]
    if machine:
        route = " → ".join(lang.value for lang in machine[0].path)
        emit(
            f"note: {len(machine)} of {len(segments)} sentence(s) machine-translated ({route}); "
            "verify before relying on them",
            sys.stderr,
        )
    near = [s for s in segments if s.source == "lexicon" and s.matched]
    for s in near:
        emit(f"note: «{s.input}» was read as the phrasebook's «{s.matched}»", sys.stderr)
    missed = [s for s in segments if not s.translated]
    if not missed:
        return
    emit(f"not translated: {len(missed)} of {len(segments)} sentence(s)", sys.stderr)
    for message in dict.fromkeys(r.missing for r in results if r.missing):
        emit(f"  {message}", sys.stderr)
    for s in dict.fromkeys(missed):
        emit(f"  «{s.input}»", sys.stderr)
        for hint in s.suggestions:
            emit(f"    closest phrase: «{hint.said}» → «{hint.text}» ({hint.entry_id})", sys.stderr)


def cmd_translate(args: argparse.Namespace) -> int:
    """Translate TEXT, a file or standard input, one line in, one line out.

    Returns 0 when every sentence was translated, 1 when some were not (no model for the pair and
    no vetted phrase): those stay as typed, and standard error names the model to install.
    """
    from phrasebook.mt.translator import Translator

    settings, _ = load_settings()
    src = args.src or settings.mine
    dst = args.dst or settings.theirs
    lines = _read_lines(args)
    # Without --from, Korean or Cyrillic that is not my language is read as what it is.
    results = Translator(lexicon_for(args)).translate_batch(
        lines, src, dst, detect=args.src is None
    )
    if args.json:
        emit_json([_translation_json(line, r) for line, r in zip(lines, results, strict=True)])
    else:
        for result in results:
            emit(result.text)
        _report(results)
    return 0 if all(r.complete for r in results) else 1


def _package_json(package: Any) -> dict[str, Any]:
    return {
        "code": package.code,
        "from": package.from_lang.value,
        "to": package.to_lang.value,
        "version": package.version,
        "size_bytes": package.size_bytes,
        "path": str(package.path),
    }


def cmd_models(args: argparse.Namespace) -> int:
    """List, install, remove or export translation model packages."""
    from phrasebook.mt import store

    if args.action == "list":
        packages = store.list_models()
        if args.json:
            emit_json([_package_json(p) for p in packages])
        elif not packages:
            emit(f"no models installed (they would be in {paths.models_dir()})")
            emit("install one with: phrasebook models install FILE.argosmodel")
        else:
            for p in packages:
                size = p.size_bytes / 1_000_000
                emit(f"{p.from_lang}→{p.to_lang}  {p.version:>6}  {size:7.1f} MB  {p.path}")
        return 0
    if args.action == "install":
        if args.from_index:
            if args.args:
                raise PhrasebookError("give either files or --from-index FROM TO, not both")
            src, dst = (Lang.parse(a) for a in args.from_index)
            for p in store.install_from_index(src, dst):
                emit(f"installed {p.code} ({p.from_lang}→{p.to_lang}) from the index")
            return 0
        if not args.args:
            raise PhrasebookError("usage: phrasebook models install FILE.argosmodel [FILE ...]")
        for name in args.args:
            p = store.install_model(Path(name), force=args.force)
            emit(f"installed {p.code} ({p.from_lang}→{p.to_lang}, version {p.version})")
        return 0
    if args.action == "remove":
        if len(args.args) != 2:
            raise PhrasebookError("usage: phrasebook models remove FROM TO")
        src, dst = (Lang.parse(a) for a in args.args)
        p = store.remove_model(src, dst)
        emit(f"removed {p.code}")
        return 0
    if len(args.args) != 1:
        raise PhrasebookError("usage: phrasebook models export DIR")
    for path in store.export_models(Path(args.args[0])):
        emit(f"wrote {path}")
    return 0


def add_parsers(sub: Any) -> None:
    """Add ``translate`` and ``models`` to the CLI's subcommands."""
    p = sub.add_parser(
        "translate",
        help="translate free text: lexicon first, then the offline model",
        description="Each sentence the phrasebook knows gets its vetted wording; the rest goes to "
        "an installed offline model and is marked for checking. Exit status: 0 when every "
        "sentence was translated, 1 when some were not (no model for the pair): they are printed "
        "as typed, and standard error says which model to install and lists the closest phrases.",
    )
    p.add_argument("text", nargs="*", help="the text; omit it to read --file or standard input")
    p.add_argument(
        "--from",
        dest="src",
        type=lang_arg,
        help="its language (default: mine, or the language its Hangul or Cyrillic shows)",
    )
    p.add_argument("--to", dest="dst", type=lang_arg, help="target language (default: theirs)")
    p.add_argument("--file", metavar="PATH", help="translate each line of a file ('-': stdin)")
    p.add_argument("--json", action="store_true", help="print JSON with source and path")
    p.set_defaults(handler=cmd_translate)

    p = sub.add_parser(
        "models",
        help="offline translation models: list, install, remove, export",
        description="Models live in your data directory. Only `install --from-index` uses the "
        "network, and only when you run it.",
    )
    p.add_argument("action", choices=["list", "install", "remove", "export"])
    p.add_argument("args", nargs="*", help="FILE.argosmodel… | FROM TO | DIR")
    p.add_argument(
        "--from-index",
        nargs=2,
        metavar=("FROM", "TO"),
        help="with install: download the package(s) for FROM→TO (the only use of the network)",
    )
    p.add_argument("--force", action="store_true", help="with install: replace the same pair")
    p.add_argument("--json", action="store_true", help="with list: print JSON")
    p.set_defaults(handler=cmd_models)
