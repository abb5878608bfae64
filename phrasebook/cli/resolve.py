"""Entries and categories named the way people name them: an id, or words in any language.

An id is taken as it is. Anything else is looked up: an entry by the search (only a text typed
exactly, with no other entry as close, is taken), a category by its name in any language. When
more than one fits, the error lists them so the user can pick an id.
"""

from __future__ import annotations

import unicodedata

from phrasebook.errors import PhrasebookError, UnknownCategoryError, UnknownEntryError
from phrasebook.lexicon import Lexicon
from phrasebook.values import LANGS, Category, Entry, Lang

EXACT = 0.99
"""A search score this high means the query is the entry's text (1 is exact)."""
CANDIDATES = 6


def resolve_entry(lexicon: Lexicon, text: str, mine: Lang, theirs: Lang) -> Entry:
    """The entry with id ``text``, else the one entry whose text ``text`` is.

    Raises:
        UnknownEntryError: when nothing matches.
        PhrasebookError: when several entries match, listing them with their ids.
    """
    if text in lexicon:
        return lexicon.get(text)
    hits = lexicon.search(text, limit=CANDIDATES, lang=Lang.guess(text) or mine)
    exact = [hit for hit in hits if hit.score >= EXACT]
    if len(exact) == 1:
        return exact[0].entry
    if not hits:
        raise UnknownEntryError(text)
    listed = "\n".join(
        f"  {hit.entry.id}  {hit.entry.text[mine]}  →  {hit.entry.text[theirs]}" for hit in hits
    )
    raise PhrasebookError(
        f"{text!r} is not an entry id, and more than one phrase could be meant; "
        f"give one of these ids:\n{listed}"
    )


def _words(text: str) -> list[str]:
    plain = unicodedata.normalize("NFC", text).casefold()
    return "".join(ch if ch.isalnum() else " " for ch in plain).split()


def _word_fits(query: str, word: str) -> bool:
    """A query word fits a name word it begins, or shares a stem with (медицина, медицинская)."""
    if (word.startswith(query) and len(query) >= 3) or query == word:
        return True
    shared = 0
    for a, b in zip(query, word, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= max(4, len(query) - 2)


def _fits(query: list[str], category: Category) -> bool:
    names = [category.id, *(category.name(lang) for lang in LANGS)]
    return any(all(any(_word_fits(q, w) for w in _words(name)) for q in query) for name in names)


def resolve_category(lexicon: Lexicon, text: str, mine: Lang) -> str:
    """The id of the category named ``text``: its id, or its name (or a part) in any language.

    Raises:
        UnknownCategoryError: when none fits, naming every category in my language.
        PhrasebookError: when several fit, naming them.
    """
    if any(c.id == text for c in lexicon.categories):
        return text
    key = " ".join(_words(text))
    named = [
        c
        for c in lexicon.categories
        if key in {" ".join(_words(c.id)), *(" ".join(_words(c.name(lang))) for lang in LANGS)}
    ]
    fitting = named or [c for c in lexicon.categories if key and _fits(_words(text), c)]
    if len(fitting) == 1:
        return fitting[0].id
    if not fitting:
        known = tuple(f"{c.id} ({c.name(mine)})" for c in lexicon.categories)
        raise UnknownCategoryError(text, known)
    listed = ", ".join(f"{c.id} ({c.name(mine)})" for c in fitting)
    raise PhrasebookError(f"{text!r} fits more than one category: {listed}; give one of these ids")
