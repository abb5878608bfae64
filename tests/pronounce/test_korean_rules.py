"""Korean sound changes by rule, tested on the examples of 표준 발음법 itself.

Each list holds the written form and its standard pronunciation as the articles give it (vowel
length left out). The lists are not drawn from the lexicon: they test the rules, and the figures
say how much of each article the rules cover. Expected Kontsevich and Revised Romanization are
made from the *expected* pronunciation with the letter tables alone, so they measure the sound
changes, not the letter tables.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from phrasebook.pronounce import pronounced_hangul, transcribe
from phrasebook.pronounce._korean_across import adnominal
from phrasebook.pronounce.hangul import decompose
from phrasebook.pronounce.hangul_cyrillic import _word as kontsevich_letters


def _examples(text: str) -> list[tuple[str, str]]:
    """Pairs written as ``written = said`` separated by semicolons."""
    pairs = [item.split("=") for item in text.split(";")]
    return [(" ".join(w.split()), " ".join(s.split())) for w, s in pairs]


OBSTRUENT_TENSING = _examples(  # 제23항
    """
    국밥 = 국빱; 깎다 = 깍따; 넋받이 = 넉빠지; 삯돈 = 삭똔; 닭장 = 닥짱; 칡범 = 칙뻠;
    뻗대다 = 뻗때다; 옷고름 = 옫꼬름; 있던 = 읻떤; 꽂고 = 꼳꼬; 꽃다발 = 꼳따발;
    낯설다 = 낟썰다; 밭갈이 = 받까리; 솥전 = 솓쩐; 곱돌 = 곱똘; 덮개 = 덥깨;
    옆집 = 엽찝; 넓죽하다 = 넙쭈카다; 읊조리다 = 읍쪼리다; 값지다 = 갑찌다
    """
)
NASAL_STEM_TENSING = _examples(  # 제24항 and 다만
    """
    신고 = 신꼬; 껴안다 = 껴안따; 앉고 = 안꼬; 얹다 = 언따; 삼고 = 삼꼬;
    더듬지 = 더듬찌; 닮고 = 담꼬; 젊지 = 점찌; 안기다 = 안기다; 감기다 = 감기다;
    굶기다 = 굼기다; 옮기다 = 옴기다
    """
)
CLUSTER_STEM_TENSING = _examples(  # 제25항 and 다만
    """
    넓게 = 널께; 핥다 = 할따; 훑소 = 훌쏘; 떫지 = 떨찌; 여덟도 = 여덜도
    """
)
SINO_L_TENSING = _examples(  # 제26항 and 다만, then common words of the same shape
    """
    갈등 = 갈뜽; 발동 = 발똥; 절도 = 절또; 말살 = 말쌀; 불소 = 불쏘; 일시 = 일씨;
    갈증 = 갈쯩; 물질 = 물찔; 발전 = 발쩐; 몰상식 = 몰쌍식; 불세출 = 불쎄출;
    허허실실 = 허허실실; 절절하다 = 절절하다; 철선 = 철썬; 인계철선 = 인계철썬;
    열심히 = 열씸히; 실수 = 실쑤; 출신 = 출씬; 절대 = 절때; 결정 = 결쩡; 알다 = 알다;
    살지 = 살지; 물도 = 물도
    """
)
ADNOMINAL_TENSING = _examples(  # 제27항 and 붙임, then the endings a phrasebook says
    """
    할 것을 = 할 꺼슬; 갈 데가 = 갈 떼가; 할 바를 = 할 빠를; 할 수는 = 할 쑤는;
    할 적에 = 할 쩌게; 갈 곳 = 갈 꼳; 할 도리 = 할 또리; 만날 사람 = 만날 싸람;
    할걸 = 할껄; 할밖에 = 할빠께; 할세라 = 할쎄라; 할수록 = 할쑤록;
    할지라도 = 할찌라도; 할지언정 = 할찌언정; 할진대 = 할찐대; 도와줄게. = 도와줄께.;
    먹을게요. = 머글께요.; 도와줄 거야. = 도와줄 꺼야.; 먹을 수 있어 = 머글 쑤 이써;
    모를 거야 = 모를 꺼야; 크게 말해 = 크게 말해; 할 수 있다 = 할 쑤 읻따;
    먹을 시간 = 머글 씨간; 도와줄 사람 = 도와줄 싸람; 기다릴 시간 = 기다릴 씨간;
    있을 자리 = 이쓸 짜리; 쉴 자리 = 쉴 짜리; 갈 길 = 갈 낄; 말할 기회 = 말할 끼회;
    다칠 사람 = 다칠 싸람; 지킬 사람 = 지킬 싸람; 만날 장소 = 만날 짱소;
    서울 사람 = 서울 사람; 물 병 = 물 병; 미사일 경보 = 미사일 경보; 총을 바닥에 = 총을 바다게;
    나를 봐 = 나를 봐; 잘 자 = 잘 자; 십칠 분 = 십칠 분; 며칠 전에 = 며칠 저네;
    역할 분담 = 여칼 분담
    """
)
COMPOUND_TENSING = _examples(  # 제28항 (사이시옷 not written)
    """
    문고리 = 문꼬리; 눈동자 = 눈똥자; 신바람 = 신빠람; 산새 = 산쌔; 손재주 = 손째주;
    길가 = 길까; 물동이 = 물똥이; 발바닥 = 발빠닥; 굴속 = 굴쏙; 술잔 = 술짠;
    바람결 = 바람껼; 그믐달 = 그믐딸; 아침밥 = 아침빱; 잠자리 = 잠짜리; 강가 = 강까;
    초승달 = 초승딸; 등불 = 등뿔; 창살 = 창쌀; 강줄기 = 강쭐기
    """
)
N_INSERTION = _examples(  # 제29항, 붙임 1, 붙임 2 and 다만, then numbers
    """
    솜이불 = 솜니불; 홑이불 = 혼니불; 막일 = 망닐; 삯일 = 상닐; 맨입 = 맨닙;
    꽃잎 = 꼰닙; 내복약 = 내봉냑; 한여름 = 한녀름; 남존여비 = 남존녀비;
    신여성 = 신녀성; 색연필 = 생년필; 직행열차 = 지캥녈차; 늑막염 = 능망념;
    콩엿 = 콩녇; 담요 = 담뇨; 눈요기 = 눈뇨기; 영업용 = 영엄뇽; 식용유 = 시굥뉴;
    백분율 = 백뿐뉼; 밤윷 = 밤뉻; 들일 = 들릴; 솔잎 = 솔립; 설익다 = 설릭따;
    물약 = 물략; 불여우 = 불려우; 서울역 = 서울력; 물엿 = 물렫; 휘발유 = 휘발류;
    유들유들 = 유들류들; 한 일 = 한 닐; 옷 입다 = 온 닙따; 서른여섯 = 서른녀섣;
    먹은 엿 = 머근 녇; 할 일 = 할 릴; 잘 입다 = 잘 립따; 스물여섯 = 스물려섣;
    먹을 엿 = 머글 렫; 송별연 = 송벼련; 등용문 = 등용문; 십육 = 심뉵;
    이십육 = 이심뉵; 백육 = 뱅뉵; 열여섯 = 열려섣; 열여덟 = 열려덜; 열일곱 = 열릴곱;
    서른 여섯 = 서른 녀섣
    """
)
CLUSTERS = _examples(  # 제10항, 제11항 and 다만
    """
    넋 = 넉; 앉다 = 안따; 여덟 = 여덜; 넓다 = 널따; 외곬 = 외골; 핥다 = 할따;
    값 = 갑; 없다 = 업따; 밟다 = 밥따; 밟소 = 밥쏘; 밟지 = 밥찌; 밟는 = 밤는;
    넓둥글다 = 넙뚱글다; 닭 = 닥; 흙과 = 흑꽈; 맑다 = 막따; 늙지 = 늑찌; 삶 = 삼;
    젊다 = 점따; 읊고 = 읍꼬; 읊다 = 읍따; 맑게 = 말께; 묽고 = 물꼬; 얽거나 = 얼꺼나;
    닭고기 = 닥꼬기; 없어 = 업써
    """
)
ACROSS_SPACE = _examples(  # 제18항 붙임: nasalisation where two words are said as one
    """
    책 넣는다 = 챙 넌는다; 흙 말리다 = 흥 말리다; 옷 맞추다 = 온 맏추다;
    밥 먹는다 = 밤 멍는다; 값 매기다 = 감 매기다; 못 해 = 모 태; 손 들어! = 손 드러!;
    물 없어 = 물 업써
    """
)

ARTICLES = {
    "23": OBSTRUENT_TENSING,
    "24": NASAL_STEM_TENSING,
    "25": CLUSTER_STEM_TENSING,
    "26": SINO_L_TENSING,
    "27": ADNOMINAL_TENSING,
    "28": COMPOUND_TENSING,
    "29": N_INSERTION,
    "10-11": CLUSTERS,
    "18": ACROSS_SPACE,
}
EVERY_EXAMPLE = [pair for pairs in ARTICLES.values() for pair in pairs]

KNOWN_MISSES = {"남존여비", "설익다", "유들유들"}
"""Examples the rules cannot reach: 설- is a prefix; reduplication (유들유들); an idiom
(남존여비)."""

RR_LEADS = dict(zip("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ", [
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h"], strict=True))  # fmt: skip
RR_VOWELS = dict(zip("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ", [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "eu", "ui", "i"], strict=True))  # fmt: skip
RR_TAILS = {"": "", "ㄱ": "k", "ㄴ": "n", "ㄷ": "t", "ㄹ": "l", "ㅁ": "m", "ㅂ": "p", "ㅇ": "ng"}
LAX = {"ㄲ": "ㄱ", "ㄸ": "ㄷ", "ㅃ": "ㅂ", "ㅆ": "ㅅ", "ㅉ": "ㅈ"}


def _pairs(written: str, said: str) -> list[tuple[str, str]]:
    """The words of a written phrase with their expected pronunciation."""
    strip = str.maketrans("", "", "!?.,")
    return list(zip(written.translate(strip).split(), said.translate(strip).split(), strict=True))


RR_GIVEN = {"직행열차": "jikhaengnyeolcha", "역할 분담": "yeokhal bundam"}
"""RR leaves aspiration after ㄱ ㄷ ㅂ unwritten in nouns (묵호 mukho): the tables cannot tell."""
RR_MISSES = {"넓죽하다"}
"""ko_pron's RR leaves the aspiration of 넙죽하다 unwritten, as if it were a noun."""


