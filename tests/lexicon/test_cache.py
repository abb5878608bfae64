"""The parsed-lexicon cache: keyed by every rule module, pruned, and found from any install."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import phrasebook
from phrasebook.lexicon import load
from phrasebook.userdata import paths

ROOT = Path(__file__).resolve().parents[2]


def test_every_module_of_the_lexicon_package_keys_the_cache() -> None:
    package = Path(load.__file__).parent
    sources = {p.name for p in load._rule_sources()}
    assert {p.name for p in package.glob("*.py")} <= sources
    assert {"reader.py", "layers.py", "schema.py", "yamlmarks.py", "values.py"} <= sources


def test_a_changed_rule_module_changes_the_cache_key(
    mini_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    layers = [load.collect([mini_copy])]
    before = load._cache_path(layers)
    real = load._rule_sources()
    edited = mini_copy / "reader.py"
    edited.write_bytes(Path(load.__file__).with_name("reader.py").read_bytes() + b"\n# changed\n")
    monkeypatch.setattr(
        load, "_rule_sources", lambda: [edited if p.name == "reader.py" else p for p in real]
    )
    assert load._cache_path(layers) != before


def test_the_cache_key_says_whether_espeak_could_read_english(
    mini_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The cached index keeps English readings, made with eSpeak NG's IPA where it is installed
    # and from the spelling where not: an index made on one must not be read on the other.
    layers = [load.collect([mini_copy])]
    before = load._cache_path(layers)
    monkeypatch.setattr(load.shutil, "which", lambda name: None)
    monkeypatch.setattr(load.importlib.util, "find_spec", lambda name: None)
    without = load._cache_path(layers)
    monkeypatch.setattr(load.shutil, "which", lambda name: f"/usr/bin/{name}")
    assert len({before, without, load._cache_path(layers)}) >= 2
    assert without != load._cache_path(layers)


def test_the_sound_keys_in_the_cache_are_those_of_a_fresh_build() -> None:
    cached = phrasebook.load_lexicon([phrasebook.shipped_lexicon_dir()])
    fresh = phrasebook.load_lexicon([phrasebook.shipped_lexicon_dir()], cache=False)
    for query in ("квайэт", "ханбокхэ", "다바이", "드롭 잇"):
        assert [r.entry.id for r in cached.search(query, limit=3)] == [
            r.entry.id for r in fresh.search(query, limit=3)
        ]


def test_old_cache_files_are_pruned(mini_copy: Path) -> None:
    stale = paths.cache_dir() / "lexicon-0123456789abcdef0123456789abcdef.pickle"
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_bytes(b"old")
    unrelated = paths.cache_dir() / "other.txt"
    unrelated.write_text("keep me")
    phrasebook.load_lexicon([mini_copy])
    caches = list(paths.cache_dir().glob("lexicon-*.pickle"))
    assert len(caches) == 1 and caches[0] != stale
    assert unrelated.exists()
    assert len(phrasebook.load_lexicon([mini_copy])) == 5  # served from the new cache


def test_shipped_lexicon_is_found_in_the_source_tree() -> None:
    # The editable install used by the tests; the wheel is covered by tests/test_wheel.py.
    assert phrasebook.shipped_lexicon_dir() == ROOT / "lexicon"


def _cache_file() -> Path:
    (found,) = paths.cache_dir().glob("lexicon-*.pickle")
    return found


def test_the_cached_index_is_read_only_when_first_searched(
    mini_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A screen of entries can be drawn before the index (most of the file) is read.
    fresh = phrasebook.load_lexicon([mini_copy])
    reads: list[int] = []
    real = load._read_index
    monkeypatch.setattr(load, "_read_index", lambda path, at: reads.append(at) or real(path, at))
    cached = phrasebook.load_lexicon([mini_copy])
    assert [e.id for e in cached] == [e.id for e in fresh] and not reads
    assert [r.entry.id for r in cached.search("drop")] == [r.entry.id for r in fresh.search("drop")]
    assert len(reads) == 1 and 0 < reads[0] < _cache_file().stat().st_size
    assert cached.index.entries == list(cached)  # the lexicon's own entries, not copies


@pytest.mark.parametrize("damage", ["truncate", "garble"])
def test_a_damaged_index_part_is_built_afresh_and_stored_again(
    mini_copy: Path, damage: str
) -> None:
    fresh = phrasebook.load_lexicon([mini_copy], cache=False)
    phrasebook.load_lexicon([mini_copy])
    cache = _cache_file()
    data = cache.read_bytes()
    with cache.open("rb") as file:
        pickle.load(file)  # the lexicon; the index follows
        head = file.tell()
    kept = data[: len(data) - 200] if damage == "truncate" else data[:head] + b"\x80garbage"
    cache.write_bytes(kept)
    damaged = phrasebook.load_lexicon([mini_copy])
    assert [r.entry.id for r in damaged.search("drop")] == [
        r.entry.id for r in fresh.search("drop")
    ]
    assert not cache.exists()  # so that the next start writes a whole cache again
    phrasebook.load_lexicon([mini_copy])
    assert _cache_file().stat().st_size == len(data)


def test_an_index_of_other_entries_is_not_used(mini_copy: Path) -> None:
    lexicon = phrasebook.load_lexicon([mini_copy], cache=False)
    other = phrasebook.load_lexicon([phrasebook.shipped_lexicon_dir()], cache=False)
    lexicon.defer_index(lambda: other.index)
    assert len(lexicon.index) == len(lexicon) != len(other)


def test_damaged_packed_entries_are_read_again_from_the_files(mini_copy: Path) -> None:
    fresh = phrasebook.load_lexicon([mini_copy], cache=False)
    phrasebook.load_lexicon([mini_copy])
    cache = _cache_file()
    data = bytearray(cache.read_bytes())
    cached = phrasebook.load_lexicon([mini_copy])
    packed, _ = cached._entries.__getstate__()["packed"]
    middle = len(packed) // 2
    at = bytes(data).find(packed[middle : middle + 64])  # a byte well inside one block
    assert at > 0
    data[at] ^= 0x20
    cache.write_bytes(bytes(data))
    again = phrasebook.load_lexicon([mini_copy])
    assert list(again) == list(fresh)  # the files were read again, not the damaged block
    assert cache.exists() and cache.read_bytes() != bytes(data)  # and the cache stored anew
