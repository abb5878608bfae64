"""Compare phrasebook's hand-made sound keys with epitran IPA + panphon feature distances.

An experiment for "listening search" (issue #14): the issue asked to consider epitran + panphon
against the hand-made per-script folding of ``phrasebook/search/sound.py``, measure both, and keep
the one that finds more at the latency target (median <= 1 ms per query on the shipped lexicon).

Run (in a scratch venv, not the project's; epitran and panphon are not project dependencies)::

    python3 -m venv /tmp/epi
    /tmp/epi/bin/pip install epitran panphon rapidfuzz pyyaml
    /tmp/epi/bin/pip install -e .
    /tmp/epi/bin/python bench/sound_compare.py            # ~10 minutes, most of it in B full
    /tmp/epi/bin/python bench/sound_compare.py --no-full  # seconds: skip the full panphon scan

What it measures, on the DEV part of ``tests/data/ear_queries.yaml`` only (items whose 0-based
index n has n % 3 != 2; the others are held out and never read into the measurement):

A   ``load_lexicon([shipped_lexicon_dir()]).search(q, limit=5)`` as shipped. Found = any
    acceptable id in the top 5. Time = wall time of the call (index built before timing).
B   epitran + panphon. Every entry text *and variant text* in the heard language is turned into
    IPA once (kor-Hang, rus-Cyrl, ukr-Cyrl; eng-Latn needs flite's ``lex_lookup`` and is skipped
    when it is missing, so the en-* directions get no B figure). The query is turned into IPA
    by the reader of its own script: Hangul -> kor-Hang; Cyrillic -> ukr-Cyrl when it has
    і ї є ґ and none of ы э ё ъ, else rus-Cyrl (with і->и, ї->йи, є->е, ґ->г first);
    Latin -> :data:`LATIN_IPA`, a plain romanisation-aware letter->IPA map (eng-Latn being
    unavailable, and no other epitran Latin language reads an English speaker's ``kh zh eo``).
    Entries are ranked by panphon ``weighted_feature_edit_distance_div_maxlen`` (an entry's best
    text counts); top 5. Time = query IPA + all distances, entry IPA precomputed.
    B full      scans every text of the heard language (the direction is given: an oracle A lacks).
    B pre K     prefilter: rapidfuzz Levenshtein over segment strings (one code point per IPA
                segment) keeps the K nearest texts, then panphon reranks those K.
    B pre K all the same without the oracle: the texts of every language a listener types in
                the query's script (Cyrillic: ko, en; Hangul: ru, uk, en; Latin: ko, ru, uk),
                those without IPA (en) left out.
    B lev only  epitran IPA + rapidfuzz segment Levenshtein, no panphon (the cheapest B).

Printed: per direction and overall, found % for each; median and p99 ms per query.
"""

from __future__ import annotations

import argparse
import logging
import re
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

try:
    import epitran
    import panphon
    import panphon.distance
except ImportError:  # not project dependencies: `make bench` runs this only where they are
    print("sound_compare: skipped (epitran and panphon are not installed; see its docstring)")
    sys.exit(0)
import yaml
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

import phrasebook

QUERIES = Path(__file__).resolve().parent.parent / "tests" / "data" / "ear_queries.yaml"
DIRECTIONS = ("ko-cyrl", "ko-latn", "ru-hang", "uk-hang", "ruuk-latn", "en-hang", "en-cyrl")
EPITRAN_CODES = {"ko": "kor-Hang", "ru": "rus-Cyrl", "uk": "ukr-Cyrl", "en": "eng-Latn"}
LISTENED_IN = {"Cyrl": ("ko", "en"), "Hang": ("ru", "uk", "en"), "Latn": ("ko", "ru", "uk")}

LATIN_IPA: list[tuple[str, str]] = [
    # Longest first. What an English speaker's letters for Korean, Russian or Ukrainian sound like.
    ("shch", "ʃtʃ"), ("dzh", "dʒ"), ("tch", "tʃ"),
    ("ch", "tʃ"), ("sh", "ʃ"), ("zh", "ʒ"), ("kh", "x"), ("ts", "ts"), ("tz", "ts"),
    ("ph", "f"), ("th", "t"), ("ck", "k"), ("ng", "ŋ"),
    ("eo", "ʌ"), ("eu", "ɯ"), ("ae", "ɛ"), ("oe", "ø"), ("ui", "ɰi"), ("oo", "u"), ("ee", "i"),
    ("ou", "u"), ("ya", "ja"), ("ye", "je"), ("yo", "jo"), ("yu", "ju"), ("yi", "ji"),
    ("a", "a"), ("e", "e"), ("i", "i"), ("o", "o"), ("u", "u"), ("y", "ɨ"),
    ("b", "b"), ("c", "k"), ("d", "d"), ("f", "f"), ("g", "ɡ"), ("h", "h"), ("j", "dʒ"),
    ("k", "k"), ("l", "l"), ("m", "m"), ("n", "n"), ("p", "p"), ("q", "k"), ("r", "r"),
    ("s", "s"), ("t", "t"), ("v", "v"), ("w", "w"), ("x", "ks"), ("z", "z"),
]  # fmt: skip
_LATIN_RE = re.compile("|".join(re.escape(k) for k, _ in LATIN_IPA))
_LATIN_MAP = dict(LATIN_IPA)