def expected_rr(written: str, said: str) -> str:
    """RR of the expected pronunciation: tensing is written only where spelling has it."""
    if written in RR_GIVEN:
        return RR_GIVEN[written]
    words = []
    for word, spoken in _pairs(written, said):
        out, previous, written_tail = "", "", ""
        for w, s in zip(word, spoken, strict=True):
            w_part, s_part = decompose(w), decompose(s)
            lead = s_part.lead
            if lead in LAX and w_part.lead != lead and not written_tail.endswith(lead):
                lead = LAX[lead]
            written_tail = w_part.tail
            lead_rr = "l" if lead == "ㄹ" and previous == "ㄹ" else RR_LEADS[lead]
            out += lead_rr + RR_VOWELS[s_part.vowel] + RR_TAILS[s_part.tail]
            previous = s_part.tail
        words.append(out)
    return " ".join(words)


def expected_kontsevich(written: str, said: str) -> str:
    return " ".join(
        kontsevich_letters([decompose(char) for char in spoken])
        for _, spoken in _pairs(written, said)
    )


def _plain(text: str) -> str:
    return text.translate(str.maketrans("", "", "!?.,-"))


def _score(check: Callable[[str, str], bool]) -> tuple[float, list[str]]:
    misses = [written for written, said in EVERY_EXAMPLE if not check(written, said)]
    return 1 - len(misses) / len(EVERY_EXAMPLE), misses


