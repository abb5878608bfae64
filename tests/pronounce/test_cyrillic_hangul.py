"""Russian and Ukrainian → Hangul."""

from __future__ import annotations

import pytest

from phrasebook.pronounce import transcribe
from phrasebook.pronounce._russian_proclitics import join_prepositions

# Examples of 외래어 표기법 (러시아어 표기 대조표, 세칙) and 국립국어원 용례.
RUSSIAN = [
    ("Москва", "모스크바"),
    ("Достоевский", "도스토옙스키"),
    ("Курск", "쿠르스크"),
    ("Путин", "푸틴"),
    ("Горбачёв", "고르바초프"),
    ("Санкт-Петербург", "상트페테르부르크"),
    ("Чайковский", "차이콥스키"),
    ("Владивосток", "블라디보스토크"),
    ("Толстой", "톨스토이"),
    ("Хабаровск", "하바롭스크"),
    ("Ельцин", "옐친"),
    ("Болотов", "볼로토프"),
    ("Бобров", "보브로프"),
    ("Курбский", "쿠릅스키"),
    ("Глеб", "글레프"),
    ("Гончаров", "곤차로프"),
    ("Манечка", "마네치카"),
    ("Якубович", "야쿠보비치"),
    ("Дмитрий", "드미트리"),
    ("Бенедиктов", "베네딕토프"),
    ("Находка", "나홋카"),
    ("Восход", "보스호트"),
    ("Фёдор", "표도르"),
    ("Ефремов", "예프레모프"),
    ("Иосиф", "이오시프"),
    ("Гоголь", "고골"),
    ("Мусоргский", "무소륵스키"),
    ("Богдан", "보그단"),
    ("Андарбаг", "안다르바크"),
    ("Ахматова", "아흐마토바"),
    ("Ойстрах", "오이스트라흐"),
    ("Калмык", "칼미크"),
    ("Аксаков", "악사코프"),
    ("Квас", "크바스"),
    ("Ленин", "레닌"),
    ("Николай", "니콜라이"),
    ("Крылов", "크릴로프"),
    ("Павел", "파벨"),
    ("Максим", "막심"),
    ("Мценск", "므첸스크"),
    ("Надя", "나댜"),
    ("Стефан", "스테판"),
    ("Пётр", "표트르"),
    ("Псков", "프스코프"),
    ("Майкоп", "마이코프"),
    ("Садко", "삿코"),
    ("Агрыз", "아그리스"),
    ("Акбаур", "아크바우르"),
    ("Рубцовск", "룹촙스크"),
    ("Брятск", "브랴츠크"),
    ("Лопатка", "로팟카"),
    ("Назрань", "나즈란"),
    ("Нижний Тагил", "니즈니 타길"),
    ("Острогожск", "오스트로고시스크"),
    ("Лужков", "루시코프"),
    ("Волгоград", "볼고그라드"),
    ("Калининград", "칼리닌그라드"),
    ("Петрозаводск", "페트로자보츠크"),
    ("Вернадский", "베르나츠키"),
    ("Николаевич", "니콜라예비치"),
    ("Земля", "제믈랴"),
    ("Цимлянск", "치믈랸스크"),
    ("Львов", "리보프"),
    ("Гиппиус", "기피우스"),
    ("Аввакум", "아바쿰"),
    ("Одесса", "오데사"),
    ("Соллогуб", "솔로구프"),
    ("Анна", "안나"),
    ("Гамма", "감마"),
    ("Йошкар-Ола", "요시카르올라"),
    ("Хрущёв", "흐루쇼프"),
    ("Шолохов", "숄로호프"),
    ("Пушкин", "푸시킨"),
    ("Татьяна", "타티야나"),
    ("Игорь", "이고리"),
    ("Сибирь", "시비리"),
    ("Солженицын", "솔제니친"),
    ("Екатеринбург", "예카테린부르크"),
    ("Новосибирск", "노보시비르스크"),
    ("Ульяновск", "울리야놉스크"),
]


@pytest.mark.parametrize(("russian", "hangul"), RUSSIAN)
def test_russian_follows_nikl_loanword_rules(russian: str, hangul: str) -> None:
    assert transcribe(russian, "ru", "Hang") == hangul


