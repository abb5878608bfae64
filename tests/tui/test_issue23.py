"""Issue #23 "Never locked out": warnings for broken overlays, focus after modals, show mode."""

from __future__ import annotations

import pytest
from textual.widgets import Input

import phrasebook
from phrasebook.i18n import label
from phrasebook.lexicon import Lexicon
from phrasebook.tui.app import make_app
from phrasebook.tui.screens.help import HelpScreen
from phrasebook.tui.screens.lookup import LookupScreen
from phrasebook.tui.screens.show import ShowScreen
from phrasebook.tui.widgets.answers import AnswerCard, MoreTile
from phrasebook.userdata import UserData
from phrasebook.userdata.settings import Settings
from phrasebook.values import Lang

from .conftest import FakeSpeaker, FakeTranslator

SKIPPED = "skipped /home/me/.config/phrasebook/lexicon/mine.yaml of your own lexicon (1 problem)"


async def test_a_skipped_overlay_is_notified_and_listed_in_help(
    mini: Lexicon, translator: FakeTranslator, speaker: FakeSpeaker
) -> None:
    app = make_app(
        mini,
        translator,
        Settings(Lang.UK, Lang.KO),
        userdata=UserData.load(),
        speaker=speaker,
        lexicon_warnings=[SKIPPED],
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert any(SKIPPED in n.message for n in app._notifications)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert SKIPPED in text


MODALS = {
    "category chosen": ["ctrl+g", "down", "enter"],
    "category closed": ["ctrl+g", "escape"],
    "languages": ["f8", "escape"],
    "favourites": ["f5", "escape"],
    "history": ["f6", "escape"],
    "help": ["f1", "escape"],
    "translate": ["f7", "escape"],
    "show mode": ["f2", "escape"],
    "palette": ["ctrl+p", "escape"],
    "palette category": ["ctrl+p", *"Здача", "enter"],
}


@pytest.mark.parametrize("keys", list(MODALS.values()), ids=list(MODALS))
async def test_typing_after_any_modal_goes_to_the_search_box(app, keys: list[str]) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        assert isinstance(app.screen, LookupScreen)
        await pilot.press(*"руки")
        await pilot.pause()
        assert app.screen.query_one("#query", Input).value.endswith("руки")
        assert app.focused is not None and app.focused.id == "query"


# --- show mode: the footer offers only what the screen can do -----------------------------


KEY = {
    name: label(f"key_{name}", Lang.UK)
    for name in ("previous-phrase", "next-phrase", "next-card", "previous-card")
}
"""The footer's labels for the app fixture's reader (Ukrainian)."""


def footer_keys(app) -> dict[str, bool]:
    """The footer's descriptions, each with whether it is enabled (dimmed when not)."""
    return {
        active.binding.description: active.enabled
        for active in app.screen.active_bindings.values()
        if active.binding.show
    }


async def test_show_mode_footer_follows_what_it_can_do(app) -> None:
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("f2")  # the first of the list
        await pilot.pause()
        assert isinstance(app.screen, ShowScreen)
        entries = app.screen.entries
        keys = footer_keys(app)
        assert keys[KEY["previous-phrase"]] is False, "↑ on the first phrase is shown as disabled"
        assert keys[KEY["next-phrase"]] is True
        assert (KEY["next-card"] in keys) == bool(app.context.lexicon.answers_of(entries[0]))
        for _ in entries[1:]:
            await pilot.press("down")
        await pilot.pause()
        keys = footer_keys(app)
        assert keys[KEY["next-phrase"]] is False and keys[KEY["previous-phrase"]] is True
        assert "1 / " not in str(app.screen.query_one("#show-position").render())
        assert f"{len(entries)} / {len(entries)}" in str(
            app.screen.query_one("#show-position").render()
        )


async def test_no_answer_keys_for_a_phrase_without_answers(app) -> None:
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press(*"руки вгору", "enter")
        await pilot.pause()
        assert app.screen.entry.id == "hands-up"
        keys = footer_keys(app)
        assert KEY["next-card"] not in keys and KEY["previous-card"] not in keys
        await pilot.press("escape", "escape", *"поранений", "enter")
        await pilot.pause()
        assert footer_keys(app)[KEY["next-card"]] is True


async def test_a_single_phrase_offers_no_stepping(app) -> None:
    async with app.run_test(size=(120, 30)) as pilot:
        app.open_show(app.lexicon.get("hands-up"))
        await pilot.pause()
        keys = footer_keys(app)
        assert KEY["next-phrase"] not in keys and KEY["previous-phrase"] not in keys


# --- answer cards: every card visible, or one obvious tap away ----------------------------


def visible(app, widget) -> bool:
    """The widget is on screen and uncovered: a tap on its middle reaches it."""
    region = widget.region
    if not region.area or region.bottom > app.screen.region.bottom:
        return False
    found, _ = app.screen.get_widget_at(*region.center)
    return found is widget or widget in found.ancestors


@pytest.fixture(scope="module")
def shipped() -> Lexicon:
    return phrasebook.load_lexicon([phrasebook.shipped_lexicon_dir()], cache=False)


@pytest.fixture
def shipped_app(shipped: Lexicon, translator: FakeTranslator, speaker: FakeSpeaker):
    lexicon = shipped
    return make_app(
        lexicon, translator, Settings(Lang.UK, Lang.KO), userdata=UserData.load(), speaker=speaker
    )


@pytest.mark.parametrize("size", [(100, 30), (80, 24), (120, 40)])
@pytest.mark.parametrize("entry_id", ["where-does-it-hurt", "what-is-your-rank", "how-old-are-you"])
async def test_every_answer_card_is_visible_or_one_tap_away(
    shipped_app, size: tuple[int, int], entry_id: str
) -> None:
    app = shipped_app
    async with app.run_test(size=size) as pilot:
        entry = app.lexicon.get(entry_id)
        app.open_show(entry)
        await pilot.pause()
        wanted = {a.id for a in app.lexicon.answers_of(entry)}
        seen: set[str] = set()
        for _ in range(len(wanted)):
            cards = list(app.screen.query(AnswerCard))
            shown = [c for c in cards if visible(app, c)]
            assert len(shown) == len(cards), f"{len(cards) - len(shown)} cards off-screen"
            seen.update(c.entry.id for c in shown)
            more = list(app.screen.query(MoreTile))
            if not more:
                break
            assert visible(app, more[0])
            await pilot.click(more[0])
            await pilot.pause()
            if {c.entry.id for c in app.screen.query(AnswerCard)} <= seen:
                break
        assert seen == wanted
        if size == (100, 30) and entry_id == "where-does-it-hurt":
            assert not app.screen.query(MoreTile), "15 body parts fit at 100×30"


async def test_arrow_keys_step_across_card_pages(shipped_app) -> None:
    app = shipped_app
    async with app.run_test(size=(80, 24)) as pilot:
        entry = app.lexicon.get("what-is-your-rank")
        app.open_show(entry)
        await pilot.pause()
        answers = app.lexicon.answers_of(entry)
        chosen = []
        for _ in answers:
            await pilot.press("right")
            await pilot.pause()
            card = app.screen.query_one(".-chosen", AnswerCard)
            assert visible(app, card)
            chosen.append(card.entry.id)
        assert chosen == [a.id for a in answers]
