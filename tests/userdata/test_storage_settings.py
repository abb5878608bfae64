"""Atomic writes, corrupt files set aside, settings that survive bad input."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from phrasebook.errors import SettingsError
from phrasebook.userdata.settings import (
    Settings,
    load_settings,
    save_settings,
    settings_path,
    with_value,
)
from phrasebook.userdata.storage import StorageError, atomic_write_json, read_json
from phrasebook.values import Lang


def test_atomic_write_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b.json"
    atomic_write_json(target, {"x": 1})
    atomic_write_json(target, {"x": 2})
    assert json.loads(target.read_text()) == {"x": 2}
    assert [p.name for p in target.parent.iterdir()] == ["b.json"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_dir_raises_a_clear_error(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="cannot write"):
            atomic_write_json(tmp_path / "x.json", {})
    finally:
        tmp_path.chmod(0o700)


def test_write_into_a_file_path_raises_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(StorageError, match="cannot write"):
        atomic_write_json(blocker / "x.json", {})


def test_corrupt_json_is_set_aside_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text("{not json")
    value, message = read_json(path)
    assert value is None
    assert message is not None and "moved to" in message
    assert not path.exists()
    assert len(list(tmp_path.glob("x.json.corrupt-*"))) == 1


def test_settings_default_from_locale(monkeypatch) -> None:
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    settings, message = load_settings()
    assert (settings.mine, settings.theirs, message) == (Lang.UK, Lang.KO, None)


def test_korean_locale_defaults_to_russian_partner(monkeypatch) -> None:
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    assert load_settings()[0].theirs is Lang.RU


def test_settings_round_trip() -> None:
    save_settings(Settings(mine=Lang.RU, theirs=Lang.KO, theme="textual-light"))
    assert load_settings() == (Settings(Lang.RU, Lang.KO, "textual-light"), None)


def test_bad_values_in_file_are_ignored_and_reported() -> None:
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text(json.dumps({"mine": "xx", "theirs": "ru", "bogus": 1}))
    settings, message = load_settings()
    assert settings.theirs is Lang.RU
    assert message is not None and "mine" in message and "bogus" in message


def test_with_value_rejects_unknown_key() -> None:
    with pytest.raises(SettingsError, match="unknown setting"):
        with_value(Settings(), "colour", "red")


def test_swapped_exchanges_languages() -> None:
    assert Settings(Lang.UK, Lang.KO).swapped() == Settings(Lang.KO, Lang.UK)