def test_pronounced_form_follows_the_standard_in_at_least_95_percent() -> None:
    share, misses = _score(lambda w, s: pronounced_hangul(w) == s)
    assert share >= 0.95, misses
    assert set(misses) <= KNOWN_MISSES, set(misses) - KNOWN_MISSES


def test_kontsevich_follows_the_standard_in_at_least_95_percent() -> None:
    share, misses = _score(
        lambda w, s: _plain(transcribe(w, "ko", "Cyrl")) == expected_kontsevich(w, s)
    )
    assert share >= 0.95, misses
    assert set(misses) <= KNOWN_MISSES, set(misses) - KNOWN_MISSES


def test_revised_romanization_follows_the_standard_in_at_least_95_percent() -> None:
    share, misses = _score(lambda w, s: _plain(transcribe(w, "ko", "Latn")) == expected_rr(w, s))
    assert share >= 0.95, misses
    assert set(misses) <= KNOWN_MISSES | RR_MISSES, set(misses) - KNOWN_MISSES - RR_MISSES


@pytest.mark.parametrize(
    ("written", "cyrillic", "latin"),
    [
        ("십육", "симнюк", "simnyuk"),
        ("열여섯", "ёллёсот", "yeollyeoseot"),
        ("도와줄게!", "товаджулькке!", "dowajulge!"),
        ("할 수 있어", "халь ссу иссо", "hal su isseo"),
        ("철선", "чхольссон", "cheolseon"),
        ("닭고기", "таккоги", "dakgogi"),
        ("할 일", "халь риль", "hal ril"),
    ],
)
def test_the_sound_changes_the_review_found_missing(
    written: str, cyrillic: str, latin: str
) -> None:
    assert transcribe(written, "ko", "Cyrl") == cyrillic
    assert transcribe(written, "ko", "Latn") == latin


