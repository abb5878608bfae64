"""argostranslate, imported so that it cannot reach the network or the user's Argos setup; and the
Argos package index, read only when the user asks to download a model.

argostranslate reads its settings once, when ``argostranslate.settings`` is first imported: from
``ARGOS_*`` variables over ``$XDG_CONFIG_HOME/argos-translate/settings.json``, and it creates data,
config and cache directories at that moment. A settings.json saying ``ARGOS_MODEL_PROVIDER:
LIBRETRANSLATE`` would send every sentence to a web service; ``ARGOS_CHUNK_TYPE: SPACY`` downloads a
model at import. So the first import happens here, with the ``ARGOS_*`` variables set and the XDG
directories pointed, for the length of the import only, into phrasebook's own data directory.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, BinaryIO, cast

from phrasebook.errors import ModelPackageError
from phrasebook.userdata import paths
from phrasebook.userdata.paths import models_dir

_lock = threading.RLock()
_MAX_INDEX_BYTES = 16 * 1024**2

_FORCED = {
    # Local CTranslate2 models only: never LibreTranslate or OpenAI.
    "ARGOS_MODEL_PROVIDER": "OPENNMT",
    # MiniSBD splitting; SPACY would download a model at import.
    "ARGOS_CHUNK_TYPE": "MINISBD",
    "ARGOS_DEVICE_TYPE": "cpu",
    "ARGOS_DEBUG": "0",
    "ARGOS_DEV_MODE": "0",
}


def argos_home() -> Path:
    """A private home for argostranslate's own data, config and cache directories."""
    return paths.data_dir() / "argos"


@contextlib.contextmanager
def _isolated_xdg() -> Iterator[None]:
    home = argos_home()
    saved = {
        key: os.environ.get(key) for key in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")
    }
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_CACHE_HOME"] = str(home / "cache")
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def settings() -> ModuleType:
    """``argostranslate.settings``, imported safely and pointed at :func:`models_dir`."""
    with _lock:
        if "argostranslate.settings" not in sys.modules:
            os.environ.update(_FORCED)
            os.environ["ARGOS_PACKAGES_DIR"] = str(models_dir())
            with _isolated_xdg():
                import argostranslate.settings
                import argostranslate.translate  # noqa: F401  (imports sbd, which reads XDG)
        import argostranslate.settings as module

        # Someone may have imported argostranslate before us, and the data dir can change (tests):
        # re-point the values argostranslate reads at call time.
        target = models_dir()
        module.package_data_dir = target
        module.package_dirs = [target]
        module.model_provider = module.ModelProvider.OPENNMT
        module.chunk_type = module.ChunkType.MINISBD
        module.device = "cpu"
        return cast(ModuleType, module)


def package_module() -> ModuleType:
    """``argostranslate.package``, imported safely (see :func:`settings`)."""
    settings()
    import argostranslate.package

    return cast(ModuleType, argostranslate.package)


_reference_stamp: tuple[str, int] | None = None


def reference_translate(text: str, src: str, dst: str) -> str:
    """Translate with argostranslate's own per-call API, on phrasebook's installed packages.

    Only the benchmark and the tests use this, to compare against. Every package must bundle its
    MiniSBD model, or argostranslate would try to download one.
    """
    global _reference_stamp
    with _lock:
        settings()
        import argostranslate.translate as argos

        folder = models_dir()
        stamp = (str(folder), folder.stat().st_mtime_ns if folder.exists() else -1)
        if stamp != _reference_stamp:  # packages changed: make argostranslate look again
            argos.installed_translates.clear()
            argos.get_installed_languages.cache_clear()
            _reference_stamp = stamp
    return str(argos.translate(text, src, dst))


def fetch(url: str, out: BinaryIO, limit: int, what: str) -> None:
    """Download ``url`` into ``out`` (http and https only), at most ``limit`` bytes.

    Raises:
        ModelPackageError: saying what could not be downloaded from where, and why.
    """
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise ModelPackageError(f"cannot download {what}: {url!r} is not an http(s) address")
    try:
        with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 (scheme checked)
            size = 0
            while chunk := response.read(1024 * 1024):
                size += len(chunk)
                if size > limit:
                    raise ModelPackageError(f"{what} at {url} is larger than {limit} bytes")
                out.write(chunk)
    except urllib.error.HTTPError as exc:
        raise ModelPackageError(f"cannot download {what} from {url}: HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise ModelPackageError(f"cannot download {what} from {url}: {reason}") from None


def index_entries(index_url: str) -> list[dict[str, Any]]:
    """The translation packages an Argos index lists (``index_url``: its folder or index.json)."""
    url = index_url if index_url.endswith(".json") else index_url.rstrip("/") + "/index.json"
    raw = io.BytesIO()
    fetch(url, raw, _MAX_INDEX_BYTES, "the model index")
    try:
        entries = json.loads(raw.getvalue().decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ModelPackageError(f"the model index at {url} is not valid JSON") from None
    if not isinstance(entries, list):
        raise ModelPackageError(f"the model index at {url} is not a list of packages")
    return [e for e in entries if isinstance(e, dict) and e.get("type", "translate") == "translate"]


def version_key(version: object) -> list[int]:
    """A sort key for versions such as ``"1.9"``."""
    return [int(n) if n.isdigit() else -1 for n in str(version).split(".")]
