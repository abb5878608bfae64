"""Export: printable pocket cards (HTML), CSV and JSON."""

from typing import TYPE_CHECKING

from phrasebook._lazy import exports

if TYPE_CHECKING:
    from phrasebook.export.cards import (
        CSV_HEADER,
        FORMATS,
        export,
        select_entries,
        write_export,
    )
    from phrasebook.fonts import card_finder

__getattr__, __dir__ = exports(
    __name__,
    {
        "phrasebook.export.cards": "CSV_HEADER FORMATS export select_entries write_export",
        "phrasebook.fonts": "card_finder",
    },
)

__all__ = ["CSV_HEADER", "FORMATS", "card_finder", "export", "select_entries", "write_export"]
