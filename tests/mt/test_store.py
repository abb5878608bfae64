"""Install, list, remove and export packages; the one networked path, against a local index."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from phrasebook.errors import ModelPackageError
from phrasebook.mt.store import (
    export_models,
    install_from_index,
    install_model,
    list_models,
    remove_model,
)
from phrasebook.userdata import paths
from phrasebook.userdata.paths import models_dir
from phrasebook.values import Lang
from tests.conftest import DATA

MODELS = DATA / "models"
ALL = sorted(MODELS.glob("*.argosmodel"))


def archive(src: str, dst: str) -> Path:
    return MODELS / f"translate-{src}_{dst}-1_0.argosmodel"


def test_six_test_packages_are_shipped_and_small() -> None:
    assert [p.name for p in ALL] == [
        f"translate-{a}_{b}-1_0.argosmodel"
        for a, b in sorted(
            [("en", "ru"), ("ru", "en"), ("en", "uk"), ("uk", "en"), ("en", "ko"), ("ko", "en")]
        )
    ]
    assert all(p.stat().st_size < 1.5e6 for p in ALL)


def test_models_live_in_the_project_data_dir() -> None:
    assert models_dir() == paths.data_dir() / "models"
    assert list_models() == []


def test_install_lists_pair_version_size_and_place() -> None:
    package = install_model(archive("en", "ru"))
    assert package.code == "translate-en_ru-1_0"
    assert (package.from_lang, package.to_lang, package.version) == (Lang.EN, Lang.RU, "1.0")
    assert package.path == models_dir() / "translate-en_ru-1_0"
    assert package.size_bytes > 100_000
    assert list_models() == [package]


def test_installing_the_same_pair_again_needs_force() -> None:
    first = install_model(archive("en", "ru"))
    with pytest.raises(ModelPackageError, match=r"already installed.*force"):
        install_model(archive("en", "ru"))
    again = install_model(archive("en", "ru"), force=True)
    assert again.code == first.code
    assert list_models() == [again]
    assert not [p for p in models_dir().iterdir() if p.name.startswith(".")]


def test_remove_takes_out_one_pair() -> None:
    for path in ALL:
        install_model(path)
    removed = remove_model("ko", "en")
    assert removed.code == "translate-ko_en-1_0"
    assert not removed.path.exists()
    assert len(list_models()) == 5
    with pytest.raises(ModelPackageError, match="no ko→en model is installed"):
        remove_model(Lang.KO, Lang.EN)


def test_export_writes_archives_that_install_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_model(archive("en", "uk"))
    install_model(archive("uk", "en"))
    files = export_models(tmp_path / "out")
    assert [f.name for f in files] == [
        "translate-en_uk-1_0.argosmodel",
        "translate-uk_en-1_0.argosmodel",
    ]
    with zipfile.ZipFile(files[0]) as zf:
        assert {n.split("/")[0] for n in zf.namelist()} == {"translate-en_uk-1_0"}
    monkeypatch.setenv("PHRASEBOOK_DATA_DIR", str(tmp_path / "elsewhere"))
    assert list_models() == []
    assert [p.code for p in map(install_model, files)] == [
        "translate-en_uk-1_0",
        "translate-uk_en-1_0",
    ]


def test_a_broken_folder_does_not_hide_the_other_packages() -> None:
    install_model(archive("en", "ru"))
    (models_dir() / "junk").mkdir()
    (models_dir() / "junk" / "metadata.json").write_text("{broken")
    assert [p.code for p in list_models()] == ["translate-en_ru-1_0"]


# --- the index, served from 127.0.0.1 ------------------------------------------------------------


def strip_sbd(source: Path, target: Path) -> Path:
    """A copy of a package without its bundled MiniSBD model, as many index packages come."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if "/minisbd/" not in info.filename:
                zout.writestr(info, zin.read(info))
    return target


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def index_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, Path]]:
    """An Argos index on 127.0.0.1: index.json, the packages (ko→en lacks MiniSBD), sbd/*.onnx."""
    root = tmp_path / "www"
    (root / "packages").mkdir(parents=True)
    (root / "sbd").mkdir()
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root))
    )
    base = f"http://127.0.0.1:{server.server_address[1]}"
    entries = []
    for path in ALL:
        target = root / "packages" / path.name
        if path.name.startswith("translate-ko_en"):
            strip_sbd(path, target)
        else:
            target.write_bytes(path.read_bytes())
        with zipfile.ZipFile(path) as zf:
            meta = json.loads(zf.read(f"{path.stem}/metadata.json"))
            sbd = zf.read(f"{path.stem}/minisbd/{meta['from_code']}.onnx")
        (root / "sbd" / f"{meta['from_code']}.onnx").write_bytes(sbd)
        entries.append({**meta, "code": path.stem, "links": [f"{base}/packages/{path.name}"]})
    (root / "index.json").write_text(json.dumps(entries))
    for name in (
        "http_proxy",
        "https_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", f"{base}/")
    monkeypatch.setenv("PHRASEBOOK_MINISBD_URL", f"{base}/sbd/")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base, root
    server.shutdown()
    server.server_close()


