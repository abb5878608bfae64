"""The whole lexicon listed with an empty search box: the first screenful at once, the rest in
batches after the frame is drawn (issue 21), with nothing lost or out of order."""

from __future__ import annotations

import phrasebook
from phrasebook.tui.app import make_app
from phrasebook.tui.widgets.results import FIRST_ROWS, ResultsList
from phrasebook.userdata import UserData
from phrasebook.userdata.settings import Settings
from phrasebook.values import Lang
from tests.tui.conftest import FakeSpeaker, FakeTranslator


def _app():
    lexicon = phrasebook.load_lexicon([phrasebook.shipped_lexicon_dir()])
    settings = Settings(Lang.EN, Lang.KO)
    return make_app(
        lexicon, FakeTranslator(), settings, userdata=UserData.load(), speaker=FakeSpeaker()
    ), lexicon


def _ids(results: ResultsList) -> list[str | None]:
    return [results.get_option_at_index(i).id for i in range(results.option_count)]


async def test_every_entry_is_listed_in_order_after_the_first_frame() -> None:
    app, lexicon = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        results = app.query_one("#results", ResultsList)
        assert FIRST_ROWS <= results.option_count < len(lexicon)  # a screenful first
        for _ in range(40):
            await pilot.pause()
            if results.option_count == len(lexicon):
                break
        listed = [e.id for e in app.lookup.browse()]  # favourites and history first
        assert sorted(listed) == sorted(e.id for e in lexicon)
        assert _ids(results) == listed
        assert results.current is not None and results.current.id == listed[0]


async def test_going_to_the_end_at_once_reaches_the_last_entry() -> None:
    # (Through the keyboard the batches are in before a click lands, so End is called directly.)
    app, lexicon = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        results = app.query_one("#results", ResultsList)
        assert results.option_count < len(lexicon)  # batches still to come
        results.action_last()  # End in the list, before the batches are in
        await pilot.pause()
        listed = [e.id for e in app.lookup.browse()]
        assert results.current is not None and results.current.id == listed[-1]
        assert _ids(results) == listed


async def test_a_search_typed_before_the_batches_end_replaces_the_list() -> None:
    app, _ = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"hands up")
        for _ in range(10):
            await pilot.pause()
        results = app.query_one("#results", ResultsList)
        assert results.current is not None and results.current.id == "hands-up"
        hits = app.lookup.search("hands up")
        assert len(results.entries) == len(hits)  # no browse batch was appended to it
        assert results.option_count <= len(hits) + 1  # (+ the "not sure" heading)


async def test_keys_typed_while_the_index_loads_are_all_kept() -> None:
    # The index is read after the first frame (issue 21); a search typed before it is ready
    # waits for it, and no key is lost.
    import time

    shipped = phrasebook.shipped_lexicon_dir()
    lexicon = phrasebook.load_lexicon([shipped], cache=False)
    ready = phrasebook.load_lexicon([shipped], cache=False).index

    def slow_read():
        time.sleep(0.6)
        return ready

    lexicon.defer_index(slow_read)
    app = make_app(
        lexicon,
        FakeTranslator(),
        Settings(Lang.EN, Lang.KO),
        userdata=UserData.load(),
        speaker=FakeSpeaker(),
    )
    async with app.run_test(size=(100, 30)) as pilot:
        started = time.perf_counter()
        await pilot.press(*"hands up")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert time.perf_counter() - started < 5
        assert app.lookup.query_one("#query").value == "hands up"
        results = app.query_one("#results", ResultsList)
        assert results.current is not None and results.current.id == "hands-up"
