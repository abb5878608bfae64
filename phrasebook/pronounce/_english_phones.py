"""The phonemes of an English word: from eSpeak NG's IPA, or guessed from its spelling.

:func:`phones` reads eSpeak's General American IPA into phoneme names, using the spelling where
American sounds hide what the Korean and Russian conventions follow: ɑ spelled o is British ɒ
(stop, drop), the flap ɾ is t or d as spelled (water, ready), consonant + -le has no vowel
before the l (apple, little).

:func:`spelling_phones` is for when eSpeak NG is not available: a deliberately small rule set,
good enough for a phrasebook's short words and never failing:

* letter groups, longest first: tch ch → tʃ, sh → ʃ, th → θ, ph → f, wh → w, ck → k, ng → ŋ,
  qu → kw, x → ks, wr- kn- → r n; ee ea ie → iː, oo → uː, ou ow → aʊ, ai ay ei ey → eɪ,
  oa → oʊ, oi oy → ɔɪ, au aw → ɔː, ew → juː, igh → aɪ; ar → ɑːr, or → ɔːr, er ir ur → ɜr
  (ər at the end of a word);
* a vowel, one consonant and a final silent e make the vowel long: a → eɪ, e → iː, i → aɪ,
  o → oʊ, u → juː (make, these, time, home, use); otherwise a e i o u are æ ɛ ɪ ɒ ʌ;
* c and g before e i y are s and dʒ, dge is dʒ; y is j before a vowel, i at the end, else ɪ;
  a doubled consonant is said once; a final s (not ss) after a voiced sound is z (hands).
"""

from __future__ import annotations

import re


def names(spaced: str) -> list[str]:
    """Split a space-separated list of phoneme names."""
    return spaced.split()


_STRIP = re.compile(r"\([a-z-]+\)|[ˈˌ‿ \u0361\u035c]")  # eSpeak's language switches, stress, ties
_PHONES = sorted(
    names(
        "tʃ dʒ aɪ aʊ eɪ oʊ əʊ ɔɪ ɪə ɛə eə ʊə iː uː ɑː ɔː ɜː oː "
        "i ɪ ᵻ ɨ e ɛ æ a ɑ ɒ ɔ o ʊ u ʌ ə ɐ ɚ ɜ ɝ y ø œ "
        "p b t d k ɡ g f v θ ð s z ʃ ʒ h m n ŋ l ɹ r ɾ ʔ x ç w j"
    ),
    key=len,
    reverse=True,
)
_TOKEN = re.compile("|".join(map(re.escape, _PHONES)) + "|.", re.DOTALL)
_RENAME = {"g": "ɡ", "r": "ɹ", "ɝ": "ɜ", "ɜː": "ɜ", "oː": "ɔː", "əʊ": "oʊ", "eə": "ɛə", "ʔ": "t"}
VOWELS = frozenset(
    names("i iː ɪ ᵻ ɨ e ɛ æ a ɑ ɑː ɒ ɔ ɔː o ʊ u uː ʌ ə ɐ ɜ y ø œ aɪ aʊ eɪ oʊ ɔɪ ɪə ɛə ʊə")
)
"""Vowel phonemes, as :func:`phones` names them."""
SHORT = frozenset(names("ɪ ᵻ e ɛ æ a ɒ ɔ ʊ ʌ ə ɐ"))
"""Short vowels: a voiceless stop after one closes the syllable in Hangul (캣, 북)."""
_V = [[vowel] for vowel in VOWELS]


def phones(ipa: str, spelling: str) -> list[str]:
    """Split eSpeak IPA for one word into phonemes, resolved with the help of its spelling.

    Args:
        ipa: eSpeak NG's IPA for the word.
        spelling: the word as written.

    Returns:
        Phoneme names (``tʃ``, ``aɪ``, ``iː`` …); characters that are no phoneme are dropped.
    """
    letters = spelling.lower()
    result: list[str] = []
    for piece in _TOKEN.findall(_STRIP.sub("", ipa)):
        if piece == "\u0329" and result:  # syllabic consonant: a vowel before it (n̩ → ən)
            result.insert(len(result) - 1, "ə")
        elif piece == "ɚ":
            result += ["ə", "ɹ"]
        elif piece in _PHONES and not (piece in "rɹ" and result[-1:] == ["ɹ"]):
            result.append(_RENAME.get(piece, piece))
    for i, phone in enumerate(result):
        if phone in ("ɑ", "ɑː"):
            before_r = result[i + 1 : i + 2] == ["ɹ"] and result[i + 2 : i + 3] not in _V
            after_w = i > 0 and result[i - 1] == "w"
            spelled_o = _nearest_letter(letters, "ao", i / max(1, len(result))) == "o"
            result[i] = "ɒ" if after_w or (spelled_o and not before_r) else "ɑː"
        elif phone == "ɾ":
            result[i] = "d" if "d" in letters and "t" not in letters else "t"
    if re.search(r"[^aeiouy]les?$", letters) and len(result) > 2:
        tail = 3 if result[-1] in ("s", "z") else 2
        if result[-tail : len(result) - tail + 2] == ["ə", "l"]:
            del result[-tail]
    return result


