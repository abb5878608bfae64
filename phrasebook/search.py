"""Multilingual search over the lexicon (first version: normalised text + rapidfuzz)."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from phrasebook.models import LANGS, Entry, Lang, SearchResult

if TYPE_CHECKING:
    from phrasebook.lexicon import Lexicon


def normalise(text: str) -> str:
    """Fold case, compatibility forms and punctuation so that typing style does not matter."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    kept = "".join(ch if ch.isalnum() else " " for ch in folded)
    return " ".join(kept.split())


class SearchIndex:
    """Every entry's texts in every language, normalised once."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._keys: list[str] = []
        self._owners: list[tuple[Entry, Lang]] = []
        for entry in lexicon:
            for lang in LANGS:
                self._keys.append(normalise(entry.text[lang]))
                self._owners.append((entry, lang))

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        lang: Lang | str | None = None,
        category: str | None = None,
    ) -> list[SearchResult]:
        """Entries best matching ``query``; see :meth:`phrasebook.Lexicon.search`."""
        needle = normalise(query)
        if not needle or limit <= 0:
            return []
        bias = Lang(lang) if lang in set(LANGS) else None
        best: dict[str, SearchResult] = {}
        for _, score, i in process.extract(
            needle, self._keys, scorer=fuzz.WRatio, limit=None, score_cutoff=50
        ):
            entry, text_lang = self._owners[i]
            if category is not None and entry.category != category:
                continue
            value = score / 100 * (1.0 if bias in (None, text_lang) else 0.97)
            if self._keys[i] == needle:
                value = 1.0
            current = best.get(entry.id)
            if current is None or value > current.score:
                best[entry.id] = SearchResult(entry, value, text_lang, entry.text[text_lang])
        ranked = sorted(best.values(), key=lambda r: -r.score)
        return ranked[:limit]
