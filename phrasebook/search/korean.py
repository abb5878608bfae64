"""Korean word stems: the same words said with another ending still meet.

A Korean says one thing at several levels of politeness, and a listener or a learner picks any:
쏘지 마세요, 쏘지 마십시오 and 쏘지 마 are one request; 모르겠어요 and 모르겠습니다 one answer;
혼자야 and 혼자입니다 one fact. :func:`stems` cuts the sentence endings, the tense and modal
suffixes and the commonest particles off each word of a keyform (2-set jamo, see
:func:`~phrasebook.search.normalise.keyform`), so that these compare equal:

- sentence endings: -습니다/-ㅂ니다, -습니까/-ㅂ니까, -십시오, -세요, -어요/-아요/-여요,
  -에요/-예요/-이에요, -요, -야/-이야, -어/-아, -다, -죠, -네, -니, -까; and the endings of
  reported speech, -래요/-대요 and -랍니다/-답니다 ("they say": 배신자래요 "they say he is a
  traitor" meets 배신자예요), though a noun ending in the same syllables is cut too (부대요 → 부);
- then the copula 이 left by 입니다, and the modal -겠- (모르겠어요 = 모릅니다); the past
  -었-/-았- stays, as it changes what is said (손 들었어요 "I raised my hands" is not 손 들어!);
- noun particles: 은/는, 이/가, 을/를, 에/에게/에서/한테, 도, 로/으로, 와/과, 의.

Words are only cut while at least one syllable (two jamo) is left. Negation and questions survive:
않 and 없 are stems of their own, and a question flipped is caught by :mod:`.meaning`, which
compares the texts, not the stems.

    >>> from phrasebook.search.normalise import keyform
    >>> stems(keyform("쏘지 마세요")) == stems(keyform("쏘지 마십시오"))
    True
    >>> stems(keyform("모르겠어요")) == stems(keyform("모르겠습니다"))
    True
"""

from __future__ import annotations

import functools
import re

from phrasebook.search.normalise import keyform

__all__ = ["stems"]


def _alternatives(*endings: str) -> str:
    keys = sorted((keyform(e) for e in endings), key=len, reverse=True)
    return "|".join(re.escape(k) for k in keys)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The ending, suffix and particle patterns, compiled on first use (not at import: spelling
    the endings as jamo needs the 11,172-syllable tables)."""
    # ㅂ니다 and ㅂ니까 sit on the syllable before them as its final ㅂ (합니다 = 하 + ㅂ니다).
    ending = re.compile(
        "(?:"
        + _alternatives(
            "습니다", "습니까", "십시오", "세요", "셔요", "어요", "아요", "여요", "에요", "예요",
            "이에요", "요", "이야", "야", "어", "아", "다", "죠", "네", "니", "까",
            "래요", "대요", "랍니다", "답니다",
        )
        + "|ㅂㄴㅣㄷㅏ|ㅂㄴㅣㄲㅏ)$"
    )  # fmt: skip
    suffix = re.compile("(?:" + _alternatives("겠") + "|ㅇㅣ)$")
    particle = re.compile(
        "(?:"
        + _alternatives(
            "은", "는", "이", "가", "을", "를", "에게", "에서", "에", "한테", "도", "으로", "로",
            "와", "과", "의",
        )
        + ")$"
    )  # fmt: skip
    return ending, suffix, particle


_LEAST = 2
"""Jamo a stem keeps at least (one syllable)."""


def _cut(word: str, pattern: re.Pattern[str]) -> str:
    match = pattern.search(word)
    if match is None or match.start() < _LEAST:
        return word
    return word[: match.start()]


def stem(word: str) -> str:
    """One keyform word without its ending, suffixes or particle."""
    ending, suffix, particle = _patterns()
    cut = _cut(word, ending)
    if cut != word:
        for _ in range(2):
            cut = _cut(cut, suffix)
        return cut
    return _cut(word, particle)


def stems(key: str) -> str:
    """Every word of a keyform stemmed; words stay separated by spaces."""
    return " ".join(stem(word) for word in key.split())