def _nearest_letter(letters: str, choices: str, where: float) -> str:
    """Which of ``choices`` is spelled nearest to the relative position ``where``."""
    found = [(abs(i / max(1, len(letters)) - where), c) for i, c in enumerate(letters)]
    candidates = [pair for pair in found if pair[1] in choices]
    return min(candidates)[1] if candidates else ""


_GROUPS = {
    "tch": ["tʃ"],
    "dge": ["dʒ"],
    "igh": ["aɪ"],
    "ch": ["tʃ"],
    "sh": ["ʃ"],
    "th": ["θ"],
    "ph": ["f"],
    "wh": ["w"],
    "ck": ["k"],
    "ng": ["ŋ"],
    "qu": ["k", "w"],
    "ee": ["iː"],
    "ea": ["iː"],
    "ie": ["iː"],
    "oo": ["uː"],
    "ou": ["aʊ"],
    "ow": ["aʊ"],
    "ai": ["eɪ"],
    "ay": ["eɪ"],
    "ei": ["eɪ"],
    "ey": ["eɪ"],
    "oa": ["oʊ"],
    "oi": ["ɔɪ"],
    "oy": ["ɔɪ"],
    "au": ["ɔː"],
    "aw": ["ɔː"],
    "ew": ["j", "uː"],
    "ar": ["ɑː", "ɹ"],
    "or": ["ɔː", "ɹ"],
    "er": ["ɜ", "ɹ"],
    "ir": ["ɜ", "ɹ"],
    "ur": ["ɜ", "ɹ"],
}
_LONG = {"a": ["eɪ"], "e": ["iː"], "i": ["aɪ"], "o": ["oʊ"], "u": ["j", "uː"], "y": ["aɪ"]}
_SHORT_LETTERS = {"a": "æ", "e": "ɛ", "i": "ɪ", "o": "ɒ", "u": "ʌ"}
_LETTERS = dict(zip("bdfhjklmnprstvwxz", "bdfhjklmnprstvwxz", strict=True))
_LETTERS |= {"j": "dʒ", "r": "ɹ", "g": "ɡ"}
_VOICED = frozenset(names("b d ɡ v ð z ʒ dʒ m n ŋ l ɹ"))


def spelling_phones(word: str) -> list[str]:
    """Guess the phonemes of an English word from its letters.

    Args:
        word: any string; letters outside a–z are ignored.

    Returns:
        Phoneme names as :func:`phones` gives them.
    """
    w = re.sub("[^a-z]", "", word.lower())
    w = re.sub(r"^wr", "r", re.sub(r"^kn", "n", w))
    final_s = w.endswith("s") and not w.endswith("ss")
    silent_e = re.fullmatch(r"(.*[aeiouy])([^aeiouy])e(s?)", w)
    if silent_e is not None and len(w) > 3:
        consonant = {"c": "s", "g": "j"}.get(silent_e.group(2), silent_e.group(2))
        w = silent_e.group(1)[:-1] + silent_e.group(1)[-1].upper() + consonant
        w += silent_e.group(3)
    w = re.sub("ce$", "s", w)
    out: list[str] = []
    i = 0
    while i < len(w):
        for size in (3, 2):
            group = _GROUPS.get(w[i : i + size])
            if group is not None:
                if w[i : i + size] == "er" and i + size == len(w):
                    group = ["ə", "ɹ"]
                out += group
                i += size
                break
        else:
            out += _letter(w, i)
            i += 1
    if final_s and len(out) > 1 and out[-1] == "s" and out[-2] in _VOICED:
        out[-1] = "z"
    return out


def _letter(w: str, i: int) -> list[str]:
    char = w[i]
    after = w[i + 1] if i + 1 < len(w) else ""
    if char.isupper():  # a vowel made long by a silent e
        return _LONG.get(char.lower(), [])
    if char in _SHORT_LETTERS:
        if char == "e" and i == len(w) - 1:
            return ["iː"] if i < 2 else []
        return [_SHORT_LETTERS[char]]
    if i and char == w[i - 1]:
        return []
    if char == "y":
        return ["j"] if after in "aeiou" and after else (["i"] if not after else ["ɪ"])
    if char == "c":
        return ["s"] if after in ("e", "i", "y") else ["k"]
    if char == "g":
        return ["dʒ"] if after in ("e", "i", "y") and i else ["ɡ"]
    if char == "x":
        return ["k", "s"]
    if char == "q":
        return ["k"]
    return [_LETTERS[char]] if char in _LETTERS else []
