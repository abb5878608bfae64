"""A start reads back the rules the last one parsed (issue 21), styles the screens exactly as
parsing does, and parses anew whatever the kept rules do not stand for."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from textual.css import stylesheet as textual_stylesheet
from textual.css.stylesheet import Stylesheet

from phrasebook.lexicon import Lexicon
from phrasebook.tui.app import PhrasebookApp, make_app
from phrasebook.tui.context import SCREENS_CSS
from phrasebook.tui.parsed_css import ParsedCss
from phrasebook.userdata import UserData
from phrasebook.userdata.settings import Settings
from phrasebook.values import Lang


def _app(mini: Lexicon, theme: str = "textual-dark") -> PhrasebookApp:
    settings = Settings(Lang.UK, Lang.KO, theme=theme)
    return make_app(mini, settings=settings, userdata=UserData.load())


def _counted_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the text of every source Textual parses from now on."""
    parsed: list[str] = []
    parse = textual_stylesheet.parse

    def counted(scope: str, css: str, *args: object, **kwargs: object) -> object:
        parsed.append(css)
        return parse(scope, css, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(textual_stylesheet, "parse", counted)
    return parsed


async def _start(app: PhrasebookApp) -> list[tuple[str, str | None, str]]:
    """Run the app past its first frame until the rules are stored; every widget's styles."""
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        return [(type(w).__name__, w.id, w.styles.css) for w in app.screen.walk_children()]


def _kept(app: PhrasebookApp) -> Path:
    return app._parsed_css.path


async def test_a_second_start_parses_nothing_and_looks_the_same(
    mini: Lexicon, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _app(mini)
    styled = await _start(first)
    assert _kept(first).is_file()
    parsed = _counted_parses(monkeypatch)
    again = _app(mini)
    assert await _start(again) == styled
    assert parsed == []
    assert again.stylesheet.has_source(str(SCREENS_CSS))


async def test_a_damaged_file_is_parsed_anew_and_replaced(
    mini: Lexicon, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _app(mini)
    styled = await _start(first)
    _kept(first).write_bytes(b"\x80\x05 not a pickle")
    parsed = _counted_parses(monkeypatch)
    again = _app(mini)
    assert await _start(again) == styled
    assert parsed  # nothing read back
    with _kept(again).open("rb") as file:
        assert pickle.load(file) is not None  # stamped anew


async def test_a_change_of_theme_between_starts_styles_each_as_its_own(
    mini: Lexicon, monkeypatch: pytest.MonkeyPatch
) -> None:
    dark = await _start(_app(mini, "textual-dark"))
    restored: list[str] = []
    restore = ParsedCss.restore
    monkeypatch.setattr(
        ParsedCss, "restore", lambda self, s: restored.append("x") or restore(self, s)
    )
    # Textual applies a theme other than its default once the app runs, parsing everything
    # again: that start neither reads the kept rules nor replaces them.
    light = await _start(_app(mini, "textual-light"))
    assert restored == []
    assert light != dark
    parsed = _counted_parses(monkeypatch)
    assert await _start(_app(mini, "textual-dark")) == dark
    assert parsed == []  # the file still holds the dark theme's rules


def test_rules_parsed_with_other_variables_are_not_given_back(tmp_path: Path) -> None:
    # Textual substitutes the theme's variables as it parses: $primary is in the rules.
    path = tmp_path / "css.pickle"
    first = Stylesheet(variables={"primary": "red"})
    first.add_source("Screen { background: $primary; }", read_from=("app.tcss", ""))
    first.parse()
    kept = ParsedCss(path)
    kept.restore(first)
    data = kept.to_store(first)
    assert data is not None
    path.write_bytes(data)
    assert kept.to_store(first) is None  # nothing new to keep
    same, other = (
        Stylesheet(variables={"primary": "red"}),
        Stylesheet(variables={"primary": "blue"}),
    )
    for stylesheet in (same, other):
        ParsedCss(path).restore(stylesheet)
    assert list(same._parse_cache.keys()) == list(first._parse_cache.keys())
    assert list(other._parse_cache.keys()) == []


async def test_a_source_changed_since_is_parsed_anew(
    mini: Lexicon, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _app(mini)
    styled = await _start(first)
    path = _kept(first)
    with path.open("rb") as file:
        stamp, early, later = (pickle.load(file) for _ in range(3))
    # As if app.tcss had been edited: the rules kept are for a text the app no longer has.
    app_css = next(i for i, (key, _) in enumerate(early) if str(key[1][0]).endswith("app.tcss"))
    key, rules = early[app_css]
    early[app_css] = ((f"/* old */{key[0]}", *key[1:]), rules)
    path.write_bytes(b"".join(pickle.dumps(part) for part in (stamp, early, later)))
    parsed = _counted_parses(monkeypatch)
    assert await _start(_app(mini)) == styled
    assert parsed == [key[0]]


def test_rules_that_cannot_be_kept_leave_the_file_as_it_was(tmp_path: Path) -> None:
    stylesheet = Stylesheet(variables={"primary": "red"})
    stylesheet.add_source("Screen { background: $primary; }", read_from=("app.tcss", ""))
    stylesheet.parse()
    kept = ParsedCss(tmp_path / "css.pickle")
    kept.restore(stylesheet)
    stylesheet._parse_cache.set(("made", "elsewhere"), [lambda: None])  # no pickle holds it
    assert kept.to_store(stylesheet) is None
