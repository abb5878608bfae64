"""The values the rest of phrasebook passes around: languages, entries, categories, results.

All are frozen: a loaded lexicon never changes under the code that reads it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from phrasebook.errors import UnsupportedLanguageError

K = TypeVar("K")
V = TypeVar("V")


class FrozenMap(dict[K, V]):
    """A dict that cannot be changed after it is made (and, unlike a mappingproxy, pickles)."""

    def _readonly(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("lexicon data is read-only")

    __setitem__ = __delitem__ = _readonly
    clear = pop = popitem = setdefault = update = _readonly
    __ior__ = _readonly

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self),))

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(frozenset(self.items()))


class Lang(StrEnum):
    """A language phrasebook speaks. The value is its ISO 639-1 code."""

    EN = "en"
    RU = "ru"
    UK = "uk"
    KO = "ko"

    @property
    def native_name(self) -> str:
        """The language's name in itself (English, Русский, Українська, 한국어)."""
        return _NATIVE_NAMES[self]

    @property
    def script(self) -> Script:
        """The script the language is written in."""
        return _NATIVE_SCRIPTS[self]

    @classmethod
    def parse(cls, code: str) -> Lang:
        """Return the language for a code such as ``"ko"`` or ``"KO"``.

        Raises:
            UnsupportedLanguageError: for any other code, naming the supported ones.
        """
        try:
            return cls(code.strip().lower())
        except ValueError:
            known = ", ".join(lang.value for lang in cls)
            raise UnsupportedLanguageError(
                f"unknown language {code!r}: use one of {known}"
            ) from None

    @classmethod
    def guess(cls, text: str) -> Lang | None:
        """The language a text is most likely in, from the script most of its letters are in.

        Hangul is Korean; Cyrillic with і ї є ґ is Ukrainian, other Cyrillic Russian; Latin is
        English. None when the text has no letters of these scripts.
        """
        counts: dict[Script, int] = {}
        for char in text:
            if (script := Script.of(char)) is not None:
                counts[script] = counts.get(script, 0) + 1
        if not counts:
            return None
        script = max(counts, key=lambda s: counts[s])
        if script is Script.CYRL:
            return cls.UK if any(ch in "іїєґІЇЄҐ" for ch in text) else cls.RU
        return cls.KO if script is Script.HANG else cls.EN


class Script(StrEnum):
    """A writing system. The value is its ISO 15924 code."""

    LATN = "Latn"
    CYRL = "Cyrl"
    HANG = "Hang"

    @property
    def english_name(self) -> str:
        """Latin, Cyrillic or Hangul."""
        return _SCRIPT_NAMES[self]

    @classmethod
    def of(cls, char: str) -> Script | None:
        """The script of one character, or None for digits, punctuation and other scripts."""
        if not char.isalpha():
            return None
        code = ord(char)
        if code < 0x80:
            return cls.LATN
        if 0x0400 <= code <= 0x052F:
            return cls.CYRL
        if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
            return cls.HANG
        if unicodedata.name(char, "").startswith("LATIN"):
            return cls.LATN
        return None


_SCRIPT_NAMES: Mapping[Script, str] = {
    Script.LATN: "Latin",
    Script.CYRL: "Cyrillic",
    Script.HANG: "Hangul",
}

_NATIVE_SCRIPTS: Mapping[Lang, Script] = {
    Lang.EN: Script.LATN,
    Lang.RU: Script.CYRL,
    Lang.UK: Script.CYRL,
    Lang.KO: Script.HANG,
}

_NATIVE_NAMES: Mapping[Lang, str] = FrozenMap(
    {Lang.EN: "English", Lang.RU: "Русский", Lang.UK: "Українська", Lang.KO: "한국어"}
)

LANGS: tuple[Lang, ...] = (Lang.EN, Lang.RU, Lang.UK, Lang.KO)
"""Every language, in the order phrasebook lists them."""


class Register(StrEnum):
    """How formal a text is."""

    PLAIN = "plain"
    """Plain speech: Korean 반말/하라체 commands and questions."""
    POLITE = "polite"
    """Polite speech: Korean 해요체/합쇼체."""
    FORMAL = "formal"
    """Formal, written or official wording."""
    NEUTRAL = "neutral"
    """Words and terms that have no register."""


class Dialect(StrEnum):
    """Which Korea a variant's Korean belongs to, when that matters."""

    NK = "nk"
    """North Korean usage."""
    SOUTH = "south"
    """South Korean (Seoul standard) usage."""


class SaidBy(StrEnum):
    """Who typically says an entry in a conversation."""

    HOLDER = "holder"
    """The person holding the device: a soldier, medic, officer or interpreter."""
    OTHER = "other"
    """The person in front of them: a prisoner, a wounded soldier, a recruit."""
    EITHER = "either"
    """Both: words, numbers, yes and no, courtesies."""


_EMPTY: FrozenMap[Any, Any] = FrozenMap()


def frozen_map(mapping: Mapping[K, V] | None = None) -> FrozenMap[K, V]:
    """A read-only copy of ``mapping``; every empty one is the same object, so that the lexicon
    cache stores it once (most entries have no stress marks, overrides or North Korean note),
    not as three thousand maps to make again at every start."""
    return FrozenMap(mapping) if mapping else _EMPTY


