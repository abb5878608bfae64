"""The lexicon layer: YAML files, validated against the schema, loaded (and cached) as a Lexicon."""

from phrasebook.lexicon.load import load_lexicon, shipped_lexicon_dir
from phrasebook.lexicon.store import Lexicon

__all__ = ["Lexicon", "load_lexicon", "shipped_lexicon_dir"]
