"""Korean → Cyrillic: the Kontsevich system (Концевич, «Русская и латинская транскрипция»).

Kontsevich transcribes the *pronounced* word, so the sound changes (``_korean``) are applied
first: 국물 [궁물] → кунмуль, 학교 [학꾜] → хаккё, 같이 [가치] → качхи. Then, per syllable:

Consonants. Initial ㄱ ㄷ ㅂ ㅈ are к т п ч at the start of a word and after к т п (final
obstruents), and voiced г д б дж after a vowel or ㄴ ㅁ ㅇ ㄹ (광주 → кванджу, 대구 → тэгу).
Aspirates ㅋ ㅌ ㅍ ㅊ are кх тх пх чх (인천 → инчхон); ㅎ is х; ㅅ is с (시 → си, never щ);
tense ㄲ ㄸ ㅃ ㅆ ㅉ are кк тт пп сс чч, written single after a final к т п, where the final
already supplies the first half (학교 → хаккё, 먹다 → мокта).
ㄹ is р at the start of a syllable (라면 → рамён, 들어 → тыро), ль at the end of one
(서울 → соуль, 울산 → ульсан) and лл for ㄹㄹ (신라 → силла).
Finals are к н т ль м п н; final ㅇ is н, and нъ before a vowel (평양 → пхёнъян,
중앙 → чунъан) but not before в (병원 → пёнвон);
final т before с is с (있습니다 → иссымнида).

Vowels. ㅏ а, ㅓ о, ㅗ о, ㅜ у, ㅡ ы, ㅣ и, ㅐ э, ㅔ е (э without a consonant before it, where
Russian е would read "йе"), ㅑ я, ㅕ ё, ㅛ ё, ㅠ ю, ㅒ йя and ㅖ йе at the start of a word
and е elsewhere (어디예요 → одиеё), ㅘ ва, ㅙ вэ, ㅚ ве, ㅝ во, ㅞ ве, ㅟ ви, ㅢ ый at the start
of a word and и elsewhere (의사 → ыйса, 희망 → химан).

Output is lowercase and spaces are kept, so 김 일성 → ким ильсон. Each word starts unvoiced, but
the sound changes between words said as one are written (할 수 있어 → халь ссу иссо).
Established Russian spellings that differ from the system (Сеул for 서울, Пхеньян for 평양,
Ким Ир Сен) are not used: the output tells a reader how to pronounce the Korean.
"""

from __future__ import annotations

from phrasebook.pronounce._korean import NEUTRAL_TAIL, pronounced_text
from phrasebook.pronounce.hangul import Syllable

_LEADS = {
    "ㄱ": "к",
    "ㄲ": "кк",
    "ㄴ": "н",
    "ㄷ": "т",
    "ㄸ": "тт",
    "ㄹ": "р",
    "ㅁ": "м",
    "ㅂ": "п",
    "ㅃ": "пп",
    "ㅅ": "с",
    "ㅆ": "сс",
    "ㅇ": "",
    "ㅈ": "ч",
    "ㅉ": "чч",
    "ㅊ": "чх",
    "ㅋ": "кх",
    "ㅌ": "тх",
    "ㅍ": "пх",
    "ㅎ": "х",
}
_VOICED = {"ㄱ": "г", "ㄷ": "д", "ㅂ": "б", "ㅈ": "дж"}
_TENSE_AFTER_STOP = {"ㄲ": "к", "ㄸ": "т", "ㅃ": "п", "ㅆ": "с", "ㅉ": "ч"}
_SONORANT_TAILS = frozenset({"", "ㄴ", "ㅁ", "ㅇ", "ㄹ"})

_VOWELS = {
    "ㅏ": "а",
    "ㅐ": "э",
    "ㅑ": "я",
    "ㅒ": "е",
    "ㅓ": "о",
    "ㅔ": "е",
    "ㅕ": "ё",
    "ㅖ": "е",
    "ㅗ": "о",
    "ㅘ": "ва",
    "ㅙ": "вэ",
    "ㅚ": "ве",
    "ㅛ": "ё",
    "ㅜ": "у",
    "ㅝ": "во",
    "ㅞ": "ве",
    "ㅟ": "ви",
    "ㅠ": "ю",
    "ㅡ": "ы",
    "ㅢ": "и",
    "ㅣ": "и",
}
_VOWELS_WITHOUT_CONSONANT = {"ㅔ": "э", "ㅒ": "йя", "ㅖ": "йе"}

# Vowels written with a leading в: after them н needs no separating ъ (병원 → пёнвон).
_W_VOWELS = frozenset("ㅘㅙㅚㅝㅞㅟ")

_TAILS = {
    "": "",
    "ㄱ": "к",
    "ㄴ": "н",
    "ㄷ": "т",
    "ㄹ": "ль",
    "ㅁ": "м",
    "ㅂ": "п",
    "ㅇ": "н",
}


def hangul_to_cyrillic(text: str) -> str:
    """Transcribe every run of Hangul syllables in ``text`` by the Kontsevich system.

    Args:
        text: any text, NFC-normalised.

    Returns:
        The text with Korean words in lowercase Cyrillic; everything else unchanged.
    """
    out, last = [], 0
    for match, syllables in pronounced_text(text):
        out.append(text[last : match.start()])
        out.append(_word(syllables))
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def _word(syllables: list[Syllable]) -> str:
    parts: list[str] = []
    for i, syllable in enumerate(syllables):
        before = syllables[i - 1].tail if i else None
        after = syllables[i + 1] if i + 1 < len(syllables) else None
        parts.append(_lead(syllable.lead, before))
        parts.append(_vowel(syllable, initial=i == 0))
        parts.append(_tail(syllable.tail, after))
    return "".join(parts)


def _lead(lead: str, before: str | None) -> str:
    """Cyrillic for an initial consonant; ``before`` is the previous tail, None at word start."""
    if before is None:
        return _LEADS[lead]
    if lead == "ㄹ" and before == "ㄹ":
        return "л"
    if before in _SONORANT_TAILS:
        return _VOICED.get(lead, _LEADS[lead])
    return _TENSE_AFTER_STOP.get(lead, _LEADS[lead])


def _vowel(syllable: Syllable, *, initial: bool) -> str:
    if syllable.lead != "ㅇ":
        return _VOWELS[syllable.vowel]
    if syllable.vowel == "ㅢ" and initial:
        return "ый"
    if syllable.vowel in ("ㅒ", "ㅖ") and not initial:
        return "е"
    return _VOWELS_WITHOUT_CONSONANT.get(syllable.vowel, _VOWELS[syllable.vowel])


def _tail(tail: str, after: Syllable | None) -> str:
    """Cyrillic for a final consonant; ``after`` is the next syllable, None at word end."""
    lead = after.lead if after is not None else None
    if tail == "ㅇ" and after is not None and lead == "ㅇ" and after.vowel not in _W_VOWELS:
        return "нъ"
    if tail == "ㄹ" and lead == "ㄹ":
        return "л"
    if tail == "ㄷ" and lead in ("ㅅ", "ㅆ"):
        return "с"
    return _TAILS[NEUTRAL_TAIL[tail]]
