"""Russian and Ukrainian → Hangul.

Russian follows the 국립국어원 loanword rules for Russian (외래어 표기법 제4장 제20절, 러시아어 표기
세칙, 문화관광부 고시 제2005-32호). Ukrainian has no chapter in 외래어 표기법; it follows the
spellings Korean institutions adopted in 2022 (키이우, 하르키우, 르비우, 미콜라이우, 젤렌스키),
which are the Russian rules applied to Ukrainian sounds.

Letters and vowels:

* Consonant + vowel make one syllable: б ㅂ, в ㅂ, г ㄱ, д ㄷ, ж ㅈ, з ㅈ, к ㅋ, л ㄹ, м ㅁ, н ㄴ,
  п ㅍ, р ㄹ, с ㅅ, т ㅌ, ф ㅍ, х ㅎ, ц ㅊ, ч ㅊ, ш ㅅ, щ ㅅ. Vowels а ㅏ, о ㅗ, у ㅜ, э ㅔ, и ы ㅣ;
  е ㅔ, ё ㅛ, ю ㅠ, я ㅑ after a consonant (Лермонтов 레르몬토프, Пётр 표트르, Надя 나댜) and 예 요
  유 야 at the start of a word or after a vowel (Ельцин 옐친, Достоевский 도스토옙스키).
* After ж ч ц the iotated vowels lose their ㅣ-glide (Горбачёв 고르바초프); after ш щ every vowel
  gains one (ша 샤, ше 셰, шо 쇼, шу 슈: Шолохов 숄로호프, Хрущёв 흐루쇼프).
* й before a vowel iotates it (Йошкар-Ола 요시카르올라); elsewhere it is 이 (Толстой 톨스토이,
  Чайковский 차이콥스키), and final -ий -ый are a single 이 (Дмитрий 드미트리, Грозный 그로즈니).
* ь is not written, except that a consonant written with 으 takes 이 instead (Игорь 이고리,
  Тверь 트베리, Русь 루시), and before an iotated vowel it gives a separate 이 syllable (Татьяна
  타티야나, Наталья 나탈리야). ъ gives 으 there.

Consonants not followed by a vowel (세칙 제1–7항):

1. п б ф в т д к г before a voiceless consonant close the previous syllable as
   ㅂ ㅂ ㅂ ㅂ ㅅ ㅅ ㄱ ㄱ (Садко 삿코, Курбский 쿠릅스키, Хабаровск 하바롭스크); before a
   voiced consonant they take 으 (Богдан 보그단, Ефремов 예프레모프); at the end of a word
   they devoice and take 으 (Глеб 글레프, Горбачёв 고르바초프, Восход 보스호트,
   Владивосток 블라디보스토크).
2. з ж are 즈 before a voiced consonant (Назрань 나즈란, Нижний 니즈니) and 스, 시 before
   a voiceless one or finally (Агрыз 아그리스, Лужков 루시코프).
3. -град and -город keep their д: 드 (Волгоград 볼고그라드).
4. дс and тс before a consonant are ц (Петрозаводск 페트로자보츠크, Брятск 브랴츠크).
5. л before a consonant or finally closes the previous syllable as ㄹ (Павел 파벨); inside a word
   before a vowel it is ㄹㄹ (Николай 니콜라이, Владивосток 블라디-).
6. Word-initial ль and м before a consonant are 리 and 므 (Львов 리보프, Мценск 므첸스크); м
   before л is 므 (Земля 제믈랴). Otherwise м н close the previous syllable (Максим 막심).
7. Doubled consonants are written once (Одесса 오데사, Гиппиус 기피우스) except мм нн before a
   vowel (Анна 안나, Гамма 감마).
8. р с ш щ ч ц х take 으 or 이: 르 스 시 시 치 츠 흐 (Курск 쿠르스크, Пушкин 푸시킨).

Other choices: an initialism in capitals that cannot be read as a word is spelled by letter
names (ФПВ эф-пэ-вэ 에프페베, РСЗО 에르에스제오, ЗСУ 제에스우), as it is said; НАТО and ООН are
read as words. A hyphen inside a name is dropped, as Korean writes such names as one word
(Санкт-Петербург 상트페테르부르크; 상트 is the institute's irregular form of Санкт); words are
transcribed one by one and spaces kept.

Stress (Russian only). Without stress marks the output is the standard spelling above. If the
text contains a combining acute (U+0301), every word with a marked stress — or with ё, or with a
single vowel — is written as *pronounced*, for a learner: unstressed о is 아 (akanye:
Москва́ 마스크바, хорошо́ 하라쇼), unstressed е is 이 and unstressed я is 이 except word-finally
(ikanye: язы́к 이지크).
Words whose stress is not known keep the standard spelling. Learner mode also writes the
regular mismatches of spelling and sound: что, чтобы, конечно as ш (што 시토), the genitive
-ого/-его as -ово/-ево (како́го 카코바, сего́дня 시보드냐; not много, дорого …), and -ться/-тся as
ца (обраща́ться 아브라샤차).

Ukrainian differs in: г is [ɦ] → ㅎ/흐 and ґ → ㄱ (Чернігів 체르니히우, Луганськ 루한스크); е is
ㅔ even at the start of a word, є is 예/ㅖ; и і ї are 이 (Миколаїв 미콜라이우, Київ 키이우);
в not before a vowel is 우 after a vowel or at the start of a word (Львів 르비우,
Покровськ 포크로우스크, Шевченко 셰우첸코); voiced б д г ґ з ж keep their voice and take 으
(Ужгород 우주호로드); л(ь) at the start of a word before a consonant is 르; ь is not written
(Донецьк 도네츠크) except ьо → 요; щ is шч; the apostrophe is not written
(Слов'янськ 슬로뱐스크); there is no vowel reduction. Two letters that are one sound are
written as it: -ться/-тся is 차 (відбувається 비드부바예차), дц closes the syllable before ц
(дванадцять 드바낫차트), дж is ㅈ (народження 나로젠냐).

In the learner form the prefix of a hyphenated adverb is unstressed: по-англи́йски 파안글리이스키,
and a preposition is said with the word after it, unstressed and assimilated to it
(:mod:`phrasebook.pronounce._russian_proclitics`): в плен 프플렌, с бра́том 즈브라탐,
без воды́ 비즈바디, к тебе́ 크티베. Ukrainian is left as written: its prepositions neither devoice
nor reduce (в before a consonant is already 우, as in Ukrainian speech).
"""

