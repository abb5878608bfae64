"""Coverage-guided fuzzing with atheris (libFuzzer) of search and the transcribers.

    .venv/bin/python tools/fuzz_atheris.py -runs=50000    # make fuzz runs it where atheris installs

Any uncaught exception stops the run with the input that caused it; the exit code says whether
it was clean. Complements the hypothesis targets in tests/test_fuzz.py.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import phrasebook
    from phrasebook.pronounce import SYSTEMS, transcribe

LEXICON = phrasebook.load_lexicon()
PAIRS = sorted(SYSTEMS)
LANGS = [None, "en", "ru", "uk", "ko"]


def one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    choice = provider.ConsumeIntInRange(0, len(PAIRS))
    text = provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes())
    if choice == len(PAIRS):
        results = LEXICON.search(text, limit=10, lang=LANGS[len(text) % len(LANGS)])
        if any(not 0.0 <= r.score <= 1.0 for r in results):
            raise AssertionError(f"score out of range for {text!r}")
    else:
        lang, script = PAIRS[choice]
        if not isinstance(transcribe(text, lang, script), str):
            raise AssertionError("transcribe returned a non-string")


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
