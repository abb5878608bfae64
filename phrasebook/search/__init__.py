"""The search layer: an index over entries that forgives typos, romanisation, wrong layouts, and
phrases typed the way they sounded; its scores say when it is not sure (:data:`CONFIDENT`)."""

from phrasebook.search.index import SearchIndex
from phrasebook.search.normalise import normalise
from phrasebook.search.run import CONFIDENT

__all__ = ["CONFIDENT", "SearchIndex", "normalise"]
