"""Machine translation: lexicon first, then offline Argos models, and the model store."""

from phrasebook.mt.store import ModelPackage
from phrasebook.mt.translator import Translation, Translator, translate

__all__ = ["ModelPackage", "Translation", "Translator", "translate"]
