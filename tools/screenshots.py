"""Regenerate the README screenshots: PNG drawn cell by cell.

    .venv/bin/python tools/screenshots.py            # writes docs/screenshots/*.png
    .venv/bin/python tools/screenshots.py hand-over  # only the scenes named
    SCENES=learn .venv/bin/python tools/screenshots.py   # only the scenes named

PNGs are drawn by tools/terminal_png.py with the display extra's fonts (no system Korean font
needed), half-blocks as solid cells, so show mode's large letters look as in a terminal. The
large lettering of one phrase is also written as text to docs/screenshots/show-big.txt.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from terminal_png import save_png

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
KEYS = {"enter", "escape", "right", "left", "down", "up", "space", "ctrl+l"}
KEYS |= {"f1", "f2", "f5", "f7", "f9", "f12"}


async def capture(only: Sequence[str] = ()) -> list[Path]:
    home = Path(tempfile.mkdtemp(prefix="pb-shots-"))
    for name in ("CONFIG", "DATA", "CACHE"):
        os.environ[f"PHRASEBOOK_{name}_DIR"] = str(home / name.lower())
    import phrasebook
    from phrasebook.tui import bigtext
    from phrasebook.tui.app import make_app
    from phrasebook.userdata.settings import Settings
    from phrasebook.values import Lang

    lexicon = phrasebook.load_lexicon()
    OUT.mkdir(parents=True, exist_ok=True)
    if not only:
        rows = bigtext.render(lexicon.get("drop-weapon").text[Lang.KO], 78, 10)
        text = "\n".join(rows or ["(no font covers Hangul here)"]) + "\n"
        (OUT / "show-big.txt").write_text(text)
    shots: list[Path] = []
    scenes = [
        ("lookup", Settings(Lang.UK, Lang.KO), ["ти поранений"], (100, 30)),
        ("show", Settings(Lang.UK, Lang.KO), ["ти поранений", "enter", "right"], (100, 30)),
        ("lookup-latin", Settings(Lang.EN, Lang.KO), ["son deureo"], (100, 30)),
        ("show-russian", Settings(Lang.KO, Lang.RU), ["무기 버려", "enter"], (100, 30)),
        ("help", Settings(Lang.EN, Lang.KO), ["f1"], (100, 30)),
        ("hand-over", Settings(Lang.UK, Lang.KO), ["f12"], (100, 30)),
        ("hand-over-read-back", Settings(Lang.UK, Lang.KO), ["f12", "2", "enter"], (100, 30)),
        ("learn", Settings(Lang.UK, Lang.KO), ["ctrl+l", "down", "enter", "space"], (100, 30)),
    ]
    only = {*only, *os.environ.get("SCENES", "").split(",")} - {""}
    for name, settings, keys, size in scenes:
        if only and name not in only:
            continue
        app = make_app(lexicon, None, settings)
        async with app.run_test(size=size) as pilot:
            for key in keys:
                # a named key is pressed as it is; anything else is typed letter by letter
                await pilot.press(*([key] if key in KEYS else list(key)))
            await pilot.pause(0.3)
            for widget in app.screen.query("Input, TextArea"):
                widget.cursor_blink = False  # type: ignore[attr-defined]
            path = OUT / f"{name}.png"
            save_png(app, path)
            shots.append(path)
    return shots


def main() -> None:
    for png in asyncio.run(capture(sys.argv[1:])):
        print(png)


if __name__ == "__main__":
    main()
