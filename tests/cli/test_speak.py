"""`speak`: the language told from the script, --to for lexicon phrases, no folders made by typo."""

from __future__ import annotations

from pathlib import Path

import pytest

from phrasebook.cli import main
from phrasebook.speech import Audio
from phrasebook.values import Lang

SILENCE = Audio(samples=b"\0\0" * 800, rate=8000, engine="fake")


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Lang]]:
    """What would be synthesised, without a speech engine."""
    calls: list[tuple[str, Lang]] = []

    def fake(text: str, lang: Lang, *, rate: int | None = None) -> Audio:
        calls.append((text, lang))
        return SILENCE

    monkeypatch.setattr("phrasebook.speech.synthesize", fake)
    return calls


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Ложись", Lang.RU), ("Лягай! Їжа є", Lang.UK), ("엎드려", Lang.KO), ("Get down", Lang.EN)],
)
def test_the_language_is_told_from_the_script(
    text: str, lang: Lang, said: list[tuple[str, Lang]], tmp_path: Path, capsys
) -> None:
    assert main(["speak", text, "-o", str(tmp_path / "x.wav")]) == 0
    assert said == [(text, lang)]
    assert (tmp_path / "x.wav").is_file()


def test_lang_still_wins_over_the_guess(said: list[tuple[str, Lang]], tmp_path: Path) -> None:
    assert main(["speak", "Руки вгору!", "--lang", "uk", "-o", str(tmp_path / "x.wav")]) == 0
    assert said == [("Руки вгору!", Lang.UK)]


def test_to_says_the_lexicon_phrase_in_that_language(
    said: list[tuple[str, Lang]], tmp_path: Path
) -> None:
    # Ukrainian with no letter only Ukrainian has: the phrase is still found
    assert main(["speak", "руки вгору", "--to", "ko", "-o", str(tmp_path / "x.wav")]) == 0
    assert said == [("손 들어!", Lang.KO)]


def test_to_with_a_text_not_in_the_lexicon_is_a_user_error(
    said: list[tuple[str, Lang]], tmp_path: Path, capsys
) -> None:
    code = main(["speak", "Purple elephants", "--to", "ko", "-o", str(tmp_path / "x.wav")])
    assert code == 1
    assert "not a phrase of the lexicon" in capsys.readouterr().err
    assert said == []


def test_text_without_letters_asks_for_lang(said: list[tuple[str, Lang]], capsys) -> None:
    assert main(["speak", "123", "-o", "x.wav"]) == 1
    assert "--lang" in capsys.readouterr().err


def test_a_missing_output_folder_is_refused_not_created(
    said: list[tuple[str, Lang]], tmp_path: Path, capsys
) -> None:
    target = tmp_path / "nonexistent" / "x.wav"
    code = main(["speak", "Ложись", "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"the folder {target.parent} does not exist" in err
    assert not target.parent.exists()


def test_variant_says_the_entrys_variant(said: list[tuple[str, Lang]], tmp_path: Path) -> None:
    out = str(tmp_path / "x.wav")
    assert main(["speak", "--id", "hands-up", "--variant", "1", "--to", "ko", "-o", out]) == 0
    assert said == [("손을 드십시오!", Lang.KO)]


def test_a_variant_out_of_range_or_without_the_language_is_a_user_error(
    said: list[tuple[str, Lang]], tmp_path: Path, capsys
) -> None:
    out = str(tmp_path / "x.wav")
    assert main(["speak", "--id", "hands-up", "--variant", "9", "--to", "ko", "-o", out]) == 1
    assert "give --variant 1 to" in capsys.readouterr().err
    assert main(["speak", "--variant", "1", "손"]) == 2
    assert "--variant needs --id" in capsys.readouterr().err
    assert said == []
