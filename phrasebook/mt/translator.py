"""Translation of what people actually write: a few sentences, vetted phrases first.

A text is split into lines and sentences (:mod:`.text`). Each sentence the lexicon knows — whole,
or as a run of vetted phrases joined by commas and "and" — gets the entries' vetted wording
(:mod:`.vetted`). The rest goes to the installed Argos package for the pair, or through English
when there is none (ko→en→ru), all of a call's sentences for one pair in one batch
(:mod:`.engine`), and is marked as machine output to be verified. With no model for the pair the
vetted sentences are still returned, and the others are marked untranslated, each with its closest
vetted phrases and a message naming the model to install.
"""

from __future__ import annotations

import itertools
import threading
from collections import deque
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from phrasebook.lexicon import Lexicon
from phrasebook.mt.engine import Engine
from phrasebook.mt.result import Segment, Suggestion, Translation
from phrasebook.mt.store import ModelPackage, list_models
from phrasebook.mt.text import direction, has_letters, pieces
from phrasebook.mt.vetted import Vetter
from phrasebook.userdata.paths import models_dir
from phrasebook.values import LANGS, Lang

__all__ = ["Segment", "Suggestion", "Translation", "Translator", "translate"]


class Translator:
    """Translates lexicon-first, then with the installed models; keeps models loaded.

    Safe to share between threads. Packages installed or removed while it lives are noticed on the
    next call.
    """

    def __init__(self, lexicon: Lexicon, *, beam_size: int = 4, workers: int | None = None) -> None:
        """Make a translator.

        Args:
            lexicon: the vetted phrases to answer from first.
            beam_size: CTranslate2 beam size; 4 is argostranslate's default.
            workers: how many batches the model translates side by side, each on one thread
                (CTranslate2's inter_threads, with intra_threads=1); by default one per CPU core,
                up to 4. The output does not depend on it.
        """
        self.lexicon = lexicon
        self.vetter = Vetter(lexicon)
        self.beam_size = max(1, beam_size)
        self.workers = workers
        self._lock = threading.RLock()
        self._stamp: tuple[str, int] | None = None
        self._packages: dict[tuple[Lang, Lang], ModelPackage] = {}
        self._engines: dict[tuple[Path, int, int], Engine] = {}

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

    def _engine(self, package: ModelPackage) -> Engine:
        info = package.path.stat()
        key = (package.path, info.st_ino, info.st_mtime_ns)
        with self._lock:
            engine = self._engines.get(key)
            if engine is None:
                engine = Engine(package, self.workers)
                self._engines = {k: v for k, v in self._engines.items() if k[0] != package.path}
                self._engines[key] = engine
            return engine

    def pairs(self) -> list[tuple[Lang, Lang]]:
        """Every (from, to) pair the installed models cover, directly or through a pivot."""
        return [(a, b) for a in LANGS for b in LANGS if a != b and self._route(a, b) is not None]

    def has_model(self, src: Lang | str, dst: Lang | str) -> bool:
        """True when installed models cover ``src`` → ``dst`` (directly or through a pivot)."""
        return self._route(Lang.parse(str(src)), Lang.parse(str(dst))) is not None

    def missing(self, src: Lang | str, dst: Lang | str) -> str:
        """What to install for ``src`` → ``dst``, and how; ``""`` when a model covers it."""
        source, target = Lang.parse(str(src)), Lang.parse(str(dst))
        if self._route(source, target) is not None:
            return ""
        installed = self._installed()
        if Lang.EN in (source, target):
            how = f"`phrasebook models install --from-index {source} {target}`"
        else:
            legs = [(source, Lang.EN), (Lang.EN, target)]
            need = [leg for leg in legs if leg not in installed] or legs
            how = " and ".join(f"`phrasebook models install --from-index {a} {b}`" for a, b in need)
            how += f" (it pivots {source}→en→{target})"
        return (
            f"no translation model for {source}→{target} is installed, so only the phrasebook's"
            f" vetted phrases were translated. Install one with `phrasebook models install"
            f" FILE.argosmodel`, or, with a network connection, {how}."
        )

    def translate(
        self, text: str, src: Lang | str, dst: Lang | str, *, detect: bool = False
    ) -> Translation:
        """Translate one text: any number of sentences and lines.

        Args:
            text: what was typed.
            src: its language.
            dst: the language to translate into.
            detect: when True, Hangul or Cyrillic that is not ``src`` changes the direction
                (see :func:`phrasebook.mt.text.direction`) and the result says so.

        Returns:
            The translation, sentence by sentence; sentences with no vetted entry and no model
            are marked untranslated (``complete`` is False, ``missing`` says what to install).

        Raises:
            TranslationError: an installed model is damaged or failed.
            UnsupportedLanguageError: for an unknown language code.
        """
        return self.translate_batch([text], src, dst, detect=detect)[0]

    def translate_batch(
        self, texts: Sequence[str], src: Lang | str, dst: Lang | str, *, detect: bool = False
    ) -> list[Translation]:
        """Translate many texts (the lines of a file, say); one :class:`Translation` each.

        Every machine-translated sentence of all the texts goes to the model in one batch per
        language pair, each distinct sentence once.

        Raises:
            TranslationError: as for :meth:`translate`.
            UnsupportedLanguageError: for an unknown language code.
        """
        source, target = Lang.parse(str(src)), Lang.parse(str(dst))
        ways = [direction(t, source, target) if detect else (source, target) for t in texts]
        done: list[list[Segment]] = [[] for _ in texts]
        # For the model: (text number, place in it, sentence, white space before, suggestions).
        pending: dict[tuple[Lang, Lang], list[tuple[int, int, str, str, tuple[Suggestion, ...]]]]
        pending = {}
        for n, (text, (a, b)) in enumerate(zip(texts, ways, strict=True)):
            found = pieces(text)
            whole = self.vetter.vet(text.strip(), a, b)[0] if len(found) > 1 and a != b else None
            if whole is not None:
                done[n].extend(whole)
                continue
            for piece in found:
                if a == b or not has_letters(piece.sentence):
                    as_is = Segment(piece.sentence, piece.sentence, "as-is", before=piece.before)
                    done[n].append(as_is)
                    continue
                vetted, near = self.vetter.vet(piece.sentence, a, b)
                if vetted is not None:
                    done[n].extend(replace(s, before=s.before or piece.before) for s in vetted[:1])
                    done[n].extend(vetted[1:])
                    continue
                pending.setdefault((a, b), []).append(
                    (n, len(done[n]), piece.sentence, piece.before, near)
                )
                done[n].append(Segment(piece.sentence, "", "none", before=piece.before))
        missing: dict[tuple[Lang, Lang], str] = {}
        for (a, b), todo in pending.items():
            route, outputs = self._machine(a, b, [sentence for _, _, sentence, _, _ in todo])
            for (n, at, sentence, before, near), output in zip(todo, outputs, strict=True):
                if route is None:
                    done[n][at] = Segment(sentence, "", "none", suggestions=near, before=before)
                else:
                    done[n][at] = Segment(
                        sentence, output, "mt", None, route, True, "", near, before
                    )
            if route is None:
                missing[(a, b)] = self.missing(a, b)
        return [
            Translation(
                "".join(s.before + (s.text if s.translated else s.input) for s in segments),
                a,
                b,
                tuple(segments),
                (a, b) != (source, target),
                missing.get((a, b), "") if any(not s.translated for s in segments) else "",
            )
            for segments, (a, b) in zip(done, ways, strict=True)
        ]

    def _machine(
        self, src: Lang, dst: Lang, sentences: list[str]
    ) -> tuple[tuple[Lang, ...] | None, list[str]]:
        """The route and the model's translation of each sentence; no route, no translations."""
        route = self._route(src, dst)
        if route is None:
            return None, [""] * len(sentences)
        try:
            with self._lock:
                legs = [self._installed()[leg] for leg in itertools.pairwise(route)]
                engines = [self._engine(package) for package in legs]
        except (KeyError, OSError):  # removed between listing and loading
            return None, [""] * len(sentences)
        distinct = list(dict.fromkeys(sentences))
        texts = distinct
        for engine in engines:
            texts = engine.run(texts, self.beam_size)
        out = dict(zip(distinct, texts, strict=True))
        return route, [out[s] for s in sentences]


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
