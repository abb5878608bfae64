"""Favourites and history: the phrases a unit uses daily, and what was looked up lately.

Both are small JSON files in the user data directory, written atomically. A corrupt file is set
aside with a message; a directory that cannot be written costs persistence, never the session.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from phrasebook.errors import StorageError
from phrasebook.userdata import paths
from phrasebook.userdata.storage import atomic_write_json, read_json, set_aside

HISTORY_LIMIT = 200
"""How many recent lookups are kept."""


def _read_ids(path: Path, messages: list[str]) -> list[str]:
    data, problem = read_json(path)
    if problem:
        messages.append(problem)
    if data is None:
        return []
    items = data.get("ids") if isinstance(data, dict) else None
    if not isinstance(items, list):
        try:
            moved = set_aside(path)
        except OSError as exc:
            messages.append(f"{path} has no list of ids and cannot be moved aside: {exc}")
        else:
            messages.append(f"{path} had no list of ids; it was moved to {moved.name}")
        return []
    return [item for item in items if isinstance(item, str)]


@dataclass
class UserData:
    """The user's favourites and history, kept in memory and saved on every change."""

    directory: Path
    """Where the files live."""
    favourites: list[str] = field(default_factory=list)
    """Starred entry ids, in the order they were starred."""
    history: list[str] = field(default_factory=list)
    """Entry ids looked at, most recent first, without repeats."""
    messages: list[str] = field(default_factory=list)
    """Things the user should be told (corrupt files set aside, saves that failed)."""

    @classmethod
    def load(cls, directory: Path | None = None) -> UserData:
        """Read favourites and history; never fails (problems go to ``messages``)."""
        directory = directory or paths.data_dir()
        messages: list[str] = []
        favourites = _read_ids(directory / "favourites.json", messages)
        history = _read_ids(directory / "history.json", messages)
        return cls(directory, favourites, history[:HISTORY_LIMIT], messages)

    def is_favourite(self, entry_id: str) -> bool:
        """Whether the entry is starred."""
        return entry_id in self.favourites

    def toggle_favourite(self, entry_id: str) -> bool:
        """Star or unstar an entry and save. Returns True when it is now a favourite."""
        if entry_id in self.favourites:
            self.favourites.remove(entry_id)
            starred = False
        else:
            self.favourites.append(entry_id)
            starred = True
        self._save("favourites.json", self.favourites)
        return starred

    def add_history(self, entry_id: str, *, save: bool = True) -> None:
        """Record that an entry was looked at; with ``save=False`` only in memory for now."""
        if self.history[:1] == [entry_id]:
            return
        self.history = [entry_id, *(i for i in self.history if i != entry_id)][:HISTORY_LIMIT]
        if save:
            self.save_history()

    def save_history(self) -> None:
        """Write the history (atomically)."""
        self._save("history.json", self.history)

    def clear_history(self) -> None:
        """Forget every lookup, and save."""
        self.history = []
        self._save("history.json", self.history)

    def known(self, ids: Iterable[str], valid: Container[str]) -> list[str]:
        """``ids`` without those the lexicon no longer has."""
        return [i for i in ids if i in valid]

    def _save(self, name: str, ids: list[str]) -> None:
        try:
            atomic_write_json(self.directory / name, {"ids": ids})
        except StorageError as exc:
            self.messages.append(f"{exc}; the change is kept until you quit")