from __future__ import annotations

import re
from collections.abc import Container
from itertools import pairwise

from phrasebook.pronounce._letter_names import LETTER_NAMES
from phrasebook.pronounce._russian_proclitics import join_prepositions
from phrasebook.pronounce._syllables import SyllableWriter

_LETTERS = "А-ЯЁІЇЄҐа-яёіїєґ"
WORD = re.compile(f"[{_LETTERS}][{_LETTERS}\u0301]*(?:[-'’ʼ][{_LETTERS}][{_LETTERS}\u0301]*)*")
"""A Cyrillic word, with stress marks, inner hyphens and apostrophes."""

STRESS = "\u0301"
_APOSTROPHES = "'’ʼ"
_VOICELESS = frozenset("пфктшсхцчщ")
_RU_VOWELS = frozenset("аеёиоуыэюя")
_UK_VOWELS = frozenset("аеєиіїоуюя")

_FOREIGN = {
    "ru": {"і": "и", "ї": "йи", "є": "е", "ґ": "г"},
    "uk": {"ы": "и", "э": "е", "ё": "ьо", "ъ": "", "щ": "шч"},
}
_EXCEPTIONS = {"ru": {"санкт": "상트"}, "uk": {}}

_LEADS = dict(
    zip("бвгґджзклмнпрстфхцчшщ", "ㅂㅂㄱㄱㄷㅈㅈㅋㄹㅁㄴㅍㄹㅅㅌㅍㅎㅊㅊㅅㅅ", strict=True)
)
_UK_LEADS = {**_LEADS, "г": "ㅎ"}
_CLOSING = {"п": "ㅂ", "б": "ㅂ", "ф": "ㅂ", "в": "ㅂ", "т": "ㅅ", "д": "ㅅ", "к": "ㄱ", "г": "ㄱ"}
_DEVOICED = {"б": "ㅍ", "в": "ㅍ", "д": "ㅌ", "г": "ㅋ"}
_STANDING = {"с": "ㅅ", "ц": "ㅊ", "х": "ㅎ", "р": "ㄹ", "ш": "ㅅ", "щ": "ㅅ", "ч": "ㅊ"}

