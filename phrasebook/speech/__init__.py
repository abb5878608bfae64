"""Speech: text to audio through eSpeak NG (loaded only when something is said)."""

from phrasebook.speech.synth import (
    HOW_TO_ENABLE,
    PLAYERS,
    Audio,
    find_engine,
    find_player,
    play,
    save_wav,
    speak,
    synthesize,
)

__all__ = [
    "HOW_TO_ENABLE",
    "PLAYERS",
    "Audio",
    "find_engine",
    "find_player",
    "play",
    "save_wav",
    "speak",
    "synthesize",
]
