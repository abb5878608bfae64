"""Korean sound changes that spelling hides and ``ko_pron`` cannot see: rules first, lists last.

``ko_pron`` applies the sound changes that follow from the letters alone (liaison, nasalisation,
aspiration, tensing after a stop, cluster simplification). The changes here depend on where one
morpheme ends and the next begins, or on what kind of ending follows, so they are written into
the spelling before ``ko_pron`` sees it: ㄴ-insertion respells the lead 이 → 니 (십육 → 십뉵 →
[심뉵]), tensing respells a lax lead as tense (할게 → 할께). Every respelling keeps the number of
syllables, so a word's syllables still line up with what is shown.

The rules follow 표준 발음법 (표준어 규정 제2부):

* 제29항, ㄴ-insertion: a consonant-final element followed by an element beginning with
  이 야 여 요 유 inserts ㄴ, said ㄹ after ㄹ (붙임 1). Applied to numbers (십육 [심뉵],
  열여섯 [열려섣], 서른여섯 [서른녀섣]), to free nouns that begin a compound's second half
  (:data:`SECOND_ELEMENTS`: 솜이불, 꽃잎, 색연필, 서울역); across a space where speech joins
  the words (붙임 2: 할 일 [할릴]) it is :mod:`phrasebook.pronounce._korean_across`'s.
* 제23항 and the cluster rules (제10–11항) are ``ko_pron``'s; nouns in ㄺ keep ㄱ before ㄱ
  (닭고기 [닥꼬기]), which ``ko_pron`` reads as a verb stem (읽고 [일꼬]).
* 제24항: verb stems in ㄴ ㅁ (:data:`NASAL_STEMS`) tense the ending's ㄱ ㄷ ㅅ ㅈ (숨고 [숨꼬]).
* 제25항 다만: 여덟 before a particle is not tensed (여덟도 [여덜도]).
* 제26항: ㄹ before ㄷ ㅅ ㅈ inside a word is tensed (갈등 [갈뜽], 철선 [철썬], 열심히 [열씸히]),
  except before a verb ending or particle (알다, 살지, 물도) and in repeated syllables (실실).
  Native compounds of the same shape (물살 [물쌀], 술잔 [술짠], 제28항) are tensed the same way.
* 제27항: after the adnominal -(으)ㄹ the next noun is tensed, across the space
  (할 수 [할쑤], 만날 사람 [만날싸람]: :mod:`phrasebook.pronounce._korean_across`), and so are
  endings that begin with -(으)ㄹ, inside the word (붙임: 할걸,
  할수록, 할지라도, and the promise 할게 [할께] when it ends the sentence; 크게 말해 keeps its
  adverbial 게).

Tensing is written by pronunciation-based systems (Kontsevich, speech) but never by the Revised
Romanization, so it is applied only when ``tense`` is asked for. What no rule can decide is
listed: :data:`RESPELLINGS` (ㄴ-insertion in Sino-Korean compounds such as 안약 [안냑]) and
:data:`TENSED` (Sino-Korean tensing after ㄴ ㅁ ㅇ: 한자 [한짜]; compounds with an unwritten
사이시옷: 길가 [길까]).
"""

from __future__ import annotations

from phrasebook.pronounce.hangul import Syllable, compose, decompose

RESPELLINGS: dict[str, str] = {
    # ㄴ-insertion in compounds whose halves no rule can find (제29항).
    "알약": "알략",
    "물약": "물략",
    "안약": "안냑",
    "내복약": "내복냑",
    "학여울": "항녀울",
    "휘발유": "휘발류",
    "식용유": "시굥뉴",
    "맨입": "맨닙",
    "눈요기": "눈뇨기",
    "담요": "담뇨",
    "막일": "막닐",
    "들일": "들릴",
    "밭일": "밭닐",
    "삯일": "삯닐",
    "백분율": "백분뉼",
    "영업용": "영업뇽",
    "늑막염": "늑막념",
    "직행열차": "직행녈차",
    # ㄴ+ㄹ read [ㄴㄴ] in these compounds (제20항 붙임).
    "신문로": "신문노",
    "의견란": "의견난",
    "생산량": "생산냥",
    "결단력": "결딴녁",
    "공권력": "공꿘녁",
    "입원료": "이붠뇨",
    "상견례": "상견녜",
}
"""Written form → the spelling that gives its standard pronunciation, for every system."""

