"""The user's own files: settings, favourites and history, atomic storage, platform paths."""

from phrasebook.userdata.favourites import UserData
from phrasebook.userdata.settings import Settings, load_settings, save_settings

__all__ = ["Settings", "UserData", "load_settings", "save_settings"]
