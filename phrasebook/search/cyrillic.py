"""Russian and Ukrainian word stems: a word said in another form still meets its phrase.

Someone who learnt a little Russian says it in dictionary forms: «не понимать, говорить
медленно» for «Не понимаю», «Говорите медленнее»; a native speaker answers in any person or
number. :func:`stems` cuts the endings off each word with the Snowball Russian stemmer (the
``snowballstemmer`` package, the algorithm search engines use, run by its C implementation
PyStemmer when that is installed, as it is with phrasebook), so that понимать and
понимаю both become понима, говорить and говорите говор, медленно and медленнее медлен.

Ukrainian is cut by the same rules, since Snowball has no Ukrainian stemmer: most noun and
adjective endings are shared (книжку/книжка, голодний/голодна), but Ukrainian verb endings often
are not (болять → боля, болить → бол; розуміти and розумію differ), so Ukrainian verbs in another
form still miss. A wrong cut only loses a match; it cannot make one that says something else,
as the stems are compared only with stems of other texts and the yes/no and question checks read
the texts themselves.

Negation survives (не and ні are words of their own), and asking or telling is judged by
:mod:`.meaning` on the texts, not on the stems.

    >>> stems("не понимать") == stems("не понимаю")
    True
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Protocol

__all__ = ["stems", "stems_many"]


class _Stemmer(Protocol):
    def stemWord(self, word: str) -> str: ...  # the library's names
    def stemWords(self, words: Sequence[str]) -> list[str]: ...


@functools.cache
def _stemmer() -> _Stemmer:
    # Loaded on first use, not at import: the tables are built when the stemmer is made.
    import snowballstemmer

    stemmer: _Stemmer = snowballstemmer.stemmer("russian")
    return stemmer


_LEAST = 3
"""Letters a stem keeps at least: shorter words (не, ні, я, їх) are left whole."""


def _stemmed(word: str) -> bool:
    return len(word) > _LEAST and ("а" <= word[0] <= "я" or word[0] in "іїєґ")


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """One folded Cyrillic word without its ending (a word of another script as it is)."""
    if not _stemmed(word):
        return word
    cut = _stemmer().stemWord(word)
    return cut if len(cut) >= _LEAST else word


def stems(folded: str) -> str:
    """Every word of a folded text stemmed; words stay separated by spaces."""
    return " ".join(stem(word) for word in folded.split())


def stems_many(folded: Sequence[str]) -> list[str]:
    """:func:`stems` of many texts (an index's), each distinct word cut once, in one call.

    A big lexicon has more distinct words than :func:`stem` remembers; this has no such bound.
    """
    split = [text.split() for text in folded]
    words = sorted({word for text in split for word in text if _stemmed(word)})
    cut = dict(zip(words, _stemmer().stemWords(words), strict=True)) if words else {}
    for word, stemmed in cut.items():
        if len(stemmed) < _LEAST:
            cut[word] = word
    return [" ".join(cut.get(word, word) for word in text) for text in split]
