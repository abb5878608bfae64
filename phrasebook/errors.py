"""The one family of errors phrasebook raises for anything a user can cause.

Every message is meant to be shown as it is: it names the file, line or key at fault and says how to
fix it, so the CLI and the TUI print ``str(error)`` and never a traceback.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


class PhrasebookError(Exception):
    """Base class of every error phrasebook raises on purpose."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a lexicon file."""

    path: Path | None
    """The file at fault, or None when the problem is not in one file."""
    line: int | None
    """1-based line number, when known."""
    message: str
    """What is wrong and, where it is not obvious, how to fix it."""

    def __str__(self) -> str:
        where = str(self.path) if self.path is not None else "lexicon"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}"


class LexiconError(PhrasebookError):
    """The lexicon could not be loaded; ``problems`` lists every fault found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        head = "\n".join(str(p) for p in self.problems[:50])
        more = f"\n… and {count - 50} more" if count > 50 else ""
        super().__init__(head + more)


class UnknownEntryError(PhrasebookError, KeyError):
    """No entry has the id asked for."""

    def __init__(self, entry_id: str) -> None:
        self.entry_id = entry_id
        super().__init__(entry_id)

    def __str__(self) -> str:
        return f"no entry with id {self.entry_id!r} (try `phrasebook lookup` to find one)"


class UnknownCategoryError(PhrasebookError, KeyError):
    """No category has the id asked for."""

    def __init__(self, category_id: str, known: tuple[str, ...] = ()) -> None:
        self.category_id = category_id
        self.known = known
        super().__init__(category_id)

    def __str__(self) -> str:
        known = f"; known: {', '.join(self.known)}" if self.known else ""
        return f"unknown category {self.category_id!r}{known}"


class UnsupportedLanguageError(PhrasebookError, ValueError):
    """A language or script code that phrasebook does not handle."""


class TranscriptionError(PhrasebookError, ValueError):
    """A transcription was asked for a language/script pair that has no system."""


class TranslationError(PhrasebookError):
    """Translation could not be done (no model for the pair, a broken model…)."""


class ModelPackageError(PhrasebookError):
    """A model package is unsafe, malformed or cannot be installed or removed."""


class SettingsError(PhrasebookError):
    """A settings value or file is wrong, or the settings cannot be saved."""


class SpeechError(PhrasebookError):
    """Text could not be spoken: no engine, no voice, or no audio player."""


class StorageError(PhrasebookError):
    """A user file could not be written or read; the message says which and why."""


class ExportError(PhrasebookError):
    """An export was asked for that cannot be made (bad format, nothing selected…)."""


class LearnError(PhrasebookError):
    """A deck, a drill or its review store cannot be used as asked (unknown deck, bad id list…)."""


class BundleError(PhrasebookError):
    """An offline install bundle cannot be made (bad options, no pip, a file cannot be written)."""
