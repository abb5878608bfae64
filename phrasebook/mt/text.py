"""Reading what people type: which language it is, and where its sentences and clauses are.

Splitting keeps everything between the sentences (spaces, line breaks), so the translated
sentences can be put back in the same order and layout.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from phrasebook.values import Lang, Script

_SENTENCE_END = re.compile(r"(?<=[.!?…。？！])(\s+)")
_LINE_BREAK = re.compile(r"(\r?\n|\r)")
# Commas, semicolons and "and" between commands: "руки вгору і кинь зброю", "stop, hands up".
# Only ever used when *every* part is a vetted phrase on its own.
_CLAUSE_BREAK = re.compile(
    r"\s*[,;]\s*(?:(?:і|й|та|и|and)\s+)?|\s+(?:і|й|та|и|and)\s+", re.IGNORECASE
)
_UKRAINIAN_ONLY = frozenset("іїєґ")
_RUSSIAN_ONLY = frozenset("ыэъё")


@dataclass(frozen=True, slots=True)
class Piece:
    """One sentence of a text and what came before it."""

    before: str
    """The white space (spaces, line breaks) between the previous sentence and this one."""
    sentence: str
    """The sentence, without surrounding white space."""


def pieces(text: str) -> list[Piece]:
    """The sentences of ``text``, line by line, each with the white space before it.

    A sentence ends at ``. ! ? …`` (or their CJK forms) followed by white space, and at every line
    break. Blank lines survive as part of the next sentence's ``before``; white space at the very
    start and end of the text is dropped.
    """
    out: list[Piece] = []
    pending = ""
    for i, line in enumerate(_LINE_BREAK.split(text)):
        if i % 2:  # a line break
            pending += line if out else ""
            continue
        parts = _SENTENCE_END.split(line)
        for j, part in enumerate(parts):
            if j % 2:  # the white space after a sentence end
                pending += part
                continue
            stripped = part.strip()
            if not stripped:
                pending += part if out else ""
                continue
            lead = part[: len(part) - len(part.lstrip())]
            out.append(Piece((pending + lead) if out else "", stripped))
            pending = part[len(part.rstrip()) :]
    return out


def clauses(sentence: str) -> list[str]:
    """The parts of a sentence between commas, semicolons and "and" (і, й, та, и, and)."""
    return [part for part in _CLAUSE_BREAK.split(sentence) if part.strip()]


def has_letters(text: str) -> bool:
    """True when ``text`` holds a letter of any script (not only digits and punctuation)."""
    return any(ch.isalpha() for ch in text)


def detect(text: str) -> tuple[Lang, ...]:
    """The languages ``text`` may be in, judged by its letters; most likely first.

    Hangul is Korean. Cyrillic is Ukrainian when it has і ї є ґ, Russian when it has ы э ъ ё, and
    either when it has neither. Latin letters say nothing: they may be English or any of the others
    typed in Latin letters (``ruky vhoru``, ``son deureo``), so they give ``()``, as does text
    without letters.
    """
    scripts = Counter(Script.of(ch) for ch in text)
    scripts.pop(None, None)
    if not scripts:
        return ()
    script, _ = scripts.most_common(1)[0]
    if script is Script.HANG:
        return (Lang.KO,)
    if script is Script.CYRL:
        letters = Counter(ch for ch in text.lower() if ch in _UKRAINIAN_ONLY | _RUSSIAN_ONLY)
        uk = sum(n for ch, n in letters.items() if ch in _UKRAINIAN_ONLY)
        ru = sum(letters.values()) - uk
        if uk > ru:
            return (Lang.UK,)
        if ru > uk:
            return (Lang.RU,)
        return (Lang.RU, Lang.UK)
    return ()


def direction(text: str, src: Lang, dst: Lang) -> tuple[Lang, Lang]:
    """Which way to translate ``text`` typed into a ``src`` → ``dst`` box.

    Text in ``src`` (or whose script cannot tell) keeps the direction; text in ``dst`` is the other
    person's, so it is translated back (``dst`` → ``src``); text in a third language is
    translated from that language into ``dst``.
    """
    found = detect(text)
    if not found or src in found:
        return src, dst
    if dst in found:
        return dst, src
    return found[0], dst
