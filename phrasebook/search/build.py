"""Building a search index's tables: every text, tag, note and reading folded once into keys.

Texts are gathered per kind and folded in a few passes over NUL-joined strings (see
:func:`~phrasebook.search.normalise.normalise_many`): per-text calls would cost several times more
at 100,000 entries. Each function adds the records its keys point at to the index's
:class:`~phrasebook.search.records.Records` and returns frozen key spaces.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from phrasebook.search.cyrillic import stems_many as cyrillic_stems_many
from phrasebook.search.grams import Grams
from phrasebook.search.keys import KeySpace
from phrasebook.search.korean import stems
from phrasebook.search.normalise import choseong, has_hangul, keyform, normalise_many
from phrasebook.search.records import Records
from phrasebook.search.romanize import loose, romanize_cyrillic, romanize_korean
from phrasebook.search.sound import Reading, entry_readings, sound_keys, squeeze_many
from phrasebook.values import LANGS, Entry, Lang, MatchKind, Script

MAIN, VARIANT, TAG, NOTE = 1.0, 0.9, 0.6, 0.35
"""The weight of a hit by field: the entry's own text, a variant, a tag, a note."""
LISTENER_SCRIPTS = (Script.CYRL, Script.HANG, Script.LATN)
GRAMS_FROM = 50_000
"""Sound keys from which near ones are found by letter triples (:mod:`.grams`) rather than by
comparing every key of a plausible length: below it, comparing all is faster (bench/search.py)."""


class TextSpaces(NamedTuple):
    """The key spaces of what entries say, in their own letters and in the readings of them."""

    text: KeySpace
    """Every text and variant as folded, with tags and notes (word tier only)."""
    loose_korean: KeySpace
    """Korean texts loosely romanised."""
    loose_cyrillic: KeySpace
    """Russian and Ukrainian texts loosely romanised."""
    initials: KeySpace
    """Korean texts' initial consonants (초성)."""
    stems: KeySpace
    """Korean texts' word stems."""
    cyrillic_stems: KeySpace
    """Russian and Ukrainian texts' word stems (Snowball)."""


def text_spaces(entries: Sequence[Entry], records: Records) -> TextSpaces:
    """Key spaces for the entries' texts, variants, tags and notes."""
    texts: dict[Lang, tuple[list[str], list[int]]] = {}
    for lang in LANGS:
        found = [(n, text) for n, e in enumerate(entries) if (text := e.text.get(lang))]
        numbers = list(records.extend(found, lang, MAIN))
        variants = [
            (n, v.text[lang])
            for n, e in enumerate(entries)
            if e.variants
            for v in e.variants
            if v.text.get(lang)
        ]
        numbers += records.extend(variants, lang, VARIANT)
        texts[lang] = ([text for _, text in found + variants], numbers)
    tagged = [(n, e.text.get(Lang.EN, "")) for n, e in enumerate(entries) if e.tags]
    tag_records = records.extend(tagged, Lang.EN, TAG, MatchKind.TAG)
    tags = (
        [tag for n, _ in tagged for tag in entries[n].tags],
        [r for r, (n, _) in zip(tag_records, tagged, strict=True) for _ in entries[n].tags],
    )
    notes: tuple[list[str], list[int]] = ([], [])
    by_id = {e.id: e for e in entries}
    for n, entry in enumerate(entries):
        for lang_code, note in entry.notes.items():
            lang = Lang(lang_code)
            shown = entry.text.get(lang) or entry.text.get(Lang.EN, "")
            notes[0].append(_resolved(note, lang, by_id))
            notes[1].extend(records.extend([(n, shown)], lang, NOTE, MatchKind.NOTE))
    spaces = TextSpaces(
        KeySpace(), KeySpace(), KeySpace(), KeySpace(words=False), KeySpace(), KeySpace()
    )
    for lang, (raw, numbers) in texts.items():
        if not raw:
            continue
        folded = "\0".join(normalise_many(raw))
        keys = _keys(folded)
        spaces.text.extend(keys, numbers, nospace=lang is Lang.KO)
        if lang is Lang.KO:
            spaces.initials.extend(choseong(folded).split("\0"), numbers)
            spaces.stems.extend([stems(k) for k in keys], numbers, nospace=True)
            latin = romanize_korean(folded)
            spaces.loose_korean.extend(loose(latin).split("\0"), numbers, nospace=True)
        elif lang is not Lang.EN:
            spaces.cyrillic_stems.extend(cyrillic_stems_many(keys), numbers)
            latin = romanize_cyrillic(folded, lang is Lang.UK)
            spaces.loose_cyrillic.extend(loose(latin).split("\0"), numbers)
    # Tags and notes describe an entry rather than say it: they match in the word tier only.
    for raw, numbers in (tags, notes):
        if raw:
            spaces.text.extend(_keys("\0".join(normalise_many(raw))), numbers, whole=False)
    for space in spaces:
        space.freeze()
    return spaces


def sound_spaces(
    entries: Sequence[Entry],
    records: Records,
    given: Mapping[str, Sequence[Reading]],
    *,
    sounds: bool = True,
) -> tuple[dict[Script, KeySpace], dict[Script, Grams]]:
    """Key spaces for how every text sounds in each listener script, and for the scripts with
    many keys, their letter-triple tables; empty spaces without ``sounds``.

    Args:
        given: readings by entry id (a lexicon keeps them in its cache); the others are made.
    """
    spaces = {script: KeySpace(words=False) for script in LISTENER_SCRIPTS}
    if not sounds:
        return spaces, {}
    gathered: dict[tuple[Lang, Script, bool], tuple[list[tuple[int, str]], list[str]]] = {}
    for n, entry in enumerate(entries):
        found = given.get(entry.id)
        for lang, script, variant, text, said in (
            found if found is not None else entry_readings(entry)
        ):
            shown, readings = gathered.setdefault((lang, script, variant), ([], []))
            shown.append((n, text))
            readings.append(said)
    many = Counter[Script]()
    for (_, script, _), (_, readings) in gathered.items():
        many[script] += len(readings)
    for (lang, script, variant), (shown, readings) in gathered.items():
        weight = VARIANT if variant else MAIN
        numbers = records.extend(shown, lang, weight, MatchKind.SOUND, readings)
        keys = squeeze_many(sound_keys(readings, script))
        # Near keys are found by comparing every key (nospace: by length), or, for many,
        # through letter triples, which need no copy of the keys ordered by length.
        whole = many[script] < GRAMS_FROM
        spaces[script].extend(keys, list(numbers), nospace=whole)
    grams: dict[Script, Grams] = {}
    for script, space in spaces.items():
        space.freeze()
        if many[script] >= GRAMS_FROM:
            grams[script] = Grams(space.keys)
    return spaces, grams


_REFERENCE = re.compile(r"\{([a-z0-9][a-z0-9-]*)\}")


def _resolved(note: str, lang: Lang, by_id: Mapping[str, Entry]) -> str:
    """A note with its ``{entry-id}`` references read as those entries' texts (not as ids)."""
    if "{" not in note:
        return note

    def text(match: re.Match[str]) -> str:
        found = by_id.get(match.group(1))
        return found.text.get(lang, "") if found is not None else ""

    return _REFERENCE.sub(text, note)


def _keys(joined: str) -> list[str]:
    """The keyforms of NUL-joined normalised texts."""
    return (keyform(joined) if has_hangul(joined) else joined).split("\0")
