"""Translation: the vetted lexicon first, then the installed Argos models, offline.

A text the lexicon knows (exactly or nearly) gets the entry's vetted wording. Anything else goes to
the installed Argos package for the pair, or through English when there is none (ko→en→ru), and is
marked as machine output to be verified.

The models are driven here rather than through ``argostranslate.translate``: translators stay
loaded between calls, and every sentence of every line of a batch goes to CTranslate2 in one call,
with argostranslate's own settings (beam 4, length penalty 0.2), its package tokenizer and the
package's bundled sentence splitter, so the output is the same as argostranslate's, only faster.
argostranslate and CTranslate2 are imported on first use, never by ``import phrasebook``.
"""

from __future__ import annotations

import itertools
import os
import threading
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from phrasebook.errors import TranslationError
from phrasebook.lexicon import Lexicon
from phrasebook.mt.store import ModelPackage, list_models
from phrasebook.userdata.paths import models_dir
from phrasebook.values import LANGS, Lang

LEXICON_MIN_SCORE = 0.9
"""The search score from which a lexicon entry counts as the text itself."""
VERIFY_NOTE = "Machine translation ({path}): verify it with a speaker before relying on it."


@dataclass(frozen=True, slots=True)
class Translation:
    """One translated text and where it came from."""

    text: str
    """The translation."""
    src: Lang
    """The language translated from."""
    dst: Lang
    """The language translated into."""
    source: Literal["lexicon", "mt"]
    """``"lexicon"`` for a vetted entry, ``"mt"`` for machine translation."""
    entry_id: str | None
    """The lexicon entry's id, for ``source == "lexicon"``."""
    path: tuple[Lang, ...]
    """The languages passed through, such as ``(ko, en, ru)`` for a pivot."""
    verify: bool
    """True when the text is machine output that must be checked."""
    note: str
    """A sentence for the user about how far to trust the text."""


def _arrow(path: Sequence[Lang]) -> str:
    return "→".join(lang.value for lang in path)


