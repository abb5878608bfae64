"""Unsafe or malformed .argosmodel archives are rejected, each with its own message, and leave the
installed packages exactly as they were."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from phrasebook.errors import ModelPackageError
from phrasebook.mt import archive as archive_module
from phrasebook.mt.store import install_model, list_models
from phrasebook.userdata.paths import models_dir
from tests.conftest import DATA

MODELS = DATA / "models"
GOOD = MODELS / "translate-en_ru-1_0.argosmodel"
TOP = "translate-en_ru-1_0"

Members = dict[str, bytes]


def good_members() -> Members:
    with zipfile.ZipFile(GOOD) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist() if not i.is_dir()}


def metadata(**changes: object) -> bytes:
    meta: dict[str, object] = {
        "package_version": "1.0",
        "argos_version": "1.9",
        "type": "translate",
        "from_code": "ko",
        "from_name": "Korean",
        "to_code": "ru",
        "to_name": "Russian",
        "links": [],
    }
    meta.update(changes)
    return json.dumps({k: v for k, v in meta.items() if v is not None}).encode()


def write(path: Path, members: Members, *, symlink: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        if symlink is not None:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, "/etc/passwd")
    return path


def renamed(members: Members, top: str) -> Members:
    return {top + name[len(TOP) :]: data for name, data in members.items()}


def without(members: Members, *prefixes: str) -> Members:
    return {n: d for n, d in members.items() if not n.startswith(tuple(prefixes))}


def with_meta(members: Members, raw: bytes) -> Members:
    return {**members, f"{TOP}/metadata.json": raw}


def ko_ru() -> Members:
    """A well-formed ko→ru package (the en→ru model relabelled)."""
    members = renamed(good_members(), "translate-ko_ru-1_0")
    members["translate-ko_ru-1_0/metadata.json"] = metadata()
    return members


# Each case: how to build it from a good package, and what its message must say.
CASES: dict[str, tuple[Callable[[Members], Members], str]] = {
    "traversal": (lambda m: {**m, "../evil.txt": b"x"}, "path traversal"),
    "nested-traversal": (lambda m: {**m, f"{TOP}/model/../../../evil": b"x"}, "path traversal"),
    "absolute": (lambda m: {**m, "/tmp/evil.txt": b"x"}, "absolute path"),
    "drive-letter": (lambda m: {**m, "C:/evil.txt": b"x"}, "absolute path"),
    "backslash": (lambda m: {**m, f"{TOP}\\..\\evil": b"x"}, "(backslash)"),
    "two-top-folders": (lambda m: {**m, "other/readme.txt": b"x"}, "exactly one top-level folder"),
    "file-at-root": (lambda m: {**m, "loose.txt": b"x"}, "outside the package folder"),
    "hidden-top": (lambda m: renamed(m, ".hidden"), "unsafe top-level folder name"),
    "no-metadata": (lambda m: without(m, f"{TOP}/metadata.json"), "no metadata.json"),
    "bad-json": (lambda m: with_meta(m, b"{not json"), "not valid JSON"),
    "json-not-object": (lambda m: with_meta(m, b"[1, 2]"), "must hold a JSON object"),
    "no-from-code": (lambda m: with_meta(m, metadata(from_code=None)), "has no from_code"),
    "unknown-language": (lambda m: with_meta(m, metadata(from_code="fr")), "unknown language"),
    "same-language": (lambda m: with_meta(m, metadata(to_code="ko")), "into itself"),
    "bad-version": (
        lambda m: with_meta(m, metadata(package_version="../1")),
        "no valid package_version",
    ),
    "wrong-type": (lambda m: with_meta(m, metadata(type="sbd")), "not a translation package"),
    "huge-metadata": (
        lambda m: with_meta(m, b" " * (70 * 1024) + metadata()),
        "metadata.json is larger",
    ),
    "no-model": (lambda m: without(m, f"{TOP}/model/"), "no model/ folder"),
    "no-tokenizer": (lambda m: without(m, f"{TOP}/sentencepiece.model"), "no tokenizer"),
    "zip-bomb-ratio": (
        lambda m: {**m, f"{TOP}/model/padding.bin": bytes(32 * 1024**2)},
        "zip bomb",
    ),
}


def snapshot() -> dict[str, str]:
    """Every file under the models dir (including stray temp folders) and its hash."""
    root = models_dir()
    if not root.exists():
        return {}
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "/"
        for p in sorted(root.rglob("*"))
    }


@pytest.fixture
def installed() -> dict[str, str]:
    """en→ru installed: the package a bad archive must not disturb."""
    install_model(GOOD)
    return snapshot()


def assert_rejected(archive: Path, message: str, before: dict[str, str]) -> None:
    with pytest.raises(ModelPackageError) as caught:
        install_model(archive)
    assert message in str(caught.value)
    assert archive.name in str(caught.value)
    assert snapshot() == before
    assert [p.code for p in list_models()] == [TOP]


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_archive_is_rejected_with_its_own_message(
    case: str, tmp_path: Path, installed: dict[str, str]
) -> None:
    build, message = CASES[case]
    archive = write(tmp_path / f"{case}.argosmodel", build(good_members()))
    assert_rejected(archive, message, installed)


def test_symlink_member_is_rejected(tmp_path: Path, installed: dict[str, str]) -> None:
    archive = write(tmp_path / "link.argosmodel", good_members(), symlink=f"{TOP}/model/link")
    assert_rejected(archive, "symbolic link", installed)


def test_encrypted_member_is_rejected(tmp_path: Path, installed: dict[str, str]) -> None:
    name = b"translate-ko_ru-1_0/secret.bin"
    archive = write(tmp_path / "locked.argosmodel", {**ko_ru(), name.decode(): b"x" * 100})
    raw = bytearray(archive.read_bytes())
    # zipfile will not write the "encrypted" flag: set it in the local and the central header.
    local = raw.index(name) - 30
    central = raw.rindex(name) - 46
    raw[local + 6] |= 0x1
    raw[central + 8] |= 0x1
    archive.write_bytes(bytes(raw))
    assert_rejected(archive, "is encrypted", installed)


def test_duplicate_member_is_rejected(tmp_path: Path, installed: dict[str, str]) -> None:
    archive = tmp_path / "dup.argosmodel"
    write(archive, good_members())
    with pytest.warns(UserWarning), zipfile.ZipFile(archive, "a") as zf:
        zf.writestr(f"{TOP}/metadata.json", metadata())
    assert_rejected(archive, "twice", installed)


def test_zip_bomb_by_total_size_is_rejected(
    tmp_path: Path, installed: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_module, "MAX_UNPACKED_BYTES", 500_000)
    archive = write(tmp_path / "big.argosmodel", ko_ru())
    assert_rejected(archive, "unpacks to more than", installed)


def test_lying_size_header_is_rejected(tmp_path: Path, installed: dict[str, str]) -> None:
    members = ko_ru()
    payload = b"A" * 5000
    members["translate-ko_ru-1_0/notes.txt"] = payload
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    raw = bytearray(buffer.getvalue())
    # Claim 50 bytes where 5000 are stored, in the local and the central header alike.
    true, fake = (5000).to_bytes(4, "little"), (50).to_bytes(4, "little")
    raw = bytearray(bytes(raw).replace(true + true, true + fake))
    archive = tmp_path / "liar.argosmodel"
    archive.write_bytes(bytes(raw))
    # zipfile reads only the 50 bytes declared, so the CRC check fails before anything lands.
    assert_rejected(archive, "not a valid .argosmodel zip archive", installed)


def test_corrupt_member_leaves_no_half_installed_package(
    tmp_path: Path, installed: dict[str, str]
) -> None:
    members = ko_ru()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zf:
        for name, data in sorted(members.items()):
            zf.writestr(name, data)
    raw = bytearray(buffer.getvalue())
    spot = bytes(raw).index(b"model.bin") + 2000  # inside model.bin's data: a CRC mismatch
    raw[spot] ^= 0xFF
    archive = tmp_path / "corrupt.argosmodel"
    archive.write_bytes(bytes(raw))
    assert_rejected(archive, "not a valid .argosmodel", installed)


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not really", b"hello world" * 100])
def test_not_a_zip_is_rejected(tmp_path: Path, installed: dict[str, str], content: bytes) -> None:
    archive = tmp_path / "junk.argosmodel"
    archive.write_bytes(content)
    assert_rejected(archive, "not a valid .argosmodel zip archive", installed)


def test_missing_file_is_rejected(tmp_path: Path, installed: dict[str, str]) -> None:
    assert_rejected(tmp_path / "nowhere.argosmodel", "no such file", installed)


def test_same_pair_under_another_name_does_not_overwrite(
    tmp_path: Path, installed: dict[str, str]
) -> None:
    archive = write(tmp_path / "again.argosmodel", renamed(good_members(), "my-copy"))
    assert_rejected(archive, "already installed", installed)


def test_a_folder_named_after_another_package_cannot_replace_it(
    tmp_path: Path, installed: dict[str, str]
) -> None:
    # Top folder says en_ru, metadata says ko→ru: it installs as ko→ru, en→ru stays as it was.
    archive = write(tmp_path / "sneaky.argosmodel", with_meta(good_members(), metadata()))
    package = install_model(archive)
    assert package.code == "translate-ko_ru-1_0"
    after = snapshot()
    assert {k: v for k, v in after.items() if k.startswith(TOP)} == installed


def test_member_name_that_is_not_utf8_despite_the_flag_is_rejected(
    tmp_path: Path, installed: dict[str, str]
) -> None:
    # Found by make fuzz: zipfile raised UnicodeDecodeError for such an archive.
    path = write(tmp_path / "bad-name.argosmodel", good_members())
    data = bytearray(path.read_bytes())
    data[6:8] = b"\x00\x08"  # local header: set the UTF-8 name flag
    at = data.index(b"PK\x01\x02")  # central directory: same flag, and a byte that is not UTF-8
    data[at + 8 : at + 10] = b"\x00\x08"
    data[at + 46] = 0x8D
    path.write_bytes(bytes(data))
    assert_rejected(path, "not a valid .argosmodel zip archive", installed)