# Spellings used by the Korean government and press since 2022.
UKRAINIAN = [
    ("Київ", "키이우"),
    ("Харків", "하르키우"),
    ("Одеса", "오데사"),
    ("Львів", "르비우"),
    ("Дніпро", "드니프로"),
    ("Запоріжжя", "자포리자"),
    ("Миколаїв", "미콜라이우"),
    ("Херсон", "헤르손"),
    ("Чернігів", "체르니히우"),
    ("Зеленський", "젤렌스키"),
    ("Володимир", "볼로디미르"),
    ("Луганськ", "루한스크"),
    ("Донецьк", "도네츠크"),
    ("Маріуполь", "마리우폴"),
    ("Бахмут", "바흐무트"),
    ("Вінниця", "빈니차"),
    ("Житомир", "지토미르"),
    ("Полтава", "폴타바"),
    ("Тернопіль", "테르노필"),
    ("Ірпінь", "이르핀"),
    ("Буча", "부차"),
    ("Гостомель", "호스토멜"),
    ("Покровськ", "포크로우스크"),
    ("Авдіївка", "아우디이우카"),
    ("Тарас Шевченко", "타라스 셰우첸코"),
    ("Україна", "우크라이나"),
    ("Євген", "예우헨"),
    ("Сергій", "세르히"),
    ("Віталій Кличко", "비탈리 클리치코"),
    ("Петро Порошенко", "페트로 포로셴코"),
    ("Святослав", "스뱌토슬라우"),
    ("Ужгород", "우주호로드"),
    ("Краматорськ", "크라마토르스크"),
    ("Слов'янськ", "슬로뱐스크"),
    ("Чорнобиль", "초르노빌"),
]


@pytest.mark.parametrize(("ukrainian", "hangul"), UKRAINIAN)
def test_ukrainian_follows_current_korean_usage(ukrainian: str, hangul: str) -> None:
    assert transcribe(ukrainian, "uk", "Hang") == hangul


def test_russian_kiev_and_ukrainian_kyiv_differ_as_in_korean_usage() -> None:
    assert transcribe("Киев", "ru", "Hang") == "키예프"
    assert transcribe("Київ", "uk", "Hang") == "키이우"


def test_ukrainian_o_is_not_reduced_even_with_stress_marks() -> None:
    assert transcribe("Оде́са", "uk", "Hang") == "오데사"


@pytest.mark.parametrize(
    ("stressed", "hangul"),
    [
        ("Москва́", "마스크바"),
        ("спаси́бо", "스파시바"),
        ("хорошо́", "하라쇼"),
        ("молоко́", "말라코"),
        ("язы́к", "이지크"),
        ("во́да", "보다"),
        ("пя́тна", "퍄트나"),
        ("Горбачёв", "가르바초프"),
    ],
)
def test_stress_marks_give_a_pronounced_form_with_akanye_and_ikanye(
    stressed: str, hangul: str
) -> None:
    # A stress mark anywhere switches on learner mode; ё marks its own word's stress.
    assert transcribe(f"{stressed} да́", "ru", "Hang") == f"{hangul} 다"


def test_words_without_known_stress_keep_the_standard_spelling_in_learner_mode() -> None:
    assert transcribe("Москва́ молоко", "ru", "Hang") == "마스크바 몰로코"


def test_without_stress_marks_russian_gets_the_standard_spelling() -> None:
    assert transcribe("Москва спасибо", "ru", "Hang") == "모스크바 스파시보"


def test_punctuation_digits_and_latin_pass_through_into_hangul() -> None:
    assert transcribe("Руки вверх! 2 раза, OK?", "ru", "Hang") == "루키 베르흐! 2 라자, OK?"


@pytest.mark.parametrize(
    ("initialism", "lang", "hangul"),
    [
        ("ФПВ-дрон", "ru", "에프페베드론"),
        ("РСЗО", "ru", "에르에스제오"),
        ("США", "ru", "에스샤아"),
        ("ЗСУ", "uk", "제에스우"),
    ],
)
def test_initialisms_are_spelled_by_letter_names(initialism: str, lang: str, hangul: str) -> None:
    assert transcribe(initialism, lang, "Hang") == hangul


def test_initialisms_that_read_as_words_are_read_as_words() -> None:
    assert transcribe("НАТО ООН", "ru", "Hang") == "나토 오온"


