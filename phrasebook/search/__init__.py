"""The search layer: an index over entries that forgives typos, romanisation and wrong layouts."""

from phrasebook.search.index import SearchIndex
from phrasebook.search.normalise import normalise

__all__ = ["SearchIndex", "normalise"]
