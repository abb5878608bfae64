"""Every example in the README runs: each `phrasebook …` line of its shell blocks and its Python.

The shell lines run in order, in a scratch directory, against the small test models and a
local index server on 127.0.0.1 (for `--from-index`); `/media/usb` becomes a scratch folder.
"""

from __future__ import annotations

import contextlib
import io
import re
import shlex
import shutil
from pathlib import Path

import pytest

from phrasebook.cli import main
from phrasebook.mt.store import install_model
from tests.conftest import DATA
from tests.mt.test_store import index_server  # noqa: F401  (fixture)

README = Path(__file__).resolve().parent.parent / "README.md"
MODELS = DATA / "models"


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def commands() -> list[str]:
    found = []
    for block in blocks("sh"):
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            if line.startswith("phrasebook "):
                found.append(line)
    return found


def test_readme_starts_with_the_two_setup_commands() -> None:
    first = blocks("sh")[0].splitlines()
    assert first[0].startswith("make run") and first[1].startswith("make test")


def test_readme_python_example_runs(capsys) -> None:
    (code,) = blocks("python")
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "hands-up 1.0" in out and "손 들어!" in out and "сон тыро!" in out


@pytest.mark.slow
def test_readme_command_examples_run(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    index_server,  # noqa: F811
) -> None:
    monkeypatch.chdir(tmp_path)
    usb = tmp_path / "usb"
    (tmp_path / "questions.txt").write_text("Руки вверх!\nГде вода?\n", encoding="utf-8")
    shutil.copy(MODELS / "translate-en_ko-1_0.argosmodel", "translate-en_ko-1_1.argosmodel")
    for pair in ("ru_en", "en_uk"):  # what the translate --file example needs
        install_model(MODELS / f"translate-{pair}-1_0.argosmodel")
    ran = []
    for line in commands():
        argv = shlex.split(line.replace("/media/usb", str(usb)))[1:]
        redirect = None
        if ">" in argv:
            redirect = Path(argv[argv.index(">") + 1])
            argv = argv[: argv.index(">")]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(argv)
        assert code == 0, f"README example failed: {line}"
        if redirect is not None:
            redirect.write_text(out.getvalue(), encoding="utf-8")
        ran.append(line)
    assert len(ran) >= 20
    assert Path("hands-up.wav").stat().st_size > 1000
    assert Path("cards.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert len(Path("questions.uk.txt").read_text(encoding="utf-8").splitlines()) == 2
    assert len(list(usb.glob("*.argosmodel"))) >= 3
