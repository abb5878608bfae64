"""Hand-over: the other person chooses what to say, in their language; the holder reads it back."""

from __future__ import annotations

import itertools

import pytest
from textual.widgets import Button, Input, OptionList, Static

import phrasebook
from phrasebook.i18n import TABLES, label
from phrasebook.lexicon import Lexicon
from phrasebook.tui.app import PhrasebookApp, make_app
from phrasebook.tui.groups import find_offered, hand_over_groups
from phrasebook.tui.screens.handover import BACK, HandOverScreen, Tile
from phrasebook.tui.screens.lookup import LookupScreen
from phrasebook.tui.screens.readback import ReadBackScreen
from phrasebook.tui.screens.show import BigPhrase, ShowScreen
from phrasebook.userdata import UserData
from phrasebook.userdata.settings import Settings
from phrasebook.values import LANGS, Lang, SaidBy
from tests.conftest import DATA

HANDOVER = DATA / "handover"
PAIRS = list(itertools.permutations(LANGS, 2))
HAND_OVER_KEYS = [k for k in TABLES[Lang.EN] if k.startswith(("handover_", "group_"))]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return phrasebook.load_lexicon([HANDOVER], cache=False)


def make(lexicon: Lexicon, mine: Lang = Lang.UK, theirs: Lang = Lang.KO) -> PhrasebookApp:
    return make_app(lexicon, None, Settings(mine, theirs), userdata=UserData.load())


def text_of(app: PhrasebookApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def listed(app: PhrasebookApp) -> list[str | None]:
    listing = app.screen.query_one("#handover-list", OptionList)
    return [listing.get_option_at_index(i).id for i in range(listing.option_count)]


# --- what is offered ---------------------------------------------------------------------------


def test_groups_offer_only_what_the_other_person_says(lexicon: Lexicon) -> None:
    groups = hand_over_groups(lexicon)
    assert [g.key for g in groups] == [
        "group_body_map",
        "group_pain",
        "group_food",
        "group_rest",
        "group_answers",
    ]  # the empty ones (questions, family, pleas …) are left out
    offered = {e.id for g in groups for e in g.entries}
    assert {"where-does-it-hurt", "does-it-hurt", "here-is-water"}.isdisjoint(offered)
    assert all(e.said_by is not SaidBy.HOLDER for g in groups for e in g.entries)
    answers = next(g for g in groups if g.key == "group_answers")
    assert [e.id for e in answers.entries] == ["answer-yes", "answer-no", "num-3"]


def test_shipped_lexicon_fills_every_tile_and_maps_the_body_head_to_foot() -> None:
    groups = hand_over_groups(phrasebook.load_lexicon())
    assert len(groups) == 10 and all(len(g.entries) >= 5 for g in groups)
    body = [e.id.removeprefix("body-") for e in groups[0].entries]
    wanted = ["head", "eye", "jaw", "neck", "chest", "arm", "hand", "stomach", "back", "leg"]
    wanted += ["knee", "foot"]
    assert [part for part in body if part in wanted] == wanted


def test_two_beolsik_keys_typed_on_a_latin_layout_find_the_korean_phrase(
    lexicon: Lexicon,
) -> None:
    # ekflrk dkvkdy is 다리가 아파요 typed on a Korean keyboard set to Latin letters.
    assert find_offered(lexicon, "ekflrk dkvkdy", Lang.KO)[0].id == "my-leg-hurts"
    assert find_offered(lexicon, "   ", Lang.KO) == []


# --- the screen --------------------------------------------------------------------------------


@pytest.mark.parametrize(("mine", "theirs"), PAIRS, ids=[f"{a}-{b}" for a, b in PAIRS])
async def test_hand_over_speaks_their_language(lexicon: Lexicon, mine: Lang, theirs: Lang) -> None:
    app = make(lexicon, mine, theirs)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12")
        assert isinstance(app.screen, HandOverScreen)
        assert text_of(app, "#handover-title") == label("handover_title", theirs)
        assert app.screen.query_one(Input).placeholder == label("handover_type", theirs)
        tiles = [str(t.label) for t in app.screen.query(Tile)]
        assert tiles[0] == f"1  {label('group_body_map', theirs)}"
        assert tiles[1] == f"2  {label('group_pain', theirs)}"
        assert text_of(app, "#handover-hint") == label("handover_hint_tiles", theirs)
        # Only the holder's strip is in my language.
        assert text_of(app, "#handover-holder") == label("handover_holder", mine)
        shown = " ".join(
            [text_of(app, f"#{w.id}") for w in app.screen.query(Static) if w.id] + tiles
        ).replace(text_of(app, "#handover-holder"), "")
        assert not [k for k in HAND_OVER_KEYS if label(k, mine) in shown]


async def test_palette_opens_hand_over(lexicon: Lexicon) -> None:
    app = make(lexicon)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p", *label("cmd_hand_over", Lang.UK))
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HandOverScreen)


