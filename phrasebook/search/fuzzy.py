"""How near a fuzzy candidate is to a query: rapidfuzz scores, one key or many at once."""

from __future__ import annotations

from rapidfuzz import fuzz, process

__all__ = ["similarities"]


def similarities(query: str, keys: list[str], cutoff: float) -> list[tuple[int, float]]:
    """The keys whose similarity (0-100) to ``query`` is at least ``cutoff``.

    A key's similarity is the best of: its rapidfuzz ``ratio`` to the query, whole or in any word
    order (``token_sort_ratio``); for a longer key, 0.9 × ``partial_ratio`` (the query may be its
    start or a part of it); for a shorter one, ``partial_ratio`` × (0.5 + 0.5 × its share of the
    query's length), worth less the less of the query it is. Unlike ``WRatio`` this rewards a key
    little for being a short part of the query: "hends up" is nearer "hands up" than "up".

    One rapidfuzz call per scorer over all the keys: each call skips in C the keys below the
    cutoff (most of them, for the candidates of a fuzzy lookup), instead of a return to Python
    per key and scorer (tests hold the figures equal to the formula applied key by key).

    Returns:
        (position in ``keys``, similarity) pairs, in the order of ``keys``.
    """
    best: dict[int, float] = {}
    for scorer in (fuzz.ratio, fuzz.token_sort_ratio):
        for _, score, i in process.extract(
            query, keys, scorer=scorer, score_cutoff=cutoff, limit=None
        ):
            if score > best.get(i, -1.0):
                best[i] = score
    size = len(query)
    longer = [i for i, key in enumerate(keys) if len(key) > size]
    shorter = [i for i, key in enumerate(keys) if len(key) < size]
    # A hair below the least partial score that can reach the cutoff: the product decides.
    for group, least in ((longer, max(0.0, cutoff / 0.9 - 1e-9)), (shorter, cutoff)):
        if not group:
            continue
        found = process.extract(
            query,
            [keys[i] for i in group],
            scorer=fuzz.partial_ratio,
            score_cutoff=least,
            limit=None,
        )
        for _, partial, j in found:
            i = group[j]
            share = 0.9 if group is longer else 0.5 + 0.5 * len(keys[i]) / size
            score = partial * share
            if score >= cutoff and score > best.get(i, -1.0):
                best[i] = score
    return sorted(best.items())
