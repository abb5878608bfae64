"""The lexicon layer: YAML files, validated against the schema, loaded (and cached) as a Lexicon."""

from phrasebook.lexicon.load import (
    SkippedFile,
    TolerantLoad,
    load_lexicon,
    load_lexicon_tolerant,
    shipped_lexicon_dir,
)
from phrasebook.lexicon.store import Lexicon

__all__ = [
    "Lexicon",
    "SkippedFile",
    "TolerantLoad",
    "load_lexicon",
    "load_lexicon_tolerant",
    "shipped_lexicon_dir",
]
