"""Export: printable pocket cards (HTML), CSV and JSON."""

from phrasebook.export.cards import CSV_HEADER, FORMATS, export, select_entries, write_export

__all__ = ["CSV_HEADER", "FORMATS", "export", "select_entries", "write_export"]
