"""Say a phrase aloud, offline, through eSpeak NG.

Two engines, tried in order: the library shipped in the ``espeakng-loader`` wheel (the ``speech``
extra), driven through ctypes in synchronous mode and shared with the English transcription
(:mod:`phrasebook.pronounce.espeak`); then an ``espeak-ng`` program on PATH. Audio is 16-bit mono
PCM; it is played through the first system player found or written to a WAV file.

Korean goes in as its pronounced form (국물 → 궁물): eSpeak reads Hangul as written and so misses
the sound changes a Korean speaker makes.
"""

from __future__ import annotations

import ctypes
import io
import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from phrasebook.errors import SpeechError, StorageError
from phrasebook.pronounce.espeak import CHARS_UTF8, SYNTH_CALLBACK, Library
from phrasebook.userdata.storage import atomic_write_bytes
from phrasebook.values import Lang

VOICES = {Lang.EN: "en-us", Lang.RU: "ru", Lang.UK: "uk", Lang.KO: "ko"}
"""eSpeak NG voice for each language."""

DEFAULT_RATE = 150
"""Words per minute: a little slower than eSpeak's 175, for a listener under stress."""

PLAYERS: tuple[tuple[str, list[str]], ...] = (
    ("paplay", []),
    ("pw-play", []),
    ("aplay", ["-q"]),
    ("afplay", []),
)
"""System audio players, tried in order, with the options each needs."""

HOW_TO_ENABLE = (
    "install the speech extra (pip install 'phrasebook[speech]'; `make run` does) "
    "or the espeak-ng program (apt install espeak-ng)"
)


@dataclass(frozen=True, slots=True)
class Audio:
    """Synthesised speech."""

    samples: bytes
    """16-bit little-endian mono PCM."""
    rate: int
    """Samples per second."""
    engine: str
    """Which engine made it."""

    @property
    def seconds(self) -> float:
        """Duration."""
        return len(self.samples) / 2 / self.rate if self.rate else 0.0

    def wav_bytes(self) -> bytes:
        """The audio as a WAV file."""
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(self.rate)
            out.writeframes(self.samples)
        return buffer.getvalue()


def speakable(text: str, lang: Lang) -> str:
    """The text eSpeak should read: numbers spelled as the readings spell them (so 10 is 십
    where the reading says so), and Korean in its pronounced form."""
    from phrasebook.pronounce import pronounced_hangul
    from phrasebook.pronounce.numbers import spell_numbers

    text = spell_numbers(text, lang.value)
    return pronounced_hangul(text) if lang is Lang.KO else text


# --- engine 1: the library from espeakng-loader ------------------------------------------------

_ESPEAK_RATE = 1
_POS_CHARACTER = 1


class _Synthesiser:
    """Collects the audio of the shared library's synth callback."""

    _instance: _Synthesiser | None = None

    def __init__(self, library: Library) -> None:
        self.library = library
        self.chunks: list[bytes] = []

        def collect(wav: Any, count: int, _events: Any) -> int:
            if count > 0 and wav:
                self.chunks.append(ctypes.string_at(wav, count * 2))
            return 0

        self._callback = SYNTH_CALLBACK(collect)  # kept: C holds only a pointer
        library.lib.espeak_SetSynthCallback(self._callback)

    @classmethod
    def get(cls) -> _Synthesiser:
        library = Library.get()
        with Library.lock:
            if cls._instance is None or cls._instance.library is not library:
                cls._instance = cls(library)
            return cls._instance

    def synthesize(self, text: str, voice: str, rate: int) -> Audio:
        lib = self.library.lib
        with Library.lock:
            if not self.library.set_voice(voice):
                raise SpeechError(f"eSpeak NG has no voice {voice!r}")
            lib.espeak_SetParameter(_ESPEAK_RATE, rate, 0)
            self.chunks = []
            data = text.encode("utf-8") + b"\0"
            status = lib.espeak_Synth(data, len(data), 0, _POS_CHARACTER, 0, CHARS_UTF8, None, None)
            if status != 0:
                raise SpeechError(f"eSpeak NG failed to speak (error {status})")
            lib.espeak_Synchronize()
            return Audio(b"".join(self.chunks), self.library.rate, "libespeak-ng")


