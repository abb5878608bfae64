"""Two things a spelling search must not get wrong: yes or no, and asking or telling.

``не стреляй`` and ``стреляй`` share every letter but one word; 다쳤어요 ("I'm hurt") and 다쳤어요?
("Are you hurt?") differ only in the voice. A match that flips either is a different message, so
the search marks it "not sure" however close the letters are. This module tells, for folded text
(:func:`~phrasebook.search.normalise.normalise`), whether it says no, and whether it asks.

The markers are words and endings of the four languages, not a list of phrases:

- **no**: Korean 안 and 못 before a verb, -지 않-, 없-, -지 마(세요), 아니-, 모르-/몰라;
  Russian не, нет, ни, нельзя, никто, ничего, никогда; Ukrainian не, ні, немає, нема, нікого,
  нічого, ніколи; English not, no, never, nothing, nobody, none, and every n't (dont, cant…).
- **asks**: a question mark; a question word (Korean 뭐 무엇 어디 언제 누구 왜 어떻게 몇 얼마,
  Russian где что как куда когда кто почему зачем ли сколько, Ukrainian де що як куди коли хто
  чому навіщо чи скільки, English what where when who why how which); a Korean question ending
  (-까, -니, -나요, -냐); an English sentence that starts with an auxiliary (are you, do you…).
  Russian, Ukrainian and Korean questions without such a word are told only by the voice, so
  without a question mark they count as statements.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["asks", "flipped", "says_no"]


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_NO_WORDS: Final = _set(
    "не нет ни нельзя никто ничего никогда нікого нічого ніколи ні немає нема "
    "not no never nothing nobody none neither nor cannot "
    "안 못"
)
_KOREAN_NO: Final = re.compile("지 ?않|않[아았는을으]|없|지 ?마|지마|아니|아닙|모르|몰라|모릅|못")
_ENGLISH_NT_WORDS: Final = _set(
    "dont doesnt didnt cant couldnt wont wouldnt isnt arent wasnt werent havent hasnt hadnt "
    "shouldnt mustnt neednt aint"
)

_QUESTION_WORDS: Final = _set(
    "뭐 무엇 무엇을 뭘 어디 어디에 어디서 어디로 언제 누구 누가 왜 어떻게 몇 얼마 얼마나 "
    "где что как куда откуда когда кто почему зачем ли сколько чей какой какая какие "
    "де що як куди звідки коли хто чому навіщо чи скільки чий який яка які "
    "what where when who whom whose why how which"
)
_KOREAN_QUESTION_END: Final = re.compile("(까|나요|냐|는가|(?<!아)(?<!언)니)$")
_ENGLISH_AUX: Final = _set(
    "are is am was were do does did can could will would shall should may might have has must"
)


def says_no(folded: str) -> bool:
    """Tell whether a folded text carries a negation."""
    words = folded.split()
    if any(word in _NO_WORDS for word in words):
        return True
    if any(word in _ENGLISH_NT_WORDS for word in words):
        return True
    return bool(_KOREAN_NO.search(folded))


def asks(raw: str, folded: str) -> bool:
    """Tell whether a text asks something: by its question mark or by its words.

    Args:
        raw: the text as typed or written (for the question mark).
        folded: the same text folded.
    """
    if "?" in raw or "？" in raw:
        return True
    words = folded.split()
    if not words:
        return False
    if any(word in _QUESTION_WORDS for word in words):
        return True
    if words[0] in _ENGLISH_AUX and len(words) > 1:
        return True
    return bool(_KOREAN_QUESTION_END.search(words[-1]))


def flipped(query_raw: str, query: str, text: str, text_folded: str) -> bool:
    """Tell whether a text says the opposite of a query, or asks where it tells (or back).

    A query of one word is held to the question test only when the text has one word too: a key
    word (``wounded`` for "Are you wounded?") says nothing about asking, while two words are a
    sentence (``lie down`` is not "Can I lie down?").

    Args:
        query_raw: the query as typed.
        query: the query folded.
        text: the matched text as written in the lexicon.
        text_folded: the matched text folded.
    """
    if says_no(query) != says_no(text_folded):
        return True
    words = len(query.split())
    if words < 2 and words < len(text_folded.split()):
        return False  # one key word, not a sentence: it says nothing about asking
    return asks(query_raw, query) != asks(text, text_folded)
