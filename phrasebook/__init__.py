"""phrasebook: an offline phrasebook and translator between Korean, Russian, Ukrainian and English.

>>> import phrasebook
>>> lexicon = phrasebook.load_lexicon()
>>> hit = lexicon.search("hands up")[0]
>>> hit.entry.text["ko"]
'손 들어!'
"""

from phrasebook._version import __version__
from phrasebook.errors import (
    ExportError,
    LexiconError,
    ModelPackageError,
    PhrasebookError,
    Problem,
    SettingsError,
    SpeechError,
    StorageError,
    TranscriptionError,
    TranslationError,
    UnknownCategoryError,
    UnknownEntryError,
    UnsupportedLanguageError,
)
from phrasebook.lexicon import Lexicon, load_lexicon, shipped_lexicon_dir
from phrasebook.mt import ModelPackage, Translation, Translator, translate
from phrasebook.pronounce import SYSTEMS, transcribe
from phrasebook.values import (
    LANGS,
    Category,
    Dialect,
    Entry,
    Lang,
    MatchKind,
    Note,
    Register,
    SaidBy,
    Script,
    SearchResult,
    Variant,
)

__all__ = [
    "LANGS",
    "SYSTEMS",
    "Category",
    "Dialect",
    "Entry",
    "ExportError",
    "Lang",
    "Lexicon",
    "LexiconError",
    "MatchKind",
    "ModelPackage",
    "ModelPackageError",
    "Note",
    "PhrasebookError",
    "Problem",
    "Register",
    "SaidBy",
    "Script",
    "SearchResult",
    "SettingsError",
    "SpeechError",
    "StorageError",
    "TranscriptionError",
    "Translation",
    "TranslationError",
    "Translator",
    "UnknownCategoryError",
    "UnknownEntryError",
    "UnsupportedLanguageError",
    "Variant",
    "__version__",
    "load_lexicon",
    "shipped_lexicon_dir",
    "transcribe",
    "translate",
]
