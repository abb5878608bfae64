"""Pronunciation: write a phrase in another script so that its reader can say it.

One system per (language, script) pair, each in its own module:

* ko → Latn: Revised Romanization, with sound changes (``hangul_latin``)
* ko → Cyrl: Kontsevich, from the pronounced form (``hangul_cyrillic``)
* ru → Latn: ICAO Doc 9303, as in Russian passports (``cyrillic_latin``)
* uk → Latn: Ukrainian national system of 2010 (``cyrillic_latin``)
* ru → Hang: 국립국어원 loanword rules for Russian (``cyrillic_hangul``)
* uk → Hang: Korean spellings of Ukrainian names since 2022 (``cyrillic_hangul``)
* en → Hang, en → Cyrl: an approximation from eSpeak NG's IPA, in the spirit of the 국립국어원
  English loanword rules and of Russian practical transcription (``english``)

A language in its own script (ko/Hang, ru/Cyrl, uk/Cyrl, en/Latn) is returned as it is.
:func:`pronounced_hangul` gives Korean in its pronounced Hangul spelling, for speech engines.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Mapping
from importlib import import_module
from types import MappingProxyType

from phrasebook.errors import TranscriptionError
from phrasebook.values import Lang

__all__ = ["SYSTEMS", "pronounced_hangul", "transcribe"]

SYSTEMS: Mapping[tuple[str, str], str] = MappingProxyType(
    {
        ("ko", "Latn"): "Revised Romanization",
        ("ko", "Cyrl"): "Kontsevich",
        ("ru", "Latn"): "ICAO (Russian passports)",
        ("uk", "Latn"): "Ukrainian national system (2010)",
        ("ru", "Hang"): "NIKL Russian loanword rules",
        ("uk", "Hang"): "Korean usage for Ukrainian (2022)",
        ("en", "Hang"): "English via eSpeak IPA, NIKL-style (approximate)",
        ("en", "Cyrl"): "English via eSpeak IPA, Russian-style (approximate)",
    }
)
"""Every (language, script) pair that has a transcription system → short name of the system.

A language in its own script (:attr:`phrasebook.Lang.script`) needs no system and is not listed,
though
:func:`transcribe` accepts it.
"""

_CONVERTERS: Mapping[tuple[str, str], tuple[str, str, tuple[str, ...]]] = MappingProxyType(
    {
        ("ko", "Latn"): ("hangul_latin", "hangul_to_latin", ()),
        ("ko", "Cyrl"): ("hangul_cyrillic", "hangul_to_cyrillic", ()),
        ("ru", "Latn"): ("cyrillic_latin", "russian_to_latin", ()),
        ("uk", "Latn"): ("cyrillic_latin", "ukrainian_to_latin", ()),
        ("ru", "Hang"): ("cyrillic_hangul", "cyrillic_to_hangul", ("ru",)),
        ("uk", "Hang"): ("cyrillic_hangul", "cyrillic_to_hangul", ("uk",)),
        ("en", "Hang"): ("english", "english_to_hangul", ()),
        ("en", "Cyrl"): ("english", "english_to_cyrillic", ()),
    }
)
"""Each system's module, function and arguments after the text, imported when first used: a
lookup that shows no reading does not load the transcribers (English loads eSpeak NG's bindings).
"""
_OWN_SCRIPT: Mapping[str, str] = MappingProxyType({lang.value: lang.script for lang in Lang})


def transcribe(text: str, lang: str, script: str) -> str:
    """Write ``text`` of language ``lang`` in ``script`` for a reader of that script.

    Only the letters a system covers are changed: spaces, punctuation, digits and text in other
    scripts come back as they were. Russian and Ukrainian text may carry stress marks (combining
    acute, U+0301); see :mod:`phrasebook.pronounce.cyrillic_hangul` for what they change.

    Args:
        text: the phrase; any string.
        lang: ``"en"``, ``"ko"``, ``"ru"`` or ``"uk"``. English is transcribed from eSpeak NG's
            IPA when the ``speech`` extra or the ``espeak-ng`` program is there, else from
            spelling rules; see :mod:`phrasebook.pronounce.english`.
        script: ISO 15924 code of the wanted script: ``"Latn"``, ``"Cyrl"`` or ``"Hang"``.

    Returns:
        The transcription, NFC-normalised; the NFC-normalised text itself when ``script`` is
        the language's own.

    Raises:
        TranscriptionError: no system exists for ``(lang, script)`` and ``script`` is not the
            language's own.
    """
    text = unicodedata.normalize("NFC", text)
    if lang in _OWN_SCRIPT and _OWN_SCRIPT[lang] == script:
        return text
    convert = _converter(lang, script)
    if convert is None:
        systems = ", ".join(
            f"{name} ({lang_}/{script_})" for (lang_, script_), name in SYSTEMS.items()
        )
        raise TranscriptionError(
            f"no transcription system for language {lang!r} into script {script!r}; "
            f"supported: {systems}; any language in its own script is returned unchanged"
        )
    return unicodedata.normalize("NFC", convert(text))


@functools.lru_cache(maxsize=64)
def _converter(lang: str, script: str) -> Callable[[str], str] | None:
    """The system for ``(lang, script)``, imported on first use; None when there is none."""
    home = _CONVERTERS.get((lang, script))
    if home is None:
        return None
    module, function, more = home
    convert: Callable[..., str] = getattr(import_module(f"{__name__}.{module}"), function)
    return (lambda text: convert(text, *more)) if more else convert


def pronounced_hangul(text: str) -> str:
    """Respell the Korean in ``text`` as it is pronounced, e.g. for a speech engine.

    Sound changes between the syllables of a word, and between words said as one, are written
    out (국물 → 궁물, 같이 → 가치, 십육 → 심뉵, 할게 → 할께, 할 수 → 할 쑤); everything that is
    not a Hangul syllable is kept.

    Args:
        text: any text.

    Returns:
        The NFC-normalised text with each Korean word in its pronounced spelling.
    """
    from phrasebook.pronounce._korean import pronounced_text, pronounced_word

    text = unicodedata.normalize("NFC", text)
    out, last = [], 0
    for match, syllables in pronounced_text(text):
        out.append(text[last : match.start()])
        out.append(pronounced_word(syllables))
        last = match.end()
    out.append(text[last:])
    return "".join(out)
