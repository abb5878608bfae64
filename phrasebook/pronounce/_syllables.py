"""A small writer that assembles Hangul syllables one sound at a time.

Transcription *into* Hangul decides, letter by letter, whether a consonant opens a new syllable
(``ㅋ`` + ``ㅏ`` → 카), closes the previous one as a final (막심: к → ㄱ under 마), or stands on its
own with an epenthetic vowel (크, 리). :class:`SyllableWriter` keeps the syllables of one word
so those three moves are one call each.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from phrasebook.pronounce.hangul import compose


@dataclass
class _Open:
    lead: str
    vowel: str
    tail: str = ""


@dataclass
class SyllableWriter:
    """Collects the syllables of one word; :meth:`text` returns them as Hangul."""

    _syllables: list[_Open] = field(default_factory=list)

    def syllable(self, lead: str, vowel: str) -> None:
        """Start a new syllable, e.g. ``("ㅋ", "ㅏ")`` for 카; ``lead`` ``ㅇ`` for none."""
        self._syllables.append(_Open(lead, vowel))

    def close(self, tail: str) -> bool:
        """Put ``tail`` under the last syllable if it has none.

        Args:
            tail: a single final consonant (``ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ``).

        Returns:
            True if it was placed, False if there is no syllable yet or the last one is closed.
        """
        if not self._syllables or self._syllables[-1].tail:
            return False
        self._syllables[-1].tail = tail
        return True

    def close_or_stand(self, tail: str, lead: str, vowel: str = "ㅡ") -> None:
        """Close the last syllable with ``tail``, or else write ``lead`` + ``vowel`` (크, 리)."""
        if not self.close(tail):
            self.syllable(lead, vowel)

    def text(self) -> str:
        """Return the word written so far."""
        return "".join(compose(s.lead, s.vowel, s.tail) for s in self._syllables)
