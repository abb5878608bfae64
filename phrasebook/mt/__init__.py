"""Machine translation: lexicon first, then offline Argos models, and the model store."""

from phrasebook.mt.result import Segment, Suggestion, Translation
from phrasebook.mt.store import ModelPackage
from phrasebook.mt.translator import Translator, translate

__all__ = ["ModelPackage", "Segment", "Suggestion", "Translation", "Translator", "translate"]
