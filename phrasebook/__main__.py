"""``python -m phrasebook`` runs the command line (and, with no command, the terminal UI)."""

import sys

from phrasebook.cli import program

sys.exit(program())