def _library_audio(text: str, voice: str, rate: int) -> Audio | None:
    try:
        synthesiser = _Synthesiser.get()
    except (ImportError, OSError, RuntimeError):
        return None
    return synthesiser.synthesize(text, voice, rate)


# --- engine 2: the espeak-ng program -----------------------------------------------------------


def _program_audio(text: str, voice: str, rate: int) -> Audio | None:
    program = shutil.which("espeak-ng")
    if program is None:
        return None
    try:
        done = subprocess.run(
            [program, "-v", voice, "-s", str(rate), "--stdout", "--", text],
            capture_output=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SpeechError(f"espeak-ng failed: {exc}") from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip() or f"exit {done.returncode}"
        raise SpeechError(f"espeak-ng failed: {message}")
    try:
        with wave.open(io.BytesIO(done.stdout), "rb") as wav:
            return Audio(wav.readframes(wav.getnframes()), wav.getframerate(), "espeak-ng")
    except (wave.Error, EOFError) as exc:
        raise SpeechError(f"espeak-ng produced no usable audio: {exc}") from exc


ENGINES = (_library_audio, _program_audio)


def synthesize(text: str, lang: Lang, *, rate: int | None = None) -> Audio:
    """Turn text into speech.

    Args:
        text: what to say.
        lang: its language.
        rate: words per minute (80–450); default 150.

    Raises:
        SpeechError: when the text is empty, the rate is out of range, or no engine is available
            (the message says how to enable one).
    """
    if not text.strip():
        raise SpeechError("nothing to say: the text is empty")
    rate = DEFAULT_RATE if rate is None else rate
    if not 80 <= rate <= 450:
        raise SpeechError(f"rate {rate} is out of range: use 80 to 450 words per minute")
    spoken = speakable(text, lang)
    for engine in ENGINES:
        audio = engine(spoken, VOICES[lang], rate)
        if audio is not None:
            if not audio.samples:
                raise SpeechError(f"{audio.engine} produced no sound for {text!r}")
            return audio
    raise SpeechError(f"no speech engine found: {HOW_TO_ENABLE}")


def find_engine() -> str | None:
    """The name of the speech engine :func:`synthesize` would use, or None when there is none."""
    try:
        _Synthesiser.get()
        return "libespeak-ng"
    except (ImportError, OSError, RuntimeError):
        return "espeak-ng" if shutil.which("espeak-ng") else None


def find_player() -> list[str] | None:
    """The command line of the first audio player on PATH, without the file argument."""
    for name, options in PLAYERS:
        if (path := shutil.which(name)) is not None:
            return [path, *options]
    return None


def play(audio: Audio) -> None:
    """Play audio through the system player.

    Raises:
        SpeechError: when there is no player or it fails (the message suggests ``-o FILE``).
    """
    player = find_player()
    if player is None:
        names = ", ".join(name for name, _ in PLAYERS)
        raise SpeechError(f"no audio player found ({names}); write a file instead with -o x.wav")
    with tempfile.TemporaryDirectory(prefix="phrasebook-") as tmp:
        path = Path(tmp) / "speech.wav"
        path.write_bytes(audio.wav_bytes())
        try:
            done = subprocess.run([*player, str(path)], capture_output=True, timeout=120)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise SpeechError(f"{player[0]} failed: {exc}") from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip() or f"exit {done.returncode}"
        raise SpeechError(f"{Path(player[0]).name} could not play the sound: {message}")


def save_wav(audio: Audio, path: Path) -> None:
    """Write audio to a WAV file atomically.

    Raises:
        SpeechError: when the file cannot be written, or its folder does not exist (a typo in
            the folder must not silently create one).
    """
    if not path.parent.is_dir():
        raise SpeechError(
            f"cannot write {path}: the folder {path.parent} does not exist; "
            "create it first or choose another"
        )
    try:
        atomic_write_bytes(path, audio.wav_bytes())
    except StorageError as exc:
        raise SpeechError(str(exc)) from exc


def speak(text: str, lang: Lang, *, rate: int | None = None) -> None:
    """Say ``text`` through the speakers.

    Raises:
        SpeechError: when there is no engine or no player; the message says what to do.
    """
    play(synthesize(text, lang, rate=rate))
