"""Every validation rule, each on a small broken lexicon, reported as file:line: message."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

import pytest

import phrasebook
from phrasebook import LexiconError

GOOD = """\
  - id: {id}
    en: {en}
    ru: {ru}
    uk: {uk}
    ko: {ko}
"""


def entry(**kw: str) -> str:
    values = {"id": "stop", "en": "Stop!", "ru": "Стой!", "uk": "Стій!", "ko": "서!"}
    values.update(kw)
    return GOOD.format(**values)


def problems_for(directory: Path, body: str, name: str = "x-broken.yaml") -> list[str]:
    (directory / name).write_text(body, encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        phrasebook.load_lexicon([directory], cache=False)
    return [str(p) for p in caught.value.problems]


def assert_problem(problems: list[str], where: str, text: str) -> None:
    hits = [p for p in problems if p.startswith(where) and text in p]
    assert hits, f"no problem at {where!r} mentioning {text!r} in {problems}"


def test_fixture_lexicon_loads(mini_copy: Path) -> None:
    lexicon = phrasebook.load_lexicon([mini_copy], cache=False)
    assert len(lexicon) == 5
    assert lexicon.get("hands-up").text["ko"] == "손 들어!"
    assert [c.id for c in lexicon.categories] == ["surrender", "communication"]


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("category: surrender\nentries:\n  - id: x\n    en: [unclosed\n", 5, "YAML syntax error"),
        ("category: surrender\nentries:\n" + entry(en="yes"), 4, "put it in quotes"),
        ("category: surrender\nentries:\n" + entry(ko="5"), 7, "read a number"),
        ("category: surrender\nentries:\n" + entry(ko="''"), 7, "`ko` is empty"),
        ("category: surrender\nentries:\n" + entry(id="Stop_Now"), 3, "must be a slug"),
        ("category: surrender\nentries:\n" + entry() + "    colour: red\n", 8, "unknown key"),
        ("category: surrender\nentries:\n" + entry() + "    ko: 멈춰!\n", 8, "given twice"),
        ("category: surrender\nentries:\n" + entry(ko="Stop!"), 7, "has no Hangul"),
        ("category: surrender\nentries:\n" + entry(ko="서 stop!"), 7, "Latin letters"),
        ("category: surrender\nentries:\n" + entry(ru="Stoй!"), 5, "Latin letters"),
        ("category: surrender\nentries:\n" + entry(uk="Стый!"), 6, "Russian letters"),
        ("category: surrender\nentries:\n" + entry(ru="Стіій!"), 5, "Ukrainian letters"),
        ("category: surrender\nentries:\n" + entry(en="Стоп!"), 4, "Cyrillic letters"),
        ("category: surrender\nentries:\n" + entry(ko="서"), 3, "must agree"),
        ("category: surrender\nentries:\n" + entry(en="Stop?"), 3, "must agree"),
        ("category: nowhere\nentries:\n" + entry(), 1, "unknown category 'nowhere'"),
        ("category: surrender\nentries:\n" + entry() + "    answers: [ghost]\n", 3, "'ghost'"),
        ("category: surrender\nentries:\n" + entry() + "    related: [stop]\n", 8, "itself"),
        ("category: surrender\nentries:\n" + entry(id="hands-up"), 3, "duplicate id"),
        ("category: surrender\nentries:\n" + entry(en="Hands up!", id="up"), 3, "same English"),
        (
            "category: surrender\nentries:\n" + entry() + "    stress:\n      ru: Стоп!\n",
            9,
            "is not `ru`",
        ),
        (
            "category: surrender\nentries:\n" + entry() + "    pron:\n      ko-Cyrl: со\n",
            8,
            "without `pron_note`",
        ),
        (
            "category: surrender\nentries:\n" + entry() + "    pron:\n      ko-Xyz: so\n"
            "    pron_note: x\n",
            8,
            "LANG-Script",
        ),
        (
            "category: surrender\nentries:\n" + entry() + "    variants:\n      - note: hi\n",
            9,
            "at least one language",
        ),
        ("category: surrender\nentries:\n" + entry() + "    register: shouty\n", 8, "register"),
        ("- just\n- a list\n", 1, "expected a mapping with `category:`"),
        ("category: surrender\nentries: nope\n", 2, "`entries` must be a list"),
        ("category: surrender\nentries:\n" + entry() + "    tags: war\n", 8, "must be a list"),
        (
            "category: surrender\nentries:\n" + entry() + "    notes:\n      ru: Потом {ghost}.\n",
            9,
            "`notes.ru` refers to 'ghost', which does not exist",
        ),
        ("category: surrender\nentries:\n" + entry() + "    nk: See {ghost}.\n", 8, "'ghost'"),
        (
            "category: surrender\nentries:\n" + entry() + "    nk:\n      en: A.\n"
            "      uk: Див. {ghost}\n",
            10,
            "`nk.uk` refers to 'ghost'",
        ),
        (
            "category: surrender\nentries:\n" + entry() + "    variants:\n      - ko: 서요!\n"
            "        note: Softer than {ghost}.\n",
            10,
            "`variants[0].note` refers to 'ghost'",
        ),
        (
            "category: surrender\nentries:\n" + entry() + "    notes:\n      en: See {Hands Up}.\n",
            9,
            "not a reference",
        ),
        ("category: surrender\nentries:\n" + entry() + "    nk:\n      xx: A.\n", 9, "nk.xx"),
        ("category: surrender\nentries:\n" + entry() + "    nk: [a]\n", 8, "text or a mapping"),
    ],
)
def test_broken_entry_is_reported_at_its_line(
    mini_copy: Path, body: str, line: int, message: str
) -> None:
    problems = problems_for(mini_copy, body)
    assert_problem(problems, f"{mini_copy / 'x-broken.yaml'}:{line}:", message)


def test_stress_mark_after_consonant_is_reported(mini_copy: Path) -> None:
    body = "category: surrender\nentries:\n" + entry() + "    stress:\n      ru: Ст\u0301ой!\n"
    problems = problems_for(mini_copy, body)
    assert_problem(problems, f"{mini_copy / 'x-broken.yaml'}:9:", "non-vowel")


def test_empty_file_is_reported(mini_copy: Path) -> None:
    problems = problems_for(mini_copy, "")
    assert_problem(problems, f"{mini_copy / 'x-broken.yaml'}:", "empty")


def test_binary_file_is_reported(mini_copy: Path) -> None:
    (mini_copy / "x-broken.yaml").write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(LexiconError, match="not a text file"):
        phrasebook.load_lexicon([mini_copy], cache=False)


def test_invalid_utf8_names_the_line(mini_copy: Path) -> None:
    (mini_copy / "x-broken.yaml").write_bytes(b"category: surrender\nentries:\n  - id: \xff\n")
    with pytest.raises(LexiconError, match=r"x-broken.yaml:3: not valid UTF-8"):
        phrasebook.load_lexicon([mini_copy], cache=False)


def test_huge_file_is_refused_without_reading(mini_copy: Path) -> None:
    with (mini_copy / "x-broken.yaml").open("wb") as handle:
        handle.truncate(9 * 1024 * 1024)
    with pytest.raises(LexiconError, match="the limit is 8 MiB"):
        phrasebook.load_lexicon([mini_copy], cache=False)


def test_every_problem_is_listed_not_just_the_first(mini_copy: Path) -> None:
    body = (
        "category: surrender\nentries:\n" + entry(uk="Стый!") + entry(id="go", en="Go!", ru="Go!")
    )
    problems = problems_for(mini_copy, body)
    assert len([p for p in problems if "x-broken.yaml" in p]) >= 2


def test_missing_path_is_reported(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="no such file or directory"):
        phrasebook.load_lexicon([tmp_path / "nowhere"], cache=False)


def test_a_single_file_uses_its_sibling_categories(mini_copy: Path) -> None:
    (mini_copy / "communication.yaml").unlink()
    with pytest.raises(LexiconError) as caught:
        phrasebook.load_lexicon([mini_copy / "surrender.yaml"], cache=False)
    # categories came along; only the answers that lived in the removed file are missing
    assert all("does not exist" in str(p) for p in caught.value.problems)


def test_overlay_replaces_and_adds(mini_copy: Path, tmp_path: Path, monkeypatch) -> None:
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    (overlay / "mine.yaml").write_text(
        dedent(
            """\
            category: surrender
            entries:
              - id: hands-up
                en: Hands up, both of them!
                ru: Обе руки вверх!
                uk: Обидві руки вгору!
                ko: 두 손 들어!
              - id: sit-down
                en: Sit down!
                ru: Сядь!
                uk: Сядь!
                ko: 앉아!
            """
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("PHRASEBOOK_LEXICON_PATH", str(overlay))
    monkeypatch.setattr("phrasebook.lexicon.shipped_lexicon_dir", lambda: mini_copy)
    shipped = phrasebook.load_lexicon()
    assert "hands-up" in shipped
    assert shipped.get("hands-up").text["ko"] == "두 손 들어!"
    assert shipped.get("sit-down").path == overlay / "mine.yaml"


def test_overlay_errors_name_the_overlay_file(mini_copy: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("phrasebook.lexicon.shipped_lexicon_dir", lambda: mini_copy)
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    (overlay / "mine.yaml").write_text("category: surrender\nentries:\n" + entry(uk="Стый!"))
    monkeypatch.setenv("PHRASEBOOK_LEXICON_PATH", str(overlay))
    with pytest.raises(LexiconError, match=r"mine.yaml:6: Ukrainian text"):
        phrasebook.load_lexicon()


def test_cache_is_used_and_a_corrupt_cache_rebuilt(mini_copy: Path, user_dirs) -> None:
    first = phrasebook.load_lexicon([mini_copy])
    cached = list(user_dirs["cache"].glob("lexicon-*.pickle"))
    assert len(cached) == 1
    cached[0].write_bytes(b"garbage")
    again = phrasebook.load_lexicon([mini_copy])
    assert [e.id for e in again] == [e.id for e in first]


def test_edited_file_invalidates_the_cache(mini_copy: Path) -> None:
    phrasebook.load_lexicon([mini_copy])
    path = mini_copy / "surrender.yaml"
    path.write_text(path.read_text().replace("Кинь зброю!", "Кидай зброю!"), encoding="utf-8")
    assert phrasebook.load_lexicon([mini_copy]).get("drop-weapon").text["uk"] == "Кидай зброю!"


def test_said_by_is_read_and_defaults_to_the_category(tmp_path: Path) -> None:
    (tmp_path / "categories.yaml").write_text(
        dedent("""\
            categories:
              - {id: surrender, en: S, ru: С, uk: С, ko: 투항}
              - {id: pleas, en: P, ru: П, uk: П, ko: 부탁, said_by: other}
            """),
        encoding="utf-8",
    )
    (tmp_path / "a.yaml").write_text(
        "category: surrender\nentries:\n"
        + entry()
        + "    said_by: either\n"
        + entry(id="plain-stop", en="Halt!"),
        encoding="utf-8",
    )
    (tmp_path / "b.yaml").write_text(
        "category: pleas\nentries:\n"
        + entry(id="spare-me", en="Spare me!", ru="Пощадите!", uk="Пощадіть!", ko="살려 주세요!"),
        encoding="utf-8",
    )
    lexicon = phrasebook.load_lexicon([tmp_path], cache=False)
    assert lexicon.get("stop").said_by == "either"
    assert lexicon.get("plain-stop").said_by == "holder"
    assert lexicon.get("spare-me").said_by == "other"


def test_said_by_rejects_an_unknown_speaker(tmp_path: Path) -> None:
    problems = problems_for(
        tmp_path, "category: surrender\nentries:\n" + entry() + "    said_by: them\n"
    )
    assert_problem(problems, f"{tmp_path / 'x-broken.yaml'}:8", "said_by")


def test_every_problem_of_every_file_is_reported_in_one_pass(mini_copy: Path) -> None:
    # The three rounds at once: a structural error, a Latin `ko:` text and an unknown
    # `related` id, in two files; then a missing key and a language fault in one entry.
    (mini_copy / "y-broken.yaml").write_text(
        "category: surrender\nentries:\n"
        "  - id: wait\n    en: Wait!\n    ru: Zhdi!\n    uk: Чекай!\n",
        encoding="utf-8",
    )
    body = (
        "category: surrender\nentries:\n"
        + entry(id="a", en="Go!", ru="Иди!", uk="Іди!", ko="가!")
        + "    colour: red\n"
        + entry(id="b", en="Run!", ru="Беги!", uk="Біжи!", ko="Run!")
        + entry(id="c", en="Sit!", ru="Сядь!", uk="Сядь!", ko="앉아!")
        + "    related: [ghost]\n"
    )
    problems = problems_for(mini_copy, body)
    broken, other = mini_copy / "x-broken.yaml", mini_copy / "y-broken.yaml"
    assert_problem(problems, f"{broken}:8:", "unknown key `colour`")
    assert_problem(problems, f"{broken}:13:", "has no Hangul")
    assert_problem(problems, f"{broken}:", "'ghost', which does not exist")
    assert_problem(problems, f"{other}:3:", "missing required key `ko`")
    assert_problem(problems, f"{other}:5:", "`ru` text 'Zhdi!' has no Cyrillic")
    # ordered by file, then line
    lines = [(p.split(":")[0], int(p.split(":")[1])) for p in problems]
    assert lines == sorted(lines)


def test_a_reference_to_a_broken_entry_is_not_reported_missing(mini_copy: Path) -> None:
    body = (
        "category: surrender\nentries:\n"
        + entry(id="a", en="Go!", ru="Иди!", uk="Іди!", ko="가!")
        + "    colour: red\n"
        + entry(id="c", en="Sit!", ru="Сядь!", uk="Сядь!", ko="앉아!")
        + "    related: [a]\n"
    )
    problems = problems_for(mini_copy, body)
    assert len(problems) == 1, problems
