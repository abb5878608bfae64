"""Generated input against every entry point a user's text reaches: nothing may raise.

Run long with `make fuzz` (HYPOTHESIS_PROFILE=fuzz); `make test` runs a short profile.
"""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import phrasebook
from phrasebook.cli import commands as cli
from phrasebook.errors import LexiconError, ModelPackageError
from phrasebook.mt.store import install_model, list_models
from phrasebook.pronounce import SYSTEMS, transcribe
from tests.conftest import MINI, count_fuzz_input

FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"


def budget(examples: int) -> settings:
    """The number of inputs a target gets under `make fuzz`; the short profile otherwise."""
    return settings(max_examples=examples) if FUZZ else settings()


SHIPPED = phrasebook.shipped_lexicon_dir()
LEXICON = phrasebook.load_lexicon([MINI], cache=False)

texts = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200
) | st.sampled_from(["", " ", "\x1b[31m", "\0", "손 들어!", "руки", "[bold]x", "🙂" * 50])


@budget(40_000)
@given(texts, st.sampled_from([None, "en", "ru", "uk", "ko"]), st.integers(-5, 60))
def test_search_never_raises(query: str, lang: str | None, limit: int) -> None:
    count_fuzz_input("search")
    results = LEXICON.search(query, limit=limit, lang=lang)
    assert all(0.0 <= r.score <= 1.0 for r in results)


@budget(40_000)
@given(texts, st.sampled_from(sorted(SYSTEMS)))
def test_every_transcriber_takes_any_text(text: str, pair: tuple[str, str]) -> None:
    count_fuzz_input("transcribe")
    assert isinstance(transcribe(text, *pair), str)


SOURCE_FILES = sorted(p for p in SHIPPED.glob("*.yaml") if p.name != "categories.yaml")


@budget(12_000)
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


@budget(6_000)
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


def _small_archive() -> bytes:
    top = "translate-en_ru-9_9"
    meta = (
        b'{"package_version": "9.9", "argos_version": "1.9", "type": "translate", '
        b'"from_code": "en", "from_name": "English", "to_code": "ru", "to_name": "Russian"}'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr(f"{top}/metadata.json", meta)
        zf.writestr(f"{top}/model/model.bin", b"\0" * 64)
        zf.writestr(f"{top}/model/config.json", b"{}")
        zf.writestr(f"{top}/sentencepiece.model", b"\0" * 32)
    return out.getvalue()


ARCHIVE = _small_archive()


@budget(8_000)
@given(st.lists(st.tuples(st.integers(0, len(ARCHIVE)), st.binary(max_size=3)), max_size=5))
def test_mutated_model_archives_are_rejected_or_installed_cleanly(
    tmp_path_factory: pytest.TempPathFactory, edits: list[tuple[int, bytes]]
) -> None:
    count_fuzz_input("archive")
    data = bytearray(ARCHIVE)
    for position, replacement in edits:
        data[position : position + len(replacement)] = replacement
    path = tmp_path_factory.mktemp("archive") / "x.argosmodel"
    path.write_bytes(bytes(data))
    before = {p.code for p in list_models()}
    try:
        package = install_model(path, force=True)
    except ModelPackageError as exc:
        assert str(exc)
        assert {p.code for p in list_models()} == before
    else:
        assert package.code in {p.code for p in list_models()}


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
