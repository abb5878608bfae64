"""Generated input against every entry point a user's text reaches: nothing may raise.

Run long with `make fuzz` (HYPOTHESIS_PROFILE=fuzz); `make test` runs a short profile.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import phrasebook
from phrasebook import cli
from phrasebook.errors import LexiconError
from phrasebook.pronounce import SYSTEMS, transcribe
from tests.conftest import MINI, count_fuzz_input

SHIPPED = phrasebook.shipped_lexicon_dir()
LEXICON = phrasebook.load_lexicon([MINI], cache=False)

texts = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200
) | st.sampled_from(["", " ", "\x1b[31m", "\0", "손 들어!", "руки", "[bold]x", "🙂" * 50])


@given(texts, st.sampled_from([None, "en", "ru", "uk", "ko"]), st.integers(-5, 60))
def test_search_never_raises(query: str, lang: str | None, limit: int) -> None:
    count_fuzz_input("search")
    results = LEXICON.search(query, limit=limit, lang=lang)
    assert all(0.0 <= r.score <= 1.0 for r in results)


@given(texts, st.sampled_from(sorted(SYSTEMS)))
def test_every_transcriber_takes_any_text(text: str, pair: tuple[str, str]) -> None:
    count_fuzz_input("transcribe")
    assert isinstance(transcribe(text, *pair), str)


SOURCE_FILES = sorted(p for p in SHIPPED.glob("*.yaml") if p.name != "categories.yaml")


@given(
    st.sampled_from(SOURCE_FILES),
    st.lists(st.tuples(st.integers(0, 10**6), st.binary(min_size=0, max_size=4)), max_size=6),
)
def test_mutated_lexicon_files_give_problems_not_tracebacks(
    tmp_path_factory: pytest.TempPathFactory, source: Path, edits: list[tuple[int, bytes]]
) -> None:
    count_fuzz_input("yaml")
    data = bytearray(source.read_bytes()[:6000])
    for position, replacement in edits:
        at = position % (len(data) + 1)
        data[at : at + len(replacement)] = replacement
    folder = tmp_path_factory.mktemp("mutated")
    shutil.copy(SHIPPED / "categories.yaml", folder / "categories.yaml")
    (folder / source.name).write_bytes(bytes(data))
    try:
        phrasebook.load_lexicon([folder], cache=False)
    except LexiconError as exc:
        assert all(str(p) for p in exc.problems)


TOKENS = st.sampled_from(
    [
        "lookup",
        "show",
        "transcribe",
        "lexicon",
        "validate",
        "stats",
        "config",
        "get",
        "set",
        "path",
        "--json",
        "--lang",
        "--script",
        "--limit",
        "--category",
        "--from",
        "--to",
        "ko",
        "ru",
        "uk",
        "en",
        "xx",
        "Cyrl",
        "Hang",
        "Latn",
        "0",
        "-1",
        "99",
        "hands-up",
        "mine",
        "theirs",
        "theme",
        "--help",
        "--version",
        str(MINI),
    ]
)


@given(st.lists(TOKENS | texts, min_size=1, max_size=7))
def test_cli_never_shows_a_traceback(monkeypatch_module, argv: list[str]) -> None:
    count_fuzz_input("cli")
    try:
        code = cli.main(argv)
    except SystemExit as exc:  # argparse: usage error or --help/--version
        assert exc.code in (0, 2)
    else:
        assert code in (0, 1, 2)


@pytest.fixture(scope="module")
def monkeypatch_module(tmp_path_factory: pytest.TempPathFactory):
    """No TUI from an argv without a command, and user dirs that are this module's own."""
    patcher = pytest.MonkeyPatch()
    patcher.setattr(cli, "cmd_tui", lambda args: 0)
    home = tmp_path_factory.mktemp("fuzz-home")
    for name in ("CONFIG", "DATA", "CACHE"):
        patcher.setenv(f"PHRASEBOOK_{name}_DIR", str(home / name.lower()))
    patcher.setenv("PHRASEBOOK_LEXICON_PATH", "")
    yield patcher
    patcher.undo()


def test_shipped_lexicon_transcribes_without_error() -> None:
    lexicon = phrasebook.load_lexicon(cache=False)
    done = 0
    for entry in lexicon:
        for lang, script in SYSTEMS:
            text = entry.stress.get(lang) or entry.text[lang]  # type: ignore[call-overload]
            result = transcribe(text, lang, script)
            assert result.strip(), (entry.id, lang, script)
            done += 1
    assert done == len(lexicon) * len(SYSTEMS)
