"""The one libespeak-ng of the process, shared by speech and the English transcription.

The library comes from the ``espeakng-loader`` wheel (the ``speech`` extra) and is driven through
ctypes in synchronous mode. eSpeak keeps global state (current voice, synth callback), so every
caller holds :attr:`Library.lock` for the whole of a sequence of calls. Nothing is loaded until
:meth:`Library.get` is first called.
"""

from __future__ import annotations

import ctypes
import threading
from pathlib import Path
from typing import Any, ClassVar

from phrasebook.errors import SpeechError

AUDIO_OUTPUT_SYNCHRONOUS = 2
CHARS_UTF8 = 1
PHONEMES_IPA = 2
"""``phonememode`` bit 1 of ``espeak_TextToPhonemes``: IPA as UTF-8 rather than ASCII names."""

SYNTH_CALLBACK = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)
"""``int callback(short *wav, int numsamples, espeak_EVENT *events)``."""


class Library:
    """One loaded and initialised libespeak-ng."""

    lock: ClassVar[threading.RLock] = threading.RLock()
    """Held around every use of :attr:`lib`: eSpeak's state is global."""
    _instance: ClassVar[Library | None] = None

    def __init__(self) -> None:
        import espeakng_loader  # type: ignore[import-untyped, unused-ignore]

        data_path = Path(espeakng_loader.get_data_path())
        self.lib: Any = ctypes.CDLL(espeakng_loader.get_library_path())
        """The ctypes handle."""
        self.lib.espeak_Initialize.restype = ctypes.c_int
        self.lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
        self.lib.espeak_TextToPhonemes.argtypes = [
            ctypes.POINTER(ctypes.c_void_p),
            ctypes.c_int,
            ctypes.c_int,
        ]
        self.rate: int = self.lib.espeak_Initialize(
            AUDIO_OUTPUT_SYNCHRONOUS, 0, str(data_path.parent).encode(), 0
        )
        """Samples per second of synthesised audio."""
        if self.rate <= 0:
            raise SpeechError(f"eSpeak NG could not start with its data at {data_path}")
        self.voice = ""
        """The voice last set through :meth:`set_voice`."""

    @classmethod
    def get(cls) -> Library:
        """The shared library, loaded and initialised on first use.

        Raises:
            ImportError: the ``espeakng-loader`` package is not installed.
            OSError: the shared library cannot be loaded.
            SpeechError: eSpeak NG cannot find its data.
        """
        with cls.lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance

    def set_voice(self, voice: str) -> bool:
        """Select ``voice`` unless it is already current; call with :attr:`lock` held.

        Returns:
            False when eSpeak NG has no such voice.
        """
        if voice != self.voice:
            if self.lib.espeak_SetVoiceByName(voice.encode()) != 0:
                self.voice = ""
                return False
            self.voice = voice
        return True

    def phonemes(self, text: str, voice: str) -> str | None:
        """The IPA eSpeak NG would speak for ``text``, clauses joined by spaces.

        Args:
            text: any text; NUL characters are dropped.
            voice: an eSpeak NG voice name, e.g. ``"en-us"``.

        Returns:
            The IPA, with eSpeak's stress and length marks; None when the voice is missing.
        """
        buffer = ctypes.create_string_buffer(text.replace("\0", "").encode("utf-8"))
        pointer = ctypes.c_void_p(ctypes.addressof(buffer))
        clauses: list[str] = []
        with self.lock:
            if not self.set_voice(voice):
                return None
            # Each call reads one clause and moves the pointer on; NULL once the text is read.
            for _ in range(len(buffer) + 1):  # a guard: each clause takes a character at least
                if not pointer.value:
                    break
                clause = self.lib.espeak_TextToPhonemes(
                    ctypes.byref(pointer), CHARS_UTF8, PHONEMES_IPA
                )
                if not clause:
                    break
                clauses.append(clause.decode("utf-8", "replace"))
        return " ".join(clauses)
