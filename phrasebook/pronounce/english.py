"""English → Hangul and English → Cyrillic: a practical approximation, for saying a phrase.

Each English word is turned into phonemes, then the phonemes into the reader's script. Spaces,
punctuation, digits and text in other scripts are kept; words are done one by one and cached.

Phonemes come from eSpeak NG's General American IPA (voice ``en-us``): the shared library of the
``speech`` extra (:mod:`phrasebook.pronounce.espeak`), else the ``espeak-ng`` program. Without
either, a small spelling rule set (:mod:`phrasebook.pronounce._english_phones`) guesses them. A
few common words have established spellings (닥터, 오케이, окей)
that win over both (:data:`EXCEPTIONS`).

Hangul follows the spirit of the 국립국어원 rules for English (외래어 표기법 제3장 제1절), which
assume British, r-less speech:

* p t k after a short vowel close the syllable (갭, 캣, 북, 액트) at the end of a word or
  before a consonant other than l r m n; elsewhere they take 으 (스탬프, 애플). b d g s z f v θ ð
  take 으 (랜드, 마스크); ʃ is 시 at the end, 슈 before a consonant, and 샤 섀 셔 셰 쇼 슈 시
  before a vowel; tʃ dʒ are 치 지 (스위치, 브리지), ts dz 츠 즈; m n ŋ close the syllable; l
  closes it and is ㄹㄹ before a vowel inside a word (헬로, 슬라이드).
* r is written only before a vowel; a lost r after ɪ ɛ ʊ (and a final ɔː) leaves 어 (히어,
  데어, 유어, 도어). ə ʌ ɜ → 어, æ → 애, ɪ i → 이, ʊ u → 우; diphthongs keep both parts (타임,
  에이) except oʊ → 오 (보트); w and j merge with the vowel (워, 와, 웨, 위, 유, 예), after k g h
  in one syllable (쿼터) and after other consonants in two (스윙). Long vowels are not marked.
* American ɑ is British ɒ (오: 스톱, 드롭) when the word is spelled with o there, else 아 (파더);
  the flap ɾ is t or d as spelled (워터, 레디); a final consonant + -le has no vowel (애플, 리틀).

Cyrillic is a practical Russian-style respelling for a Russian or Ukrainian reader: θ → с, ð → з,
w → у, h → х, æ ɛ → э, ʌ → а, ə → э (а at the start or end of a word), ɑ → о or а as above,
ɜ → ё(р), j → й or an iotated vowel (мью, ёр). **r is kept** as р wherever General American says
it (уотэр, доктор): the reader's р is closer to it than silence, and Russian practice writes it.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

from phrasebook.errors import PhrasebookError
from phrasebook.pronounce._english_phones import SHORT, VOWELS, names, phones, spelling_phones
from phrasebook.pronounce._syllables import SyllableWriter

WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’][A-Za-zÀ-ÖØ-öø-ÿ]+)*")
"""An English word, with inner apostrophes (don't, I'm)."""

VOICE = "en-us"
"""The eSpeak NG voice whose IPA is used."""

EXCEPTIONS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "a": ("어", "э"),
        "the": ("더", "зэ"),
        "you": ("유", "ю"),
        "where": ("웨어", "уэр"),
        "water": ("워터", "уотэр"),
        "out": ("아웃", "аут"),
        "doctor": ("닥터", "доктор"),
        "ok": ("오케이", "окей"),
        "okay": ("오케이", "окей"),
        "your": ("유어", "ёр"),
        "police": ("폴리스", "полис"),
        "hello": ("헬로", "хэлоу"),
        "for": ("포", "фор"),
        "four": ("포", "фор"),
        "toilet": ("토일렛", "тойлет"),
        "korea": ("코리아", "кориа"),
        "russia": ("러시아", "раша"),
        "america": ("아메리카", "эмэрика"),
        "kyiv": ("키이우", "кийв"),
    }
)
"""Lower-case word → (Hangul, Cyrillic): established loanword spellings and words rules miss."""

# --- Hangul ------------------------------------------------------------------------------------

_LEADS = dict(
    zip("pbtdkɡfvθðszʃʒhmnŋlɹxçwj", "ㅍㅂㅌㄷㅋㄱㅍㅂㅅㄷㅅㅈㅅㅈㅎㅁㄴㅇㄹㄹㅎㅎㅇㅇ", strict=True)
)
_LEADS |= {"tʃ": "ㅊ", "dʒ": "ㅈ"}
_HANGUL_VOWELS = {
    **dict.fromkeys(names("i iː ɪ ᵻ ɨ"), "ㅣ"),
    **dict.fromkeys(names("e ɛ"), "ㅔ"),
    **dict.fromkeys(names("a ɑ ɑː"), "ㅏ"),
    **dict.fromkeys(names("ɒ ɔ ɔː o oʊ"), "ㅗ"),
    **dict.fromkeys(names("ʊ u uː"), "ㅜ"),
    **dict.fromkeys(names("ʌ ə ɐ ɜ"), "ㅓ"),
    "æ": "ㅐ",
    "y": "ㅟ",
    "ø": "ㅚ",
    "œ": "ㅚ",
    "aɪ": "ㅏㅣ",
    "aʊ": "ㅏㅜ",
    "eɪ": "ㅔㅣ",
    "ɔɪ": "ㅗㅣ",
    "ɪə": "ㅣㅓ",
    "ɛə": "ㅔㅓ",
    "ʊə": "ㅜㅓ",
}
_W = dict(zip("ㅏㅐㅓㅔㅗㅜㅣㅚㅟ", "ㅘㅙㅝㅞㅝㅜㅟㅞㅟ", strict=True))
_J = dict(zip("ㅏㅐㅓㅔㅗㅜㅣㅚㅟ", "ㅑㅒㅕㅖㅛㅠㅣㅚㅟ", strict=True))
_R_LEAVES_VOWEL = frozenset(names("ɪ iː i ɛ e ʊ uː u"))


def _drop_r(sounds: list[str]) -> list[str]:
    """Keep r only before a vowel; where a lost r leaves 어, write ə for it."""
    out: list[str] = []
    for i, phone in enumerate(sounds):
        following = sounds[i + 1] if i + 1 < len(sounds) else ""
        if phone != "ɹ" or following in VOWELS:
            out.append(phone)
        elif out and following != "ə" and _r_leaves_a_vowel(out[-1], following):
            out.append("ə")
    return out


def _r_leaves_a_vowel(vowel: str, following: str) -> bool:
    return vowel in _R_LEAVES_VOWEL or (vowel == "ɔː" and not following)  # door 도어, sport 스포트


def _nucleus(sounds: Sequence[str], i: int) -> tuple[str, int] | None:
    """``(glide, index of the vowel)`` if a vowel, maybe after w or j, starts at ``i``."""
    if i < len(sounds) and sounds[i] in VOWELS:
        return "", i
    if i + 1 < len(sounds) and sounds[i] in ("w", "j") and sounds[i + 1] in VOWELS:
        return sounds[i], i + 1
    return None


def to_hangul(sounds: Sequence[str]) -> str:
    """Write the phonemes of one English word in Hangul.

    Args:
        sounds: phonemes as :func:`phones` names them.

    Returns:
        The word in Hangul syllables; empty for no phonemes.
    """
    s = _drop_r(list(sounds))
    out = SyllableWriter()
    short = False
    i = 0
    while i < len(s):
        phone = s[i]
        prev = s[i - 1] if i else ""
        nucleus = _nucleus(s, i) if phone in VOWELS or phone in ("w", "j") else _nucleus(s, i + 1)
        opens = nucleus is not None and not (nucleus[0] == "w" and phone not in ("k", "ɡ", "h"))
        if phone in VOWELS or (phone in ("w", "j") and nucleus):
            lead, start = "ㅇ", i
        elif opens and nucleus is not None:
            lead, start = _LEADS.get(phone, "ㅇ"), i + 1
            if phone == "l" and prev and prev not in ("m", "n"):
                out.close("ㄹ")
            elif phone == "ŋ":
                out.close("ㅇ")
        else:
            i += _hangul_coda(out, s, i, short and prev in VOWELS)
            short = False
            continue
        glide, v = _nucleus(s, start) or ("", start)
        jamos = _HANGUL_VOWELS[s[v]]
        first = {"w": _W, "j": _J}.get(glide, {}).get(jamos[0], jamos[0])
        if phone == "ʃ":
            first = _J.get(first, first)
        nxt = s[v + 1] if v + 1 < len(s) else ""
        if glide == "j" and phone in ("d", "l", "n") and first == "ㅕ":
            out.syllable(lead, "ㅣ")
            lead, first = "ㅇ", "ㅓ"
        out.syllable(lead, first)
        for jamo in jamos[1:]:
            if jamo == "ㅜ" and nxt == "ə":  # [auə] → 아워
                jamo, v = "ㅝ", v + 1
            out.syllable("ㅇ", jamo)
        short = s[v] in SHORT
        i = v + 1
    return out.text()


def _hangul_coda(out: SyllableWriter, s: list[str], i: int, after_short: bool) -> int:
    """Write consonant ``s[i]`` that no vowel follows; return how many phonemes it took."""
    phone = s[i]
    after = s[i + 1] if i + 1 < len(s) else ""
    third = s[i + 2] if i + 2 < len(s) else ""
    if (phone, after) in (("t", "s"), ("d", "z")) and third not in VOWELS:
        out.syllable("ㅊ" if phone == "t" else "ㅈ", "ㅡ")
        return 2
    if phone in ("p", "t", "k"):
        closes = after_short and after not in VOWELS and after not in ("l", "ɹ", "m", "n", "w", "j")
        if not (closes and out.close({"p": "ㅂ", "t": "ㅅ", "k": "ㄱ"}[phone])):
            out.syllable(_LEADS[phone], "ㅡ")
    elif phone in ("m", "n", "ŋ"):
        out.close_or_stand({"m": "ㅁ", "n": "ㄴ", "ŋ": "ㅇ"}[phone], _LEADS[phone])
    elif phone == "l":
        out.close_or_stand("ㄹ", "ㄹ")
        if after in ("m", "n") and third not in VOWELS:
            out.syllable("ㄹ", "ㅡ")  # film 필름
    elif phone == "ʃ":
        out.syllable("ㅅ", "ㅜ" if after else "ㅣ")
    elif phone in ("ʒ", "tʃ", "dʒ"):
        out.syllable(_LEADS[phone], "ㅣ")
    elif phone in ("w", "j"):
        out.syllable("ㅇ", "ㅜ" if phone == "w" else "ㅣ")
    elif phone in _LEADS:
        out.syllable(_LEADS[phone], "ㅡ")
    return 1


# --- Cyrillic ----------------------------------------------------------------------------------

_CYRILLIC_CONSONANTS = dict(zip("pbtdkɡfvθðszʃʒhmnlɹxçw", "пбтдкгфвсзсзшжхмнлрхху", strict=True))
_CYRILLIC_CONSONANTS |= {"tʃ": "ч", "dʒ": "дж", "j": "й"}
_CYRILLIC_VOWELS = {
    **dict.fromkeys(names("i iː ɪ ᵻ ɨ"), "и"),
    **dict.fromkeys(names("e ɛ æ ə"), "э"),
    **dict.fromkeys(names("a ɑ ɑː ʌ ɐ"), "а"),
    **dict.fromkeys(names("ɒ ɔ ɔː o"), "о"),
    **dict.fromkeys(names("ʊ u uː y"), "у"),
    "ø": "ё",
    "œ": "ё",
    "ɜ": "ё",
    "aɪ": "ай",
    "aʊ": "ау",
    "eɪ": "эй",
    "oʊ": "оу",
    "ɔɪ": "ой",
    "ɪə": "иэ",
    "ɛə": "эа",
    "ʊə": "уэ",
}
_IOTATED = {"а": "я", "э": "е", "о": "ё", "у": "ю", "и": "йи", "ё": "ё"}


def to_cyrillic(sounds: Sequence[str]) -> str:
    """Write the phonemes of one English word in Russian-style Cyrillic.

    Args:
        sounds: phonemes as :func:`phones` names them.

    Returns:
        The word in lower-case Cyrillic; empty for no phonemes.
    """
    out: list[str] = []
    for i, phone in enumerate(sounds):
        prev = sounds[i - 1] if i else ""
        after = sounds[i + 1] if i + 1 < len(sounds) else ""
        if phone in VOWELS:
            letters = _CYRILLIC_VOWELS[phone]
            if phone == "ə" and (not out or not after):
                letters = "а"
            elif phone == "ɜ":
                letters = ("о" if prev == "w" else "э" if not out else "ё") + (
                    "" if after == "ɹ" else "р"
                )
            if prev == "j":
                letters = _IOTATED[letters[0]] + letters[1:]
                if i > 1 and sounds[i - 2] not in VOWELS:
                    letters = "ь" + letters
            out.append(letters)
        elif phone == "j" and after in VOWELS:
            continue
        elif phone == "ŋ":
            out.append("н" if after in ("k", "ɡ") else "нг")
        elif phone == "w" and after in ("u", "uː", "ʊ"):
            out.append("в")
        else:
            out.append(_CYRILLIC_CONSONANTS.get(phone, ""))
    return "".join(out)


# --- phonemes for a word -----------------------------------------------------------------------


def _library_ipa(word: str) -> str | None:
    from phrasebook.pronounce.espeak import Library

    return Library.get().phonemes(word, VOICE)


def _program_ipa(word: str) -> str | None:
    program = shutil.which("espeak-ng")
    if program is None:
        return None
    done = subprocess.run(
        [program, "-q", "--ipa", "-v", VOICE, "--", word],
        capture_output=True,
        timeout=10,
        check=False,
    )
    return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else None


IPA_ENGINES: tuple[Callable[[str], str | None], ...] = (_library_ipa, _program_ipa)
"""Sources of IPA, tried in order; each returns None when it is not available."""

_ENGINE_FAILURES = (ImportError, OSError, RuntimeError, ValueError, subprocess.SubprocessError)


@functools.lru_cache(maxsize=8192)
def word_phones(word: str) -> tuple[str, ...]:
    """The phonemes of one English word: eSpeak NG's if available, else guessed from spelling.

    Args:
        word: one word as :data:`WORD` matches it.

    Returns:
        Phoneme names as :func:`phones` gives them; never empty for a word with a letter.
    """
    for engine in IPA_ENGINES:
        try:
            ipa = engine(word)
        except (*_ENGINE_FAILURES, PhrasebookError):
            continue
        if ipa is not None:
            found = phones(ipa, word)
            if any(phone in VOWELS for phone in found):
                return tuple(found)
    return tuple(spelling_phones(word))


@functools.lru_cache(maxsize=8192)
def _word(word: str, script: str) -> str:
    known = EXCEPTIONS.get(word.lower().replace("’", "'"))
    if known is not None:
        result = known[0] if script == "Hang" else known[1]
    else:
        sounds = word_phones(word)
        result = to_hangul(sounds) if script == "Hang" else to_cyrillic(sounds)
    if script == "Cyrl" and word[:1].isupper():
        result = result.upper() if len(word) > 1 and word.isupper() else result.capitalize()
    return result or word


def clear_caches() -> None:
    """Forget every word transcribed so far, e.g. after :data:`IPA_ENGINES` changed."""
    word_phones.cache_clear()
    _word.cache_clear()


def english_to_hangul(text: str) -> str:
    """Write each English word of ``text`` in Hangul; everything else is kept.

    Args:
        text: any text.

    Returns:
        The text with its Latin-letter words in Hangul, e.g. ``"Hands up!"`` → ``"핸즈 업!"``.
    """
    return WORD.sub(lambda match: _word(match.group(), "Hang"), text)


def english_to_cyrillic(text: str) -> str:
    """Write each English word of ``text`` in Cyrillic; everything else is kept.

    Args:
        text: any text.

    Returns:
        The text with its Latin-letter words in Cyrillic, e.g. ``"Hands up!"`` → ``"Хэндз ап!"``.
    """
    return WORD.sub(lambda match: _word(match.group(), "Cyrl"), text)
