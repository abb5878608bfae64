"""phrasebook: an offline phrasebook and translator between Korean, Russian, Ukrainian and English.

>>> import phrasebook
>>> lexicon = phrasebook.load_lexicon()
>>> hit = lexicon.search("hands up")[0]
>>> hit.entry.text["ko"]
'손 들어!'

Every public name is imported on first use (PEP 562): ``import phrasebook`` costs next to
nothing, and a one-shot lookup pays only for the modules it uses.
"""

from typing import TYPE_CHECKING

from phrasebook._lazy import exports
from phrasebook._version import __version__

if TYPE_CHECKING:
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

__getattr__, __dir__ = exports(
    __name__,
    {
        "phrasebook.errors": (
            "ExportError LexiconError ModelPackageError PhrasebookError Problem SettingsError "
            "SpeechError StorageError TranscriptionError TranslationError UnknownCategoryError "
            "UnknownEntryError UnsupportedLanguageError"
        ),
        "phrasebook.lexicon": "Lexicon load_lexicon shipped_lexicon_dir",
        "phrasebook.mt": "ModelPackage Translation Translator translate",
        "phrasebook.pronounce": "SYSTEMS transcribe",
        "phrasebook.values": (
            "LANGS Category Dialect Entry Lang MatchKind Note Register SaidBy Script SearchResult "
            "Variant"
        ),
    },
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
