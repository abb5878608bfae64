"""Speech: text to audio through eSpeak NG (loaded only when something is said)."""

from phrasebook.speech.synth import Audio, play, save_wav, speak, synthesize

__all__ = ["Audio", "play", "save_wav", "speak", "synthesize"]
