"""One loaded Argos package driven directly: CTranslate2, its tokenizer, its sentence splitter.

argostranslate translates one text per call, each paragraph's sentences in its own small batch.
Here every sentence of every text goes to CTranslate2 in one call, deduplicated and sorted by
length (so each batch pads little), with argostranslate's own settings (beam 4, length penalty
0.2), its tokenizer and the package's bundled splitter: the output is the same, only faster.
Sentences already translated by this engine are remembered, so repeated lines cost nothing.
argostranslate and CTranslate2 are imported here, on first use, never by ``import phrasebook``.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from phrasebook.errors import TranslationError
from phrasebook.mt.store import ModelPackage

_MARKS = frozenset(".!?…。？！:;\n")
_CLOSING = ".!?…。？！:;\"'»”)]"


def _plain_sentence(text: str) -> bool:
    """True for a text with no sentence mark before its end and no odd spacing: the package's
    splitter could only return it whole, so its per-call cost is saved."""
    return (
        bool(text)
        and text == text.strip()
        and "  " not in text
        and not _MARKS.intersection(text.rstrip(_CLOSING))
    )


MEMORY = 20_000
"""Translated sentences each engine remembers."""
_BATCH = 16
"""Sentences per CTranslate2 batch: small batches of similar length waste no beam steps on
padding, and two of them run side by side on two cores."""


class Engine:
    """One loaded package: CTranslate2 translator, tokenizer and sentence splitter."""

    def __init__(self, package: ModelPackage) -> None:
        """Load ``package``.

        Raises:
            TranslationError: the tokenizer or the model cannot be loaded (a damaged package).
        """
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
        self.split_many = _sbd.splitter_many(package.path)
        # One thread per batch and batches side by side: for short sentences this is several times
        # faster than argostranslate's intra_threads=0, and gives the same output.
        workers = min(4, os.cpu_count() or 1)
        try:
            self.translator: Any = ctranslate2.Translator(
                str(package.path / "model"), device="cpu", inter_threads=workers, intra_threads=1
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise TranslationError(
                f"{package.path}: the model cannot be loaded ({exc}); reinstall the package"
            ) from None
        self._memory: OrderedDict[tuple[str, int], list[str]] = OrderedDict()
        self._lock = threading.Lock()

    def _hypotheses(self, sentences: Sequence[str], beam_size: int) -> dict[str, list[str]]:
        """The output tokens of each distinct sentence, from memory or from one model call."""
        out: dict[str, list[str]] = {}
        with self._lock:
            for s in sentences:
                known = self._memory.get((s, beam_size))
                if known is not None:
                    out[s] = known
        todo = list(dict.fromkeys(s for s in sentences if s not in out))
        if not todo:
            return out
        tokens = [self.tokenizer.encode(s) for s in todo]
        order = sorted(range(len(todo)), key=lambda i: len(tokens[i]))
        prefix = [[self.target_prefix]] * len(order) if self.target_prefix else None
        try:
            results = self.translator.translate_batch(
                [tokens[i] for i in order],
                target_prefix=prefix,
                replace_unknowns=True,
                max_batch_size=_BATCH,
                beam_size=beam_size,
                num_hypotheses=1,
                length_penalty=0.2,
            )
        except (RuntimeError, ValueError) as exc:
            raise TranslationError(f"the translation model failed: {exc}") from None
        with self._lock:
            for i, result in zip(order, results, strict=True):
                out[todo[i]] = self._memory[(todo[i], beam_size)] = result.hypotheses[0]
            while len(self._memory) > MEMORY:
                self._memory.popitem(last=False)
        return out

    def run(self, texts: Sequence[str], beam_size: int) -> list[str]:
        """Translate texts as argostranslate does, but all their sentences in one batch."""
        paragraphs = [text.split("\n") for text in texts]
        distinct = list(dict.fromkeys(p for ps in paragraphs for p in ps))
        # The splitter's cost is per text; one sentence with no mark inside it has nothing to split.
        splits = {p: [p] for p in distinct if _plain_sentence(p)}
        rest = [p for p in distinct if p not in splits]
        splits.update(zip(rest, self.split_many(rest), strict=True))
        hypotheses = self._hypotheses([s for p in distinct for s in splits[p]], beam_size)
        out = []
        for ps in paragraphs:
            done = []
            for paragraph in ps:
                value = self.tokenizer.decode([t for s in splits[paragraph] for t in hypotheses[s]])
                if self.target_prefix and value.startswith(self.target_prefix):
                    value = value[len(self.target_prefix) :]
                done.append(value[1:] if value.startswith(" ") else value)
            out.append("\n".join(done).lstrip("\n"))
        return out
