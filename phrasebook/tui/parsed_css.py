"""Textual's parsed stylesheets kept between runs, so that a start reads its rules, not parses them.

On every start Textual parses the app's ``.tcss`` and each widget class's ``DEFAULT_CSS`` (its
tokenizer works character by character): 28 sources, a seventh of the instructions between
``App.run`` and the first frame (cachegrind). It keeps the rules it parsed in memory, by source
(``Stylesheet._parse_cache``: the text, its file and class, its scope), and parses nothing it
holds. :class:`ParsedCss` stores those rules in the user's cache directory once the first frame is
out and puts them back into the next start's stylesheet before it parses: reading them back
costs a third of parsing them. (Not with a theme other than the default: Textual applies it once
the app runs, which parses every source again; the app then neither reads nor writes the file.)

What may differ between two starts is in the key or the file's stamp: a changed source is another
key, so it is parsed anew; the rules are used only with the Textual install (its ``RECORD``), the
Python and the theme's variables (substituted as Textual parses) they were made with. A file that
is missing, damaged or stamped otherwise is ignored and written anew; without a ``RECORD`` (Textual
not installed by pip) nothing is stored. ``_parse_cache`` is Textual's own: the version range in
pyproject.toml is the one this was written against, and if it ever changes shape, starts only parse
again (tests/tui/test_parsed_css.py fails first).
"""

from __future__ import annotations

import io
import pickle
import sys
import zlib
from pathlib import Path
from typing import Any

from textual.css.stylesheet import Stylesheet

_Key = tuple[Any, ...]
"""Textual's key of parsed rules: the source's text, where it was read from, its scope…"""
_Rules = list[tuple[_Key, Any]]
"""(key, the rules parsed from that source) pairs."""


def _install() -> int | None:
    """Which Textual install parsed the rules (a checksum of its ``RECORD``); None if unknown."""
    packages = Path(sys.modules["textual"].__file__ or "").parent.parent
    try:  # a listing, not Path.glob, which compiles a pattern: a fifth of this module's time
        found = [
            p
            for p in packages.iterdir()
            if p.name.startswith("textual-") and p.suffix == ".dist-info"
        ]
        return zlib.crc32((found[0] / "RECORD").read_bytes()) if len(found) == 1 else None
    except OSError:
        return None


def _variables(stylesheet: Stylesheet) -> tuple[tuple[str, str], ...]:
    """The theme's variables, which Textual substitutes as it parses."""
    return tuple(sorted(stylesheet._variables.items()))


class ParsedCss:
    """The rules one start parsed, given back to the next.

    Args:
        path: the file that keeps them (in the user's cache directory).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stamp: tuple[object, ...] | None = None
        self._known: set[_Key] = set()
        """Keys of the rules read from the file: what needs no storing again."""
        self._later: _Rules = []
        """Rules read from the file that the first frame did not need."""
        self._first: set[_Key] | None = None
        """Keys of the rules the first frame needed, once it is out."""

    def restore(self, stylesheet: Stylesheet) -> None:
        """Give ``stylesheet`` the rules its first frame needed last time, before it parses; and
        stamp what this start parses, so that it is kept (:meth:`to_store`). Not called, nothing
        is kept."""
        install = _install()
        if install is None:
            return
        self._stamp = (sys.version, install, _variables(stylesheet))
        try:
            with self.path.open("rb") as file:
                if pickle.load(file) != self._stamp:  # noqa: S301 (our own cache file)
                    return
                first: _Rules = pickle.load(file)  # noqa: S301
                later: _Rules = pickle.load(file)  # noqa: S301
        except Exception:  # missing, damaged or from another version: parsed, and written anew
            return
        self._put(stylesheet, first)
        self._later = later

    def restore_rest(self, stylesheet: Stylesheet) -> None:
        """Give ``stylesheet`` the rest of the rules kept, and note which the first frame used."""
        self._first = set(stylesheet._parse_cache.keys())
        later, self._later = self._later, []
        self._put(stylesheet, later)

    def _put(self, stylesheet: Stylesheet, rules: _Rules) -> None:
        cache = stylesheet._parse_cache
        for key, parsed in rules:
            cache.set(key, parsed)
            self._known.add(key)

    def to_store(self, stylesheet: Stylesheet) -> bytes | None:
        """The file's new content, when ``stylesheet`` parsed rules it lacks (None otherwise, or
        when the theme changed since the start)."""
        if self._stamp is None or _variables(stylesheet) != self._stamp[2]:
            return None
        cache = stylesheet._parse_cache
        keys = list(cache.keys())
        if self._known.issuperset(keys):
            return None
        first = self._first if self._first is not None else set(keys)
        parts: tuple[_Rules, _Rules] = ([], [])
        for key in keys:
            parts[key not in first].append((key, cache.get(key)))
        out = io.BytesIO()
        try:
            for part in (self._stamp, *parts):
                pickle.dump(part, out, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # a rule Textual may one day make unpicklable: nothing is kept
            return None
        self._known.update(keys)
        return out.getvalue()
