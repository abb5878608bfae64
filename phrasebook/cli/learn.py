"""``phrasebook learn``: open the drill, print per-deck figures, export a deck to Anki or CSV."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from phrasebook.cli.util import emit, emit_json, lang_arg, lexicon_for
from phrasebook.userdata.settings import load_settings
from phrasebook.values import LANGS, Lang

if TYPE_CHECKING:
    from phrasebook.learn import Deck


def _pair_of(args: argparse.Namespace) -> Callable[[Deck], tuple[Lang, Lang]]:
    """The pair each deck is taken in: --from/--to, else the deck's own pair that fits them and
    the settings (a Korean speaker's deck is drilled ko → ru even when the settings say en → ko).
    """
    settings, _ = load_settings()
    mine, theirs = args.mine or settings.mine, args.theirs or settings.theirs
    fixed = (args.mine, args.theirs)
    return lambda deck: deck.pair_for(mine, theirs, fixed=fixed)


def _userdata() -> Any:
    from phrasebook.userdata import UserData

    userdata = UserData.load()
    for message in userdata.messages:
        emit(f"warning: {message}", sys.stderr)
    return userdata


def cmd_learn(args: argparse.Namespace) -> int:
    from phrasebook.learn import resolve_deck
    from phrasebook.tui.context import OpenLearn

    lexicon = lexicon_for(args)
    deck_id = None
    if args.deck is not None:
        deck_id = resolve_deck(args.deck, lexicon, _userdata()).id  # a bad name fails here
    from phrasebook.tui.app import run  # textual loads only for the UI

    return run(lexicon, learn=OpenLearn(deck_id, recognise=args.recognise))


def cmd_stats(args: argparse.Namespace) -> int:
    from phrasebook.learn import ReviewStore, all_decks, deck_stats, resolve_deck
    from phrasebook.learn.drill import utc_now

    lexicon = lexicon_for(args)
    userdata = _userdata()
    if args.deck is not None:
        decks = [resolve_deck(args.deck, lexicon, userdata)]
    else:
        decks, problems = all_decks(lexicon, userdata)
        for problem in problems:
            emit(f"warning: {problem}", sys.stderr)
        decks = [d for d in decks if d.ids]
    with ReviewStore.open() as store:
        for message in store.messages:
            emit(f"warning: {message}", sys.stderr)
        found = deck_stats(decks, store, _pair_of(args), utc_now())
    if args.json:
        emit_json([s.as_json() for s in found])
        return 0
    head = ("deck", "pair", "direction", "cards", "new", "learning", "due today", "mature")
    rows: list[tuple[str, ...]] = [head]
    for s in found:
        for direction, c in s.counts.items():
            pair = f"{s.mine.value}→{s.theirs.value}"
            numbers = (c.cards, c.new, c.learning, c.due_today, c.mature)
            rows.append((s.deck.id, pair, direction.value, *map(str, numbers)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    for row in rows:
        cells = [
            cell.ljust(w) if i < 3 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        emit("  ".join(cells).rstrip())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from phrasebook.learn import resolve_deck

    lexicon = lexicon_for(args)
    deck = resolve_deck(args.deck, lexicon, _userdata())
    mine, theirs = _pair_of(args)(deck)
    path = Path(args.output)
    fmt = args.format or ("csv" if path.suffix.lower() == ".csv" else "apkg")
    if fmt == "csv":
        from phrasebook.export import export, write_export

        write_export(path, export(lexicon, mine, theirs, "csv", ids=list(deck.ids)))
        emit(f"wrote {path}: {len(deck.ids)} phrases of {deck.id}, {mine} → {theirs}, csv")
        return 0
    from phrasebook.errors import ExportError
    from phrasebook.learn.anki import build_package, speech_voice, write_apkg

    if mine is theirs:
        raise ExportError(f"both languages are {mine.value}: choose two different ones")
    voice = None if args.no_audio else speech_voice
    data, summary = build_package(deck, lexicon, mine, theirs, voice=voice)
    write_apkg(path, data)
    emit(
        f"wrote {path}: {summary.notes} notes of {deck.id}, {mine} → {theirs}, "
        f"{summary.media} audio files"
    )
    if summary.audio_problem and not args.no_audio:
        emit(f"warning: no audio: {summary.audio_problem}", sys.stderr)
    return 0


def add_parsers(sub: Any) -> None:
    """Add ``learn`` and its actions to the top-level subparsers."""
    langs = "|".join(LANGS)
    learn = sub.add_parser(
        "learn",
        help="drill phrases with spaced repetition; figures per deck; export to Anki",
        description="With no action, opens the drill in the terminal UI.",
    )
    learn.add_argument(
        "--deck",
        help="drill this deck at once: a first-100 id, favourites, a category id, ids:ID,ID,…",
    )
    learn.add_argument(
        "--recognise", action="store_true", help="their phrase → mine, instead of saying theirs"
    )
    learn.set_defaults(handler=cmd_learn)
    actions = learn.add_subparsers(title="learn actions", metavar="ACTION")

    p = actions.add_parser("stats", help="cards per deck: new, learning, due today, mature")
    p.add_argument("--deck", help="only this deck (default: every deck with phrases)")
    p.add_argument("--json", action="store_true", help="print JSON")
    _pair_options(p, langs)
    p.set_defaults(handler=cmd_stats)

    p = actions.add_parser("export", help="a deck as an Anki package (.apkg) or CSV")
    p.add_argument("--deck", required=True, help="the deck (see `phrasebook learn stats`)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.apkg or FILE.csv")
    p.add_argument("--format", choices=["apkg", "csv"], help="default: from the -o suffix")
    p.add_argument("--no-audio", action="store_true", help="leave the speech out of the .apkg")
    _pair_options(p, langs)
    p.set_defaults(handler=cmd_export)


def _pair_options(p: argparse.ArgumentParser, langs: str) -> None:
    p.add_argument("--from", dest="mine", type=lang_arg, help=f"my language ({langs})")
    p.add_argument("--to", dest="theirs", type=lang_arg, help=f"their language ({langs})")