_AFTER_CONSONANT = dict(zip("аоуыэиеёюяієї", "ㅏㅗㅜㅣㅔㅣㅔㅛㅠㅑㅣㅖㅣ", strict=True))
_AFTER_HUSHING = dict(zip("аоуыэиеёюяієї", "ㅏㅗㅜㅣㅔㅣㅔㅗㅜㅏㅣㅔㅣ", strict=True))  # ж ч ц
_AFTER_SH = dict(zip("аоуыэиеёюяієї", "ㅑㅛㅠㅣㅔㅣㅖㅛㅠㅑㅣㅖㅣ", strict=True))  # ш щ
_IOTATED = dict(zip("аоуыэиеёюяієї", "ㅑㅛㅠㅣㅖㅣㅖㅛㅠㅑㅣㅖㅣ", strict=True))
_SAID_AS = {
    "что": "што",
    "чтобы": "штобы",
    "ничто": "ништо",
    "конечно": "конешно",
    "скучно": "скушно",
    "сегодня": "севодня",
    "его": "ево",
}
"""Learner mode: words said otherwise than spelled (before vowel reduction)."""
_G_KEPT = frozenset({"много", "немного", "строго", "дорого", "убого", "полого", "отлого"})
"""Learner mode: words in -ого that are not genitives, whose г is said г."""
_BARE = {
    "ru": dict(zip("аоуыэиеёюя", "ㅏㅗㅜㅣㅔㅣㅖㅛㅠㅑ", strict=True)),
    "uk": dict(zip("аоуиіїеєюя", "ㅏㅗㅜㅣㅣㅣㅔㅖㅠㅑ", strict=True)),
}


def cyrillic_to_hangul(text: str, lang: str) -> str:
    """Transcribe every Cyrillic word of ``text`` into Hangul.

    Args:
        text: any text, NFC-normalised.
        lang: ``"ru"`` or ``"uk"``: which language's rules to apply.

    Returns:
        The text with Cyrillic words in Hangul and everything else unchanged.
    """
    learner = lang == "ru" and STRESS in text
    if learner:
        text = join_prepositions(text)
    return WORD.sub(lambda match: _word(match.group(), lang, learner=learner), text)


def _word(word: str, lang: str, *, learner: bool) -> str:
    parts = word.split("-")
    if learner and len(parts) > 1 and parts[0].lower() == "по":
        parts[0] = parts[0][0] + "а"  # по-англи́йски: the prefix is unstressed, said [па]
    return "".join(
        _spelled(part, lang) if _is_initialism(part, lang) else _part(part, lang, learner=learner)
        for part in parts
    )


def _is_initialism(part: str, lang: str) -> bool:
    """An all-capital word that cannot be read as a word (ФПВ, РСЗО, США; not НАТО, ООН)."""
    if len(part) < 2 or not part.isalpha() or not part.isupper():
        return False
    vowels = _RU_VOWELS if lang == "ru" else _UK_VOWELS
    lowered = part.lower()
    if not any(char in vowels for char in lowered):
        return True
    return any(a not in vowels and b not in vowels for a, b in pairwise(lowered))