def dev_items() -> list[dict]:
    items = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))
    return [item for n, item in enumerate(items) if n % 3 != 2]


def direction(item: dict) -> str:
    d = item["dir"]
    return "ruuk-latn" if d in ("ru-latn", "uk-latn") else d


def script_of(text: str) -> str:
    for ch in text:
        name = unicodedata.name(ch, "")
        if name.startswith("HANGUL"):
            return "Hang"
        if name.startswith("CYRILLIC"):
            return "Cyrl"
    return "Latn"


def pct(found: list[bool]) -> str:
    return f"{100 * sum(found) / len(found):5.1f}" if found else "  n/a"


def ms(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
    return statistics.median(times) * 1e3, p99 * 1e3


# --- A -------------------------------------------------------------------------------------------


def run_a(items: list[dict]) -> tuple[list[bool], list[float]]:
    lexicon = phrasebook.load_lexicon([phrasebook.shipped_lexicon_dir()])
    lexicon.search("warm up", limit=5)  # builds or loads the index: not a query's cost
    for item in items[:20]:
        lexicon.search(item["q"], limit=5)
    found, times = [], []
    for item in items:
        t = time.perf_counter()
        results = lexicon.search(item["q"], limit=5)
        times.append(time.perf_counter() - t)
        found.append(any(r.entry.id in item["ids"] for r in results))
    return found, times


# --- B -------------------------------------------------------------------------------------------


class IpaSearch:
    def __init__(self) -> None:
        logging.getLogger("epitran").setLevel(logging.ERROR)
        self.epi: dict[str, epitran.Epitran | None] = {}
        self.english_problem = ""
        for lang, code in EPITRAN_CODES.items():
            try:
                epi = epitran.Epitran(code)
                epi.transliterate("test")
                self.epi[lang] = epi
            except Exception as error:  # eng-Latn without flite: KeyError('') or similar
                self.epi[lang] = None
                self.english_problem = f"{code}: {type(error).__name__}({error})"
        self.ft = panphon.FeatureTable()
        self.dist = panphon.distance.Distance()
        self._codes: dict[str, str] = {}
        lexicon = phrasebook.load_lexicon([phrasebook.shipped_lexicon_dir()])
        # per language: entry ids, IPA, segment strings (parallel lists)
        self.ids: dict[str, list[str]] = {}
        self.ipa: dict[str, list[str]] = {}
        self.segs: dict[str, list[str]] = {}
        t = time.perf_counter()
        for lang, epi in self.epi.items():
            if epi is None:
                continue
            ids, ipas = [], []
            for entry in lexicon:
                texts = [entry.text.get(lang)] + [v.text.get(lang) for v in entry.variants]
                for text in filter(None, texts):
                    ids.append(entry.id)
                    ipas.append(epi.transliterate(text.lower()))
            self.ids[lang], self.ipa[lang] = ids, ipas
            self.segs[lang] = [self.seg_string(ipa) for ipa in ipas]
        self.build_seconds = time.perf_counter() - t

    def seg_string(self, ipa: str) -> str:
        """One private-use code point per panphon segment, for rapidfuzz."""
        out = []
        for seg in self.ft.ipa_segs(ipa):
            code = self._codes.get(seg)
            if code is None:
                code = self._codes[seg] = chr(0xE000 + len(self._codes))
            out.append(code)
        return "".join(out)

    def query_ipa(self, q: str) -> str:
        q = q.lower()
        script = script_of(q)
        if script == "Hang":
            return self.epi["ko"].transliterate(q)
        if script == "Cyrl":
            if re.search("[іїєґ]", q) and not re.search("[ыэёъ]", q):
                return self.epi["uk"].transliterate(q)
            q = q.replace("і", "и").replace("ї", "йи").replace("є", "е").replace("ґ", "г")
            return self.epi["ru"].transliterate(q)
        return _LATIN_RE.sub(lambda m: _LATIN_MAP[m.group()], q)

    def _top(self, scored: list[tuple[float, str]], limit: int = 5) -> list[str]:
        scored.sort()
        top: list[str] = []
        for _, entry_id in scored:
            if entry_id not in top:
                top.append(entry_id)
                if len(top) == limit:
                    break
        return top

    def full(self, q: str, langs: tuple[str, ...]) -> list[str]:
        qipa = self.query_ipa(q)
        dist = self.dist.weighted_feature_edit_distance_div_maxlen
        scored = []
        for lang in langs:
            for entry_id, ipa in zip(self.ids[lang], self.ipa[lang], strict=True):
                scored.append((dist(qipa, ipa), entry_id))
        return self._top(scored)

    def _prefilter(self, q: str, langs: tuple[str, ...], k: int) -> tuple[str, list[tuple]]:
        qipa = self.query_ipa(q)
        qseg = self.seg_string(qipa)
        pool = [(lang, i) for lang in langs for i in range(len(self.ids[lang]))]
        choices = [self.segs[lang][i] for lang, i in pool]
        best = process.extract(
            qseg, choices, scorer=Levenshtein.normalized_distance, limit=k
        )  # (choice, score, index), nearest first
        return qipa, [(score, pool[index]) for _, score, index in best]

    def prefiltered(self, q: str, langs: tuple[str, ...], k: int) -> list[str]:
        qipa, best = self._prefilter(q, langs, k)
        dist = self.dist.weighted_feature_edit_distance_div_maxlen
        scored = [(dist(qipa, self.ipa[lang][i]), self.ids[lang][i]) for _, (lang, i) in best]
        return self._top(scored)

    def lev_only(self, q: str, langs: tuple[str, ...]) -> list[str]:
        _, best = self._prefilter(q, langs, 25)
        return self._top([(score, self.ids[lang][i]) for score, (lang, i) in best])


def run_b(
    items: list[dict], search: Callable[[dict], list[str] | None]
) -> tuple[list[bool | None], list[float]]:
    found: list[bool | None] = []
    times = []
    for item in items:
        t = time.perf_counter()
        top = search(item)
        elapsed = time.perf_counter() - t
        if top is None:
            found.append(None)
            continue
        times.append(elapsed)
        found.append(any(entry_id in item["ids"] for entry_id in top))
    return found, times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-full", action="store_true", help="skip B full (slow)")
    parser.add_argument("--k", type=int, nargs="+", default=[10, 50], help="prefilter sizes")
    args = parser.parse_args()

    items = dev_items()
    print(f"dev items: {len(items)} of {QUERIES.name}")

    found_a, times_a = run_a(items)
    ipa = IpaSearch()
    print(f"B: entry IPA for {', '.join(f'{k} {len(v)}' for k, v in ipa.ids.items())} texts "
          f"in {ipa.build_seconds:.1f} s")  # fmt: skip
    if ipa.english_problem:
        print(f"B: no English IPA ({ipa.english_problem}; flite's lex_lookup is not installed):"
              " en-* directions are not measured for B")  # fmt: skip
    missing = object()

    def heard(item: dict) -> tuple[str, ...] | object:
        lang = item["dir"].split("-")[0]
        return (lang,) if lang in ipa.ids else missing

    def listened(item: dict) -> tuple[str, ...] | object:
        if heard(item) is missing:  # en-*: measured nowhere, so the rows compare alike
            return missing
        return tuple(lang for lang in LISTENED_IN[script_of(item["q"])] if lang in ipa.ids)

    def variant(langs_of: Callable, fn: Callable) -> Callable[[dict], list[str] | None]:
        def search(item: dict) -> list[str] | None:
            langs = langs_of(item)
            return None if langs is missing else fn(item["q"], langs)

        return search

    columns: list[tuple[str, list[bool | None], list[float]]] = [("A shipped", found_a, times_a)]
    runs = []
    if not args.no_full:
        runs.append(("B full", variant(heard, ipa.full)))
    for k in args.k:
        runs.append((f"B pre{k}", variant(heard, lambda q, ls, k=k: ipa.prefiltered(q, ls, k))))
    for k in args.k[-1:]:
        runs.append(
            (f"B pre{k} all", variant(listened, lambda q, ls, k=k: ipa.prefiltered(q, ls, k)))
        )
    runs.append(("B lev only", variant(heard, ipa.lev_only)))
    for name, search in runs:
        t = time.perf_counter()
        found, times = run_b(items, search)
        print(f"  {name}: {time.perf_counter() - t:.1f} s", file=sys.stderr)
        columns.append((name, found, times))

    width = max(len(name) for name, _, _ in columns) + 1
    print()
    print("found in top 5, % of dev queries")
    print(f"{'direction':<10}{'n':>4} " + "".join(f"{name:>{width}}" for name, _, _ in columns))
    by_dir = [direction(item) for item in items]
    for d in DIRECTIONS:
        rows = [i for i, x in enumerate(by_dir) if x == d]
        cells = [pct([found[i] for i in rows if found[i] is not None]) for _, found, _ in columns]
        print(f"{d:<10}{len(rows):>4} " + "".join(f"{c:>{width}}" for c in cells))
    measured = [i for i, x in enumerate(by_dir) if not x.startswith("en-")]
    cells = [pct([found[i] for i in measured if found[i] is not None]) for _, found, _ in columns]
    print(f"{'non-en':<10}{len(measured):>4} " + "".join(f"{c:>{width}}" for c in cells))
    cells = [pct([f for f in found if f is not None]) for _, found, _ in columns]
    print(f"{'all':<10}{len(items):>4} " + "".join(f"{c:>{width}}" for c in cells))
    print("(B has no en-* figures: its 'all' is its non-en)")
    print()
    print("ms per query (B: the measured queries only)")
    for label, pick in (("median", 0), ("p99", 1)):
        cells = [f"{ms(times)[pick]:.2f}" for _, _, times in columns]
        print(f"{label:<15}" + "".join(f"{c:>{width}}" for c in cells))


if __name__ == "__main__":
    main()
