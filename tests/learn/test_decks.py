"""Decks: the curated first 100s, categories, favourites and the user's own lists."""

from __future__ import annotations

import pytest

import phrasebook
from phrasebook.errors import LearnError
from phrasebook.learn import all_decks, resolve_deck
from phrasebook.learn.decks import decks_dir, first100_decks
from phrasebook.lexicon import Lexicon
from phrasebook.userdata import UserData
from phrasebook.values import Lang


@pytest.fixture(scope="module")
def shipped() -> Lexicon:
    return phrasebook.load_lexicon(cache=False)


def test_every_first100_deck_has_100_shipped_entries(shipped: Lexicon) -> None:
    from importlib import resources

    import yaml

    raw = yaml.safe_load(
        resources.files("phrasebook.learn").joinpath("first100.yaml").read_text("utf-8")
    )
    for item in raw["decks"]:
        missing = [i for i in item["ids"] if i not in shipped]
        assert not missing, f"{item['id']} names unknown entries: {missing}"
        assert len(item["ids"]) == len(set(item["ids"])) == 100, item["id"]
    decks = first100_decks(shipped)
    assert {d.id for d in decks} == {"first100-ko-ru", "first100-to-ko", "first100-ko-uk"}
    assert all(d.name(lang) for d in decks for lang in Lang)


def test_a_first100_deck_drills_its_own_pair_unless_mine_suits_it(shipped: Lexicon) -> None:
    deck = resolve_deck("first100-ko-ru", shipped, UserData.load())
    assert deck.pair_for(Lang.UK, Lang.KO) == (Lang.KO, Lang.RU)
    to_ko = resolve_deck("first100-to-ko", shipped, UserData.load())
    assert to_ko.pair_for(Lang.RU, Lang.KO) == (Lang.RU, Lang.KO)
    # A language named on the command line is kept: --from uk finds the deck's uk → ko.
    assert to_ko.pair_for(Lang.UK, Lang.UK, fixed=(Lang.UK, None)) == (Lang.UK, Lang.KO)
    assert deck.pair_for(Lang.UK, Lang.RU, fixed=(Lang.UK, Lang.RU)) == (Lang.UK, Lang.RU)


def test_categories_favourites_and_id_lists_resolve(mini: Lexicon) -> None:
    userdata = UserData.load()
    assert (
        resolve_deck("surrender", mini, userdata).ids
        == resolve_deck("category:surrender", mini, userdata).ids
    )
    assert resolve_deck("ids:hands-up, drop-weapon", mini, userdata).ids == (
        "hands-up",
        "drop-weapon",
    )
    with pytest.raises(LearnError, match="no favourites yet"):
        resolve_deck("favourites", mini, userdata)
    userdata.toggle_favourite("drop-weapon")
    assert resolve_deck("favourites", mini, userdata).ids == ("drop-weapon",)


def test_unknown_decks_and_ids_say_what_is_known(mini: Lexicon) -> None:
    with pytest.raises(LearnError, match=r"known: .*category:surrender"):
        resolve_deck("nonsense", mini, UserData.load())
    with pytest.raises(LearnError, match="'nope'"):
        resolve_deck("ids:hands-up,nope", mini, UserData.load())


def test_a_list_file_becomes_a_deck_and_reports_bad_lines(mini: Lexicon) -> None:
    decks_dir().mkdir(parents=True)
    (decks_dir() / "checkpoint.txt").write_text(
        "# my checkpoint words\nhands-up\n\nhands-upp  # typo\ndrop-weapon\n", "utf-8"
    )
    decks, problems = all_decks(mini, UserData.load())
    deck = next(d for d in decks if d.id == "checkpoint")
    assert deck.ids == ("hands-up", "drop-weapon")
    assert len(problems) == 1 and problems[0].endswith(
        "checkpoint.txt:4: no entry with id 'hands-upp'; check the spelling"
    )
    assert resolve_deck("checkpoint", mini, UserData.load()).ids == deck.ids
