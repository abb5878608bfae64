"""phrasebook: an offline phrasebook and translator between Korean, Russian, Ukrainian and English.

>>> import phrasebook
>>> lexicon = phrasebook.load_lexicon()
>>> hit = lexicon.search("hands up")[0]
>>> hit.entry.text["ko"]
'손 들어!'
"""

from phrasebook._version import __version__
from phrasebook.errors import (
    LexiconError,
    ModelPackageError,
    PhrasebookError,
    Problem,
    SettingsError,
    SpeechError,
    TranscriptionError,
    TranslationError,
    UnknownEntryError,
    UnsupportedLanguageError,
)
from phrasebook.lexicon import Lexicon, load_lexicon, shipped_lexicon_dir
from phrasebook.models import (
    LANGS,
    Category,
    Dialect,
    Entry,
    Lang,
    Register,
    SaidBy,
    SearchResult,
    Variant,
)
from phrasebook.models_store import ModelPackage
from phrasebook.pronounce import SYSTEMS, transcribe
from phrasebook.translation import Translation, Translator, translate

__all__ = [
    "LANGS",
    "SYSTEMS",
    "Category",
    "Dialect",
    "Entry",
    "Lang",
    "Lexicon",
    "LexiconError",
    "ModelPackage",
    "ModelPackageError",
    "PhrasebookError",
    "Problem",
    "Register",
    "SaidBy",
    "SearchResult",
    "SettingsError",
    "SpeechError",
    "TranscriptionError",
    "Translation",
    "TranslationError",
    "Translator",
    "UnknownEntryError",
    "UnsupportedLanguageError",
    "Variant",
    "__version__",
    "load_lexicon",
    "shipped_lexicon_dir",
    "transcribe",
    "translate",
]
