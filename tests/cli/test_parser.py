"""The parser is built for the command given: its module's parsers only (issue 21)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from phrasebook.cli import commands


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


def test_the_tables_name_every_command_once() -> None:
    every = set(_commands(commands.build_parser()))
    grouped = [name for names in commands._GROUPS.values() for name in names]
    listed = [*commands._CORE, *grouped]
    assert sorted(listed) == sorted(every)


@pytest.mark.parametrize("command", sorted(_commands(commands.build_parser())))
def test_a_command_alone_parses_as_with_every_command(command: str) -> None:
    alone = _commands(commands.build_parser(command))
    assert command in alone
    full = _commands(commands.build_parser())[command]
    assert alone[command].format_help() == full.format_help()


def test_a_lookup_imports_no_other_command_module(tmp_path: Path) -> None:
    code = (
        "import sys, json\n"
        "from phrasebook.cli import main\n"
        "main(['lookup', 'hands up'])\n"
        "mods = ['phrasebook.cli.' + m for m in ('mt', 'learn', 'bundle', 'doctor', 'speak')]\n"
        "print(json.dumps([m for m in mods if m in sys.modules]), file=sys.stderr)\n"
    )
    env = dict(os.environ, PHRASEBOOK_CACHE_DIR=str(tmp_path / "cache"))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert "hands-up" in done.stdout
    assert json.loads(done.stderr.strip().splitlines()[-1]) == []


def test_help_and_a_mistyped_command_still_list_every_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for argv in (["--help"], ["lokup", "x"]):
        with pytest.raises(SystemExit):
            commands.main(argv)
        said = capsys.readouterr()
        assert "translate" in said.out + said.err and "bundle" in said.out + said.err
