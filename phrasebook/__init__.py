"""phrasebook: an offline phrasebook and translator between Korean, Russian, Ukrainian and English.

>>> import phrasebook
>>> lexicon = phrasebook.load_lexicon()
>>> hit = lexicon.search("hands up")[0]
>>> hit.entry.text["ko"]
'손 들어!'
"""

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from phrasebook.mt import ModelPackage, Translation, Translator, translate

_LAZY = {"ModelPackage", "Translation", "Translator", "translate"}
"""Names of the translation layer: imported on first use, so that a lookup does not pay for it."""


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from phrasebook import mt

        return getattr(mt, name)
    raise AttributeError(f"module 'phrasebook' has no attribute {name!r}")


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
