"""The user's own files: settings, favourites and history, atomic storage, platform paths.

Names are imported on first use, so that code needing only :mod:`.paths` or :mod:`.storage`
(the lexicon cache) does not load settings and favourites.
"""

from typing import TYPE_CHECKING

from phrasebook._lazy import exports

if TYPE_CHECKING:
    from phrasebook.userdata.favourites import UserData
    from phrasebook.userdata.settings import Settings, load_settings, save_settings

__getattr__, __dir__ = exports(
    __name__,
    {
        "phrasebook.userdata.favourites": "UserData",
        "phrasebook.userdata.settings": "Settings load_settings save_settings",
    },
)

__all__ = ["Settings", "UserData", "load_settings", "save_settings"]
