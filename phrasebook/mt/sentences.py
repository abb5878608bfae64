"""Sentence splitting that never downloads anything.

A package that bundles a MiniSBD model (``minisbd/*.onnx``) is split with it, exactly as
argostranslate would split it, so batched output matches argostranslate's. A package without one
would make argostranslate download a model on first use; phrasebook splits such text with a plain
rule instead: a sentence ends at ``.``, ``!``, ``?`` or ``…`` followed by white space.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

Splitter = Callable[[str], list[str]]

_SENTENCE_END = re.compile(r"(?<=[.!?…。？！])\s+")


def split_rule(text: str) -> list[str]:
    """Split ``text`` after ``. ! ? …`` followed by white space; blank text gives no sentence."""
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


def bundled_model(package_dir: Path) -> Path | None:
    """The MiniSBD model a package bundles, chosen as argostranslate chooses it."""
    folder = package_dir / "minisbd"
    if not folder.is_dir():
        return None
    # The first one listed, like argostranslate (iterdir lists in os.listdir order).
    found = [path for path in folder.iterdir() if path.name.endswith(".onnx")]
    return found[0] if found else None


def splitter_for(package_dir: Path) -> Splitter:
    """The splitter for a package: its bundled MiniSBD model, else :func:`split_rule`."""
    model = bundled_model(package_dir)
    if model is None:
        return split_rule
    try:
        from minisbd import SBDetect  # type: ignore[import-untyped]

        # A file path never downloads: minisbd only fetches names from its own model list.
        detector = SBDetect(str(model.resolve()), use_gpu=False)
    except Exception:  # a broken or foreign ONNX file: fall back rather than fail to translate
        return split_rule

    def split(text: str) -> list[str]:
        try:
            return [str(s) for s in detector.sentences(text)]
        except Exception:  # MiniSBD can trip over unusual text; the rule never does
            return split_rule(text)

    return split


def splitter_many(package_dir: Path) -> Callable[[list[str]], list[list[str]]]:
    """Like :func:`splitter_for`, for many one-line texts at once.

    MiniSBD takes paragraphs joined by blank lines in one call, which saves its per-call cost on a
    batch; each sentence it returns is a slice of the joined text, so its position says which text
    it came from. Should anything not line up, each text is split on its own.
    """
    split = splitter_for(package_dir)
    if split is split_rule:
        return lambda texts: [split_rule(text) for text in texts]

    def split_many(texts: list[str]) -> list[list[str]]:
        if len(texts) < 2 or any("\n" in text for text in texts):
            return [split(text) for text in texts]
        joined = "\n\n".join(texts)
        ends, offset = [], 0
        for text in texts:
            offset += len(text)
            ends.append(offset)
            offset += 2
        out: list[list[str]] = [[] for _ in texts]
        at, which = 0, 0
        for sentence in split(joined):
            found = joined.find(sentence, at)
            if found < 0 or not sentence:
                return [split(text) for text in texts]
            at = found + len(sentence)
            while which < len(ends) and found >= ends[which]:
                which += 1
            if which == len(ends) or at > ends[which]:  # ran across a text boundary
                return [split(text) for text in texts]
            out[which].append(sentence)
        return out

    return split_many
