"""The lookup screen when listening: what sounded like a phrase, and what search is unsure of."""

from __future__ import annotations

from textual.widgets import Static

from phrasebook.tui.widgets.results import HEADING_ID, ResultsList


def _rows(app) -> list[str]:
    results = app.screen.query_one("#results", ResultsList)
    return [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]


async def test_korean_keys_on_qwerty_show_the_hangul_they_spell(app) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"ths emfdj")  # 손 들어 on a 2-set keyboard
        decoded = app.screen.query_one("#decoded", Static)
        assert decoded.display
        assert "손 들어" in str(decoded.render())
        assert app.screen.query_one("#results", ResultsList).entries[0].id == "hands-up"
        await pilot.press("escape", *"hands")
        assert not app.screen.query_one("#decoded", Static).display


async def test_a_sound_match_shows_the_meaning_then_what_was_heard(app) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"сон тыро")  # 손 들어 as a Ukrainian hears it
        results = app.screen.query_one("#results", ResultsList)
        assert results.entries[0].id == "hands-up"
        first = _rows(app)[0]
        assert first.index("Руки вгору") < first.index("손 들어")  # meaning first (uk → ko)
        assert "на слух" in first  # "sounds like", in my language


async def test_results_the_search_is_unsure_of_sit_under_a_heading(app) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"руки вгору")
        results = app.screen.query_one("#results", ResultsList)
        ids = [results.get_option_at_index(i).id for i in range(results.option_count)]
        assert ids[0] == "hands-up"
        if HEADING_ID in ids:
            heading = results.get_option_at_index(ids.index(HEADING_ID))
            assert heading.disabled
            assert "Не напевно" in str(heading.prompt)
        await pilot.press("escape", *"руки вгорк")  # a typo: nothing is sure any more
        ids = [results.get_option_at_index(i).id for i in range(results.option_count)]
        assert ids[0] == HEADING_ID
        assert results.current is not None and results.current.id == "hands-up"
        await pilot.press("down", "up")
        assert results.current is not None and results.current.id == "hands-up"
