"""Exports: pocket cards (HTML), CSV and JSON, compared with golden files, and the CLI command.

The golden files under tests/data/golden/ are the exports of the small fixture lexicon
(tests/data/mini) for Ukrainian → Korean, dated 2025-03-01. After an intended change of the output,
regenerate them and review the diff before committing:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_export.py
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from phrasebook.cli import main
from phrasebook.errors import ExportError, PhrasebookError, UnknownCategoryError
from phrasebook.export import CSV_HEADER, export, write_export
from phrasebook.fonts import FontFinder
from phrasebook.fonts.find import packaged_source
from phrasebook.lexicon import Lexicon, load_lexicon
from phrasebook.values import Category, Entry, Lang
from tests.conftest import DATA, MINI

GOLDEN = DATA / "golden"
NO_FONTS = FontFinder([])
DAY = date(2025, 3, 1)


@pytest.fixture(scope="module")
def mini() -> Lexicon:
    return load_lexicon([MINI], cache=False)


@pytest.fixture(scope="module")
def shipped() -> Lexicon:
    return load_lexicon(cache=False)


def trap_lexicon() -> Lexicon:
    """Text that is HTML, CSV and JSON syntax, in every language."""
    nasty = '<script>alert("x")</script> & <b>bold</b>, "quoted"'
    texts = {lang: f"{nasty} {lang.value}?" for lang in Lang}
    answer = {lang: f"<img src=x onerror=alert(1)> {lang.value}" for lang in Lang}
    names = {lang: f"<i>cat</i> & {lang.value}" for lang in Lang}
    return Lexicon(
        [
            Entry("trap", "c", texts, answers=("trap-answer",), notes={Lang.UK: "a,b\r\nc"}),
            Entry("trap-answer", "c", answer),
        ],
        [Category("c", names)],
    )


# --- golden files ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["html", "csv", "json"])
def test_mini_export_matches_golden_file(mini: Lexicon, fmt: str) -> None:
    # Without fonts to embed, so that the file is the same on every machine.
    data = export(mini, Lang.UK, Lang.KO, fmt, today=DAY, finder=NO_FONTS)
    golden = GOLDEN / f"mini-uk-ko.{fmt}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(data)
    assert golden.exists(), f"{golden} is missing: run with UPDATE_GOLDEN=1 to create it"
    assert data == golden.read_bytes(), f"{fmt} export differs from {golden} (see module doc)"


def test_exports_are_deterministic_for_a_given_date(mini: Lexicon) -> None:
    for fmt in ("html", "csv", "json"):
        assert export(mini, Lang.KO, Lang.RU, fmt, today=DAY) == export(
            mini, Lang.KO, Lang.RU, fmt, today=DAY
        )


# --- pocket cards ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("mine", "theirs"), [(Lang.UK, Lang.KO), (Lang.KO, Lang.RU)])
def test_cards_reference_nothing_outside_the_file(
    shipped: Lexicon, mine: Lang, theirs: Lang
) -> None:
    html = export(shipped, mine, theirs, "html", today=DAY).decode("utf-8").lower()
    # The embedded fonts are data: URLs inside the file; nothing else may be a URL.
    html = re.sub(r"url\(data:font/woff;base64,[a-z0-9+/=]+\)", "", html)
    for needle in ("http", "//", "@import", "url(", "<script", "<link", "src=", "<iframe"):
        assert needle not in html, needle


def test_cards_embed_the_fonts_of_their_letters(mini: Lexicon) -> None:
    problems: list[str] = []
    packaged = FontFinder([packaged_source])
    html = export(
        mini, Lang.UK, Lang.KO, "html", today=DAY, finder=packaged, problems=problems
    ).decode()
    assert problems == []
    faces = re.findall(r'@font-face \{ font-family: "([^"]+)"; src: url\(data:font/woff', html)
    assert faces == ["phrasebook embedded 1", "phrasebook embedded 2"]  # Noto Sans KR, Noto Sans
    assert 'font-family: "phrasebook embedded 1", "phrasebook embedded 2", "Noto Sans"' in html
    # The subsets hold only what the page uses: a few kilobytes, not the 4.6 MB font.
    plain = export(mini, Lang.UK, Lang.KO, "html", today=DAY, finder=NO_FONTS)
    assert len(html) < len(plain) + 80_000


def test_cards_without_fonts_say_what_is_missing_and_how_to_fix_it(mini: Lexicon) -> None:
    problems: list[str] = []
    export(mini, Lang.UK, Lang.KO, "html", today=DAY, finder=NO_FONTS, problems=problems)
    assert len(problems) == 1
    assert "print as boxes" in problems[0] and "phrasebook[cards]" in problems[0]
    assert "config set font" in problems[0]


def test_cards_are_a6_on_a4_with_a_hangul_and_cyrillic_font_stack(mini: Lexicon) -> None:
    html = export(mini, Lang.UK, Lang.KO, "html", today=DAY).decode("utf-8")
    assert "@page { size: A4; margin: 0; }" in html
    assert "grid-template-columns: 105mm 105mm" in html
    for font in ("Noto Sans CJK KR", "NanumGothic", "Malgun Gothic", "DejaVu Sans"):
        assert f'"{font}"' in html
    # The cover, then one card: a short list does not take a card per category.
    assert html.count('<section class="card') == 2
    card = html.split('<section class="card">')[1]
    assert "<h2><span>Здача в полон</span><span></span></h2>" in card
    assert "<h2><span>Спілкування</span><span></span></h2>" in card


def test_cover_lists_categories_with_counts_in_my_language(mini: Lexicon) -> None:
    html = export(mini, Lang.UK, Lang.KO, "html", today=DAY).decode("utf-8")
    cover = html[html.index('class="card cover"') : html.index("</section>")]
    assert "Кишеньковий розмовник" in cover
    assert "Українська → 한국어" in cover
    assert "2025-03-01" in cover
    assert "<td>Здача в полон</td><td class=n>3</td>" in cover
    assert "<td>Спілкування</td><td class=n>2</td>" in cover
    assert "Як користуватися" in cover and "Знайдіть фразу своєю мовою" in cover


def test_card_row_has_my_text_their_text_and_pronunciation_in_my_script(mini: Lexicon) -> None:
    html = export(mini, Lang.UK, Lang.KO, "html", today=DAY).decode("utf-8")
    row = next(part for part in html.split('<div class="row">') if "Руки вгору!" in part)
    assert '<div class="mine" lang="uk">Руки вгору!</div>' in row
    assert '<div class="theirs" lang="ko">손 들어!</div>' in row
    assert '<div class="say" lang="uk">сон тыро!</div>' in row


def test_questions_offer_answers_in_their_language_with_my_gloss(mini: Lexicon) -> None:
    html = export(mini, Lang.UK, Lang.KO, "html", today=DAY).decode("utf-8")
    assert (
        '<ul class="answers" aria-label="Відповіді">'
        '<li><b lang="ko">예</b><span lang="uk">Так</span></li>'
        '<li><b lang="ko">아니요</b><span lang="uk">Ні</span></li></ul>'
    ) in html


def test_english_reader_gets_headings_and_latin_pronunciation(mini: Lexicon) -> None:
    html = export(mini, Lang.EN, Lang.KO, "html", today=DAY).decode("utf-8")
    assert "Pocket phrasebook" in html and "How to use" in html
    assert '<div class="say" lang="en">son deureo!</div>' in html


def test_lexicon_text_is_html_escaped() -> None:
    html = export(trap_lexicon(), Lang.UK, Lang.KO, "html", today=DAY).decode("utf-8")
    assert "<script" not in html and "<img" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold" in html
    assert "&lt;img src=x onerror=alert(1)&gt; ko" in html
    assert "&lt;i&gt;cat&lt;/i&gt; &amp; uk" in html


def test_markup_fixture_text_is_shown_as_written() -> None:
    lexicon = load_lexicon([DATA / "markup"], cache=False)
    html = export(lexicon, Lang.EN, Lang.RU, "html", today=DAY).decode("utf-8")
    assert "[bold red]Stop[/bold red] now!" in html
    assert "[Стой] сейчас!" in html


def test_every_shipped_pair_exports_cards(shipped: Lexicon) -> None:
    for mine in Lang:
        for theirs in Lang:
            if mine is not theirs:
                html = export(shipped, mine, theirs, "html", today=DAY, finder=NO_FONTS)
                assert html.count(b'<div class="row">') == len(shipped)


def test_a_long_category_spans_numbered_cards_listed_on_the_cover(shipped: Lexicon) -> None:
    html = export(shipped, Lang.UK, Lang.KO, "html", categories=["medical"], today=DAY)
    text = html.decode("utf-8")
    cards = text.count('<section class="card">')
    assert cards > 1
    assert f"<span>Медична допомога</span><span>{cards}/{cards}</span>" in text
    assert f"<td class=n>1–{cards}</td>" in text


# --- CSV and JSON ---------------------------------------------------------------------------------


def test_csv_has_bom_header_and_crlf_rows(mini: Lexicon) -> None:
    data = export(mini, Lang.UK, Lang.KO, "csv")
    header = b"id,category,mine,theirs,pronunciation,en,ru,uk,ko,notes\r\n"
    assert data.startswith(b"\xef\xbb\xbf" + header)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == CSV_HEADER
    assert rows[1][:5] == ["hands-up", "surrender", "Руки вгору!", "손 들어!", "сон тыро!"]
    assert len(rows) == 1 + len(mini)


def test_csv_quotes_commas_quotes_and_newlines_per_rfc_4180() -> None:
    data = export(trap_lexicon(), Lang.UK, Lang.KO, "csv").decode("utf-8-sig")
    assert '"<script>alert(""x"")</script> & <b>bold</b>, ""quoted"" uk?"' in data
    rows = list(csv.reader(io.StringIO(data, newline="")))
    assert rows[1][2] == '<script>alert("x")</script> & <b>bold</b>, "quoted" uk?'
    assert rows[1][9] == "a,b\r\nc"


def test_json_has_pair_date_categories_and_entries(mini: Lexicon) -> None:
    data = json.loads(export(mini, Lang.UK, Lang.KO, "json", today=DAY))
    assert data["pair"] == {
        "mine": "uk",
        "theirs": "ko",
        "names": {"uk": "Українська", "ko": "한국어"},
    }
    assert data["generated"] == "2025-03-01"
    assert [c["id"] for c in data["categories"]] == ["surrender", "communication"]
    assert [e["id"] for e in data["entries"]] == [e.id for e in mini]
    wounded = next(e for e in data["entries"] if e["id"] == "are-you-wounded")
    assert [a["id"] for a in wounded["answers"]] == ["answer-yes", "answer-no"]
    assert wounded["say"] == wounded["pronunciation"][0]["text"]


def test_json_gives_notes_and_nk_by_language_with_references_shown(noted: Lexicon) -> None:
    data = json.loads(export(noted, Lang.UK, Lang.KO, "json", ids=["stop", "halt"], today=DAY))
    stop, halt = data["entries"]
    assert stop["notes"] == {
        "en": "Shout it; then ask “Are you wounded?” or “Hands up!”.",
        "ru": "Кричите; потом спросите «Ты ранен?».",
    }
    assert stop["nk"] == {"en": "Understood the same way; follow with “Are you wounded?”."}
    assert halt["nk"] == {"en": "The KPA's own word for it.", "uk": "Так кажуть у КНДР."}


def test_csv_note_is_mine_or_english_with_references_in_my_language(noted: Lexicon) -> None:
    data = export(noted, Lang.UK, Lang.KO, "csv", ids=["stop"]).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(data, newline="")))
    assert rows[1][9] == "Shout it; then ask «Ти поранений?» or «Руки вгору!»."


# --- selection and errors -----------------------------------------------------------------------


def test_category_filter_keeps_only_that_category(mini: Lexicon) -> None:
    data = json.loads(export(mini, Lang.UK, Lang.KO, "json", categories=["communication"]))
    assert [e["id"] for e in data["entries"]] == ["answer-yes", "answer-no"]


def test_unknown_category_names_the_known_ones(mini: Lexicon) -> None:
    with pytest.raises(UnknownCategoryError, match="'nope'; known: surrender, comm"):
        export(mini, Lang.UK, Lang.KO, "html", categories=["nope"])


def test_ids_keep_only_those_entries_and_skip_unknown_ones(mini: Lexicon) -> None:
    data = export(mini, Lang.UK, Lang.KO, "csv", ids=["drop-weapon", "gone", "answer-no"])
    ids = [row[0] for row in csv.reader(io.StringIO(data.decode("utf-8-sig")))][1:]
    assert ids == ["drop-weapon", "answer-no"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"ids": []}, "nothing to export"),
        ({"ids": ["hands-up"], "categories": ["communication"]}, "nothing to export"),
    ],
)
def test_empty_selection_is_an_error(mini: Lexicon, kwargs: dict, message: str) -> None:
    with pytest.raises(ExportError, match=message):
        export(mini, Lang.UK, Lang.KO, "html", **kwargs)


def test_unknown_format_and_same_language_are_errors(mini: Lexicon) -> None:
    with pytest.raises(PhrasebookError, match="use one of html, csv, json"):
        export(mini, Lang.UK, Lang.KO, "pdf")
    with pytest.raises(PhrasebookError, match="two different"):
        export(mini, Lang.KO, Lang.KO, "csv")


def test_write_export_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "out" / "cards.html"
    write_export(target, b"old")
    write_export(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in target.parent.iterdir()] == ["cards.html"]


def test_export_module_does_not_import_the_ui() -> None:
    code = "import sys, phrasebook.export\n"
    code += "print([m for m in ('textual', 'rich') if m in sys.modules])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# --- the command --------------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--lexicon", str(MINI), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_writes_cards_with_format_from_suffix(capsys, tmp_path: Path) -> None:
    target = tmp_path / "cards.htm"
    code, out, _ = run(capsys, "export", "--from", "uk", "--to", "ko", "-o", str(target))
    assert code == 0
    assert f"wrote {target}: 5 phrases, uk → ko, html" in out
    assert target.read_bytes().startswith(b"<!DOCTYPE html>")


def test_cli_export_warns_when_the_cards_cannot_carry_their_letters(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("phrasebook.export.card_finder", lambda configured=None: NO_FONTS)
    target = tmp_path / "cards.html"
    code, _, err = run(capsys, "export", "--from", "uk", "--to", "ko", "-o", str(target))
    assert code == 0 and target.exists()
    assert "warning: no font here has" in err and "phrasebook[cards]" in err


def test_cli_format_option_wins_over_suffix(capsys, tmp_path: Path) -> None:
    target = tmp_path / "cards.txt"
    args = ("export", "--from", "uk", "--to", "ko", "--format", "json", "-o", str(target))
    assert run(capsys, *args)[0] == 0
    assert json.loads(target.read_bytes())["pair"]["mine"] == "uk"


def test_cli_csv_to_stdout_with_repeated_categories(capfdbinary) -> None:
    argv = ["--lexicon", str(MINI), "export", "--from", "en", "--to", "ru", "--format", "csv"]
    argv += ["--category", "communication", "--category", "surrender", "-o", "-"]
    assert main(argv) == 0
    out = capfdbinary.readouterr().out
    assert out.startswith(b"\xef\xbb\xbfid,category")
    assert out.count(b"\r\n") == 1 + 5


def test_cli_favourites_exports_only_starred_phrases(
    capsys, tmp_path: Path, user_dirs: dict[str, Path]
) -> None:
    user_dirs["data"].mkdir(parents=True)
    (user_dirs["data"] / "favourites.json").write_text('{"ids": ["are-you-wounded", "gone"]}')
    target = tmp_path / "fav.json"
    code, out, _ = run(capsys, "export", "--favourites", "--to", "ko", "-o", str(target))
    assert code == 0 and "1 phrase," in out
    assert [e["id"] for e in json.loads(target.read_bytes())["entries"]] == ["are-you-wounded"]


def test_cli_favourites_when_there_are_none_is_a_clear_error(capsys, tmp_path: Path) -> None:
    target = tmp_path / "fav.html"
    code, _, err = run(capsys, "export", "--favourites", "-o", str(target))
    assert code == 1
    assert "no favourites yet" in err and "Traceback" not in err
    assert not target.exists()


def test_cli_unknown_category_exits_1_naming_known_ones(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "export", "--category", "nope", "-o", str(tmp_path / "x.csv"))
    assert code == 1
    # each known id with its name in my language, since a name is accepted too
    assert "unknown category 'nope'; known: surrender (" in err
    assert "communication (" in err


def test_cli_same_language_twice_exits_1(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "export", "--from", "ko", "--to", "ko", "-o", str(tmp_path / "x"))
    assert code == 1 and "two different" in err


def test_csv_cells_that_look_like_formulas_are_neutralised() -> None:
    from phrasebook.export.cards import _cell

    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert _cell("-5") == "'-5"
    assert _cell("5 — п'ять") == "5 — п'ять"
