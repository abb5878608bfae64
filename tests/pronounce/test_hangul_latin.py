"""Korean → Latin: the Revised Romanization (2000), including its own examples."""

from __future__ import annotations

import pytest

from phrasebook.pronounce import transcribe

# Examples printed in the standard itself (문화관광부 고시 제2000-8호), lowercased.
OFFICIAL = [
    ("구미", "gumi"),
    ("영동", "yeongdong"),
    ("백암", "baegam"),
    ("옥천", "okcheon"),
    ("합덕", "hapdeok"),
    ("호법", "hobeop"),
    ("월곶", "wolgot"),
    ("벚꽃", "beotkkot"),
    ("한밭", "hanbat"),
    ("구리", "guri"),
    ("설악", "seorak"),
    ("칠곡", "chilgok"),
    ("임실", "imsil"),
    ("울릉", "ulleung"),
    ("대관령", "daegwallyeong"),
    ("백마", "baengma"),
    ("신문로", "sinmunno"),
    ("종로", "jongno"),
    ("왕십리", "wangsimni"),
    ("별내", "byeollae"),
    ("신라", "silla"),
    ("학여울", "hangnyeoul"),
    ("알약", "allyak"),
    ("해돋이", "haedoji"),
    ("같이", "gachi"),
    ("굳히다", "guchida"),
    ("좋고", "joko"),
    ("놓다", "nota"),
    ("낳지", "nachi"),
    ("묵호", "mukho"),
    ("집현전", "jiphyeonjeon"),
    ("압구정", "apgujeong"),
    ("낙동강", "nakdonggang"),
    ("죽변", "jukbyeon"),
    ("낙성대", "nakseongdae"),
    ("합정", "hapjeong"),
    ("팔당", "paldang"),
    ("샛별", "saetbyeol"),
    ("울산", "ulsan"),
    ("광희문", "gwanghuimun"),
    ("중앙", "jung-ang"),
    ("반구대", "ban-gudae"),
    ("세운", "se-un"),
    ("해운대", "hae-undae"),
    ("부산", "busan"),
    ("세종", "sejong"),
]

PHRASEBOOK = [
    ("국물", "gungmul"),
    ("독립", "dongnip"),
    ("설날", "seollal"),
    ("학교", "hakgyo"),
    ("의사", "uisa"),
    ("희망", "huimang"),
    ("안녕하세요", "annyeonghaseyo"),
    ("감사합니다", "gamsahamnida"),
    ("괜찮아요", "gwaenchanayo"),
    ("도와주세요", "dowajuseyo"),
    ("물 주세요", "mul juseyo"),
    ("의사 선생님", "uisa seonsaengnim"),
    ("서울역에서", "seoullyeogeseo"),
    ("없어요", "eopseoyo"),
    ("읽어요", "ilgeoyo"),
]


@pytest.mark.parametrize(("hangul", "latin"), OFFICIAL + PHRASEBOOK)
def test_revised_romanization_writes_sound_changes(hangul: str, latin: str) -> None:
    assert transcribe(hangul, "ko", "Latn") == latin


def test_hyphen_marks_an_ambiguous_syllable_break_in_pyongyang() -> None:
    assert transcribe("평양", "ko", "Latn") == "pyeong-yang"


def test_punctuation_digits_and_spaces_survive_romanization() -> None:
    assert transcribe("손 들어!", "ko", "Latn") == "son deureo!"
    assert transcribe("  3명, 멈춰?!  ", "ko", "Latn") == "  3myeong, meomchwo?!  "


def test_other_scripts_pass_through_romanization() -> None:
    assert transcribe("OK 좋아요 😀 да", "ko", "Latn") == "OK joayo 😀 да"


def test_lone_jamo_are_not_romanized() -> None:
    assert transcribe("ㅋㅋ 네", "ko", "Latn") == "ㅋㅋ ne"


def test_decomposed_hangul_is_composed_before_romanization() -> None:
    assert transcribe("\u1112\u1161\u11ab\u1100\u116e\u11a8", "ko", "Latn") == "han-guk"
