"""The pocket cards render in a real browser: headless Chromium prints them to PDF and PNG.

Debian's `chromium` is installed with apt-get when it is missing (this needs root and a package
mirror); the tests are skipped, with the reason, only when that fails. Chromium runs in a
subprocess, outside the socket guard, with every background-networking feature off; the page
itself references nothing outside the file (tests/test_export.py checks that).

To look at the cards yourself:
    phrasebook export --from uk --to ko -o /tmp/cards.html
    chromium --headless --no-sandbox --print-to-pdf=/tmp/cards.pdf /tmp/cards.html
"""

from __future__ import annotations

import math
import os
import re
import shutil
import struct
import subprocess
from datetime import date
from pathlib import Path

import pytest

from phrasebook.export import export
from phrasebook.lexicon import load_lexicon
from phrasebook.values import Lang

CHROMIUM = Path("/usr/bin/chromium")
INSTALL_TIMEOUT = 900  # seconds; the package and its libraries are about 100 MB
RENDER_TIMEOUT = 180


def _apt_install() -> str | None:
    """Install chromium with apt-get; return why it could not be, or None."""
    if shutil.which("apt-get") is None:
        return "chromium is missing and apt-get is not available"
    if os.geteuid() != 0:
        return "chromium is missing and installing it needs root"
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = ["apt-get", "install", "-y", "--no-install-recommends", "chromium"]
    reason = ""
    # A stale package list is the usual cause of a failed install: refresh it once, then retry.
    for step in ([install], [["apt-get", "update"], install]):
        try:
            for command in step:
                done = subprocess.run(
                    command, env=env, capture_output=True, text=True, timeout=INSTALL_TIMEOUT
                )
                if done.returncode != 0:
                    tail = (done.stderr or done.stdout).strip().splitlines()[-1:]
                    reason = f"`{' '.join(command)}` failed: {' '.join(tail)}"
                    break
            else:
                if CHROMIUM.exists():
                    return None
        except subprocess.TimeoutExpired:
            reason = f"installing chromium took more than {INSTALL_TIMEOUT} s"
    return reason or "apt-get ran but /usr/bin/chromium is still missing"


@pytest.fixture(scope="module")
def chromium() -> Path:
    """The Chromium binary, installed if needed; skips the module when it cannot be."""
    if not CHROMIUM.exists():
        reason = _apt_install()
        if reason is not None:
            pytest.skip(f"no headless Chromium: {reason}")
    return CHROMIUM


@pytest.fixture(scope="module")
def cards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped lexicon's uk→ko pocket cards, as a file."""
    html = export(load_lexicon(cache=False), Lang.UK, Lang.KO, "html", today=date(2025, 3, 1))
    path = tmp_path_factory.mktemp("cards") / "cards-uk-ko.html"
    path.write_bytes(html)
    return path


def render(chromium: Path, page: Path, tmp_path: Path, *action: str) -> None:
    profile = tmp_path / "profile"
    command = [
        str(chromium),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--host-resolver-rules=MAP * ~NOTFOUND",  # belt and braces: no name resolves
        f"--user-data-dir={profile}",
        *action,
        page.as_uri(),
    ]
    env = dict(os.environ, HOME=str(tmp_path))
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=RENDER_TIMEOUT, env=env, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_cards_print_to_a_pdf(chromium: Path, cards: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "cards.pdf"
    render(chromium, cards, tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    # The shipped lexicon fills many A4 sheets; a blank or one-page PDF would be far smaller.
    assert len(data) > 50_000
    boxes = _media_boxes(data)
    # Every page is A4 portrait (595 × 842 points), as the cut lines assume…
    assert set(boxes) == {(595, 842)}, boxes
    # …and holds exactly four cards: one more page means a card outgrew its A6 (the row height
    # estimate in phrasebook/export.py is too low for some text).
    cards_count = cards.read_text(encoding="utf-8").count('<section class="card')
    assert len(boxes) == math.ceil(cards_count / 4)


def _media_boxes(pdf: bytes) -> list[tuple[int, int]]:
    found = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert found, "no page in the PDF"
    return [(round(float(w)), round(float(h))) for w, h in found]


def test_cards_render_to_a_png(chromium: Path, cards: Path, tmp_path: Path) -> None:
    png = tmp_path / "cards.png"
    render(chromium, cards, tmp_path, "--window-size=900,1200", f"--screenshot={png}")
    data = png.read_bytes()
    assert png_size(data) == (900, 1200)
    # A blank white page compresses to a few kilobytes; text in two scripts does not.
    assert len(data) > 40_000
    keep = os.environ.get("PHRASEBOOK_KEEP_PNG")
    if keep:  # to look at the cards: PHRASEBOOK_KEEP_PNG=/tmp/cards.png pytest …
        Path(keep).write_bytes(data)


def _hangul_page(cards: Path, folder: Path, syllable: str, *, embedded: bool) -> Path:
    """One syllable, large, under the cards' own styles (their @font-face rules kept or not)."""
    html = cards.read_text(encoding="utf-8")
    style = html[html.index("<style>") : html.index("</style>") + len("</style>")]
    if not embedded:
        style = re.sub(r"@font-face \{[^}]*\}", "", style)
    page = folder / f"{syllable}-{embedded}.html"
    page.write_text(
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{style}</head>'
        f'<body><p lang="ko" style="font-size: 150px; margin: 0; background: #fff">{syllable}'
        "</p></body></html>",
        encoding="utf-8",
    )
    return page


def test_cards_draw_hangul_with_their_embedded_font(
    chromium: Path, cards: Path, tmp_path: Path
) -> None:
    from PIL import Image, ImageChops

    assert "@font-face" in cards.read_text(encoding="utf-8")
    shots: dict[tuple[str, bool], Image.Image] = {}
    for syllable in ("부", "상"):
        for embedded in (True, False):
            page = _hangul_page(cards, tmp_path, syllable, embedded=embedded)
            png = tmp_path / f"{syllable}-{embedded}.png"
            render(chromium, page, tmp_path, "--window-size=400,300", f"--screenshot={png}")
            shots[syllable, embedded] = Image.open(png).convert("L")

    def same(a: Image.Image, b: Image.Image) -> bool:
        return ImageChops.difference(a, b).getbbox() is None

    # With the embedded font two syllables are two different drawings…
    assert not same(shots["부", True], shots["상", True])
    # …and not what the machine draws without it.
    assert not same(shots["부", True], shots["부", False])
    if not _system_has_hangul():
        # Here no system font has Hangul: without the embedded one, every syllable is one box.
        assert same(shots["부", False], shots["상", False])


def _system_has_hangul() -> bool:
    program = shutil.which("fc-list")
    if program is None:
        return True  # cannot tell: skip the claim about this machine
    done = subprocess.run([program, ":lang=ko"], capture_output=True, text=True, check=False)
    return bool(done.stdout.strip())
