"""Fixtures for driving the app: the small lexicon, a fake translator and a fake speaker."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

import phrasebook
from phrasebook.errors import SpeechError, TranslationError
from phrasebook.lexicon import Lexicon
from phrasebook.mt.result import Segment, Translation
from phrasebook.tui.app import PhrasebookApp, make_app
from phrasebook.userdata import UserData
from phrasebook.userdata.settings import Settings
from phrasebook.values import Lang
from tests.conftest import MINI


@dataclass
class FakeTranslator:
    """Upper-cases text as its machine 'translation'; optionally fails like a broken model."""

    fail: str | None = None
    calls: list[tuple[str, Lang, Lang]] = field(default_factory=list)

    def translate(self, text: str, src: Lang, dst: Lang, *, detect: bool = False) -> Translation:
        self.calls.append((text, src, dst))
        if self.fail:
            raise TranslationError(self.fail)
        segment = Segment(text, text.upper(), "mt", None, (src, Lang.EN, dst), True)
        return Translation(text.upper(), src, dst, (segment,))


@dataclass
class FakeSpeaker:
    """Records what would be said, or fails like a missing engine."""

    fail: bool = False
    said: list[tuple[str, Lang]] = field(default_factory=list)

    def __call__(self, text: str, lang: Lang) -> None:
        if self.fail:
            raise SpeechError("no speech engine: install the speech extra")
        self.said.append((text, lang))


@pytest.fixture
def mini() -> Lexicon:
    return phrasebook.load_lexicon([MINI], cache=False)


@pytest.fixture
def speaker() -> FakeSpeaker:
    return FakeSpeaker()


@pytest.fixture
def translator() -> FakeTranslator:
    return FakeTranslator()


@pytest.fixture
def app(mini: Lexicon, translator: FakeTranslator, speaker: FakeSpeaker) -> PhrasebookApp:
    return make_app(
        mini, translator, Settings(Lang.UK, Lang.KO), userdata=UserData.load(), speaker=speaker
    )


@pytest.fixture
def packaged_fonts_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The font finder sees nothing but the display extra's fonts: no settings font, no
    fontconfig, no Windows or macOS folder (as on a machine with no font of its own)."""
    from phrasebook.fonts import find, packaged_fonts

    if len(packaged_fonts()) < len(find.PACKAGED):
        pytest.fail("the display extra's fonts are not installed: run `make setup`")
    monkeypatch.setattr(find, "default_sources", lambda configured=None: [find.packaged_source])


@pytest.fixture
def healthy_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checks of `phrasebook doctor` all pass: an engine, a player, models for every pair."""
    from pathlib import Path

    from phrasebook.mt.store import ModelPackage

    monkeypatch.setattr("phrasebook.speech.find_engine", lambda: "libespeak-ng")
    monkeypatch.setattr("phrasebook.speech.find_player", lambda: ["/usr/bin/aplay"])
    models = [
        ModelPackage(f"{a}-{b}", a, b, "1", 1, Path("/nowhere"))
        for a in Lang
        for b in Lang
        if a is not b
    ]
    monkeypatch.setattr("phrasebook.mt.store.list_models", lambda: models)
