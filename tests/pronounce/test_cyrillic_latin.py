"""Russian → Latin (ICAO Doc 9303) and Ukrainian → Latin (national system of 2010)."""

from __future__ import annotations

import pytest

from phrasebook.pronounce import transcribe

ICAO = [
    ("Щукин", "Shchukin"),
    ("Цой", "Tsoi"),
    ("Юлия", "Iuliia"),
    ("Яна", "Iana"),
    ("Крылов", "Krylov"),
    ("Подъезд", "Podieezd"),
    ("Йошкар-Ола", "Ioshkar-Ola"),
    ("Жуков", "Zhukov"),
    ("Хабаровск", "Khabarovsk"),
    ("Ёлка", "Elka"),
    ("Эхо", "Ekho"),
    ("Мыльный", "Mylnyi"),
    ("Горбачёв", "Gorbachev"),
    ("Чайковский", "Chaikovskii"),
    ("ЩУКА", "SHCHUKA"),
]


@pytest.mark.parametrize(("russian", "latin"), ICAO)
def test_russian_latin_follows_icao_doc_9303(russian: str, latin: str) -> None:
    assert transcribe(russian, "ru", "Latn") == latin


KMU = [
    ("Юрій", "Yurii"),
    ("Євген", "Yevhen"),
    ("Згурський", "Zghurskyi"),
    ("Розгон", "Rozghon"),
    ("Їжакевич", "Yizhakevych"),
    ("Ґалаґан", "Galagan"),
    ("Київ", "Kyiv"),
    ("Харків", "Kharkiv"),
    ("Олексій", "Oleksii"),
    ("Знам'янка", "Znamianka"),
    ("Щастя", "Shchastia"),
    ("Яготин", "Yahotyn"),
    ("Короп'є", "Koropie"),
    ("Гаївка", "Haivka"),
    ("ЮРІЙ", "YURII"),
]


@pytest.mark.parametrize(("ukrainian", "latin"), KMU)
def test_ukrainian_latin_follows_the_2010_national_system(ukrainian: str, latin: str) -> None:
    assert transcribe(ukrainian, "uk", "Latn") == latin


def test_stress_marks_are_dropped_before_transliteration() -> None:
    assert transcribe("Москва́", "ru", "Latn") == "Moskva"
    assert transcribe("Ю́рій", "uk", "Latn") == "Yurii"


def test_punctuation_and_other_scripts_pass_through_transliteration() -> None:
    assert transcribe("Руки вверх! 2 раза, 손.", "ru", "Latn") == "Ruki vverkh! 2 raza, 손."


def test_a_capital_letter_alone_is_capitalised_not_shouted() -> None:
    assert transcribe("Я голоден", "ru", "Latn") == "Ia goloden"
    assert transcribe("Я тут", "uk", "Latn") == "Ya tut"
