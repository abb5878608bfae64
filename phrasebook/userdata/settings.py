"""The user's settings: the language pair and display choices, kept in ``settings.json``."""

from __future__ import annotations

import locale
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from phrasebook.errors import SettingsError, StorageError
from phrasebook.userdata import paths
from phrasebook.userdata.storage import atomic_write_json, read_json
from phrasebook.values import Lang


@dataclass(frozen=True, slots=True)
class Settings:
    """What the user chose once and expects to find next time."""

    mine: Lang = Lang.EN
    """The language the user reads and types ("I speak")."""
    theirs: Lang = Lang.KO
    """The other person's language ("They speak")."""
    theme: str = "textual-dark"
    """The TUI theme."""
    font: str = ""
    """A font file for large letters and pocket cards, tried before any other; "" for none."""

    @property
    def font_path(self) -> Path | None:
        """:attr:`font` as a path, or None when unset."""
        return Path(self.font).expanduser() if self.font else None

    def swapped(self) -> Settings:
        """The same settings with the two languages exchanged."""
        return replace(self, mine=self.theirs, theirs=self.mine)


KEYS = tuple(f.name for f in fields(Settings))


def settings_path() -> Path:
    """Where the settings live."""
    return paths.config_dir() / "settings.json"


def locale_language() -> Lang:
    """The user's language guessed from the environment's locale, English when unknown."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        if value:
            code = value.split(":")[0][:2].lower()
            break
    else:
        code = (locale.getlocale()[0] or "en")[:2].lower()
    try:
        return Lang(code)
    except ValueError:
        return Lang.EN


def default_settings() -> Settings:
    """Settings for a first start: my language from the locale, theirs the most likely other."""
    mine = locale_language()
    return Settings(mine=mine, theirs=Lang.RU if mine is Lang.KO else Lang.KO)


def _coerce(key: str, value: Any) -> Any:
    if key in {"mine", "theirs"}:
        return Lang.parse(str(value))
    if key == "theme":
        if not isinstance(value, str) or not value.strip():
            raise SettingsError("theme must be a theme name such as textual-dark or textual-light")
        return value.strip()
    if key == "font":
        if not isinstance(value, str):
            raise SettingsError("font must be the path of a .ttf, .otf or .ttc file")
        path = value.strip()
        if path and not Path(path).expanduser().is_file():
            raise SettingsError(f"font file {path!r} does not exist; give the path of a .ttf file")
        return path
    raise SettingsError(f"unknown setting {key!r}; known: {', '.join(KEYS)}")


def load_settings() -> tuple[Settings, str | None]:
    """Read the settings, never failing.

    Returns:
        The settings (defaults where the file is missing or a value is bad) and a message to show
        the user when something was wrong with the file (a corrupt file is set aside).
    """
    data, problem = read_json(settings_path())
    settings = default_settings()
    if data is None:
        return settings, problem
    if not isinstance(data, dict):
        return settings, f"{settings_path()} is not a JSON object; defaults are used"
    bad: list[str] = []
    for key, value in data.items():
        try:
            settings = replace(settings, **{key: _coerce(key, value)})
        except (SettingsError, ValueError, TypeError):
            bad.append(key)
    message = f"ignored bad settings in {settings_path()}: {', '.join(bad)}" if bad else None
    return settings, message


def save_settings(settings: Settings) -> None:
    """Write the settings atomically.

    Raises:
        SettingsError: when the file cannot be written (read-only or full disk).
    """
    data = {k: str(v) for k, v in asdict(settings).items()}
    try:
        atomic_write_json(settings_path(), data)
    except StorageError as exc:
        raise SettingsError(str(exc)) from exc


def with_value(settings: Settings, key: str, value: str) -> Settings:
    """``settings`` with one value changed from user text.

    Raises:
        SettingsError: for an unknown key or a bad value, saying what is allowed.
    """
    try:
        return replace(settings, **{key: _coerce(key, value)})
    except ValueError as exc:
        raise SettingsError(str(exc)) from exc