async def test_choice_reads_back_in_my_language_then_returns(lexicon: Lexicon) -> None:
    app = make(lexicon, Lang.UK, Lang.KO)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12", "2")  # pain and wounds
        assert listed(app) == [BACK, "my-leg-hurts", "my-jaw-hurts"]
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, ReadBackScreen)
        assert screen.query_one(BigPhrase).phrase == "Мені болить нога."
        assert text_of(app, "#readback-theirs") == "다리가 아파요."
        assert text_of(app, "#readback-heading") == label("readback_chose", Lang.UK)
        await pilot.press("escape")
        assert isinstance(app.screen, HandOverScreen)
        assert listed(app)[1] == "my-leg-hurts"  # still where they were


async def test_my_answer_is_shown_to_them_with_one_key(lexicon: Lexicon) -> None:
    app = make(lexicon, Lang.UK, Lang.KO)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12", "3", "enter")  # water and food: "Water, please."
        assert "Ось вода." in text_of(app, "#readback-answers")
        await pilot.press("2")  # the second answer: no
        screen = app.screen
        assert isinstance(screen, ShowScreen)
        assert screen.entry.id == "answer-no"
        assert [e.id for e in screen.entries] == ["here-is-water", "answer-no"]
        await pilot.press("escape")
        assert isinstance(app.screen, HandOverScreen)


async def test_typing_two_beolsik_latin_finds_the_phrase(lexicon: Lexicon) -> None:
    app = make(lexicon, Lang.UK, Lang.KO)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12", *"ekflrk", "space", *"dkvkdy")
        assert app.screen.query_one(Input).value == "ekflrk dkvkdy"
        assert listed(app)[1] == "my-leg-hurts"
        await pilot.press("enter")
        assert isinstance(app.screen, ReadBackScreen)
        assert app.screen.query_one(BigPhrase).phrase == "Мені болить нога."


async def test_body_map_lists_head_to_foot_and_reads_back_where(lexicon: Lexicon) -> None:
    app = make(lexicon, Lang.RU, Lang.KO)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12", "1")
        parts = ["body-head", "body-jaw", "body-chest", "body-leg", "body-knee", "body-foot"]
        assert listed(app) == [BACK, *parts]
        await pilot.press("down", "down", "down", "enter")  # head → jaw → chest → leg
        assert isinstance(app.screen, ReadBackScreen)
        assert app.screen.query_one(BigPhrase).phrase == "Нога"
        assert text_of(app, "#readback-heading") == label("readback_where", Lang.RU)


async def test_escape_returns_the_holder_to_lookup(lexicon: Lexicon) -> None:
    app = make(lexicon)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12", "2", "escape")
        assert isinstance(app.screen, LookupScreen)


async def test_hand_over_from_show_mode_still_returns_to_lookup(lexicon: Lexicon) -> None:
    app = make(lexicon)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"нога", "enter")
        assert isinstance(app.screen, ShowScreen)
        app.action_hand_over()
        await pilot.pause()
        await pilot.press("escape")
        assert isinstance(app.screen, LookupScreen)


async def test_backspace_and_left_go_back_to_the_tiles(lexicon: Lexicon) -> None:
    app = make(lexicon)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12", "3", "backspace")
        assert not app.screen.query_one("#handover-list").display
        assert isinstance(app.focused, Tile) and app.focused.position == 2
        await pilot.press("4", "left")
        assert isinstance(app.focused, Tile) and app.focused.position == 3


