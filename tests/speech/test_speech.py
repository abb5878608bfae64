"""Speech: audible WAVs for all four languages, and clear messages when it cannot speak."""

from __future__ import annotations

import array
import math
import wave
from pathlib import Path

import pytest

from phrasebook.cli import main
from phrasebook.errors import SpeechError
from phrasebook.speech import synth as speech
from phrasebook.values import Lang

PHRASES = {
    Lang.KO: "손 들어! 무기 버려!",
    Lang.RU: "Руки вверх! Бросай оружие!",
    Lang.UK: "Руки вгору! Кинь зброю!",
    Lang.EN: "Hands up! Drop your weapon!",
}


def rms(samples: bytes) -> float:
    values = array.array("h", samples)
    return math.sqrt(sum(v * v for v in values) / max(1, len(values)))


@pytest.mark.parametrize("lang", list(PHRASES))
def test_each_language_is_audible_and_plausibly_long(lang: Lang) -> None:
    audio = speech.synthesize(PHRASES[lang], lang)
    assert audio.rate >= 8000
    assert rms(audio.samples) > 300, "speech should not be silent"
    # four or five words at 150 wpm: between about one and six seconds
    assert 0.8 < audio.seconds < 6.0


def test_faster_rate_is_shorter() -> None:
    slow = speech.synthesize(PHRASES[Lang.RU], Lang.RU, rate=100)
    fast = speech.synthesize(PHRASES[Lang.RU], Lang.RU, rate=300)
    assert fast.seconds < slow.seconds


def test_korean_is_spoken_as_pronounced() -> None:
    assert speech.speakable("국물", Lang.KO) == "궁물"


def test_cli_writes_a_valid_wav(tmp_path: Path, capsys) -> None:
    out = tmp_path / "x.wav"
    assert main(["speak", "손 들어!", "--lang", "ko", "-o", str(out)]) == 0
    with wave.open(str(out), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        frames = wav.readframes(wav.getnframes())
    assert rms(frames) > 300
    assert "wrote" in capsys.readouterr().out


def test_cli_speaks_an_entry_by_id(tmp_path: Path) -> None:
    out = tmp_path / "e.wav"
    assert main(["speak", "--id", "hands-up", "--to", "uk", "-o", str(out)]) == 0
    assert out.stat().st_size > 1000


def test_no_engine_says_how_to_enable(monkeypatch) -> None:
    monkeypatch.setattr(speech, "ENGINES", (lambda *a: None, lambda *a: None))
    with pytest.raises(SpeechError, match=r"speech extra.*espeak-ng"):
        speech.synthesize("hello", Lang.EN)


def test_program_engine_is_used_when_library_is_missing(monkeypatch) -> None:
    if speech.shutil.which("espeak-ng") is None:
        monkeypatch.setattr(speech.shutil, "which", lambda name: None)
        assert speech._program_audio("hello", "en-us", 150) is None
    else:
        audio = speech._program_audio("hello", "en-us", 150)
        assert audio is not None and rms(audio.samples) > 300


def test_no_player_suggests_writing_a_file(monkeypatch) -> None:
    monkeypatch.setattr(speech.shutil, "which", lambda name: None)
    audio = speech.Audio(b"\0\0" * 100, 22050, "test")
    with pytest.raises(SpeechError, match=r"-o x.wav"):
        speech.play(audio)


def test_empty_text_and_bad_rate_are_user_errors(capsys) -> None:
    with pytest.raises(SpeechError, match="empty"):
        speech.synthesize("   ", Lang.EN)
    assert main(["speak", "hi", "--lang", "en", "--rate", "9000", "-o", "/tmp/never.wav"]) == 1
    assert "out of range" in capsys.readouterr().err


def test_speak_without_text_or_id_is_usage_error(capsys) -> None:
    assert main(["speak"]) == 2


def test_numbers_are_spoken_as_the_reading_spells_them() -> None:
    assert speech.speakable("0부터 10까지", Lang.KO) == "영부터 십까지"
    assert speech.speakable("от 0 до 10", Lang.RU) == "от нуля до десяти"