TENSED: dict[str, str] = {
    # Sino-Korean tensing after ㄴ ㅁ ㅇ, which depends on the word (한자 [한짜], but 한국).
    "한자": "한짜",
    "태권도": "태꿘도",
    "문법": "문뻡",
    "사건": "사껀",
    "인기": "인끼",
    "여권": "여꿘",
    "인권": "인꿘",
    "점수": "점쑤",
    "성격": "성껵",
    "조건": "조껀",
    "안과": "안꽈",
    # Compounds with an unwritten 사이시옷 (제28항).
    "물가": "물까",
    "길가": "길까",
    "강가": "강까",
    "문고리": "문꼬리",
    "눈동자": "눈똥자",
    "신바람": "신빠람",
    "손재주": "손째주",
    "발바닥": "발빠닥",
    "바람결": "바람껼",
    "그믐달": "그믐딸",
    "아침밥": "아침빱",
    "초승달": "초승딸",
    "등불": "등뿔",
    "강줄기": "강쭐기",
    "물고기": "물꼬기",
    "산새": "산쌔",
    "잠자리": "잠짜리",
    "창살": "창쌀",
}
"""Written form → respelling showing tensing that only pronunciation-based systems write."""

NOT_TENSED = frozenset({"울산", "일성", "절절", "실실"})
"""Words the ㄹ-tensing rule (제26항) must leave alone: names in their published form, and
repeated syllables (제26항 다만, checked by rule too)."""

SECOND_ELEMENTS = (
    "이불",
    "여름",
    "엿",
    "잎",
    "윷",
    "요기",
    "연필",
    "열차",
    "여우",
    "여성",
    "이야기",
)
"""Free nouns beginning with 이 야 여 요 유 that insert ㄴ after a consonant-final first half."""

_STATION = "역"
_NOT_STATIONS = frozenset({"통역", "번역", "무역", "영역", "전역", "권역", "해역", "수역", "성역"})

_SINO_UNITS = frozenset("십백천만")
NATIVE_TENS = ("열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")
_NATIVE_UNITS = ("여섯", "여덟", "일곱")

PARTICLES = frozenset(
    {
        "이",
        "가",
        "은",
        "는",
        "을",
        "를",
        "에",
        "에서",
        "에게",
        "으로",
        "로",
        "와",
        "과",
        "도",
        "만",
        "의",
        "이다",
        "이야",
        "이에요",
        "예요",
        "입니다",
        "이요",
        "요",
        "이랑",
        "하고",
        "부터",
        "까지",
        "처럼",
        "보다",
        "이나",
        "나",
        "들",
        "들이",
        "들을",
        "들은",
        "들도",
    }
)
"""Particles and copula forms that may follow a noun inside one written word."""

_ENDINGS_AFTER_L = frozenset(
    {
        "다",
        "지",
        "자",
        "도",
        "죠",
        "지요",
        "지만",
        "지도",
        "지마",
        "다가",
        "다고",
        "자고",
        "자마자",
        "더라",
        "더니",
        "던",
        "던데",
        "든",
        "든지",
        "든가",
        "도록",
        "잖아",
        "잖아요",
        "다니",
        "다면",
        "다시피",
        "도요",
        "지는",
    }
)
"""Verb endings and particles after ㄹ whose ㄷ ㅅ ㅈ stays lax (알다, 살지, 물도)."""

