"""TUI figures on the shipped lexicon: time to first paint and keystroke-to-results latency.

Targets (issue 7): first paint ≤ 400 ms, keystroke to results ≤ 16 ms.

First paint is measured headless from the start of the work (loading the lexicon with a warm
cache, building the app) until the lookup screen has rendered its first frame. Keystroke latency is
the work one key press triggers: the search plus rebuilding the result list and detail pane,
timed around ``LookupScreen.update_results`` for prefixes of realistic queries.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path

QUERIES = [
    "hands up",
    "руки вверх",
    "кинь зброю",
    "손 들어",
    "부상 있어",
    "where does it hurt",
    "огонь",
    "herb ddth[",
    "son deureo",
    "medic",
    "ти поранений",
    "вода",
]


async def measure() -> None:
    import os

    os.environ.setdefault("PHRASEBOOK_DATA_DIR", tempfile.mkdtemp())
    os.environ.setdefault("PHRASEBOOK_CONFIG_DIR", tempfile.mkdtemp())
    import phrasebook
    from phrasebook.tui.app import make_app
    from phrasebook.tui.screens.lookup import LookupScreen
    from phrasebook.userdata import UserData
    from phrasebook.userdata.settings import Settings
    from phrasebook.values import Lang

    phrasebook.load_lexicon()  # warm the cache, as every start after the first finds it
    start = time.perf_counter()
    lexicon = phrasebook.load_lexicon()
    app = make_app(
        lexicon,
        None,
        Settings(Lang.UK, Lang.KO),
        userdata=UserData.load(Path(os.environ["PHRASEBOOK_DATA_DIR"])),
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first_paint = (time.perf_counter() - start) * 1000
        screen = app.screen
        assert isinstance(screen, LookupScreen)
        query = screen.query_one("#query")
        samples: list[float] = []
        for text in QUERIES:
            for end in range(1, len(text) + 1):
                query.value = text[:end]  # type: ignore[attr-defined]
                with screen.prevent():
                    t0 = time.perf_counter()
                    screen.update_results()
                    samples.append((time.perf_counter() - t0) * 1000)
        samples.sort()
        p99 = samples[int(len(samples) * 0.99) - 1]
        print(f"lexicon entries:          {len(lexicon)}")
        print(f"time to first paint:      {first_paint:7.1f} ms   (target ≤ 400 ms)")
        print(
            f"keystroke → results, median {statistics.median(samples):6.2f} ms, "
            f"p99 {p99:6.2f} ms, max {samples[-1]:6.2f} ms over {len(samples)} keys "
            "(target ≤ 16 ms)"
        )


if __name__ == "__main__":
    asyncio.run(measure())
