"""Sound keys: a phrase as a listener heard it, in the listener's own letters.

A Ukrainian who hears 괜찮아요 types ``кэнчанайо``; a Korean who hears «давай» types ``다바이``;
an English speaker types ``kwenchanayo``. Nobody follows a transcription system, but the mistakes
are not random: ears lose the contrasts their own language does not make. This module folds text
in each listener script into a coarse *sound key* in which those contrasts are gone, so a
listener's spelling and the project's own reference reading (:mod:`phrasebook.pronounce`) meet.

Which readings exist (:data:`LISTENER_SCRIPTS`): Korean as heard in Cyrillic and Latin letters;
Russian and Ukrainian in Hangul and Latin; English in Hangul and Cyrillic.

The folding, one per script, works on :func:`~phrasebook.search.normalise.normalise` d text and
writes upper-case key letters, vowels ``A E I O U`` and consonants ``K T P C S H F V R M N``:

- **stops lose voicing, aspiration and tenseness** (Korean has no voiced stops; Russian and
  English no aspirated or tense ones): к г ґ, ㄱ ㅋ ㄲ, k g q → ``K``; т д, ㄷ ㅌ ㄸ, t d → ``T``;
  п б, ㅂ ㅍ ㅃ, p b → ``P``. An ``h``/``х`` after a consonant is taken for aspiration and
  dropped (Kontsevich ``кх``, Revised ``kh`` in ``hangbokhae``): ``ханбокхэ`` = ``ханбокэ``.
- **affricates and sibilants** fold to two classes: ``C`` for ч ц ж дж, ㅈ ㅊ ㅉ, ch j zh ts;
  ``S`` for с з ш щ, ㅅ ㅆ, s z sh (Koreans hear ㅅ before ㅣ as ш, Russians write ж for ㅈ).
- **liquids**: ㄹ is heard as л or р, Korean writes both l and r as ㄹ: л р, l r → ``R``.
- **vowels** fold to five: а я → ``A``; е э є, ㅐ ㅔ, e ae → ``E``; и і ы ї, ㅣ ㅢ,
  i ee y eu → ``I`` (Ukrainian и and Russian ы are both heard for ㅡ); о ё, ㅓ ㅗ ㅕ ㅛ,
  o eo → ``O``; у ю, ㅜ ㅠ, u oo → ``U``.
- **glides and signs go**: й, soft and hard signs, and ``y`` before a vowel, so ``ё``, ``ьо`` and
  ``йо`` are all ``O`` (``аё`` = ``айо``).
- **Hangul's helper vowel ㅡ goes**: Korean spells a lone foreign consonant as a syllable with
  ㅡ (스 크 트 즈), which a listener may or may not type: ``스톱`` = ``스탑`` ≈ ``습``.
- **ng and н before g**: ㅇ at a syllable's end is heard as н: ``ng`` → ``N``.
- **doubled letters count once** (``папп`` = ``пап``), and **spaces go** (a listener breaks words
  anywhere: ``квэнчхана йо`` = ``кэнчанайо`` up to one letter).

What is left to tell apart — a swallowed final vowel, one glide more or less, ㅓ typed as а — is
left to a fuzzy comparison of the keys (:func:`rapidfuzz.fuzz.ratio`), which costs one edit each.

Examples::

    >>> sound_key("кэнчанайо", "Cyrl"), sound_key("квэнчханаё", "Cyrl")
    ('KENCANAO', 'KVENCANAO')
    >>> sound_key("다바이", "Hang"), sound_key("hangbokhae", "Latn"), sound_key("ханбокхэ", "Cyrl")
    ('TAPAI', 'HANPOKE', 'HANPOKE')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter
from typing import Final

from phrasebook.pronounce.hangul import FIRST_SYLLABLE, LAST_SYLLABLE, LEADS, TAILS, VOWELS
from phrasebook.search.normalise import normalise_many
from phrasebook.values import Entry, Lang, Script

__all__ = [
    "LISTENER_SCRIPTS",
    "Reading",
    "entry_readings",
    "readings_by_id",
    "sound_key",
    "sound_keys",
    "squeeze",
    "squeeze_many",
]

Reading = tuple[Lang, Script, bool, str, str]
"""One reading of an entry: (language, listener script, whether of a variant, text, reading)."""

LISTENER_SCRIPTS: Final[dict[Lang, tuple[Script, ...]]] = {
    Lang.KO: (Script.CYRL, Script.LATN),
    Lang.RU: (Script.HANG, Script.LATN),
    Lang.UK: (Script.HANG, Script.LATN),
    Lang.EN: (Script.HANG, Script.CYRL),
}
"""For each language, the scripts its listeners type it in (other than its own)."""

# --- Cyrillic ------------------------------------------------------------------------------------

_CYRILLIC_PAIRS: Final = (
    ("дж", "C"),
    ("дз", "C"),
    ("тс", "C"),
    ("тч", "C"),
    ("тш", "C"),
    ("нг", "N"),
)
_CYRILLIC_LETTERS: Final = str.maketrans(
    {
        **dict.fromkeys("ая", "A"),
        **dict.fromkeys("еэє", "E"),
        **dict.fromkeys("иіыї", "I"),
        **dict.fromkeys("оё", "O"),
        **dict.fromkeys("ую", "U"),
        **dict.fromkeys("кгґ", "K"),
        **dict.fromkeys("тд", "T"),
        **dict.fromkeys("пб", "P"),
        **dict.fromkeys("жчц", "C"),
        **dict.fromkeys("сзшщ", "S"),
        **dict.fromkeys("лр", "R"),
        "х": "H",
        "ф": "F",
        "в": "V",
        "м": "M",
        "н": "N",
        **dict.fromkeys("йьъ", ""),
    }
)

# --- Latin ---------------------------------------------------------------------------------------

_LATIN_PAIRS: Final = (
    ("shch", "S"),
    ("dzh", "C"),
    ("tch", "C"),
    ("ch", "C"),
    ("zh", "C"),
    ("dz", "C"),
    ("dj", "C"),
    ("ts", "C"),
    ("tz", "C"),
    ("sh", "S"),
    ("ph", "F"),
    ("th", "T"),
    ("ck", "K"),
    ("ng", "N"),
    ("eo", "O"),
    ("eu", "I"),
    ("ae", "E"),
    ("oe", "E"),
    ("ui", "I"),
    ("oo", "U"),
    ("ou", "U"),
    ("ee", "I"),
)
_LATIN_GLIDE: Final = re.compile("y(?=[aeiouAEIOU])")
_LATIN_LETTERS: Final = str.maketrans(
    {
        "a": "A",
        "e": "E",
        "i": "I",
        "y": "I",
        "o": "O",
        "u": "U",
        **dict.fromkeys("kgqc", "K"),
        **dict.fromkeys("td", "T"),
        **dict.fromkeys("pb", "P"),
        "j": "C",
        **dict.fromkeys("sz", "S"),
        **dict.fromkeys("lr", "R"),
        "h": "H",
        "f": "F",
        **dict.fromkeys("vw", "V"),
        "m": "M",
        "n": "N",
        "x": "KS",
    }
)

# --- Hangul --------------------------------------------------------------------------------------

_LEAD_KEYS: Final = dict(zip(LEADS, "KKNTTRMPPSS_CCCKTPH", strict=True))
_LEAD_KEYS["ㅇ"] = ""  # a syllable that starts with a vowel
_VOWEL_KEYS: Final = {
    "ㅏ": "A",
    "ㅑ": "A",
    "ㅐ": "E",
    "ㅒ": "E",
    "ㅔ": "E",
    "ㅖ": "E",
    "ㅓ": "O",
    "ㅕ": "O",
    "ㅗ": "O",
    "ㅛ": "O",
    "ㅜ": "U",
    "ㅠ": "U",
    "ㅡ": "",
    "ㅣ": "I",
    "ㅢ": "I",
    "ㅘ": "VA",
    "ㅙ": "VE",
    "ㅚ": "VE",
    "ㅞ": "VE",
    "ㅝ": "VO",
    "ㅟ": "VI",
}
_TAIL_KEYS: Final = {
    "": "",
    "ㄱ": "K",
    "ㄲ": "K",
    "ㅋ": "K",
    "ㄳ": "K",
    "ㄺ": "K",
    "ㄴ": "N",
    "ㄵ": "N",
    "ㄶ": "N",
    "ㅇ": "N",
    "ㄷ": "T",
    "ㅅ": "T",
    "ㅆ": "T",
    "ㅈ": "T",
    "ㅊ": "T",
    "ㅌ": "T",
    "ㅎ": "",
    "ㄹ": "R",
    "ㄼ": "R",
    "ㄽ": "R",
    "ㄾ": "R",
    "ㅀ": "R",
    "ㅁ": "M",
    "ㄻ": "M",
    "ㅂ": "P",
    "ㅍ": "P",
    "ㅄ": "P",
    "ㄿ": "P",
}


class _HangulKeys(dict[int, str | int]):
    """A ``str.translate`` table from Hangul to sound-key letters, filled as syllables are met
    (not all 11,172 at the first query)."""

    def __missing__(self, code: int) -> str | int:
        if not FIRST_SYLLABLE <= code <= LAST_SYLLABLE:
            self[code] = code  # kept as it is, and remembered (a KeyError would be raised again)
            return code
        lead, rest = divmod(code - FIRST_SYLLABLE, 21 * 28)
        vowel, tail = divmod(rest, 28)
        key = _LEAD_KEYS[LEADS[lead]] + _VOWEL_KEYS[VOWELS[vowel]] + _TAIL_KEYS[TAILS[tail]]
        self[code] = key
        return key


@functools.cache
def _hangul_table() -> dict[int, str | int]:
    # The keyboard jamo typed alone, then syllables as they are met.
    return _HangulKeys(
        {ord(jamo): key for jamo, key in {**_LEAD_KEYS, **_VOWEL_KEYS}.items() if len(jamo) == 1}
    )


# --- folding -------------------------------------------------------------------------------------

_DOUBLED: Final = re.compile(r"([A-Z])\1+")
_FIRST: Final = itemgetter(1)
"""The replacement for :data:`_DOUBLED`: its letter, taken in C (a ``\\1`` template is
expanded in Python, match by match)."""
_SPACE_RUNS: Final = re.compile(" {2,}")
_KEY_EDGES: Final = re.compile(" ?\0 ?")
_ASPIRATED: Final = re.compile("(?<=[KTPCSFVRMN])H")
_LEFTOVER: Final = re.compile(r"[^A-Z \0]+")


def _fold_cyrillic(text: str) -> str:
    for pair, key in _CYRILLIC_PAIRS:
        text = text.replace(pair, key)
    return text.translate(_CYRILLIC_LETTERS)


def _fold_latin(text: str) -> str:
    for pair, key in _LATIN_PAIRS:
        text = text.replace(pair, key)
    return _LATIN_GLIDE.sub("", text).translate(_LATIN_LETTERS)


def _fold_hangul(text: str) -> str:
    return text.translate(_hangul_table())


_FOLDS: Final[dict[Script, Callable[[str], str]]] = {
    Script.CYRL: _fold_cyrillic,
    Script.LATN: _fold_latin,
    Script.HANG: _fold_hangul,
}


def sound_key(text: str, script: Script | str) -> str:
    """The sound key of a text typed in ``script``: what a listener's spelling comes down to.

    Args:
        text: any string.
        script: the script the text is typed in (``"Cyrl"``, ``"Latn"`` or ``"Hang"``); letters
            of other scripts are dropped.

    Returns:
        Upper-case key letters, without spaces; ``""`` when nothing sounds.
    """
    return squeeze(sound_keys([text], script)[0])


def squeeze(key: str) -> str:
    """A sound key without its word breaks (a listener breaks words anywhere)."""
    return _DOUBLED.sub(_FIRST, key.replace(" ", ""))


def squeeze_many(keys: list[str]) -> list[str]:
    """:func:`squeeze` of many keys in one pass (doubled letters are never met across keys: the
    NUL between them is no letter)."""
    return _DOUBLED.sub(_FIRST, "\0".join(keys).replace(" ", "")).split("\0") if keys else []


def sound_keys(texts: list[str], script: Script | str) -> list[str]:
    """The sound keys of many texts in one pass, with their word breaks kept as spaces.

    Word breaks are kept so that a listener's fragment can be matched against the words of a
    long phrase; for a whole-phrase comparison drop them (:func:`squeeze`).
    """
    if not texts:
        return []
    raw = "\0".join(texts)
    if raw.count("\0") != len(texts) - 1:  # a NUL inside a text: it is no letter
        raw = "\0".join(text.replace("\0", " ") for text in texts)
    # ё is "yo" to the ear, while normalise folds it into е for spelling's sake.
    spoken = raw.replace("ё", "йо").replace("Ё", "Йо").split("\0")
    folded = "\0".join(normalise_many(spoken))
    joined = _LEFTOVER.sub("", _FOLDS[Script(script)](folded))
    joined = _DOUBLED.sub(_FIRST, _ASPIRATED.sub("", joined))
    # Only letters, spaces and NULs are left: one space between words, none around a key.
    return _KEY_EDGES.sub("\0", _SPACE_RUNS.sub(" ", joined)).strip(" ").split("\0")


# --- reference readings --------------------------------------------------------------------------


def _read_word(word: str, lang: Lang, script: Script) -> str:
    from phrasebook.pronounce import transcribe  # only when readings are made, not to search

    return transcribe(word, lang.value, script.value)


_word_reading = functools.lru_cache(maxsize=65536)(_read_word)


def reading(text: str, lang: Lang, script: Script) -> str:
    """The project's reading of ``text`` (in ``lang``) for a reader of ``script``.

    Word by word, with a cache: a phrasebook repeats its words, and a listener hears words, so
    the sound changes across a word break that :func:`~phrasebook.pronounce.transcribe` applies
    to whole texts matter less here than the time saved.
    """
    return " ".join(_word_reading(word, lang, script) for word in text.split())


def entry_readings(
    entry: Entry, read: Callable[[str, Lang, Script], str] = reading
) -> Iterator[Reading]:
    """Every reading of an entry's texts and variants in its listeners' scripts.

    Args:
        read: what reads a text (:func:`reading`, or :func:`readings_by_id`'s own).

    Yields:
        (language, listener script, whether it is a variant, the text, its reading).
    """
    for lang, scripts in LISTENER_SCRIPTS.items():
        texts: list[tuple[bool, str, str]] = []
        if lang in entry.text:
            texts.append((False, entry.text[lang], entry.stress.get(lang) or entry.text[lang]))
        texts += [(True, v.text[lang], v.text[lang]) for v in entry.variants if v.text.get(lang)]
        for is_variant, text, stressed in texts:
            for script in scripts:
                override = entry.pron.get(f"{lang}-{script}")
                said = override if override and not is_variant else read(stressed, lang, script)
                yield lang, script, is_variant, text, said


def readings_by_id(entries: Iterable[Entry]) -> dict[str, tuple[Reading, ...]]:
    """Every entry's readings (:func:`entry_readings`) by entry id, each distinct word read once.

    A lexicon repeats its words, but a large one has more distinct words in its listeners'
    scripts than :func:`reading`'s bounded cache holds, which then reads most of them again
    (at 30,000 entries of bench/search.py's lexicon, 500,000 words read instead of 250,000:
    twice the time). A dict kept for this one pass holds them all and is dropped after.
    """
    memo: dict[tuple[Lang, Script], dict[str, str]] = {}  # by word, no tuple per word

    def read(text: str, lang: Lang, script: Script) -> str:
        known = memo.setdefault((lang, script), {})
        said = []
        for word in text.split():
            found = known.get(word)
            if found is None:
                found = known[word] = _read_word(word, lang, script)
            said.append(found)
        return " ".join(said)

    return {entry.id: tuple(entry_readings(entry, read)) for entry in entries}