async def test_arrow_keys_move_through_the_tiles(lexicon: Lexicon) -> None:
    app = make(lexicon)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12", "right", "down")
        assert isinstance(app.focused, Tile) and app.focused.position == 3
        await pilot.press("enter")
        assert listed(app) == [BACK, "where-is-the-toilet"]


async def test_a_tap_opens_a_tile_and_chooses_a_phrase(lexicon: Lexicon) -> None:
    app = make(lexicon)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12")
        await pilot.click("#tile-2")
        assert listed(app) == [BACK, "water-please"]
        await pilot.click("#handover-list", offset=(3, 2))  # border, ← back, then the phrase
        assert isinstance(app.screen, ReadBackScreen)
        assert app.screen.entry.id == "water-please"


async def test_a_letter_typed_on_a_tile_goes_to_the_box(lexicon: Lexicon) -> None:
    app = make(lexicon)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12")
        assert isinstance(app.focused, Button)
        await pilot.press(*"mul")
        assert app.screen.query_one(Input).value == "mul"
        assert listed(app)[1] == "water-please"
        await pilot.press("backspace", "backspace", "backspace")
        assert app.screen.query_one("#handover-tiles").display


async def test_up_from_the_top_row_reaches_the_box_and_down_comes_back(lexicon: Lexicon) -> None:
    app = make(lexicon)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12", "up")
        assert isinstance(app.focused, Input)
        await pilot.press("down")
        assert isinstance(app.focused, Tile) and app.focused.position == 0
        await pilot.press("up", *"mul", "down")
        assert isinstance(app.focused, OptionList)
        await pilot.press("backspace")  # leaves the search: box emptied, tiles back
        assert app.screen.query_one(Input).value == ""
        assert isinstance(app.focused, Tile)


async def test_the_back_row_returns_to_the_tiles(lexicon: Lexicon) -> None:
    app = make(lexicon)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12", "2", "up", "enter")
        assert app.screen.query_one("#handover-tiles").display
        assert isinstance(app.focused, Tile) and app.focused.position == 1


async def test_a_phrase_without_answers_gives_the_screen_back_on_enter(lexicon: Lexicon) -> None:
    app = make(lexicon)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12", "4", "enter")  # "Where is the toilet?": no answers
        assert isinstance(app.screen, ReadBackScreen)
        assert not app.screen.query_one("#readback-answers").display
        await pilot.press("enter")
        assert isinstance(app.screen, HandOverScreen)


async def test_a_new_pair_relabels_both_screens(lexicon: Lexicon) -> None:
    app = make(lexicon, Lang.UK, Lang.KO)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12")
        hand_over = app.screen
        await pilot.press("2", "enter")
        app.swap_pair()  # now Korean → Ukrainian
        await pilot.pause()
        assert app.screen.query_one(BigPhrase).phrase == "다리가 아파요."
        await pilot.press("escape")
        assert app.screen is hand_over
        assert text_of(app, "#handover-title") == label("handover_title", Lang.UK)
        assert text_of(app, "#handover-holder") == label("handover_holder", Lang.KO)


async def test_a_lexicon_without_their_phrases_still_opens(mini: Lexicon) -> None:
    assert hand_over_groups(mini) == []
    app = make(mini)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12", *"руки")
        assert listed(app)[0] == BACK and len(listed(app)) == 2  # ← back, "nothing found"
        await pilot.press("escape")
        assert isinstance(app.screen, LookupScreen)


async def test_a_digit_after_a_search_opens_that_tile(lexicon: Lexicon) -> None:
    app = make(lexicon)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f12", *"mul", "down", "3")
        await pilot.pause()
        assert app.screen.query_one(Input).value == ""
        assert app.screen.query_one("#handover-list").display
        assert listed(app) == [BACK, "water-please"]


async def test_ctrl_y_hands_over_too(lexicon: Lexicon) -> None:
    # For keyboards whose function keys need Fn; Ctrl+R already means "translate" elsewhere.
    app = make(lexicon)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"нога", "ctrl+y")
        assert isinstance(app.screen, HandOverScreen)
