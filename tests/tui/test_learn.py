"""Learn mode driven as a user would: open it, drill a deck, grade, hear, and read the figures."""

from __future__ import annotations

from phrasebook.i18n import label
from phrasebook.learn import Direction, ReviewStore
from phrasebook.learn.store import CardKey, store_path
from phrasebook.tui.commands import ACTIONS
from phrasebook.tui.screens.drill import DrillScreen
from phrasebook.tui.screens.learn import LearnScreen
from phrasebook.tui.screens.show import BigPhrase
from phrasebook.values import Lang

from .conftest import FakeSpeaker


def says(key: str) -> str:
    return label(key, Lang.UK)  # the fixture app's reader speaks Ukrainian


def text(app, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


def big(app) -> str:
    return app.screen.query_one(BigPhrase).phrase


async def test_ctrl_l_opens_the_decks_and_escape_goes_back(app) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+l")
        assert isinstance(app.screen, LearnScreen)
        listing = str(app.screen.query_one("#learn-decks").get_option_at_index(1).prompt)
        assert "Перші 100: полон і медична допомога корейською" in listing
        assert "uk→ko" in listing and f"5 {says('learn_new')}" in listing
        await pilot.press("escape")
        assert not isinstance(app.screen, LearnScreen)


def test_the_palette_offers_learn() -> None:
    assert ("learn", "open_learn") in ACTIONS
    assert label("cmd_learn", Lang.EN) == "Learn"


async def test_drill_reveals_grades_and_ends_with_figures(app, speaker: FakeSpeaker) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_learn("ids:hands-up,drop-weapon")
        await pilot.pause()
        assert isinstance(app.screen, DrillScreen)
        assert "Руки вгору!" in text(app, "#drill-mine") and big(app) == ""
        await pilot.press("3")  # grading before the answer is shown does nothing
        assert ReviewStore.open().review_count() == 0
        await pilot.press("space")
        assert big(app) == "손 들어!"
        assert text(app, "#drill-reading") == "сон тыро!"
        await pilot.press("f3")
        await app.workers.wait_for_complete()
        assert speaker.said == [("손 들어!", Lang.KO)]
        await pilot.press("1")  # again: comes back at the end of this session
        assert "Кинь зброю!" in text(app, "#drill-mine")
        for _ in range(2):
            await pilot.press("space", "3")
        figures = text(app, "#drill-mine")
        assert f"{says('learn_seen')}: 2" in figures
        assert f"{says('learn_accuracy')}: 67%" in figures and says("learn_next") in figures
        await pilot.press("escape")
        assert isinstance(app.screen, LearnScreen)
    with ReviewStore.open() as store:
        assert store.review_count() == 3
        assert store.state(CardKey("hands-up", Lang.UK, Lang.KO, Direction.SAY)) is not None


async def test_recognise_shows_their_phrase_first(app) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_learn("ids:are-you-wounded", recognise=True)
        await pilot.pause()
        assert big(app) == "부상 있어?" and text(app, "#drill-mine") == ""
        assert text(app, "#drill-ask") == says("learn_recognise")
        await pilot.press("space")
        assert text(app, "#drill-mine") == app.lexicon.get("are-you-wounded").text[Lang.UK]
        await pilot.press("4")
        assert f"{says('learn_seen')}: 1" in text(app, "#drill-mine")


async def test_escape_mid_session_shows_figures_then_closes(app) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_learn("ids:hands-up,drop-weapon")
        await pilot.pause()
        await pilot.press("escape")
        assert isinstance(app.screen, DrillScreen)
        assert f"{says('learn_seen')}: 0" in text(app, "#drill-mine")
        await pilot.press("space", "3")  # nothing left to reveal or grade
        assert ReviewStore.open().review_count() == 0
        await pilot.press("escape")
        assert isinstance(app.screen, LearnScreen)


async def test_a_corrupt_history_is_set_aside_with_a_notice(app) -> None:
    store_path().parent.mkdir(parents=True)
    store_path().write_bytes(b"garbage" * 500)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+l")
        await pilot.pause()
        notes = [n.message for n in app._notifications]
        assert any("moved to learn.sqlite3.corrupt-" in n for n in notes)
