"""Print search latency, index build time and index memory, on the shipped lexicon and at 100k.

Usage: ``python bench/search.py [--size 100000] [--queries 3000] [--seed 7] [--rounds 5]``

The large lexicon is the shipped one plus synthetic entries whose four texts are random
sequences of the shipped lexicon's words and of new words spliced from them, so scripts, word
lengths and vocabulary growth look like a real phrasebook's. Queries mix the realistic ones of the
test table with, for random entries: the exact text, prefixes of 1-3 characters and of half the
text (what the TUI sends per keystroke), one-letter typos, Korean without spaces, 초성, and
Cyrillic typed on a Latin layout.

The machines this runs on are noisy, so the two indexes of a lexicon (without and with sound keys)
answer the queries side by side: on the shipped lexicon in ``--rounds`` passes, taking turns, and
each figure is the median over the passes of each pass's median (or p99), printed with the range
of the pass medians; at 100k, one pass each, one index built and queried at a time.

Targets (issue 4): median <= 1 ms on the shipped lexicon; p99 <= 30 ms and build <= 5 s at 100k;
(issue 21) the cached 100k lexicon and index read back in <= 1 s.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

from phrasebook import (
    LANGS,
    Entry,
    Lang,
    LexiconError,
    Variant,
    load_lexicon,
    shipped_lexicon_dir,
)
from phrasebook.search import SearchIndex
from phrasebook.search.keyboard import cyrillic_to_latin
from phrasebook.search.normalise import choseong, normalise
from phrasebook.search.sound import Reading, entry_readings, readings_by_id

REALISTIC = [
    "hands up",
    "Руки вверх",
    "руки вверх!",
    "Руки вгору",
    "손 들어",
    "손드러",
    "ㅅㄷㅇ",
    "ㅁㄱ",
    "son deureo",
    "son duro",
    "mugi beoryeo",
    "mugi boryo",
    "ruki vverh",
    "ruki vverkh",
    "ruky vhoru",
    "herb ddth[",
    "herb dujhe",
    "ths emfdj",
    "Огонь!",
    "Fire",
    "стой",
    "stop",
    "drop your weapon",
    "брось оружие",
    "кинь зброю",
    "무기 버려",
    "watr",
    "wounded",
    "ранен",
    "где болит",
    "врач",
    "medic",
    "help",
    "помогите",
    "р",
    "ру",
    "руки",
    "h",
    "ha",
    "han",
    "ㅁ",
]


def shipped_entries() -> list[Entry]:
    """The shipped lexicon; while it is being edited, the files of it that validate."""
    root = shipped_lexicon_dir()
    try:
        return list(load_lexicon([root], cache=False))
    except LexiconError:
        good: list[Path] = []
        for path in sorted(root.glob("*.yaml")):
            if path.name == "categories.yaml":
                continue
            try:
                load_lexicon([root / "categories.yaml", *good, path], cache=False)
            except LexiconError:
                continue
            good.append(path)
        return list(load_lexicon([root / "categories.yaml", *good], cache=False))


def _words(entries: Sequence[Entry]) -> dict[Lang, list[str]]:
    pool: dict[Lang, list[str]] = {lang: [] for lang in LANGS}
    for entry in entries:
        for lang in LANGS:
            pool[lang].extend(w.strip(".,!?«»()—") for w in entry.text[lang].split())
    return {lang: [w for w in words if w] for lang, words in pool.items()}


def _splice(rng: random.Random, words: list[str], korean: bool) -> str:
    a, b = rng.choice(words), rng.choice(words)
    if korean:
        return a[: rng.randint(1, max(1, len(a)))] + b[rng.randint(0, len(b) - 1) :]
    return a[: max(2, len(a) // 2)] + b[len(b) // 2 :]


def synthetic(size: int, seed: int) -> list[Entry]:
    """The shipped entries plus synthetic ones, ``size`` in all."""
    shipped = shipped_entries()
    rng = random.Random(seed)
    pool = _words(shipped)
    for lang, words in pool.items():  # grow each vocabulary to roughly 20,000 words
        extra = [_splice(rng, words, lang is Lang.KO) for _ in range(20000)]
        pool[lang] = words + extra
    categories = sorted({e.category for e in shipped})
    entries = list(shipped)
    for i in range(size - len(shipped)):
        count = rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6, 8))
        text = {
            lang: " ".join(rng.choice(pool[lang]) for _ in range(count))
            + rng.choice(("", "!", "?"))
            for lang in LANGS
        }
        variants: tuple[Variant, ...] = ()
        if rng.random() < 0.15:
            variants = (Variant({Lang.KO: text[Lang.KO] + " 주십시오", Lang.RU: text[Lang.RU]}),)
        tags = tuple(rng.choice(pool[Lang.EN]).lower() for _ in range(rng.randint(0, 2)))
        notes = {Lang.EN: " ".join(rng.choice(pool[Lang.EN]) for _ in range(12))}
        entries.append(
            Entry(
                id=f"syn-{i}",
                category=rng.choice(categories),
                text=text,
                variants=variants,
                tags=tags,
                notes=notes if rng.random() < 0.1 else {},
            )
        )
    return entries


def _typo(rng: random.Random, text: str) -> str:
    if len(text) < 4:
        return text
    at = rng.randrange(1, len(text) - 1)
    if rng.random() < 0.5:
        return text[:at] + text[at + 1 :]
    return text[:at] + text[at + 1] + text[at] + text[at + 2 :]


def queries(entries: Sequence[Entry], count: int, seed: int, *, heard: bool) -> list[str]:
    """Realistic queries plus ``count`` perturbed texts of random entries.

    With ``heard``, one query in five is instead a random entry's reading in a listener's
    script, with a typo: what a listener types.
    """
    rng = random.Random(seed)
    styles: list[Callable[[str, Lang], str]] = [
        lambda t, _: t,
        lambda t, _: t[: rng.randint(1, 3)],
        lambda t, _: t[: max(1, len(t) // 2)],
        lambda t, _: _typo(rng, t),
        lambda t, lang: t.replace(" ", "") if lang is Lang.KO else _typo(rng, t),
        lambda t, lang: choseong(normalise(t)) if lang is Lang.KO else t.lower(),
        lambda t, lang: cyrillic_to_latin(t.lower()) if lang in (Lang.RU, Lang.UK) else t,
    ]
    out = list(REALISTIC)
    for _ in range(count):
        entry = rng.choice(entries)
        if heard and rng.random() < 0.2:
            said = [r[4] for r in entry_readings(entry) if not r[2]]
            out.append(_typo(rng, rng.choice(said)) or "x")
            continue
        lang = rng.choice(LANGS)
        out.append(rng.choice(styles)(entry.text[lang], lang) or "x")
    return out


def _rss_mib() -> float | None:
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def build(
    label: str, entries: Sequence[Entry], readings: dict[str, tuple[Reading, ...]] | None
) -> tuple[SearchIndex, float]:
    """Build an index over ``entries`` and print its build time and memory.

    Args:
        readings: the entries' readings for sound keys (a lexicon keeps them in its cache, so
            their making is timed apart); None for an index without sound keys.

    Returns:
        The index and its build seconds.
    """
    gc.collect()
    before = _rss_mib()
    started, cpu = time.perf_counter(), time.process_time()
    index = SearchIndex(entries, sounds=readings is not None, readings=readings)
    built, cpu = time.perf_counter() - started, time.process_time() - cpu
    after = _rss_mib()
    gc.collect()  # the lexicon's own garbage, collected by then in any real program
    memory = f"{after - before:.0f} MiB RSS" if before is not None and after is not None else "?"
    if before is None:  # no /proc: measure allocations instead (slower, same figure)
        tracemalloc.start()
        SearchIndex(entries, sounds=readings is not None, readings=readings)
        memory = f"{tracemalloc.get_traced_memory()[0] / 2**20:.0f} MiB allocated"
        tracemalloc.stop()
    print(
        f"{label}: {len(entries):,} entries, build {built:.2f} s ({cpu:.2f} s CPU), index {memory}"
    )
    return index, built


def side_by_side(
    indexes: Sequence[tuple[SearchIndex, str]], asked: list[str], rounds: int
) -> list[tuple[float, float]]:
    """Run the queries through each index ``rounds`` times, the indexes taking turns (in
    alternating order), and print each one's figures: the median over the passes of each pass's
    median and p99, with the range of the pass medians.

    Returns:
        The median and p99 milliseconds of each index, in order.
    """
    passes: list[list[tuple[float, float, float]]] = [[] for _ in indexes]
    for round_ in range(rounds):
        order = list(range(len(indexes)))
        for n in order if round_ % 2 == 0 else order[::-1]:
            index = indexes[n][0]
            times = []
            for query in asked:
                t0 = time.perf_counter()
                index.search(query)
                times.append((time.perf_counter() - t0) * 1000)
            times.sort()
            p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
            passes[n].append((statistics.median(times), p99, times[-1]))
    figures = []
    for (_, label), found in zip(indexes, passes, strict=True):
        medians = [m for m, _, _ in found]
        median, p99 = statistics.median(medians), statistics.median(p for _, p, _ in found)
        spread = f" (passes {min(medians):.3f}-{max(medians):.3f})" if rounds > 1 else ""
        print(
            f"{label}: {len(asked):,} queries x {rounds}: median {median:.3f} ms{spread}, "
            f"p99 {p99:.2f} ms, max {max(m for _, _, m in found):.1f} ms"
        )
        figures.append((median, p99))
    return figures


def _cached_load(
    entries: Sequence[Entry], index: SearchIndex, readings: dict[str, tuple[Reading, ...]] | None
) -> float:
    """Store the lexicon and its index as the lexicon cache does, then time reading them back
    with the loader's own functions (entries first, then the index, bound to them).

    Returns:
        Seconds to read both.
    """
    import pickle
    import tempfile

    from phrasebook.lexicon import Lexicon
    from phrasebook.lexicon.load import _read_cache

    categories = {c.id: c for c in load_lexicon([shipped_lexicon_dir()], cache=False).categories}
    lexicon = Lexicon(entries, [categories[c] for c in sorted({e.category for e in entries})])
    lexicon._readings = readings  # as a lexicon read from its cache holds them
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lexicon.pickle"
        bare = Lexicon(lexicon, lexicon.categories)
        path.write_bytes(b"".join(pickle.dumps(p, protocol=5) for p in (bare, index)))
        gc.collect()
        started = time.perf_counter()
        loaded = _read_cache(path)
        middle = time.perf_counter()
        assert loaded is not None and len(loaded.index) == len(entries)
        done = time.perf_counter()
        size = path.stat().st_size / 2**20
    print(
        f"  cached: {size:.0f} MB file read in {done - started:.2f} s "
        f"(entries {middle - started:.2f} s, index {done - middle:.2f} s)"
    )
    return done - started


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--rounds", type=int, default=5, help="passes over the shipped lexicon's queries"
    )
    args = parser.parse_args(argv)
    verdicts = []
    for entries, name, rounds in (
        (shipped_entries(), "shipped", args.rounds),
        (synthetic(args.size, args.seed), f"{args.size:,}", 1),
    ):
        started = time.perf_counter()
        readings = readings_by_id(entries)  # as a lexicon makes them
        print(
            f"{name}: readings for sound keys made in {time.perf_counter() - started:.1f} s "
            "(once; kept in the lexicon cache)"
        )
        asked = queries(entries, args.queries, args.seed, heard=True)
        figures: list[tuple[float, float]] = []
        together: list[tuple[SearchIndex, str]] = []
        for kind, given in (("without", None), ("with", readings)):
            label = f"{name}, {kind} sound keys"
            index, built = build(label, entries, given)
            if rounds == 1:  # one index in memory at a time, as a program holds it
                figures += side_by_side([(index, label)], asked, 1)
            else:
                together.append((index, label))
        if together:
            figures = side_by_side(together, asked, rounds)
        (median_off, p99_off), (median, p99) = figures
        print(
            f"{name}: with/without sound keys: median x{median / median_off:.2f}, "
            f"p99 x{p99 / p99_off:.2f}"
        )
        if name == "shipped":
            verdicts.append(("median <= 1 ms shipped", median <= 1.0))
        else:
            loaded = _cached_load(entries, index, readings)  # the last built: with sound keys
            verdicts.append((f"p99 <= 30 ms at {name}", p99 <= 30.0))
            verdicts.append((f"build <= 5 s at {name}", built <= 5.0))
            verdicts.append((f"cached load <= 1 s at {name}", loaded <= 1.0))
    print("targets: " + "; ".join(f"{name}: {'ok' if ok else 'MISSED'}" for name, ok in verdicts))


if __name__ == "__main__":
    main()
