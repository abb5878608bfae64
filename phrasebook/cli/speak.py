"""The ``speak`` command: say a text or an entry aloud (speech loads only when it runs)."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path
from typing import Any

from phrasebook.cli.resolve import resolve_entry
from phrasebook.cli.util import emit, lang_arg, lexicon_for, positive_arg
from phrasebook.errors import PhrasebookError
from phrasebook.lexicon import Lexicon
from phrasebook.userdata.settings import load_settings
from phrasebook.values import LANGS, Entry, Lang

USAGE = "usage: phrasebook speak TEXT [--lang L] [--to L]  (or --id ENTRY [--variant N] --to L)"


def _key(text: str) -> str:
    """A text reduced to its words: case, stress marks and punctuation do not matter."""
    plain = unicodedata.normalize("NFD", text).replace("\u0301", "")
    kept = "".join(ch if ch.isalnum() else " " for ch in unicodedata.normalize("NFC", plain))
    return " ".join(kept.casefold().split())


def entries_with_text(lexicon: Lexicon, text: str, lang: Lang) -> list[Entry]:
    """The entries whose text (or a variant's) in some language is ``text``, ``lang``'s first.

    Every language is tried because a script does not settle the language: «Руки вгору!» has no
    letter only Ukrainian has.
    """
    key = _key(text)
    if not key:
        return []
    order = [lang, *(other for other in LANGS if other is not lang)]
    found: dict[str, Entry] = {}
    for candidate in order:
        for entry in lexicon:
            texts = [entry.text[candidate], *(v.text.get(candidate, "") for v in entry.variants)]
            if any(_key(t) == key for t in texts if t):
                found.setdefault(entry.id, entry)
    return list(found.values())


def _text_and_lang(args: argparse.Namespace) -> tuple[str, Lang]:
    """What to say and in which language, from TEXT (with --lang/--to) or --id."""
    settings, _ = load_settings()
    if args.id is not None:
        lang = args.to or args.lang or settings.theirs
        entry = resolve_entry(lexicon_for(args), args.id, settings.mine, lang)
        if args.variant is None:
            return entry.text[lang], lang
        return _variant_text(entry, args.variant, lang), lang
    text = " ".join(args.text)
    lang = args.lang or Lang.guess(text)
    if lang is None:
        raise PhrasebookError(
            f"cannot tell the language of {text!r} from its letters: give it with --lang"
        )
    if args.to is None or args.to is lang:
        return text, lang
    entries = entries_with_text(lexicon_for(args), text, lang)
    said = {entry.text[args.to] for entry in entries}
    if not entries:
        raise PhrasebookError(
            f"{text!r} is not a phrase of the lexicon, so it cannot be said in {args.to}: "
            f"drop --to to say it as it is, or find the phrase with `phrasebook lookup {text}`"
        )
    if len(said) > 1:
        ids = ", ".join(entry.id for entry in entries)
        raise PhrasebookError(f"{text!r} is the text of several entries ({ids}): use --id")
    return said.pop(), args.to


def _variant_text(entry: Entry, number: int, lang: Lang) -> str:
    """The text of the entry's variant ``number`` (1-based, as `show` lists them) in ``lang``."""
    if not 1 <= number <= len(entry.variants):
        raise PhrasebookError(
            f"{entry.id} has {len(entry.variants)} variant(s): give --variant 1 to "
            f"{len(entry.variants)} (`phrasebook show {entry.id}` lists them)"
            if entry.variants
            else f"{entry.id} has no variants: drop --variant"
        )
    text = entry.variants[number - 1].text.get(lang)
    if not text:
        given = ", ".join(str(code) for code in entry.variants[number - 1].text)
        raise PhrasebookError(
            f"variant {number} of {entry.id} is not given in {lang} (only {given}): "
            "choose another language with --to"
        )
    return text


def cmd_speak(args: argparse.Namespace) -> int:
    """Say TEXT, or an entry, aloud or into a WAV file."""
    from phrasebook import speech

    if args.id is not None and args.text:
        emit("error: give either TEXT or --id, not both", sys.stderr)
        return 2
    if args.variant is not None and args.id is None:
        emit("error: --variant needs --id", sys.stderr)
        return 2
    if args.id is None and not args.text:
        emit(f"error: {USAGE}", sys.stderr)
        return 2
    text, lang = _text_and_lang(args)
    audio = speech.synthesize(text, lang, rate=args.rate)
    if args.output:
        speech.save_wav(audio, Path(args.output))
        emit(f"wrote {args.output} ({audio.seconds:.1f} s, {lang}, {audio.engine})")
    else:
        speech.play(audio)
    return 0


def add_parser(sub: Any) -> None:
    """Add ``speak`` to the CLI's subcommands."""
    langs = "|".join(LANGS)
    p = sub.add_parser(
        "speak",
        help="say a text or an entry aloud (offline, eSpeak NG)",
        description="The language of TEXT is told from its letters (Hangul: ko; Cyrillic with "
        "і ї є ґ: uk; other Cyrillic: ru; Latin: en) unless --lang gives it. With --to, a "
        "TEXT that is a phrase of the lexicon is said in that language.",
    )
    p.add_argument("text", nargs="*", help="what to say")
    p.add_argument("--lang", type=lang_arg, help=f"language of TEXT ({langs}); default: guessed")
    p.add_argument("--id", help="say this entry instead of TEXT")
    p.add_argument(
        "--variant",
        type=positive_arg,
        metavar="N",
        help="with --id: say the entry's variant N (1 = the first `show` lists)",
    )
    p.add_argument(
        "--to",
        type=lang_arg,
        help="say the lexicon's phrase (TEXT or --id) in this language (with --id default: theirs)",
    )
    p.add_argument("--rate", type=positive_arg, help="words per minute, 80-450 (default 150)")
    p.add_argument("-o", "--output", metavar="FILE", help="write a WAV file instead of playing")
    p.set_defaults(handler=cmd_speak)
