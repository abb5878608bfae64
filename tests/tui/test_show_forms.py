"""Show mode steps through a phrase's forms (F5), and F3 says the form shown (issue #18)."""

from __future__ import annotations

import pytest

from phrasebook.i18n import label
from phrasebook.lexicon import Lexicon
from phrasebook.pronounce import pronounced_hangul, transcribe
from phrasebook.speech import synth
from phrasebook.tui.app import make_app
from phrasebook.tui.screens.show import BigPhrase, ShowScreen
from phrasebook.userdata import UserData
from phrasebook.userdata.settings import Settings
from phrasebook.values import Lang
from tests.tui.conftest import FakeSpeaker

MAIN, POLITE = "손 들어!", "손을 드십시오!"
"""The mini lexicon's hands-up entry and its one polite Korean variant."""


def _shown(screen: ShowScreen, widget: str) -> str:
    return str(screen.query_one(widget).render())


async def test_f5_shows_the_polite_form_and_f3_says_it(app, speaker: FakeSpeaker) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"руки", "f2")
        screen = app.screen
        assert isinstance(screen, ShowScreen)
        assert screen.entry.id == "hands-up"
        assert screen.query_one(BigPhrase).phrase == MAIN
        assert label("form_main", Lang.UK) in _shown(screen, "#show-form")
        await pilot.press("f5")
        assert screen.query_one(BigPhrase).phrase == POLITE
        form = _shown(screen, "#show-form")
        assert label("form_variant", Lang.UK) in form
        assert label("register_polite", Lang.UK) in form and "2/2 (F5)" in form
        assert transcribe(POLITE, "ko", "Cyrl") in _shown(screen, "#show-say")
        assert transcribe(MAIN, "ko", "Cyrl") not in _shown(screen, "#show-say")
        await pilot.press("f3")
        await app.workers.wait_for_complete()
        assert speaker.said == [(POLITE, Lang.KO)]


async def test_f5_comes_back_to_the_main_text(app, speaker: FakeSpeaker) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"руки", "f2", "f5", "f5")
        screen = app.screen
        assert screen.query_one(BigPhrase).phrase == MAIN
        assert "1/2" in _shown(screen, "#show-form")
        await pilot.press("f3")
        await app.workers.wait_for_complete()
        assert speaker.said == [(MAIN, Lang.KO)]


async def test_the_next_phrase_opens_in_its_main_form(app, speaker: FakeSpeaker) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"руки", "f2", "f5")
        screen = app.screen
        assert isinstance(screen, ShowScreen)
        screen.entries.append(app.lexicon.get("drop-weapon"))
        await pilot.press("down")
        assert screen.entry.id == "drop-weapon" and screen.form == -1
        assert not screen.query_one("#show-form").display  # no other form: no line, no key
        assert screen.check_action("form", ()) is False
        await pilot.press("f5", "f3")
        await app.workers.wait_for_complete()
        assert speaker.said == [("무기 버려!", Lang.KO)]


async def test_the_form_is_named_in_the_readers_language(mini: Lexicon) -> None:
    settings = Settings(Lang.RU, Lang.KO)
    app = make_app(mini, None, settings, userdata=UserData.load(), speaker=FakeSpeaker())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"руки", "f2", "f5")
        form = _shown(app.screen, "#show-form")
        assert label("form_variant", Lang.RU) in form
        assert label("register_polite", Lang.RU) in form
        assert "Поднимите руки!" in _shown(app.screen, "#show-gloss")


async def test_a_variant_only_in_my_language_is_not_a_form_to_say(mini: Lexicon) -> None:
    """The polite variant gives Korean and Russian: for a Korean speaking to a Ukrainian there
    is no other Ukrainian form, so F5 offers nothing."""
    app = make_app(mini, None, Settings(Lang.KO, Lang.UK), userdata=UserData.load())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"손", "f2")
        screen = app.screen
        assert isinstance(screen, ShowScreen) and screen.entry.id == "hands-up"
        assert screen.forms == [] and not screen.query_one("#show-form").display


async def test_the_variant_reaches_the_synthesiser(
    mini: Lexicon, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the real speaker: the engine is given the variant's pronounced text."""
    given: list[str] = []

    def engine(text: str, voice: str, rate: int) -> synth.Audio:
        given.append(text)
        return synth.Audio(b"\0\0", 22050, "test")

    played: list[synth.Audio] = []
    monkeypatch.setattr(synth, "ENGINES", (engine,))
    monkeypatch.setattr(synth, "play", played.append)
    app = make_app(mini, None, Settings(Lang.UK, Lang.KO), userdata=UserData.load())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"руки", "f2", "f5", "f3")
        await app.workers.wait_for_complete()
    assert given == [pronounced_hangul(POLITE)] and len(played) == 1


@pytest.mark.skipif(synth.find_engine() is None, reason="no eSpeak NG here")
async def test_espeak_makes_the_sound_of_the_variant(
    mini: Lexicon, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With eSpeak NG itself (its output differs from run to run, so the text it is given is
    compared); this machine has no audio player, so the player is the seam."""
    given: list[str] = []
    engines = synth.ENGINES

    def recorded(engine):  # type: ignore[no-untyped-def]
        def call(text: str, voice: str, rate: int) -> synth.Audio | None:
            given.append(text)
            return engine(text, voice, rate)

        return call

    played: list[synth.Audio] = []
    monkeypatch.setattr(synth, "ENGINES", tuple(recorded(e) for e in engines))
    monkeypatch.setattr(synth, "play", played.append)
    app = make_app(mini, None, Settings(Lang.UK, Lang.KO), userdata=UserData.load())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"руки", "f2", "f5", "f3")
        await app.workers.wait_for_complete()
    assert given[:1] == [pronounced_hangul(POLITE)] and pronounced_hangul(MAIN) not in given
    assert len(played) == 1 and played[0].seconds > 0.5