def test_from_index_installs_both_legs_of_a_pivot(index_server: tuple[str, Path]) -> None:
    installed = install_from_index("ko", "ru")
    assert [p.code for p in installed] == ["translate-ko_en-1_0", "translate-en_ru-1_0"]
    assert [p.code for p in list_models()] == ["translate-en_ru-1_0", "translate-ko_en-1_0"]
    # ko→en came without a sentence splitter: it was fetched so the package works offline.
    assert (installed[0].path / "minisbd" / "ko.onnx").is_file()
    assert not [p for p in models_dir().iterdir() if p.name.startswith(".")]


def test_from_index_keeps_legs_already_installed(index_server: tuple[str, Path]) -> None:
    local = install_model(archive("en", "ru"))
    installed = install_from_index(Lang.UK, Lang.RU)
    assert [p.code for p in installed] == ["translate-uk_en-1_0", "translate-en_ru-1_0"]
    assert installed[1] == local


def test_from_index_direct_pair_with_explicit_url(
    index_server: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    base, _ = index_server
    monkeypatch.delenv("ARGOS_PACKAGE_INDEX")
    installed = install_from_index("en", "ko", index_url=f"{base}/index.json")
    assert [p.code for p in installed] == ["translate-en_ko-1_0"]


def test_from_index_missing_pair_says_which(index_server: tuple[str, Path]) -> None:
    _, root = index_server
    entries = [e for e in json.loads((root / "index.json").read_text()) if e["to_code"] != "ru"]
    (root / "index.json").write_text(json.dumps(entries))
    with pytest.raises(ModelPackageError, match="has no package for en→ru"):
        install_from_index("ko", "ru")
    assert list_models() == []


def test_from_index_unreachable_index_is_a_clear_error(index_server: tuple[str, Path]) -> None:
    base, _ = index_server
    with pytest.raises(ModelPackageError, match=r"cannot download the model index from .*404"):
        install_from_index("en", "ru", index_url=f"{base}/nowhere/")


def test_from_index_broken_download_installs_nothing(index_server: tuple[str, Path]) -> None:
    _, root = index_server
    (root / "packages" / "translate-en_ru-1_0.argosmodel").write_bytes(b"not a zip")
    with pytest.raises(ModelPackageError, match=r"not a valid \.argosmodel zip"):
        install_from_index("en", "ru")
    assert list_models() == []
    assert list(models_dir().iterdir()) == []


def test_from_index_refuses_other_schemes(tmp_path: Path) -> None:
    with pytest.raises(ModelPackageError, match="not an http"):
        install_from_index("en", "ru", index_url=f"file://{tmp_path}/index.json")


# --- argostranslate's own settings cannot send text online --------------------------------------


def test_argos_settings_json_cannot_redirect_to_online_providers(tmp_path: Path) -> None:
    home = tmp_path / "home"
    config = home / ".config" / "argos-translate"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(
        json.dumps(
            {
                "ARGOS_MODEL_PROVIDER": "LIBRETRANSLATE",
                "ARGOS_CHUNK_TYPE": "SPACY",
                "ARGOS_PACKAGES_DIR": str(tmp_path / "elsewhere"),
            }
        )
    )
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", ""),
        "PHRASEBOOK_DATA_DIR": str(tmp_path / "data"),
    }
    code = (
        "import json, sys\n"
        "from phrasebook.mt import argos as _argos\n"
        "s = _argos.settings()\n"
        "print(json.dumps([s.model_provider.name, s.chunk_type.name, str(s.package_data_dir),"
        " [str(p) for p in s.package_dirs], 'spacy' in sys.modules]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    provider, chunk, packages, dirs, spacy = json.loads(done.stdout)
    assert (provider, chunk, spacy) == ("OPENNMT", "MINISBD", False)
    assert packages == str(tmp_path / "data" / "models")
    assert dirs == [packages]
    # argostranslate made its directories inside phrasebook's data dir, not in the home.
    assert sorted(p.name for p in home.iterdir()) == [".config"]
    assert not (tmp_path / "elsewhere").exists()


def test_from_index_with_everything_installed_stays_offline() -> None:
    install_model(archive("ko", "en"))
    install_model(archive("en", "ru"))
    # No server and an unroutable index: any network use would fail the test.
    installed = install_from_index("ko", "ru", index_url="http://192.0.2.1/")
    assert [p.code for p in installed] == ["translate-ko_en-1_0", "translate-en_ru-1_0"]


def test_leftovers_of_a_crashed_install_are_swept() -> None:
    stale = models_dir() / ".install-crashed"
    (stale / "translate-en_ru-1_0").mkdir(parents=True)
    os.utime(stale, (0, 0))
    fresh = models_dir() / ".install-running"
    fresh.mkdir()
    install_model(archive("en", "ru"))
    assert not stale.exists()
    assert fresh.exists()  # perhaps another process installing right now