def test_promise_is_tensed_at_the_end_of_a_sentence_but_an_adverb_is_not() -> None:
    assert pronounced_hangul("도와줄게.") == "도와줄께."
    assert pronounced_hangul("길게 말해.") == "길게 말해."


def test_eleven_is_not_given_an_inserted_n_but_sixteen_is() -> None:
    assert pronounced_hangul("십일") == "시빌"
    assert pronounced_hangul("십육") == "심뉵"
    assert pronounced_hangul("금요일") == "그묘일"
    assert pronounced_hangul("삼 일") == "삼 일"


def test_the_figures_stated_in_the_review_note() -> None:
    """The shares docs/lexicon-review/say-it-right.md states, to the per cent."""
    said, _ = _score(lambda w, s: pronounced_hangul(w) == s)
    cyrl, _ = _score(lambda w, s: _plain(transcribe(w, "ko", "Cyrl")) == expected_kontsevich(w, s))
    latn, _ = _score(lambda w, s: _plain(transcribe(w, "ko", "Latn")) == expected_rr(w, s))
    total = len(EVERY_EXAMPLE)
    figures = (total, *(round(share * total) for share in (said, cyrl, latn)))
    assert figures == (200, 197, 197, 196)  # 98.5 %, 98.5 %, 98 % (were 97, 97, 98 % of 180)


@pytest.mark.parametrize(
    "word",
    [
        "할",
        "말할",
        "안될",
        "만날",
        "기다릴",
        "도와줄",
        "먹을",
        "있을",
        "없을",
        "괜찮을",
        "쓰러질",
        "다칠",
    ],
)
def test_adnominal_forms_are_known_by_their_shape(word: str) -> None:
    assert adnominal(word)


@pytest.mark.parametrize(
    "word",
    [
        "서울",
        "미사일",
        "역할",
        "총을",
        "나를",
        "사람들을",
        "값을",
        "밧줄",
        "물질",
        "십칠",
        "며칠",
        "잘",
    ],
)
def test_nouns_and_objects_ending_in_rieul_are_not_adnominal(word: str) -> None:
    assert not adnominal(word)


@pytest.mark.parametrize(
    ("written", "cyrillic", "latin"),
    [
        ("만날 사람", "манналь ссарам", "mannal saram"),
        ("밥 먹을 시간이야.", "пам могыль ссигания.", "bam meogeul siganiya."),
        ("서울 사람", "соуль сарам", "seoul saram"),
    ],
)
def test_adnominal_tensing_is_written_by_kontsevich_not_by_the_revised_romanization(
    written: str, cyrillic: str, latin: str
) -> None:
    assert transcribe(written, "ko", "Cyrl") == cyrillic
    assert transcribe(written, "ko", "Latn") == latin
