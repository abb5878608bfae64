"""Start-up figures measured side by side: phrasebook's TUI against a bare Textual app, and a
one-shot ``phrasebook lookup`` against ``python -c pass``.

Usage: ``python bench/startup.py [--runs 7]`` (``make bench`` runs it).

Each TUI run starts a fresh process in a pseudo-terminal (80×24) and times launch to the first
frame that shows a phrase (for the bare app, its one line of text); the bare app has an Input, a
Static and a Footer, like phrasebook's home screen. Runs alternate between the two, so a noisy
machine slows both alike; medians and the ratio are printed. Peak memory (VmHWM) of the TUI after
start-up is read from /proc. The lookup is timed the same way against Python doing nothing, with
the peak RSS of the child. User data and caches live in a temporary directory, and one untimed
run of each fills the lexicon cache first and is left running a few seconds, as a user's first
start is, for what the UI keeps after its first frame (the figures are for warm caches, as every
start after the first). Likewise the package's bytecode is compiled first, as an installed copy
has it (pip compiles it at install time; a checkout writes it on its first run, unless
PYTHONDONTWRITEBYTECODE is set, as on some CI machines: then every run would compile the
package's modules from source again, while Textual's own were compiled at install).

Targets (issue 21): TUI launch ≤ 1.25× the bare app; lookup ≤ 100 ms wall and ≤ 45 MiB peak;
TUI memory ≤ 120 MiB.
"""

from __future__ import annotations

import argparse
import compileall
import os
import pty
import select
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

BARE_APP = """
from textual.app import App
from textual.widgets import Footer, Input, Static

class Bare(App):
    BINDINGS = [("ctrl+q", "quit", "Quit")]
    def compose(self):
        yield Input(placeholder="Type")
        yield Static("READY-bare")
        yield Footer()

Bare().run()
"""

TIMEOUT = 30.0
SETTLE = 3.0
"""Seconds the untimed first start of each app runs on after its first frame."""


def user_env(home: str) -> dict[str, str]:
    """The environment of a run whose settings, user data and caches live under ``home``."""
    return dict(
        os.environ,
        PHRASEBOOK_CONFIG_DIR=f"{home}/config",
        PHRASEBOOK_DATA_DIR=f"{home}/data",
        PHRASEBOOK_CACHE_DIR=f"{home}/cache",
        TERM=os.environ.get("TERM", "xterm-256color"),
    )


def _first_phrase(env: dict[str, str]) -> str:
    """A word of the phrase phrasebook lists first with these (fresh) user settings."""
    code = (
        "import phrasebook\n"
        "from phrasebook.userdata.settings import load_settings\n"
        "s, _ = load_settings()\n"
        "e = next(iter(phrasebook.load_lexicon()))\n"
        "print(max(e.text[s.mine].split(), key=len).strip('!?.,'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def _tui_once(
    argv: list[str], marker: str, env: dict[str, str], settle: float = 0.0
) -> tuple[float, float | None]:
    """Seconds from launch until ``marker`` is on screen, and the peak RSS in MiB by then; the
    app is left running ``settle`` seconds more before it is stopped (for what it stores then)."""
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: become the app
        os.environ.update(env)
        os.environ["COLUMNS"], os.environ["LINES"] = "80", "24"
        os.execvp(argv[0], argv)
    seen = b""
    needle = marker.encode()
    elapsed = TIMEOUT
    try:
        while time.perf_counter() - started < TIMEOUT:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen = seen[-4096:] + chunk
            if needle in seen:
                elapsed = time.perf_counter() - started
                break
        peak = _peak_mib(pid)
        until = time.perf_counter() + settle
        while time.perf_counter() < until:  # its output read, or it would block on the pty
            if select.select([fd], [], [], 0.05)[0]:
                try:
                    if not os.read(fd, 65536):
                        break
                except OSError:
                    break
    finally:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(fd)
    return elapsed, peak


def _peak_mib(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text("ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _command_once(argv: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one run of a command."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(child.pid, 0)
    child.returncode = 0
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    bindir = Path(sys.executable).parent
    import phrasebook

    compileall.compile_dir(Path(phrasebook.__file__).parent, quiet=1)
    phrasebook = str(bindir / "phrasebook")
    with tempfile.TemporaryDirectory() as home:
        env = user_env(home)
        bare = Path(home) / "bare.py"
        bare.write_text(BARE_APP, encoding="utf-8")
        marker = _first_phrase(env)  # also fills the lexicon cache
        # As a user's first start, left to finish what it does after the first frame (the UI
        # keeps the stylesheets it parsed, phrasebook.tui.parsed_css); the timed runs are not.
        _tui_once([phrasebook], marker, env, settle=SETTLE)
        _tui_once([sys.executable, str(bare)], "READY-bare", env, settle=SETTLE)
        tui: list[float] = []
        plain: list[float] = []
        peaks: list[float] = []
        for _ in range(args.runs):
            seconds, peak = _tui_once([phrasebook], marker, env)
            tui.append(seconds)
            if peak is not None:
                peaks.append(peak)
            plain.append(_tui_once([sys.executable, str(bare)], "READY-bare", env)[0])
        lookups: list[tuple[float, float]] = []
        nothing: list[tuple[float, float]] = []
        for _ in range(args.runs):
            lookups.append(_command_once([phrasebook, "lookup", "hands up"], env))
            nothing.append(_command_once([sys.executable, "-c", "pass"], env))
    ms = 1000
    tui_ms, bare_ms = statistics.median(tui) * ms, statistics.median(plain) * ms
    print(
        f"TUI launch to first phrase: median {tui_ms:.0f} ms; bare Textual app {bare_ms:.0f} ms; "
        f"ratio {tui_ms / bare_ms:.2f}x (target <= 1.25x); {args.runs} runs each, alternating"
    )
    if peaks:
        print(f"TUI peak memory after start-up: {statistics.median(peaks):.0f} MiB (target <= 120)")
    look_ms = statistics.median(t for t, _ in lookups) * ms
    pass_ms = statistics.median(t for t, _ in nothing) * ms
    look_mib = statistics.median(m for _, m in lookups)
    print(
        f'phrasebook lookup "hands up": median {look_ms:.0f} ms wall, {look_mib:.0f} MiB peak; '
        f"python -c pass {pass_ms:.0f} ms (targets <= 100 ms, <= 45 MiB)"
    )


if __name__ == "__main__":
    main()