def _by_fields(self: Any) -> tuple[Any, ...]:
    """Pickle a frozen dataclass as a call with its fields in order: a third faster to load than
    the slotted default, which sets each field through ``object.__setattr__`` (the lexicon cache
    holds a thousand entries and as many variants)."""
    return (type(self), tuple(getattr(self, name) for name in self.__match_args__))


@dataclass(frozen=True, slots=True)
class Variant:
    """Another way to say an entry: another register, or the other Korea's word."""

    text: Mapping[Lang, str]
    """The variant's text in the languages it gives (at least one)."""
    register: Register | None = None
    """Its register, when it differs from the entry's."""
    dialect: Dialect | None = None
    """Which Korea's usage it is, when that matters."""
    note: str = ""
    """When to use it."""

    __reduce__ = _by_fields


@dataclass(frozen=True, slots=True)
class Category:
    """A group of entries, named in every language."""

    id: str
    """Stable slug such as ``"surrender"``."""
    names: Mapping[Lang, str]
    """The category's name in each language."""
    order: int = 1000
    """Where it is listed; lower comes first."""
    said_by: SaidBy = SaidBy.HOLDER
    """Who typically says its entries, for entries that do not say."""

    def name(self, lang: Lang | str) -> str:
        """The category's name in ``lang``, falling back to English, then the id."""
        return self.names.get(Lang(lang)) or self.names.get(Lang.EN) or self.id


@dataclass(frozen=True, slots=True)
class Entry:
    """One vetted phrase or term, in all four languages."""

    id: str
    """Stable slug such as ``"hands-up"``."""
    category: str
    """Id of the entry's category."""
    text: Mapping[Lang, str]
    """The phrase in every language; keys are :class:`Lang` (plain ``"en"`` works too)."""
    register: Register = Register.NEUTRAL
    """Register of the main texts."""
    said_by: SaidBy = SaidBy.HOLDER
    """Who typically says it: the holder, the other person, or either."""
    stress: Mapping[Lang, str] = field(default_factory=frozen_map)
    """Russian/Ukrainian text with stress marks (U+0301), where given."""
    variants: tuple[Variant, ...] = ()
    """Other ways to say the same thing."""
    nk: Mapping[Lang, str] = field(default_factory=frozen_map)
    """North Korean usage note for readers of each language (English at least, when given)."""
    notes: Mapping[Lang, str] = field(default_factory=frozen_map)
    """Notes for readers of each language. Notes and ``nk`` may refer to other entries as
    ``{entry-id}``; :class:`~phrasebook.lexicon.Lexicon` resolves them for a reader."""
    tags: tuple[str, ...] = ()
    """Extra words that help search."""
    answers: tuple[str, ...] = ()
    """Ids of entries offered as answer cards."""
    related: tuple[str, ...] = ()
    """Ids of entries shown as "see also"."""
    source: tuple[str, ...] = ()
    """Where the phrase was publicly reported."""
    pron: Mapping[str, str] = field(default_factory=frozen_map)
    """Transcription overrides keyed ``"LANG-Script"`` such as ``"ko-Cyrl"``."""
    pron_note: str = ""
    """Why the overrides exist."""
    path: Path | None = field(default=None, compare=False)
    """The file the entry came from."""
    line: int | None = field(default=None, compare=False)
    """The line its ``id`` is on."""

    __reduce__ = _by_fields

    @property
    def is_question(self) -> bool:
        """True when the entry asks something (its English text ends with ``?``)."""
        return self.text[Lang.EN].rstrip().endswith("?")

    def note(self, lang: Lang | str) -> str:
        """The note for a reader of ``lang``, falling back to the English note."""
        return self.notes.get(Lang(lang)) or self.notes.get(Lang.EN, "")

    def nk_note(self, lang: Lang | str) -> str:
        """The North Korean usage note for a reader of ``lang``, falling back to the English."""
        return self.nk.get(Lang(lang)) or self.nk.get(Lang.EN, "")


@dataclass(frozen=True, slots=True)
class Note:
    """A note as a reader sees it, its ``{entry-id}`` references resolved."""

    text: str
    """The note, each reference replaced by the entry's text in the reader's language."""
    lang: Lang
    """The language the note is written in: the reader's, or English when it has none in theirs."""


class MatchKind(StrEnum):
    """Why a search result matched: what the query was taken for."""

    TEXT = "text"
    """The entry's text or a variant, as typed (or with a typo)."""
    ROMANIZED = "romanized"
    """Korean, Russian or Ukrainian typed in Latin or Cyrillic letters by a spelling system."""
    INITIALS = "initials"
    """The initial consonants of Korean words (초성: ㅅㄷㅇ)."""
    LAYOUT = "layout"
    """Keys typed with the wrong keyboard layout active, read as the layout meant."""
    SOUND = "sound"
    """How the text sounds, typed by ear in the listener's own letters."""
    TAG = "tag"
    """A tag of the entry."""
    NOTE = "note"
    """A note of the entry."""


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One hit of a search."""

    entry: Entry
    """The entry found."""
    score: float
    """How well it matches, from 0 (barely) to 1 (the query is the entry's text)."""
    lang: Lang | None = None
    """The language of the text that matched best, when one did."""
    matched: str = ""
    """The text that matched best."""
    kind: MatchKind = MatchKind.TEXT
    """Why it matched."""
    confident: bool = True
    """False when the search is not sure this is what was meant (a similar but different word,
    a negation or question flipped, a guess by sound): show it as "not sure", not as the answer."""
    reading: str = ""
    """For a sound match, the reading of :attr:`matched` that the query sounded like."""
