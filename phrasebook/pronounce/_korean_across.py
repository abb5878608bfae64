"""Korean sound changes across a word space, where speech joins the words (표준 발음법).

Words with only a space between them are said as one stretch. Two changes there depend on what
the words are, so they are written into the second word's spelling before ``ko_pron`` sees it:

* 제29항 붙임 2, ㄴ-insertion: 할 일 [할릴], 옷 입다 [온닙따], 서른 여섯 [서른녀섣], but not
  after a Sino-Korean numeral (삼 일 "three days" [사밀]).
* 제27항, tensing after the adnominal -(으)ㄹ: the noun it modifies begins tense. Before a bound
  noun (:data:`BOUND_NOUNS`: 할 것을 [할꺼슬], 할 수 [할쑤]) the bound noun is enough to know it.
  Before an ordinary noun (할 도리 [할또리], 만날 사람 [만날싸람]) the first word must be known to
  be a verb's adnominal form, because a noun ending in ㄹ says the next noun lax (서울 사람,
  미사일 경보) and so does an object in 을/를 (총을 바닥에). :func:`adnominal` decides by the
  shape of the verb form (:data:`ADNOMINAL_ENDINGS`, stems in ㅆ ㅎ or a cluster before 을) and
  lists what shape cannot tell (:data:`ADNOMINAL_WORDS`, :data:`CONSONANT_STEMS`, and the nouns
  in :data:`NOT_ADNOMINAL`). A word it does not know is left lax: a missed tensing is heard as
  careful speech, a wrong one as a mistake.

Known gaps: the honorific -실 (가실 분) is left out, since 교실, 화장실, 사실 … end the same way;
so are the ㄹ-stems that are also nouns (살, 알, 열, 팔, 들, 걸) and single-syllable forms that
are nouns too (올 "this year's", 볼 "cheek", 줄 "rope").
"""

from __future__ import annotations

from phrasebook.pronounce._korean_rules import (
    IOTA_VOWELS,
    NATIVE_TENS,
    TENSE,
    inserted,
    particle_or_nothing,
    tensed,
)
from phrasebook.pronounce.hangul import decompose

ACROSS_SPACE = ("일", "입", "엿", "약", "이불", "여섯", "여덟", "일곱")
"""Words (or verb stems: 입다 'to wear') that take ㄴ-insertion after a consonant-final word."""

BOUND_NOUNS = frozenset(
    {
        "거",
        "것",
        "건",
        "걸",
        "게",
        "겁",
        "수",
        "데",
        "바",
        "적",
        "줄",
        "지",
        "듯",
        "뻔",
        "곳",
        "동안",
    }
)
"""Bound nouns after the adnominal -(으)ㄹ, whose first consonant is tensed (제27항)."""

ADNOMINAL_ENDINGS = ("할", "될", "릴", "킬", "낼", "갈", "올", "볼", "울", "칠")
"""Last syllables of a verb's adnominal -ㄹ on a vowel stem (말할, 안 될, 기다릴, 지킬, 보낼,
데려갈, 나올, 알아볼, 도울, 다칠): in a word of two syllables or more, nouns rarely end so
(those that do are in :data:`NOT_ADNOMINAL`). 할 and 될 count on their own too."""

ADNOMINAL_WORDS = frozenset(
    {
        "할", "될", "갈", "쓸", "쉴", "만들", "만날", "떠날", "끝날",
        "모를", "부를", "고를", "다를", "흐를", "누를", "오를", "서두를",
        "넘길", "맡길", "숨길", "남길", "옮길", "죽일", "움직일", "먹일", "속일", "줄일",
        "일어설", "들어설", "나설", "가질", "터질",
    }
)  # fmt: skip
"""Adnominal forms whose last syllable is also a noun's or a particle's (만날 but 그날, 모를
but 나를, 넘길 but 산길, 일어설 but 설): known one by one."""

NOT_ADNOMINAL = frozenset(
    {"역할", "분할", "관할", "직할", "스릴", "자갈", "공갈", "서울", "거울", "겨울", "우울", "며칠"}
)
"""Nouns that end like an adnominal form (역할 "role", 서울, 며칠)."""

