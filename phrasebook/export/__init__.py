"""Export: printable pocket cards (HTML), CSV and JSON."""

from phrasebook.export.cards import CSV_HEADER, FORMATS, export, select_entries, write_export
from phrasebook.fonts import card_finder

__all__ = ["CSV_HEADER", "FORMATS", "card_finder", "export", "select_entries", "write_export"]
