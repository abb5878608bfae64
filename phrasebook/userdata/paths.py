"""Where phrasebook keeps the user's files. Resolved when asked, never at import."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "phrasebook"


def config_dir() -> Path:
    """Settings and the user's own lexicon overlay (``PHRASEBOOK_CONFIG_DIR`` overrides)."""
    return Path(os.environ.get("PHRASEBOOK_CONFIG_DIR") or platformdirs.user_config_dir(APP))


def data_dir() -> Path:
    """Favourites, history and translation models (``PHRASEBOOK_DATA_DIR`` overrides)."""
    return Path(os.environ.get("PHRASEBOOK_DATA_DIR") or platformdirs.user_data_dir(APP))


def cache_dir() -> Path:
    """Things that can be rebuilt, such as the parsed lexicon (``PHRASEBOOK_CACHE_DIR``)."""
    return Path(os.environ.get("PHRASEBOOK_CACHE_DIR") or platformdirs.user_cache_dir(APP))


def user_lexicon_dir() -> Path:
    """The user's lexicon overlay directory."""
    return config_dir() / "lexicon"


def overlay_dirs() -> list[Path]:
    """Overlay lexicon directories, in the order they apply: ``PHRASEBOOK_LEXICON_PATH`` then
    the user's own. A named directory that does not exist is kept, so loading reports it; the
    user's own is left out until it exists."""
    found: list[Path] = []
    for part in os.environ.get("PHRASEBOOK_LEXICON_PATH", "").split(os.pathsep):
        if part.strip():
            found.append(Path(part.strip()).expanduser())
    user = user_lexicon_dir()
    if user.is_dir():
        found.append(user)
    return found


def models_dir() -> Path:
    """Where installed translation models live: ``data_dir() / "models"``."""
    return data_dir() / "models"
