"""Start-up counted in instructions (cachegrind), which do not drift with a noisy machine's spells.

Usage: ``python bench/instructions.py`` (``make bench`` runs it; it says so and stops when
valgrind is not installed).

Wall times on the machines this project runs on swing by a third from one minute to the next, so
a change of a few per cent to start-up cannot be seen in bench/startup.py's milliseconds. Under
``valgrind --tool=cachegrind`` the count of instructions a run executes is the same to a tenth of
a per cent from run to run. Printed: the instructions from launch to the moment the frame holding
the first phrase is handed to the terminal, for phrasebook's TUI and for the bare Textual app of
bench/startup.py, and their ratio; and those of ``phrasebook lookup "hands up"`` and of
``python -c pass``. The ratio of instructions is not the ratio of wall times (the bare app's
share of fixed costs, such as mapping memory, is larger): compare it with itself, before and
after a change.
"""

from __future__ import annotations

import compileall
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from startup import BARE_APP, SETTLE, _first_phrase, _tui_once, user_env

STOP_AT_FIRST_PHRASE = """
import os, sys
marker = sys.argv[1]
import textual.drivers.linux_driver as driver
write = driver.LinuxDriver.write
def handed_over(self, data):
    if marker in data:  # the frame with the first phrase goes to the terminal: stop counting
        os._exit(0)
    write(self, data)
driver.LinuxDriver.write = handed_over
"""

TUI = """
import phrasebook.tui.app as app
# Under valgrind the first frame takes longer than the start-up workers wait for it; counted,
# they would read the index during that frame, which they never do at full speed.
app._FIRST_FRAME_WAIT = 3600.0
from phrasebook.cli import program
sys.argv = ["phrasebook"]
program()
"""


def _counted(log: Path) -> int:
    found = re.search(r"I\s+refs:\s+([\d,]+)", log.read_text(encoding="utf-8", errors="replace"))
    if found is None:
        raise SystemExit(f"cachegrind printed no count; see {log}")
    return int(found.group(1).replace(",", ""))


def _valgrind(log: Path) -> list[str]:
    return ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
            f"--log-file={log}"]  # fmt: skip


def _in_terminal(argv: list[str], env: dict[str, str], log: Path) -> int:
    """Instructions of a Textual app run in a pseudo-terminal until it ends itself."""
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(env, COLUMNS="80", LINES="24")
        os.execvp(argv[0], argv)
    deadline = time.monotonic() + 600
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                try:
                    if not os.read(fd, 65536):
                        break
                except OSError:
                    break
    finally:
        os.waitpid(pid, 0)
        os.close(fd)
    return _counted(log)


def _command(argv: list[str], env: dict[str, str], log: Path) -> int:
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return _counted(log)


def main() -> None:
    """Count and print."""
    if shutil.which("valgrind") is None:
        print("instructions: valgrind is not installed here; nothing counted")
        return
    import phrasebook as package

    # As bench/startup.py: the package's bytecode as an installed copy has it, or every counted
    # run would compile the modules changed since the last one from source again.
    compileall.compile_dir(Path(package.__file__).parent, quiet=1)
    phrasebook = str(Path(sys.executable).parent / "phrasebook")
    with tempfile.TemporaryDirectory() as home:
        env = user_env(home)
        marker = _first_phrase(env)  # also fills the lexicon cache
        # A first start, left to keep what the UI keeps after its first frame (as startup.py).
        _tui_once([phrasebook], marker, env, settle=SETTLE)
        log = Path(home) / "cachegrind.log"
        count = _valgrind(log)
        python = [*count, sys.executable]
        tui = _in_terminal([*python, "-c", STOP_AT_FIRST_PHRASE + TUI, marker], env, log)
        bare = _in_terminal(
            [*python, "-c", STOP_AT_FIRST_PHRASE + BARE_APP, "READY-bare"], env, log
        )
        lookup = _command([*count, phrasebook, "lookup", "hands up"], env, log)
        nothing = _command([*python, "-c", "pass"], env, log)
    m = 1_000_000
    print(
        f"instructions to the first phrase: TUI {tui / m:,.0f} M, bare Textual app "
        f"{bare / m:,.0f} M, ratio {tui / bare:.3f}"
    )
    print(
        f'instructions of phrasebook lookup "hands up": {lookup / m:,.0f} M; '
        f"python -c pass {nothing / m:,.0f} M"
    )


if __name__ == "__main__":
    main()
