"""Machine translation throughput: argostranslate per line vs phrasebook's batched Translator.

Both run the same installed package at the same beam size (4, argostranslate's default) and with
intra_threads=1; the script checks that every output is identical and prints lines per second and
the ratio, on a line ``N.Nx over argostranslate with intra_threads=1``. The lexicon is left out,
so this measures machine translation alone: the Translator's gain comes from one batched
CTranslate2 call for all sentences, each distinct sentence translated once, no attention gathered
for unknown-word replacement unless an output needs it, and no sentence-splitter call for a text
that is one plain sentence.

The Translator also runs its batches side by side (inter_threads, one per core), which a per-line
API cannot: the headline ratio includes that. The line ``one core each`` shows the Translator
with one worker, the gain from batching alone. Rounds alternate the two sides, since the machine
may be shared; medians are shown.

    .venv/bin/python bench/mt.py                  # the tiny test models, en→ru, 400 lines
    .venv/bin/python bench/mt.py --pair ko ru     # a pivot (ko→en→ru)
    .venv/bin/python bench/mt.py --installed      # whatever is installed in your data dir

Without ``--installed`` the test packages from tests/data/models/ are installed into a temporary
data directory first, so your own setup is not touched.
"""

from __future__ import annotations

import argparse
import atexit
import itertools
import os
import shutil
import statistics
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
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds; medians are shown")
    args = parser.parse_args()
    args.rounds = max(1, args.rounds)
    if not args.installed:
        tmp = tempfile.mkdtemp(prefix="phrasebook-bench-")
        atexit.register(shutil.rmtree, tmp, True)
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
    empty = Lexicon([], [])
    if not Translator(empty).has_model(src, dst):
        print(f"no model covers {src}→{dst}", file=sys.stderr)
        return 1

    # argostranslate as shipped (intra_threads=0) can oversubscribe a small CPU; it is slow, so it
    # is timed once, for reference only.
    _argos.reference_translate("warm up.", src.value, dst.value)
    start = time.perf_counter()
    shipped = [_argos.reference_translate(line, src.value, dst.value) for line in lines]
    shipped_seconds = time.perf_counter() - start

    import argostranslate.translate as argos

    _argos.settings().intra_threads = 1
    argos.installed_translates.clear()
    argos.get_installed_languages.cache_clear()
    argos.translate("warm up.", src.value, dst.value)

    # The machine may be shared: rounds alternate the sides, so a busy spell slows both, and the
    # medians are compared. Each round uses a new Translator (model loaded before the clock starts)
    # so that nothing is remembered from the round before.
    workers = min(4, os.cpu_count() or 1)
    times: dict[str, list[float]] = {"argos": [], "batch": [], "one": []}
    cpu: dict[str, list[float]] = {"argos": [], "batch": []}
    same = True
    route = ""
    for _ in range(args.rounds):
        start, work = time.perf_counter(), time.process_time()
        tuned = [argos.translate(line, src.value, dst.value) for line in lines]
        times["argos"].append(time.perf_counter() - start)
        cpu["argos"].append(time.process_time() - work)
        for name, count in (("batch", workers), ("one", 1)):
            translator = Translator(empty, workers=count)
            translator.translate("warm up.", src, dst)
            start, work = time.perf_counter(), time.process_time()
            batched = translator.translate_batch(lines, src, dst)
            times[name].append(time.perf_counter() - start)
            if name in cpu:
                cpu[name].append(time.process_time() - work)
            same = same and [b.text for b in batched] == shipped == tuned
            route = "→".join(lang.value for lang in batched[0].path)
    argos_s, batch_s, one_s = (statistics.median(times[k]) for k in ("argos", "batch", "one"))

    print(f"pair {route}, {len(lines)} lines, beam {translator.beam_size}, {args.rounds} rounds")
    for name, seconds in (
        ("argostranslate.translate per line", shipped_seconds),
        ("  the same with intra_threads=1", argos_s),
        (f"Translator.translate_batch, {workers} workers", batch_s),
        ("Translator.translate_batch, 1 worker", one_s),
    ):
        print(f"{name:38} {seconds:7.3f} s {len(lines) / seconds:8.1f} lines/s")
    print(f"{shipped_seconds / batch_s:.1f}x over argostranslate as shipped (intra_threads=0)")
    # The headline: both sides with intra_threads=1; the Translator runs its batches side by side
    # (inter_threads = cores), which a per-line API cannot do.
    print(f"{argos_s / batch_s:.1f}x over argostranslate with intra_threads=1")
    print(f"one core each (Translator with 1 worker): {argos_s / one_s:.1f}x")
    # CPU seconds (all threads) are the work done, which a busy machine inflates less than time.
    argos_cpu, batch_cpu = (statistics.median(cpu[k]) for k in ("argos", "batch"))
    print(f"CPU time: argostranslate {argos_cpu:.3f} s, Translator {batch_cpu:.3f} s", end="")
    print(f" ({argos_cpu / batch_cpu:.1f}x less work)")
    print(f"identical output: {'yes' if same else 'NO'} ({len(lines)} lines, every round)")
    return 0 if same else 2


if __name__ == "__main__":
    sys.exit(main())
