"""What a translation returns: the text, sentence by sentence, each saying where it came from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from phrasebook.values import Lang

Source = Literal["lexicon", "mt", "as-is", "none"]
"""Where a segment's text came from: a vetted entry, the model, the input itself (numbers,
punctuation, the same language), or nowhere (no model for the pair)."""


def arrow(path: Sequence[Lang]) -> str:
    """``ko→en→ru``."""
    return "→".join(lang.value for lang in path)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A vetted phrase close to a sentence that was not one, for the user to choose instead."""

    entry_id: str
    """The entry's id."""
    said: str
    """The entry in the language translated from (what the user would be choosing)."""
    text: str
    """The entry in the language translated into."""
    score: float
    """The search score, 0 to 1."""


@dataclass(frozen=True, slots=True)
class Segment:
    """One sentence (or, for a sentence made of vetted phrases, one phrase) and its translation."""

    input: str
    """The sentence as typed."""
    text: str
    """Its translation; the input itself for ``as-is``; empty when it was not translated."""
    source: Source
    """Where :attr:`text` came from."""
    entry_id: str | None = None
    """The lexicon entry, for ``source == "lexicon"``."""
    path: tuple[Lang, ...] = ()
    """The languages the model went through (``(ko, en, ru)`` for a pivot), for ``"mt"``."""
    verify: bool = False
    """True for machine output, which must be checked with a speaker."""
    matched: str = ""
    """For a lexicon segment typed differently from the entry (romanised, another keyboard layout):
    the entry's text it was read as, so the match is shown, never silently substituted."""
    suggestions: tuple[Suggestion, ...] = ()
    """For a sentence the lexicon did not answer: its closest vetted phrases, best first."""
    before: str = ""
    """The white space between the previous segment and this one in the input."""

    @property
    def translated(self) -> bool:
        """False when no model covered the pair and the lexicon had no entry."""
        return self.source != "none"


@dataclass(frozen=True, slots=True)
class Translation:
    """A translated text: its segments in the input's order, and the text they join into."""

    text: str
    """The translation, with the input's line breaks and spacing; an untranslated sentence stays
    as it was typed (see :attr:`complete`)."""
    src: Lang
    """The language translated from."""
    dst: Lang
    """The language translated into."""
    segments: tuple[Segment, ...] = ()
    """Each sentence with its source."""
    detected: bool = False
    """True when the direction was changed because the text's letters showed another language
    (Korean typed into a Russian → Korean box is translated Korean → Russian)."""
    missing: str = ""
    """When some sentence had no model: which model to install, and how."""

    @property
    def complete(self) -> bool:
        """True when every sentence was translated."""
        return all(s.translated for s in self.segments)

    @property
    def verify(self) -> bool:
        """True when any sentence is machine output."""
        return any(s.verify for s in self.segments)

    @property
    def source(self) -> Literal["lexicon", "mt", "mixed", "as-is", "none"]:
        """``lexicon`` or ``mt`` when every sentence came from there, else ``mixed``; ``none``
        when nothing was translated."""
        kinds = {s.source for s in self.segments if s.source != "as-is"}
        if not kinds:
            return "as-is"
        if len(kinds) == 1:
            return next(iter(kinds))
        return "mixed"

    @property
    def entry_id(self) -> str | None:
        """The entry, when the whole text is one vetted entry."""
        ids = [s.entry_id for s in self.segments if s.source != "as-is"]
        return ids[0] if len(ids) == 1 else None

    @property
    def path(self) -> tuple[Lang, ...]:
        """The model's route when a sentence went through one, else ``(src, dst)``."""
        return next((s.path for s in self.segments if s.source == "mt"), (self.src, self.dst))

    @property
    def note(self) -> str:
        """One sentence for the user on how far to trust the text."""
        machine = sum(s.source == "mt" for s in self.segments)
        vetted = sum(s.source == "lexicon" for s in self.segments)
        parts = []
        if vetted:
            parts.append(f"{vetted} vetted phrasebook phrase(s)")
        if machine:
            parts.append(
                f"{machine} sentence(s) machine-translated ({arrow(self.path)}): verify them with"
                " a speaker before relying on them"
            )
        if not self.complete:
            parts.append((self.missing or "some sentences were not translated").rstrip("."))
        return "; ".join(parts) + "." if parts else "Nothing to translate."