_NOUNS_NOT_ENDINGS = frozenset({"글자", "물자", "일자", "절도", "철도", "열도", "일지", "실지"})
"""Nouns that end like a verb ending (자, 도, 지) but are Sino-Korean words, tensed by 제26항."""

_L_ENDINGS = ("수록", "지라도", "지언정", "진대", "세라", "밖에", "걸", "걸요")
"""Endings beginning with -(으)ㄹ whose first consonant is tensed (제27항 붙임)."""

_PROMISE = ("게", "게요")
"""-(으)ㄹ게: tensed when it ends the sentence (a promise), lax as an adverb (크게 말해)."""

NASAL_STEMS = ("숨", "남", "넘", "감", "삼", "심", "담", "품", "더듬", "껴안", "신")
"""Verb stems in ㄴ ㅁ (제24항): the ending's ㄱ ㄷ ㅅ ㅈ is tensed (숨고 [숨꼬])."""

_NASAL_ENDINGS = frozenset({"고", "다", "게", "지", "고요", "지요", "지만", "도록"})

_RIEUL_NOUNS = frozenset({"닭", "흙", "칡", "삵"})
"""Nouns in ㄺ: before ㄱ they keep ㄱ (닭고기 [닥꼬기]), unlike verb stems (읽고 [일꼬])."""

TENSE = {"ㄱ": "ㄲ", "ㄷ": "ㄸ", "ㅂ": "ㅃ", "ㅅ": "ㅆ", "ㅈ": "ㅉ"}
IOTA_VOWELS = frozenset("ㅣㅑㅕㅛㅠ")


def _with_lead(syllable: str, lead: str) -> str:
    s = decompose(syllable)
    return compose(lead, s.vowel, s.tail)


def tensed(syllable: str) -> str:
    s = decompose(syllable)
    return compose(TENSE.get(s.lead, s.lead), s.vowel, s.tail)


def inserted(previous: Syllable, syllable: str) -> str:
    """The syllable 이 야 여 요 유 … with ㄴ inserted: ㄹ after a final ㄹ (제29항 붙임 1)."""
    return _with_lead(syllable, "ㄹ" if previous.tail == "ㄹ" else "ㄴ")


def _table(word: str, table: dict[str, str]) -> str:
    """Apply a table to the longest matching stretch of ``word`` that starts a word or ends one.

    A key may be followed by a particle (서울역에서) or be three syllables or longer
    (지하철역처럼); a two-syllable key inside a longer word (한자리) is not a match.
    """
    for length in range(min(len(word), 4), 1, -1):
        replacement = table.get(word[:length])
        rest = word[length:]
        if replacement is not None and (not rest or length >= 3 or rest in PARTICLES):
            return replacement + rest
    return word


def insert_n(word: str) -> str:
    """Write the ㄴ-insertion of 제29항 inside one word (numbers and compounds), and the
    respellings of :data:`RESPELLINGS`, 여덟 and the nouns in ㄺ.

    Args:
        word: a run of precomposed Hangul syllables.

    Returns:
        The word with each inserted ㄴ (or ㄹ) written as the lead of its syllable.
    """
    word = _rieul_nouns(_eight(_broad(_table(word, RESPELLINGS))))
    out = list(word)
    for i in range(1, len(word)):
        previous, here = decompose(out[i - 1]), decompose(word[i])
        if not previous.tail or here.lead != "ㅇ" or here.vowel not in IOTA_VOWELS:
            continue
        if _starts_element(word, i):
            out[i] = inserted(previous, word[i])
    return "".join(out)


def _starts_element(word: str, i: int) -> bool:
    """Whether the syllable at ``i`` begins a second element that takes ㄴ-insertion."""
    head, rest = word[:i], word[i:]
    if rest.startswith("육") and head[-1] in _SINO_UNITS:  # 십육, 백육, 이십육
        return True
    if head.endswith(NATIVE_TENS) and rest.startswith(_NATIVE_UNITS):  # 열여섯, 서른일곱
        return True
    for element in SECOND_ELEMENTS:
        if rest.startswith(element) and particle_or_nothing(rest[len(element) :]):
            return True
    if rest.startswith(_STATION) and len(head) >= 2 and particle_or_nothing(rest[1:]):
        return word[i - 1 : i + 1] not in _NOT_STATIONS  # 서울역, 지하철역; not 동시통역
    return False


