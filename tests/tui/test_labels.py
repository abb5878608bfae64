"""Every screen speaks the reader's language: a walk through each screen in each UI language.

What the screen shows is taken as text; the lexicon's own texts (every entry in every language,
their readings, category names) and file names or commands are taken out; what is left is the
interface's words, which must be in the reader's language: no Latin word for a reader of Russian,
Ukrainian or Korean (beyond key names), no Cyrillic or Hangul for a reader of English, no letter
of Ukrainian for a reader of Russian and none of Russian for a reader of Ukrainian.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from textual.widgets import Input, OptionList, TextArea

import phrasebook
from phrasebook.pronounce.readings import pair_transcriptions, variant_transcriptions
from phrasebook.tui.app import PhrasebookApp, make_app
from phrasebook.userdata import UserData
from phrasebook.userdata.settings import Settings
from phrasebook.values import LANGS, Lang
from tests.conftest import MINI

KEY_NAMES = {
    "Ctrl",
    "CTRL",
    "ESCAPE",
    "Escape",
    "Esc",
    "ENTER",
    "Enter",
    "Space",
    "SPACE",
    "Backspace",
    "BACKSPACE",
    "Pagedown",
    "Pageup",
    "UP",
    "DOWN",
    "LEFT",
    "RIGHT",
    "Q",
    "O",
    "Y",
    "T",
    "G",
    "B",
    "P",
    "R",
    "phrasebook",
    "UTF",
    "esc",
    "tab",
    "enter",
    "PgUp",
    "PgDn",
}
"""Latin words every reader sees: key names and the program's name."""

FOREIGN = {
    Lang.EN: re.compile(r"[\u0400-\u04ff\uac00-\ud7a3]"),
    Lang.RU: re.compile(r"[a-zA-Z]{2,}|[іїєґІЇЄҐ]|[\uac00-\ud7a3]"),
    Lang.UK: re.compile(r"[a-zA-Z]{2,}|[ыэъёЫЭЪЁ]|[\uac00-\ud7a3]"),
    Lang.KO: re.compile(r"[a-zA-Z]{2,}|[\u0400-\u04ff]"),
}


def _data_texts(app: PhrasebookApp) -> list[str]:
    """Everything the lexicon itself says, longest first (so that no part is left behind)."""
    texts: set[str] = {lang.native_name for lang in LANGS}
    for entry in app.lexicon:
        texts.update(entry.text.values())
        for variant in entry.variants:
            texts.update(variant.text.values())
        for mine in LANGS:
            for theirs in LANGS:
                if mine is not theirs:
                    texts.update(t.text for t in pair_transcriptions(entry, mine, theirs))
                    for variant in entry.variants:
                        readings = variant_transcriptions(variant, mine, theirs)
                        texts.update(t.text for t in readings)
        texts.update(entry.source)
        for lang in LANGS:
            texts.add(entry.note(lang))
        if entry.nk:
            texts.add(str(entry.nk))
    for category in app.lexicon.categories:
        texts.update(category.name(lang) for lang in LANGS)
    return sorted((t for t in texts if t), key=len, reverse=True)


def _screen_text(app: PhrasebookApp) -> str:
    """The text of every widget on the screen on top (a modal's, not the one under it)."""
    texts: list[str] = []
    for widget in app.screen.query("*"):
        if isinstance(widget, OptionList):
            texts.extend(str(option.prompt) for option in widget.options)
        elif isinstance(widget, Input):
            texts.append(widget.placeholder)  # not its value: that is what the user typed
        elif isinstance(widget, TextArea):
            continue
        elif not widget.children:
            shown = str(widget.render())
            if not re.fullmatch(r"<.* object at 0x[0-9a-f]+>", shown):  # drawn, not text
                texts.append(shown)
    return "\n".join(texts)


def _leftovers(text: str, data: Iterable[str], lang: Lang) -> list[str]:
    # Detail-pane lines wrap long texts: compare with runs of spaces closed up.
    flat = re.sub(r"\s+", " ", text)
    for item in data:
        flat = flat.replace(re.sub(r"\s+", " ", item), " ")
    words = [
        w
        for w in re.split(r"[\s│▏▎▊╭╮╰╯─]+", flat)
        if w and not re.search(r"[0-9./_\-\[\]'=:+]", w.strip("·:;,.()«»“”!?—–…★✓✗⚠▼"))
    ]
    words = [w.strip("·:;,.()«»“”!?—–…★✓✗⚠▼") for w in words]
    return [w for w in words if w not in KEY_NAMES and FOREIGN[lang].search(w)]


PAIRS = [(Lang.UK, Lang.KO), (Lang.RU, Lang.KO), (Lang.KO, Lang.UK), (Lang.EN, Lang.KO)]


@pytest.mark.slow
@pytest.mark.parametrize(("mine", "theirs"), PAIRS, ids=[f"{a}-{b}" for a, b in PAIRS])
async def test_every_screen_speaks_the_readers_language(
    mine: Lang, theirs: Lang, packaged_fonts_only: None, healthy_machine: None
) -> None:
    lexicon = phrasebook.load_lexicon([MINI], cache=False)
    # Start from the other side and swap with F9: "All" and the keys must follow the swap.
    app = make_app(lexicon, None, Settings(theirs, mine), userdata=UserData.load())
    data = _data_texts(app)
    found: dict[str, list[str]] = {}

    async def look(name: str) -> None:
        await app.workers.wait_for_complete()
        await pilot.pause()
        if left := _leftovers(_screen_text(app), data, mine):
            found[name] = left

    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f9")
        await look("lookup")
        await pilot.press(*"руки")
        await look("lookup with results")
        await pilot.press("ctrl+a", *"zzqqxx")
        await look("nothing found")
        await pilot.press("escape", "enter")
        await look("show mode")
        await pilot.press("escape", "f1")
        await look("help")
        await pilot.press("escape", "f5")
        await look("favourites")
        await pilot.press("escape", "f8")
        await look("languages")
        await pilot.press("escape", "f7")
        await look("translate")
        await pilot.press("escape", "ctrl+p")
        await look("command palette")
        await pilot.press("escape", "f4")
        await look("star toast")
    assert not found, found
