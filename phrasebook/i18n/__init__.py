"""What people read: the interface's words, one table per language, and safe printing.

Each language has its own module (``en``, ``ru``, ``uk``, ``ko``) with the same keys, so a
translator works on one file and a test checks that no table lacks a key.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from phrasebook.i18n import en, ko, ru, uk
from phrasebook.values import Lang

TABLES: Mapping[Lang, Mapping[str, str]] = MappingProxyType(
    {Lang.EN: en.STRINGS, Lang.RU: ru.STRINGS, Lang.UK: uk.STRINGS, Lang.KO: ko.STRINGS}
)
"""Every language's interface words, by key."""

HOW_TO: Mapping[Lang, tuple[str, ...]] = MappingProxyType(
    {Lang.EN: en.HOW_TO, Lang.RU: ru.HOW_TO, Lang.UK: uk.HOW_TO, Lang.KO: ko.HOW_TO}
)
"""The pocket cards' instructions in each language."""


def label(key: str, lang: Lang) -> str:
    """The interface text ``key`` in the reader's language."""
    return TABLES[lang][key]