@pytest.mark.parametrize(
    ("stressed", "hangul"),
    [
        ("Что́ тебе́ ну́жно?", "시토 티베 누즈나?"),
        ("Како́го ты го́да?", "카코바 티 고다?"),
        ("Сего́дня его́ нет.", "시보드냐 이보 네트."),
        ("Как к тебе́ обраща́ться?", "카크 크티베 아브라샤차?"),
        ("Немно́го бо́льно.", "님노가 볼나."),
    ],
)
def test_learner_mode_writes_what_is_said_not_what_is_spelled(stressed: str, hangul: str) -> None:
    assert transcribe(stressed, "ru", "Hang") == hangul


def test_learner_form_says_the_unstressed_prefix_of_a_hyphenated_adverb() -> None:
    assert transcribe("по-англи́йски", "ru", "Hang") == "파안글리이스키"
    assert transcribe("по-английски", "ru", "Hang") == "포안글리이스키"  # no stress: spelling


@pytest.mark.parametrize(
    ("ukrainian", "hangul"),
    [
        ("відбувається", "비드부바예차"),
        ("сміється", "스미예차"),
        ("дванадцять", "드바낫차트"),
        ("народження", "나로젠냐"),
    ],
)
def test_ukrainian_letter_pairs_that_are_one_sound(ukrainian: str, hangul: str) -> None:
    assert transcribe(ukrainian, "uk", "Hang") == hangul


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        # voiced before voiceless: devoiced
        ("в плен", "фпле́н"),
        ("в па́рке", "фпа́рке"),
        ("из па́рка", "испа́рка"),
        ("под сто́лом", "потсто́лом"),
        ("об э́том", "обэ́том"),
        # voiceless before voiced: voiced
        ("с бра́том", "збра́том"),
        ("к до́му", "гдо́му"),
        ("от бра́та", "одбра́та"),
        ("к го́роду", "гъго́роду"),
        # в is no trigger, but passes on the voicing of an obstruent after it
        ("к врачу́", "кврачу́"),
        ("с ва́ми", "сва́ми"),
        ("к вдове́", "гвдове́"),
        ("из вто́рника", "исвто́рника"),
        # sonorants and vowels leave the preposition as it is
        ("из окна́", "изокна́"),
        ("с ни́м", "сни́м"),
        ("в ру́ки", "вру́ки"),
        # с з before ш ж
        ("с жено́й", "жъжено́й"),
        # a one-consonant preposition before its own sound stays a letter
        ("с собо́й", "съсобо́й"),
        ("к кому́", "къкому́"),
        ("из шко́лы", "ишшко́лы"),
        ("без ша́пки", "бешша́пки"),
        # a preposition that ends in a vowel only joins
        ("на до́ске", "надо́ске"),
        ("для меня́", "дляменя́"),
        # stress moved onto the preposition
        ("на́ пол", "на́пол"),
    ],
)
def test_russian_prepositions_join_the_next_word_with_its_voicing(said: str, joined: str) -> None:
    assert join_prepositions(said) == joined


@pytest.mark.parametrize(
    "text",
    [
        "Петро́в пришёл",  # в ending a word is no preposition
        "Вы́ из ВСУ́?",  # an initialism is spelled, not joined
        "Иди́ в.",  # nothing to join
    ],
)
def test_what_is_not_a_preposition_before_a_word_is_left_alone(text: str) -> None:
    assert join_prepositions(text) == text


@pytest.mark.parametrize(
    ("stressed", "hangul"),
    [
        ("Сдава́йся в плен!", "스다바이샤 프플렌!"),
        ("с бра́том", "즈브라탐"),
        ("без воды́", "비즈바디"),
        ("к врачу́", "크브라추"),
        ("Вы в поря́дке?", "비 프파럇키?"),
        ("о войне́", "아바이네"),
        ("на́ пол", "나팔"),
        ("с собо́й", "스사보이"),
    ],
)
def test_learner_form_says_a_preposition_with_its_word(stressed: str, hangul: str) -> None:
    assert transcribe(stressed, "ru", "Hang") == hangul


def test_without_stress_marks_prepositions_keep_the_standard_spelling() -> None:
    assert transcribe("в плен", "ru", "Hang") == "프 플렌"
    assert transcribe("без воды", "ru", "Hang") == "베스 보디"


def test_ukrainian_prepositions_are_left_as_written() -> None:
    assert transcribe("в поло́н", "uk", "Hang") == transcribe("в полон", "uk", "Hang")
    assert " " in transcribe("з бра́том", "uk", "Hang")