class _Engine:
    """One loaded package: CTranslate2 translator, tokenizer and sentence splitter."""

    def __init__(self, package: ModelPackage) -> None:
        import ctranslate2

        from phrasebook.mt import argos as _argos
        from phrasebook.mt import sentences as _sbd

        try:
            argos_package = _argos.package_module().Package(package.path)
            self.tokenizer: Any = argos_package.tokenizer
            self.tokenizer.encode("x")  # loads it now, so a broken file fails here
        except Exception as exc:  # whatever a damaged package makes argostranslate raise
            raise TranslationError(
                f"{package.path}: the tokenizer cannot be loaded ({exc}); reinstall the package"
            ) from None
        self.target_prefix: str = argos_package.target_prefix
        self.split = _sbd.splitter_for(package.path)
        # One thread per batch and batches side by side: for small batches of short sentences this
        # is several times faster than argostranslate's intra_threads=0, and gives the same output.
        workers = min(4, os.cpu_count() or 1)
        try:
            self.translator: Any = ctranslate2.Translator(
                str(package.path / "model"), device="cpu", inter_threads=workers, intra_threads=1
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise TranslationError(
                f"{package.path}: the model cannot be loaded ({exc}); reinstall the package"
            ) from None

    def run(self, texts: Sequence[str], beam_size: int) -> list[str]:
        """Translate texts as argostranslate does, but all their sentences in one batch."""
        sentences: dict[str, int] = {}  # each distinct sentence is translated once
        splits: dict[str, list[int]] = {}
        layout: list[list[list[int]]] = []
        for text in texts:
            paragraphs = []
            for paragraph in text.split("\n"):
                if paragraph not in splits:
                    splits[paragraph] = [
                        sentences.setdefault(s, len(sentences)) for s in self.split(paragraph)
                    ]
                paragraphs.append(splits[paragraph])
            layout.append(paragraphs)
        tokens = [self.tokenizer.encode(s) for s in sentences]
        prefix = [[self.target_prefix]] * len(tokens) if self.target_prefix else None
        try:
            results = self.translator.translate_batch(
                tokens,
                target_prefix=prefix,
                replace_unknowns=True,
                max_batch_size=32,
                beam_size=beam_size,
                num_hypotheses=1,
                length_penalty=0.2,
            )
        except (RuntimeError, ValueError) as exc:
            raise TranslationError(f"the translation model failed: {exc}") from None
        hypotheses = [r.hypotheses[0] for r in results]
        out = []
        for paragraphs in layout:
            done = []
            for ids in paragraphs:
                value = self.tokenizer.decode([t for i in ids for t in hypotheses[i]])
                if self.target_prefix and value.startswith(self.target_prefix):
                    value = value[len(self.target_prefix) :]
                done.append(value[1:] if value.startswith(" ") else value)
            out.append("\n".join(done).lstrip("\n"))
        return out


class Translator:
    """Translates lexicon-first, then with the installed models; keeps models loaded.

    Safe to share between threads. Packages installed or removed while it lives are noticed on the
    next call.
    """

    def __init__(self, lexicon: Lexicon, *, beam_size: int = 4) -> None:
        """Make a translator.

        Args:
            lexicon: the vetted phrases to answer from first.
            beam_size: CTranslate2 beam size; 4 is argostranslate's default.
        """
        self.lexicon = lexicon
        self.beam_size = max(1, beam_size)
        self._lock = threading.RLock()
        self._stamp: tuple[str, int] | None = None
        self._packages: dict[tuple[Lang, Lang], ModelPackage] = {}
        self._engines: dict[tuple[Path, int, int], _Engine] = {}

    def _installed(self) -> dict[tuple[Lang, Lang], ModelPackage]:
        folder = models_dir()
        try:
            stamp = (str(folder), folder.stat().st_mtime_ns)
        except OSError:
            stamp = (str(folder), -1)
        with self._lock:
            if stamp != self._stamp:
                self._packages = {}
                for package in list_models():
                    self._packages.setdefault((package.from_lang, package.to_lang), package)
                self._stamp = stamp
            return self._packages

    def _route(self, src: Lang, dst: Lang) -> tuple[Lang, ...] | None:
        installed = self._installed()
        if (src, dst) in installed:
            return (src, dst)
        # Breadth-first through installed packages, English first as the usual pivot.
        order = sorted(installed, key=lambda pair: (pair[1] != Lang.EN, pair[1].value))
        queue: deque[tuple[Lang, ...]] = deque([(src,)])
        while queue:
            path = queue.popleft()
            for a, b in order:
                if a == path[-1] and b not in path:
                    if b == dst:
                        return (*path, b)
                    if len(path) < 3:
                        queue.append((*path, b))
        return None

    def _engine(self, package: ModelPackage) -> _Engine:
        info = package.path.stat()
        key = (package.path, info.st_ino, info.st_mtime_ns)
        with self._lock:
            engine = self._engines.get(key)
            if engine is None:
                engine = _Engine(package)
                self._engines = {k: v for k, v in self._engines.items() if k[0] != package.path}
                self._engines[key] = engine
            return engine

    def pairs(self) -> list[tuple[Lang, Lang]]:
        """Every (from, to) pair the installed models cover, directly or through a pivot."""
        return [(a, b) for a in LANGS for b in LANGS if a != b and self._route(a, b) is not None]

    def has_model(self, src: Lang | str, dst: Lang | str) -> bool:
        """True when installed models cover ``src`` → ``dst`` (directly or through a pivot)."""
        return self._route(Lang.parse(str(src)), Lang.parse(str(dst))) is not None

    def _missing_error(self, src: Lang, dst: Lang) -> TranslationError:
        installed = self._installed()
        if Lang.EN in (src, dst):
            how = f"`phrasebook models install --from-index {src} {dst}`"
        else:
            legs = [(src, Lang.EN), (Lang.EN, dst)]
            need = [leg for leg in legs if leg not in installed] or legs
            how = " and ".join(f"`phrasebook models install --from-index {a} {b}`" for a, b in need)
            how += f" (it pivots {src}→en→{dst})"
        return TranslationError(
            f"no translation model for {src}→{dst} is installed and the phrasebook has no entry for"
            f" this text. Install one with `phrasebook models install FILE.argosmodel`, or, with a"
            f" network connection, {how}."
        )

    def _from_lexicon(self, text: str, src: Lang, dst: Lang) -> Translation | None:
        if not len(self.lexicon):
            return None
        hits = self.lexicon.search(text, limit=1, lang=src)
        if not hits or hits[0].score < LEXICON_MIN_SCORE or hits[0].lang != src:
            return None
        entry = hits[0].entry
        note = f"Vetted phrasebook entry “{entry.id}”."
        return Translation(entry.text[dst], src, dst, "lexicon", entry.id, (src, dst), False, note)

    def translate(self, text: str, src: Lang | str, dst: Lang | str) -> Translation:
        """Translate one text (it may hold several sentences or lines).

        Raises:
            TranslationError: no lexicon match and no installed model covers the pair, naming the
                command that installs one; or the model failed.
            UnsupportedLanguageError: for an unknown language code.
        """
        return self.translate_batch([text], src, dst)[0]

    def translate_batch(
        self, lines: Sequence[str], src: Lang | str, dst: Lang | str
    ) -> list[Translation]:
        """Translate many texts at once: lexicon hits directly, the rest in one batched model call.

        Raises:
            TranslationError: as for :meth:`translate`, when any line needs a missing model.
            UnsupportedLanguageError: for an unknown language code.
        """
        source, target = Lang.parse(str(src)), Lang.parse(str(dst))
        results: list[Translation | None] = []
        pending: list[int] = []
        for i, line in enumerate(lines):
            hit = None if source == target else self._from_lexicon(line, source, target)
            if hit is None and source == target:
                hit = Translation(
                    line, source, target, "mt", None, (source,), False, "Same language."
                )
            if hit is None and not line.strip():
                hit = Translation(
                    "", source, target, "mt", None, (source, target), False, "Nothing to translate."
                )
            results.append(hit)
            if hit is None:
                pending.append(i)
        if pending:
            route = self._route(source, target)
            if route is None:
                raise self._missing_error(source, target)
            texts = [lines[i] for i in pending]
            try:
                with self._lock:
                    legs = [self._installed()[leg] for leg in itertools.pairwise(route)]
                    engines = [self._engine(package) for package in legs]
            except (KeyError, OSError):  # removed between listing and loading
                raise self._missing_error(source, target) from None
            for engine in engines:
                texts = engine.run(texts, self.beam_size)
            note = VERIFY_NOTE.format(path=_arrow(route))
            for i, text in zip(pending, texts, strict=True):
                results[i] = Translation(text, source, target, "mt", None, route, True, note)
        return [r for r in results if r is not None]


_default: tuple[Lexicon, Translator] | None = None
_default_lock = threading.Lock()


def translate(
    text: str, src: Lang | str, dst: Lang | str, *, lexicon: Lexicon | None = None
) -> Translation:
    """Translate one text with a shared :class:`Translator` (the shipped lexicon by default).

    Raises:
        TranslationError: see :meth:`Translator.translate`.
    """
    global _default
    with _default_lock:
        if lexicon is None:
            if _default is None:
                from phrasebook.lexicon import load_lexicon

                lexicon = load_lexicon()
            else:
                lexicon = _default[0]
        if _default is None or _default[0] is not lexicon:
            _default = (lexicon, Translator(lexicon))
        translator = _default[1]
    return translator.translate(text, src, dst)
