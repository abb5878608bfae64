"""Machine translation throughput: argostranslate per line vs phrasebook's batched Translator.

Both run the same installed package at the same beam size (4, argostranslate's default) and with
intra_threads=1 (the Translator runs two batches side by side, inter_threads=2 on two cores); the
script checks that every output is identical and prints lines per second and the ratio, on a line
``N.Nx over argostranslate with intra_threads=1``. The lexicon is left out, so this measures
machine translation alone: the Translator's gain comes from one batched CTranslate2 call for all
sentences, sorted by length, each distinct sentence translated once, and no sentence-splitter call
for a text that is one plain sentence.

    .venv/bin/python bench/mt.py                  # the tiny test models, en→ru, 400 lines
    .venv/bin/python bench/mt.py --pair ko ru     # a pivot (ko→en→ru)
    .venv/bin/python bench/mt.py --installed      # whatever is installed in your data dir

Without ``--installed`` the test packages from tests/data/models/ are installed into a temporary
data directory first, so your own setup is not touched.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description="argostranslate vs batched Translator")
    parser.add_argument("--pair", nargs=2, default=["en", "ru"], metavar=("FROM", "TO"))
    parser.add_argument("--lines", type=int, default=400)
    parser.add_argument("--installed", action="store_true", help="use the installed packages")
    args = parser.parse_args()
    if not args.installed:
        tmp = tempfile.mkdtemp(prefix="phrasebook-bench-")
        os.environ["PHRASEBOOK_DATA_DIR"] = tmp
        from phrasebook.mt.store import install_model

        for archive in sorted((ROOT / "tests" / "data" / "models").glob("*.argosmodel")):
            install_model(archive)

    from phrasebook.lexicon import Lexicon, load_lexicon
    from phrasebook.mt import argos as _argos
    from phrasebook.mt.translator import Translator
    from phrasebook.values import Lang

    src, dst = Lang.parse(args.pair[0]), Lang.parse(args.pair[1])
    texts = [entry.text[src] for entry in load_lexicon()]
    # Pairs of phrases make multi-sentence lines, as typed text often is.
    lines = [f"{a} {b}" if i % 3 == 0 else a for i, (a, b) in enumerate(itertools.pairwise(texts))]
    lines = (lines * (args.lines // max(len(lines), 1) + 1))[: args.lines]
    # An empty lexicon sends every line to the model: this measures machine translation only.
    translator = Translator(Lexicon([], []))
    if not translator.has_model(src, dst):
        print(f"no model covers {src}→{dst}", file=sys.stderr)
        return 1
    translator.translate("warm up.", src, dst)
    _argos.reference_translate("warm up.", src.value, dst.value)

    start = time.perf_counter()
    reference = [_argos.reference_translate(line, src.value, dst.value) for line in lines]
    argos_seconds = time.perf_counter() - start

    start = time.perf_counter()
    batched = translator.translate_batch(lines, src, dst)
    batch_seconds = time.perf_counter() - start

    # argostranslate's default intra_threads=0 can oversubscribe a small CPU: measure it with one
    # thread per call too, so the gain from batching alone is visible.
    settings = _argos.settings()
    import argostranslate.translate as argos

    settings.intra_threads = 1
    argos.installed_translates.clear()
    argos.get_installed_languages.cache_clear()
    argos.translate("warm up.", src.value, dst.value)
    start = time.perf_counter()
    tuned = [argos.translate(line, src.value, dst.value) for line in lines]
    tuned_seconds = time.perf_counter() - start

    same = sum(r == b.text == t for r, b, t in zip(reference, batched, tuned, strict=True))
    route = "→".join(lang.value for lang in batched[0].path)
    print(f"pair {route}, {len(lines)} lines, beam {translator.beam_size}")
    for name, seconds in (
        ("argostranslate.translate per line", argos_seconds),
        ("  the same with intra_threads=1", tuned_seconds),
        ("Translator.translate_batch", batch_seconds),
    ):
        print(f"{name:34} {seconds:7.3f} s {len(lines) / seconds:8.1f} lines/s")
    print(f"{argos_seconds / batch_seconds:.1f}x over argostranslate as shipped (intra_threads=0)")
    print(f"{tuned_seconds / batch_seconds:.1f}x over argostranslate with intra_threads=1")
    print(f"identical output: {same}/{len(lines)}")
    return 0 if same == len(lines) else 2


if __name__ == "__main__":
    sys.exit(main())