def _spelled(part: str, lang: str) -> str:
    """Spell an initialism letter by letter, each letter by its name (ФПВ → эф-пэ-вэ → 에프페베)."""
    names = LETTER_NAMES[lang]
    return "".join(
        _part(names[char], lang, learner=False) for char in part.lower() if char in names
    )


def _part(part: str, lang: str, *, learner: bool) -> str:
    letters: list[str] = []
    stressed: set[int] = set()
    for char in part.lower():
        if char == STRESS:
            stressed.add(len(letters) - 1)
        elif char not in _APOSTROPHES:
            letters.extend(_FOREIGN[lang].get(char, char))
    word = "".join(letters)
    if word in _EXCEPTIONS[lang]:
        return _EXCEPTIONS[lang][word]
    if learner:
        word = _said_after(_reduce(_said_before(word), stressed))
    if lang == "uk":
        word = _ukrainian_said(word)
    keep_d = lang == "ru" and word.endswith(("град", "город"))
    word = _simplify(word, _RU_VOWELS if lang == "ru" else _UK_VOWELS)
    return _Transcriber(word, lang, keep_final_d=keep_d).run()


def _reduce(word: str, stressed: set[int]) -> str:
    """Write unstressed о е я as pronounced (а и и), if the word's stress is known."""
    vowels = [i for i, char in enumerate(word) if char in _RU_VOWELS]
    stressed = {i for i in stressed if i in vowels}
    if not stressed:
        stressed = {i for i in vowels if word[i] == "ё"} or (
            set(vowels) if len(vowels) == 1 else set()
        )
    if not stressed:
        return word
    last = len(word) - 1
    reduced = {"о": "а", "е": "и", "я": "и"}
    return "".join(
        char
        if i in stressed or char not in reduced or (char == "я" and i == last)
        else reduced[char]
        for i, char in enumerate(word)
    )


def _said_before(word: str) -> str:
    """Learner mode: respell words said otherwise than spelled (что [што], -ого [-ово])."""
    if word in _SAID_AS:
        return _SAID_AS[word]
    if len(word) > 3 and word.endswith(("ого", "его")) and word not in _G_KEPT:
        return word[:-2] + "во"
    return word


def _said_after(word: str) -> str:
    """Learner mode, after vowel reduction: -ться and -тся are said [ца]."""
    return re.sub("ть?ся$", "ца", word)


def _ukrainian_said(word: str) -> str:
    """Ukrainian sounds spelled with two letters: -ться and -тся are [ц':а], дц is [ц:]
    (дванадцять [дванац':ат']), дж is one sound [дж] (народження)."""
    word = re.sub("ть?ся$", "ця", word)
    return word.replace("дц", "тц").replace("дж", "ж")


def _simplify(word: str, vowels: Container[str]) -> str:
    """Apply the spelling-level rules: дс/тс → ц before a consonant, doubled consonants once."""
    word = re.sub("[дт]с(?=[бвгґджзйклмнпрстфхцчшщ])", "ц", word)
    out: list[str] = []
    for i, char in enumerate(word):
        if out and char == out[-1] and char not in vowels and char not in "ьъй":
            following = word[i + 1] if i + 1 < len(word) else ""
            if not (char in "мн" and following in vowels):
                continue
        out.append(char)
    return "".join(out)


