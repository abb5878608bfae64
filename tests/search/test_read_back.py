"""An index read back from the lexicon cache holds what the built one held."""

from __future__ import annotations

import pickle

from phrasebook import load_lexicon, shipped_lexicon_dir
from phrasebook._joined import unpack
from phrasebook.search import SearchIndex


def test_records_read_back_show_the_same_texts_each_stored_once() -> None:
    # A text is shown by its own record and by one per reading of it: stored once, read back
    # as the same text for every record.
    records = SearchIndex(list(load_lexicon([shipped_lexicon_dir()]))).records
    again = pickle.loads(pickle.dumps(records, protocol=5))
    assert len(again.shown) == len(records.shown)
    assert [again.shown[n] for n in range(len(again.shown))] == list(records.shown)
    assert again.shown[100:110] == list(records.shown[100:110])
    assert again.shown[-1] == records.shown[-1]
    texts, _ = records.__getstate__()["shown"]  # type: ignore[misc]
    assert len(unpack(texts)) == len(set(records.shown)) < len(records.shown)
    assert [again.reading(n) for n in range(len(again.shown))] == [
        records.reading(n) for n in range(len(records.shown))
    ]
