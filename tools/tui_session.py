"""A scripted TUI session on the shipped lexicon, for `make test-offline` (run inside `unshare -n`).

Types in several languages and layouts, opens show mode and the answer cards, stars a phrase,
opens favourites, history, help and translation, swaps the pair — and fails loudly if anything
raised or if a socket was opened. Prints what it did.
"""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import tempfile
from pathlib import Path

OPENED: list[object] = []
_real_connect = socket.socket.connect


def _record(self: socket.socket, address: object) -> None:
    OPENED.append(address)
    _real_connect(self, address)  # type: ignore[arg-type]


async def session() -> int:
    home = tempfile.mkdtemp(prefix="pb-session-")
    for name in ("CONFIG", "DATA", "CACHE"):
        os.environ[f"PHRASEBOOK_{name}_DIR"] = str(Path(home) / name.lower())
    socket.socket.connect = _record  # type: ignore[method-assign]

    import phrasebook
    from phrasebook.tui.app import make_app
    from phrasebook.tui.screens.show import ShowScreen
    from phrasebook.userdata.settings import Settings
    from phrasebook.values import Lang

    app = make_app(phrasebook.load_lexicon(), None, Settings(Lang.UK, Lang.KO))
    steps: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        for query in ("руки вгору", "부상", "ruky vhoru", "herb ddth[", "where does it hurt"):
            await pilot.press("escape", *query)
            await pilot.pause()
            results = app.screen.query_one("#results")
            steps.append(
                f"typed {query!r}: first hit {results.current.id if results.current else None}"
            )  # type: ignore[attr-defined]
        await pilot.press("enter")
        assert isinstance(app.screen, ShowScreen), "Enter should open show mode"
        await pilot.press("right", "right", "down", "f4", "escape")
        steps.append("show mode, answer cards, next phrase, star")
        for key in ("f5", "escape", "f6", "escape", "f1", "escape", "f9", "f9"):
            await pilot.press(key)
        steps.append("favourites, history, help, swap twice")
        await pilot.press("f7", *"добрий день", "ctrl+r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        output = str(app.screen.query_one("#translate-output").render())
        steps.append(f"translate: {output.splitlines()[0] if output else '(empty)'}")
        await pilot.press("escape")
    for step in steps:
        print(step)
    if OPENED:
        print(f"FAIL: sockets opened: {OPENED}")
        return 1
    print("ok: no socket opened, no exception")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(session()))
