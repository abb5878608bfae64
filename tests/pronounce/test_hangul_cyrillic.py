"""Korean → Cyrillic: the Kontsevich system, applied to the pronounced form."""

from __future__ import annotations

import pytest

from phrasebook.pronounce import transcribe

CASES = [
    # Names and places with a published Kontsevich form.
    ("평양", "пхёнъян"),
    ("김 일성", "ким ильсон"),
    ("김 정은", "ким чонъын"),
    ("한자", "ханчча"),
    ("부산", "пусан"),
    ("한국", "хангук"),
    ("조선", "чосон"),
    ("대구", "тэгу"),
    ("인천", "инчхон"),
    ("광주", "кванджу"),
    ("대전", "тэджон"),
    ("제주", "чеджу"),
    ("경주", "кёнджу"),
    ("수원", "сувон"),
    ("원산", "вонсан"),
    ("함흥", "хамхын"),
    ("개성", "кэсон"),
    ("청진", "чхонджин"),
    ("남포", "нампхо"),
    ("혜산", "хесан"),
    ("회령", "хверён"),
    ("금강산", "кымгансан"),
    ("백두산", "пэктусан"),
    ("한라산", "халласан"),
    ("두만강", "туманган"),
    ("압록강", "амноккан"),
    ("판문점", "пханмунджом"),
    ("세종", "седжон"),
    ("울산", "ульсан"),
    ("여수", "ёсу"),
    # Sound changes (nasalisation, liquidisation, palatalisation, aspiration, tensing).
    ("동무", "тонму"),
    ("신라", "силла"),
    ("종로", "чонно"),
    ("국물", "кунмуль"),
    ("독립", "тоннип"),
    ("설날", "соллаль"),
    ("같이", "качхи"),
    ("해돋이", "хэдоджи"),
    ("좋고", "чокхо"),
    ("학교", "хаккё"),
    ("먹다", "мокта"),
    ("있습니다", "иссымнида"),
    # Phrasebook words.
    ("안녕하세요", "аннёнхасеё"),
    ("감사합니다", "камсахамнида"),
    ("의사", "ыйса"),
    ("희망", "химан"),
    ("병원", "пёнвон"),
    ("중앙", "чунъан"),
    ("김치", "кимчхи"),
    ("라면", "рамён"),
    ("괜찮아요", "квэнчханаё"),
    ("어디예요?", "одиеё?"),
    ("빨리", "ппалли"),
    ("물", "муль"),
    ("외국", "вегук"),
    ("위험", "вихом"),
]


@pytest.mark.parametrize(("hangul", "cyrillic"), CASES)
def test_kontsevich_transcribes_pronounced_korean(hangul: str, cyrillic: str) -> None:
    assert transcribe(hangul, "ko", "Cyrl") == cyrillic


def test_kontsevich_keeps_spaces_and_punctuation_and_unvoices_word_starts() -> None:
    assert transcribe("손 들어!", "ko", "Cyrl") == "сон тыро!"


def test_kontsevich_writes_seoul_by_the_system_not_the_russian_exonym() -> None:
    assert transcribe("서울", "ko", "Cyrl") == "соуль"


def test_kontsevich_writes_si_with_s_never_shch() -> None:
    assert transcribe("시", "ko", "Cyrl") == "си"


def test_kontsevich_writes_ui_as_yi_only_at_word_start() -> None:
    assert transcribe("의의", "ko", "Cyrl") == "ыйи"


def test_kontsevich_leaves_digits_and_latin_alone() -> None:
    assert transcribe("AK-47 총", "ko", "Cyrl") == "AK-47 чхон"


def test_tensing_respelling_applies_to_a_word_with_a_particle_but_not_to_a_longer_word() -> None:
    assert transcribe("한자를", "ko", "Cyrl") == "ханччарыль"
    assert transcribe("한자리", "ko", "Cyrl") == "ханджари"