def particle_or_nothing(rest: str) -> bool:
    return not rest or rest in PARTICLES


def tense_word(word: str, *, sentence_end: bool) -> str:
    """Write the tensing of 제24–28항 inside one word, as a tense lead.

    Args:
        word: a run of precomposed Hangul syllables.
        sentence_end: no word follows before the end of the clause (for the promise -ㄹ게).

    Returns:
        The word with tensed leads respelled (갈등 → 갈뜽, 할게 → 할께).
    """
    word = _table(word, TENSED)
    out = list(word)
    for i in range(1, len(word)):
        previous, here = decompose(word[i - 1]), decompose(word[i])
        if here.lead not in TENSE:
            continue
        after_l = previous.tail == "ㄹ" and (
            _l_ending(word, i, sentence_end=sentence_end)
            or (here.lead in "ㄷㅅㅈ" and _sino_l(word, i))
        )
        if after_l or (here.lead != "ㅂ" and _nasal_stem(word, i)):
            out[i] = tensed(word[i])
    return "".join(out)


def _l_ending(word: str, i: int, *, sentence_end: bool) -> bool:
    """An ending that begins with -(으)ㄹ, written after the ㄹ (할수록, 먹을걸, 할게, 먹을지).

    -ㄹ지 is tensed only after 을, where it cannot be a ㄹ-stem's -지 (알지, 살지).
    """
    rest = word[i:]
    if rest in _L_ENDINGS or rest.startswith(("수록", "지라도")):
        return True
    if word[i - 1] == "을" and rest.startswith("지"):
        return True
    return sentence_end and rest in _PROMISE


def _nasal_stem(word: str, i: int) -> bool:
    """A verb stem in ㄴ ㅁ ㄵ ㄻ before an ending (제24항), not before causative -기- (굶기다)."""
    rest = word[i:]
    if decompose(word[i - 1]).tail in ("ㄵ", "ㄻ"):
        return not rest.startswith("기")
    return word[:i] in NASAL_STEMS and rest in _NASAL_ENDINGS


def _sino_l(word: str, i: int) -> bool:
    """ㄹ before ㄷ ㅅ ㅈ in a word, not before an ending or particle, nor repeated (제26항)."""
    rest = word[i:]
    if any(word.startswith(name) or word[i - 1 : i + 1] == name for name in NOT_TENSED):
        return False
    if word[i - 1] == word[i]:
        return False
    return rest not in _ENDINGS_AFTER_L or word[i - 1 : i + 1] in _NOUNS_NOT_ENDINGS


def _eight(word: str) -> str:
    """여덟 before a particle is said [여덜] and does not tense it (제25항 다만)."""
    at = word.find("여덟")
    if at < 0 or at + 2 >= len(word):
        return word
    return word[: at + 1] + "덜" + word[at + 2 :]


def _broad(word: str) -> str:
    """넓- is said [넙] in 넓죽하다, 넓둥글다, 넓적하다 (제10항 다만); ko_pron says [널]."""
    return word.replace("넓죽", "넙죽").replace("넓둥", "넙둥").replace("넓적", "넙적")


def _rieul_nouns(word: str) -> str:
    """A noun in ㄺ before ㄱ keeps ㄱ (닭고기 [닥꼬기]); ko_pron would say [달꼬기]."""
    for i, char in enumerate(word[:-1]):
        if char in _RIEUL_NOUNS and decompose(word[i + 1]).lead == "ㄱ":
            s = decompose(char)
            word = word[:i] + compose(s.lead, s.vowel, "ㄱ") + word[i + 1 :]
    return word
