"""The ``phrasebook`` command line: parsing, one module per command group, output formatting."""

from phrasebook.cli.commands import main

__all__ = ["main"]
