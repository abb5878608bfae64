"""Which transcriptions a reader needs, with lexicon overrides winning over the rules."""

from __future__ import annotations

from dataclasses import dataclass

from phrasebook.pronounce import SYSTEMS, transcribe
from phrasebook.pronounce.numbers import spell_numbers
from phrasebook.values import Entry, Lang, Script, Variant


@dataclass(frozen=True, slots=True)
class Transcription:
    """One text of an entry written in another script, for reading aloud."""

    lang: Lang
    """The language of the text transcribed."""
    script: Script
    """The script it is written in."""
    system: str
    """The transcription system, or "lexicon" for a hand-written override."""
    text: str
    """The transcription."""

    @property
    def label(self) -> str:
        """Short label such as "ko in Cyrillic"."""
        return f"{self.lang} in {self.script.english_name}"


def entry_transcription(entry: Entry, lang: Lang, script: Script) -> Transcription | None:
    """The entry's ``lang`` text in ``script``: the lexicon's override if any, else the rules.

    Stress-marked text is used where the lexicon gives it, so rules can show reduced vowels.
    Returns None when no system covers the pair.
    """
    override = entry.pron.get(f"{lang}-{script}")
    if override:
        return Transcription(lang, script, "lexicon", override)
    return text_transcription(entry.stress.get(lang) or entry.text[lang], lang, script)


def text_transcription(text: str, lang: Lang, script: Script) -> Transcription | None:
    """Any ``lang`` text in ``script`` by the rules, its numbers spelled as they are said.

    Returns None when no system covers the pair.
    """
    system = SYSTEMS.get((lang.value, script))
    if system is None:
        return None
    said = transcribe(spell_numbers(text, lang.value), lang.value, script)
    return Transcription(lang, script, system, said)


def _scripts(mine: Lang, theirs: Lang) -> list[Script]:
    """My script, then Latin for readers of Hangul or Cyrillic; never their own script."""
    scripts = [mine.script]
    if Script.LATN not in scripts:
        scripts.append(Script.LATN)
    return [script for script in scripts if script != theirs.script]


def pair_transcriptions(entry: Entry, mine: Lang, theirs: Lang) -> list[Transcription]:
    """What matters for a pair: their text in my script (to say it), then in Latin letters.

    Latin is added for readers of Hangul or Cyrillic only when it differs from my script, and
    helps an interpreter; nothing is returned for a language written in my own script already.
    """
    found = (entry_transcription(entry, theirs, script) for script in _scripts(mine, theirs))
    return [t for t in found if t is not None]


def say_it(entry: Entry, mine: Lang, theirs: Lang) -> Transcription | None:
    """The first of :func:`pair_transcriptions` (their text in my script), making no other:
    for a reader of Cyrillic or Hangul, the Latin one would load another transcriber."""
    found = (entry_transcription(entry, theirs, script) for script in _scripts(mine, theirs))
    return next((t for t in found if t is not None), None)


def variant_transcriptions(variant: Variant, mine: Lang, theirs: Lang) -> list[Transcription]:
    """The readings of a variant, as :func:`pair_transcriptions` gives the entry's.

    Empty when the variant does not give their language.
    """
    text = variant.text.get(theirs)
    if not text:
        return []
    found = (text_transcription(text, theirs, script) for script in _scripts(mine, theirs))
    return [t for t in found if t is not None]
