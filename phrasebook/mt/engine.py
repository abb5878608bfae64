"""One loaded Argos package driven directly: CTranslate2, its tokenizer, its sentence splitter.

argostranslate translates one text per call, each paragraph's sentences in its own small batch.
Here every sentence of every text goes to CTranslate2 in one call, deduplicated and sorted by
length (so each batch pads little), with argostranslate's own settings (beam 4, length penalty
0.2), its tokenizer and the package's bundled splitter: the output is the same, only faster.
Attention is gathered (for replacing unknown words) only for the outputs that need it.
Sentences already translated by this engine are remembered, so repeated lines cost nothing.
argostranslate and CTranslate2 are imported here, on first use, never by ``import phrasebook``.
"""

from __future__ import annotations

import json
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
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
_BATCH, _BATCH_TYPE = 16, "examples"
"""Sentences per CTranslate2 batch: small batches of similar length waste no beam steps on
padding, and two of them run side by side on two cores."""


def _unknown_token(model_dir: Path) -> str:
    """The token CTranslate2 writes for an unknown word, from the model's config.json."""
    try:
        config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):  # CTranslate2 itself has read the model; assume its default
        return "<unk>"
    token = config.get("unk_token") if isinstance(config, dict) else None
    return token if isinstance(token, str) and token else "<unk>"


class Engine:
    """One loaded package: CTranslate2 translator, tokenizer and sentence splitter."""

    def __init__(self, package: ModelPackage, workers: int | None = None) -> None:
        """Load ``package``; ``workers`` batches run side by side (default: one per CPU core, up
        to 4), each on one thread.

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
        workers = max(1, workers or min(4, os.cpu_count() or 1))
        try:
            self.translator: Any = ctranslate2.Translator(
                str(package.path / "model"), device="cpu", inter_threads=workers, intra_threads=1
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise TranslationError(
                f"{package.path}: the model cannot be loaded ({exc}); reinstall the package"
            ) from None
        self.unk = _unknown_token(package.path / "model")
        self._memory: OrderedDict[tuple[str, int], list[str]] = OrderedDict()
        self._lock = threading.Lock()

    def _hypotheses(self, sentences: Sequence[str], beam_size: int) -> dict[str, list[str]]:
        """The output tokens of each distinct sentence, from memory or from one model call."""
        out: dict[str, list[str]] = {}
        with self._lock:
            for s in sentences:
                known = self._memory.get((s, beam_size))
                if known is not None:
                    self._memory.move_to_end((s, beam_size))
                    out[s] = known
        todo = list(dict.fromkeys(s for s in sentences if s not in out))
        if not todo:
            return out
        tokens = [self.tokenizer.encode(s) for s in todo]
        order = sorted(range(len(todo)), key=lambda i: len(tokens[i]))
        hypotheses = self._search([tokens[i] for i in order], beam_size)
        with self._lock:
            for i, hypothesis in zip(order, hypotheses, strict=True):
                out[todo[i]] = self._memory[(todo[i], beam_size)] = hypothesis
            while len(self._memory) > MEMORY:
                self._memory.popitem(last=False)
        return out

    def _search(self, tokens: list[list[str]], beam_size: int) -> list[list[str]]:
        """The best output tokens for each tokenised sentence, as argostranslate would get them.

        argostranslate asks CTranslate2 to replace unknown output tokens by the source token they
        attend to most, which makes it gather attention at every decoding step. That does not
        change the search, only what an ``<unk>`` in the result becomes; so everything is
        translated without it, and only the sentences whose output holds an unknown token are
        translated again with it.
        """
        try:
            hypotheses = self._translate(tokens, beam_size, replace_unknowns=False)
            again = [i for i, tokens_out in enumerate(hypotheses) if self.unk in tokens_out]
            if again:
                redone = self._translate([tokens[i] for i in again], beam_size, True)
                for i, tokens_out in zip(again, redone, strict=True):
                    hypotheses[i] = tokens_out
        except (RuntimeError, ValueError) as exc:
            raise TranslationError(f"the translation model failed: {exc}") from None
        return hypotheses

    def _translate(
        self, tokens: list[list[str]], beam_size: int, replace_unknowns: bool
    ) -> list[list[str]]:
        prefix = [[self.target_prefix]] * len(tokens) if self.target_prefix else None
        results = self.translator.translate_batch(
            tokens,
            target_prefix=prefix,
            replace_unknowns=replace_unknowns,
            max_batch_size=_BATCH,
            batch_type=_BATCH_TYPE,
            beam_size=beam_size,
            num_hypotheses=1,
            length_penalty=0.2,
        )
        return [result.hypotheses[0] for result in results]

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