CONSONANT_STEMS = frozenset("먹받찾잡믿닫씻붙맞찍읽높깊작참앉")
"""Verb stems in a consonant whose -을 form cannot be a noun's object (먹을, 받을, 찾을); stems
that are also nouns (입 "mouth", 죽 "porridge", 적 "enemy", 남 "others") are left out."""

_STEM_TAILS = frozenset("ㅆㅎㄵㄶㄺㄻㄼㄾㅀㅄ")
"""Tails that end verb stems and almost no noun: 있을, 없을, 놓을, 괜찮을, 잃을."""

_CLUSTER_NOUNS = frozenset("값닭흙칡삵삶앎넋몫삯")

_GIVERS = frozenset("ㅏㅓㅕㅘㅝㅐ")
"""Vowels of -아/-어 before the helping verb 주다: 도와줄, 보여줄, 해 줄 (not 밧줄, 전깃줄)."""

_SINO_NUMERALS = frozenset("일이삼사오육칠팔구십백천만억영공")

_AFTER_BOUND_NOUN = ("야", "예요", "에요", "다", "지", "죠", "니", "냐", "라", "고", "요", "밖에")

_WEAR_ENDINGS = frozenset("다어고으었혀는지을은")


def across_space(before: str, word: str, *, tense: bool) -> str:
    """Respell the first syllable of ``word`` for the word said just before it (붙임 2, 제27항).

    Args:
        before: the previous word, joined to this one in speech (only a space between).
        word: this word.
        tense: also write tensing (제27항).

    Returns:
        ``word`` with ㄴ inserted (할 일 → 할 릴, 옷 입다 → 옷 닙다) or its lead tensed
        (할 수 → 할 쑤, 만날 사람 → 만날 싸람), or unchanged.
    """
    tail = decompose(before[-1]).tail if before else ""
    if not tail:
        return word
    first = decompose(word[0])
    if first.lead == "ㅇ" and first.vowel in IOTA_VOWELS and _inserts_across(before, word):
        return inserted(decompose(before[-1]), word[0]) + word[1:]
    if tense and tail == "ㄹ" and first.lead in TENSE and (_bound_noun(word) or adnominal(before)):
        return tensed(word[0]) + word[1:]
    return word


def adnominal(word: str) -> bool:
    """Whether ``word`` is a verb's adnominal -(으)ㄹ form, by its shape (see the module notes).

    Args:
        word: a run of precomposed Hangul syllables.

    Returns:
        True for 할, 말할, 만날, 먹을, 있을, 도와줄 …; False for nouns (서울, 미사일, 역할),
        objects (총을, 나를) and words it cannot tell (가실, 올).
    """
    if word in NOT_ADNOMINAL:
        return False
    if word in ADNOMINAL_WORDS:
        return True
    if len(word) < 2:
        return False
    last, stem = word[-1], decompose(word[-2])
    if last == "을":
        return word[-2] in CONSONANT_STEMS or (
            stem.tail in _STEM_TAILS and word[-2] not in _CLUSTER_NOUNS
        )
    if last == "줄":
        return not stem.tail and stem.vowel in _GIVERS
    if last == "질":  # the passive -어지다: 쓰러질, 떨어질, 없어질 (not 물질, 인질)
        return not stem.tail and stem.vowel in "ㅓㅕ"
    if last == "칠":  # 다칠, 가르칠, not the numeral 십칠
        return word[-2] not in _SINO_NUMERALS
    return last in ADNOMINAL_ENDINGS


def _inserts_across(before: str, word: str) -> bool:
    if before in _SINO_NUMERALS or before[-1] in _SINO_NUMERALS:
        return False  # 삼 일 "three days" [사밀]
    if word.startswith(("여섯", "여덟", "일곱")):
        return before.endswith(NATIVE_TENS)
    for head in ACROSS_SPACE:
        if word.startswith(head):
            rest = word[len(head) :]
            if head == "입":  # the verb 입다 "to wear" (입어, 입고), not 입구 or 입원
                return bool(rest) and rest[0] in _WEAR_ENDINGS
            return particle_or_nothing(rest)
    return False


def _bound_noun(word: str) -> bool:
    """A bound noun alone, with a particle or with the copula (수, 거야, 것을, 데가)."""
    for noun in BOUND_NOUNS:
        if word.startswith(noun):
            rest = word[len(noun) :]
            if particle_or_nothing(rest) or rest.startswith(_AFTER_BOUND_NOUN):
                return True
    return False