class _Transcriber:
    """Walks one word left to right, writing syllables."""

    def __init__(self, word: str, lang: str, *, keep_final_d: bool) -> None:
        self.word = word
        self.lang = lang
        self.keep_final_d = keep_final_d
        self.vowels = _RU_VOWELS if lang == "ru" else _UK_VOWELS
        self.leads = _LEADS if lang == "ru" else _UK_LEADS
        self.out = SyllableWriter()

    def run(self) -> str:
        word, i = self.word, 0
        while i < len(word):
            char = word[i]
            following = word[i + 1] if i + 1 < len(word) else None
            if char in self.vowels:
                self.out.syllable("ㅇ", _BARE[self.lang][char])
                i += 1
            elif char == "й":
                i = self._short_i(i, following)
            elif char in self.leads:
                i = self._consonant(i)
            else:  # ь ъ with no consonant before them
                i += 1
        return self.out.text()

    def _short_i(self, i: int, following: str | None) -> int:
        if following is not None and following in _IOTATED:
            self.out.syllable("ㅇ", _IOTATED[following])
            return i + 2
        after_i = i > 0 and self.word[i - 1] in "иыі"
        if not (following is None and after_i):
            self.out.syllable("ㅇ", "ㅣ")
        return i + 1

    def _consonant(self, i: int) -> int:
        word, char = self.word, self.word[i]
        j, soft, hard = i + 1, False, False
        while j < len(word) and word[j] in "ьъ":
            soft, hard = soft or word[j] == "ь", hard or word[j] == "ъ"
            j += 1
        following = word[j] if j < len(word) else None
        if following is not None and following in self.vowels:
            if self.lang == "uk" and soft and following == "о":
                self._open(i, _AFTER_CONSONANT["ё"], char)
                return j + 1
            if soft or hard:
                self._open(i, "ㅣ" if soft else "ㅡ", char)
                return j
            self._open(i, self._vowel(char, following), char)
            return j + 1
        self._close(i, char, following, soft=soft and self.lang == "ru")
        return j

    def _vowel(self, consonant: str, vowel: str) -> str:
        if consonant in "шщ":
            return _AFTER_SH[vowel]
        if consonant in "жчц":
            return _AFTER_HUSHING[vowel]
        return _AFTER_CONSONANT[vowel]

    def _open(self, i: int, vowel: str, char: str) -> None:
        if char == "л" and i > 0:
            self.out.close("ㄹ")
        self.out.syllable(self.leads[char], vowel)

    def _close(self, i: int, char: str, following: str | None, *, soft: bool) -> None:
        """Write a consonant that no vowel follows (세칙 제1–8항)."""
        out, eu = self.out, "ㅣ" if soft else "ㅡ"
        voiceless = following is not None and following in _VOICELESS
        if char in _CLOSING and (self.lang == "ru" or char in "пфтк"):
            if voiceless and out.close(_CLOSING[char]):
                return
            if following is None or voiceless:
                final_d = char == "д" and following is None and self.keep_final_d
                out.syllable("ㄷ" if final_d else _DEVOICED.get(char, self.leads[char]), eu)
            else:
                out.syllable(self.leads[char], eu)
        elif self.lang == "uk" and char == "в":
            if i == 0 or self.word[i - 1] in self.vowels:
                out.syllable("ㅇ", "ㅜ")
            else:
                out.syllable("ㅂ", "ㅡ")
        elif char in "зж":
            if self.lang == "uk":
                out.syllable("ㅈ", "ㅜ" if char == "ж" else "ㅡ")
            elif following is None or voiceless:
                out.syllable("ㅅ", "ㅣ" if char == "ж" else eu)
            else:
                out.syllable("ㅈ", "ㅡ")
        elif char in "бдгґ":  # Ukrainian voiced consonants do not devoice
            out.syllable(self.leads[char], "ㅡ")
        elif char == "л":
            if i == 0:
                out.syllable("ㄹ", eu)
            else:
                out.close_or_stand("ㄹ", "ㄹ", eu)
        elif char == "м":
            if i == 0 or following == "л":
                out.syllable("ㅁ", "ㅡ")
            else:
                out.close_or_stand("ㅁ", "ㅁ")
        elif char == "н":
            out.close_or_stand("ㄴ", "ㄴ")
        else:
            out.syllable(_STANDING[char], "ㅣ" if char in "шщч" else eu)
