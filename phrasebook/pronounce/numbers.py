"""Numbers written in digits, spelled out as they are said, so that a reading can be said aloud.

A reading keeps what its system does not cover, digits included, so "0부터 10까지" read for a
Ukrainian gave "0путхо 10ккаджиро": the reader cannot say 0 or 10 in Korean. Readings therefore
spell a phrase's numbers in the phrase's language first:

* Korean: Sino-Korean (영, 일, 이 … 십, 백, 천, 만) unless a native counter follows, which takes the
  native number in its form before a counter (한 명, 두 시, 스무 살). 6월 and 10월 are 유월 and
  시월.
* Russian and Ukrainian: cardinal numbers to 999, in the genitive after a preposition that
  governs it (от 0 до 10 → от нуля до десяти; від 0 до 10 → від нуля до десяти), else nominative.
* English: cardinal numbers to 999 999.

A number that labels the phrase ("5 — five", the number cards) is kept: it is there to be pointed
at, and the words follow it. Numbers too large for the tables are kept as digits.
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"\d+")


def _list(words: str) -> list[str]:
    return words.split()


_LABEL = re.compile(r"^\s*\d+\s+—\s")

_SINO_DIGITS = ["", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"]
_NATIVE_UNITS = ["", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉"]
_NATIVE_TENS = ["", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"]
_BEFORE_COUNTER = {"하나": "한", "둘": "두", "셋": "세", "넷": "네", "스물": "스무"}
_NATIVE_COUNTERS = (
    "시간",
    "시",
    "명",
    "개",
    "살",
    "마리",
    "번",
    "잔",
    "병",
    "벌",
    "대",
    "달",
    "사람",
    "그릇",
    "장",
)
"""Counters that take native Korean numbers (두 시, 세 명, 스무 살; but 이 분, 삼 일, 십 미터)."""

_RU = {
    "units": _list(
        "ноль один два три четыре пять шесть семь восемь девять десять одиннадцать "
        "двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать "
        "девятнадцать"
    ),
    "tens": _list(
        "_ _ двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто"
    ),
    "hundreds": _list("_ сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот"),
}
_RU_GENITIVE = {
    "units": _list(
        "нуля одного двух трёх четырёх пяти шести семи восьми девяти десяти одиннадцати "
        "двенадцати тринадцати четырнадцати пятнадцати шестнадцати семнадцати восемнадцати "
        "девятнадцати"
    ),
    "tens": _list(
        "_ _ двадцати тридцати сорока пятидесяти шестидесяти семидесяти восьмидесяти девяноста"
    ),
    "hundreds": _list(
        "_ ста двухсот трёхсот четырёхсот пятисот шестисот семисот восьмисот девятисот"
    ),
}
_UK = {
    "units": _list(
        "нуль один два три чотири п'ять шість сім вісім дев'ять десять одинадцять "
        "дванадцять тринадцять чотирнадцять п'ятнадцять шістнадцять сімнадцять вісімнадцять "
        "дев'ятнадцять"
    ),
    "tens": _list("_ _ двадцять тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят дев'яносто"),
    "hundreds": _list("_ сто двісті триста чотириста п'ятсот шістсот сімсот вісімсот дев'ятсот"),
}
_UK_GENITIVE = {
    "units": _list(
        "нуля одного двох трьох чотирьох п'яти шести семи восьми дев'яти десяти "
        "одинадцяти дванадцяти тринадцяти чотирнадцяти п'ятнадцяти шістнадцяти сімнадцяти "
        "вісімнадцяти дев'ятнадцяти"
    ),
    "tens": _list(
        "_ _ двадцяти тридцяти сорока п'ятдесяти шістдесяти сімдесяти вісімдесяти дев'яноста"
    ),
    "hundreds": _list(
        "_ ста двохсот трьохсот чотирьохсот п'ятисот шестисот семисот восьмисот дев'ятисот"
    ),
}
_GENITIVE_AFTER = {
    "ru": frozenset({"от", "до", "из", "с", "со", "около", "после", "без", "для", "у"}),
    "uk": frozenset({"від", "до", "з", "із", "зі", "після", "близько", "без", "для", "у"}),
}
_EN_UNITS = _list(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
_EN_TENS = _list("_ _ twenty thirty forty fifty sixty seventy eighty ninety")


def spell_numbers(text: str, lang: str) -> str:
    """Spell every number written in digits in ``text`` as it is said in ``lang``.

    Args:
        text: a phrase.
        lang: ``"ko"``, ``"ru"``, ``"uk"`` or ``"en"``; other values leave the text alone.

    Returns:
        The text with its numbers in words; a leading label number ("5 — …") stays as it is.
    """
    label = _LABEL.match(text)
    start = label.end() if label else 0
    head, body = text[:start], text[start:]

    def spelled(match: re.Match[str]) -> str:
        value = int(match.group())
        words = _words(value, lang, body[: match.start()], body[match.end() :])
        return words if words is not None else match.group()

    return head + _NUMBER.sub(spelled, body)


def _words(value: int, lang: str, before: str, after: str) -> str | None:
    if lang == "ko":
        if _native_counter(after) and 0 < value < 100:
            return _native_korean(value)
        if after.startswith("월") and value in (6, 10):
            return "유" if value == 6 else "시"
        return _sino_korean(value)
    if lang in ("ru", "uk") and value < 1000:
        previous = before.split()[-1].lower() if before.split() else ""
        genitive = previous in _GENITIVE_AFTER[lang]
        if lang == "ru":
            return _slavic(value, _RU_GENITIVE if genitive else _RU)
        return _slavic(value, _UK_GENITIVE if genitive else _UK)
    if lang == "en" and value < 1_000_000:
        return _english(value)
    return None


def _native_counter(after: str) -> bool:
    word = after.lstrip()
    return word.startswith(_NATIVE_COUNTERS) and not word.startswith(("번째", "시오"))


def _native_korean(value: int) -> str:
    tens, units = divmod(value, 10)
    words = _NATIVE_TENS[tens] + _NATIVE_UNITS[units]
    last = _NATIVE_UNITS[units] or _NATIVE_TENS[tens]
    return words[: len(words) - len(last)] + _BEFORE_COUNTER.get(last, last)


def _sino_korean(value: int) -> str | None:
    if value == 0:
        return "영"
    if value >= 100_000_000:
        return None
    high, low = divmod(value, 10_000)
    words = (_below_10000(high) if high > 1 else "") + ("만" if high else "")
    return words + _below_10000(low)


def _below_10000(value: int) -> str:
    out = ""
    for unit, name in ((1000, "천"), (100, "백"), (10, "십")):
        digit, value = divmod(value, unit)
        if digit:
            out += (_SINO_DIGITS[digit] if digit > 1 else "") + name
    return out + _SINO_DIGITS[value]


def _slavic(value: int, table: dict[str, list[str]]) -> str:
    if value < 20:
        return table["units"][value]
    words = []
    hundreds, rest = divmod(value, 100)
    if hundreds:
        words.append(table["hundreds"][hundreds])
    if rest >= 20:
        tens, rest = divmod(rest, 10)
        words.append(table["tens"][tens])
    if rest:
        words.append(table["units"][rest])
    return " ".join(words)


def _english(value: int) -> str:
    if value < 20:
        return _EN_UNITS[value]
    if value < 100:
        tens, units = divmod(value, 10)
        return _EN_TENS[tens] + (f"-{_EN_UNITS[units]}" if units else "")
    if value < 1000:
        hundreds, rest = divmod(value, 100)
        return f"{_EN_UNITS[hundreds]} hundred" + (f" {_english(rest)}" if rest else "")
    thousands, rest = divmod(value, 1000)
    return f"{_english(thousands)} thousand" + (f" {_english(rest)}" if rest else "")
