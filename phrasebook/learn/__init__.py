"""Learn mode: decks of phrases, drills scheduled by FSRS, the review history, Anki export.

The ``fsrs`` and ``genanki`` libraries load on first use, never at import.
"""

from phrasebook.learn.decks import Deck, all_decks, resolve_deck
from phrasebook.learn.drill import Card, Drill, Figures
from phrasebook.learn.schedule import CardState, Direction, Grade, Scheduler, Stage
from phrasebook.learn.stats import DeckStats, deck_stats
from phrasebook.learn.store import CardKey, Counts, ReviewStore

__all__ = [
    "Card",
    "CardKey",
    "CardState",
    "Counts",
    "Deck",
    "DeckStats",
    "Direction",
    "Drill",
    "Figures",
    "Grade",
    "ReviewStore",
    "Scheduler",
    "Stage",
    "all_decks",
    "deck_stats",
    "resolve_deck",
]
