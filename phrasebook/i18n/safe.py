"""Make any text safe to put on a terminal: nothing in it may steer the terminal."""

from __future__ import annotations

import unicodedata

_VISIBLE = {"\x1b": "␛", "\r": "␍", "\x7f": "␡"}


def printable(text: str) -> str:
    """``text`` with control and bidi-override characters made visible and harmless.

    Tabs become spaces and newlines are kept; every other C0/C1 control (ESC above all, which
    starts ANSI sequences) and every invisible format character is replaced by a visible symbol.
    """
    out: list[str] = []
    for ch in text:
        if ch == "\n":
            out.append(ch)
        elif ch == "\t":
            out.append(" ")
        elif ch in _VISIBLE:
            out.append(_VISIBLE[ch])
        elif unicodedata.category(ch) == "Cc":
            code = ord(ch)
            out.append(chr(0x2400 + code) if code < 0x20 else "\ufffd")
        elif unicodedata.category(ch) == "Cf" and ch not in "\u200c\u200d":
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)
