"""What the search keys point at: one record per text, variant, tag, note or reading."""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from phrasebook._joined import Packed, pack, unpack
from phrasebook._picked import Picked
from phrasebook.values import LANGS, Lang, MatchKind

KINDS: tuple[MatchKind, ...] = tuple(MatchKind)
"""Every match kind, in the order :attr:`Records.kind` numbers them."""


class Records:
    """What each key points at, one column per field.

    Columns instead of a tuple per record: a few lists are nothing to the garbage collector,
    while half a million tuples make every full collection pause. Languages and kinds are
    numbered, in arrays of bytes: read back from the lexicon cache at 100,000 entries, lists of
    them cost 25 ms of the second the whole index may take.
    """

    def __init__(self) -> None:
        self.entry = array("i")
        """Position of the entry in the index."""
        self.lang = array("b")
        """Language of the text, as its place in :data:`~phrasebook.values.LANGS`."""
        self.weight = array("d")
        """The field's weight: own text, variant, tag or note."""
        self.shown: Sequence[str] = []
        """The entry's real text to show for a hit (read back from the cache, a
        :class:`~phrasebook._picked.Picked` of the distinct texts)."""
        self.kind = array("b")
        """What the record is (a text or variant, a tag, a note, or a reading of a sound), as its
        place in :data:`KINDS`."""
        self._readings: list[str] | tuple[str | bytes, int] = []
        """The readings of the records from :attr:`_reading_from` on ("" for a record that is no
        reading). Stored (pickled) packed (phrasebook._joined: as UTF-16 bytes unless all
        ASCII), made text and split the first time one is asked for: a one-shot lookup that
        shows no sound match never needs them, and decoding them took 54 ms of reading the cache
        at 100,000 entries."""
        self._reading_from = 0

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        readings = self._readings
        if isinstance(readings, list):
            state["_readings"] = pack(readings)
        # Each text is shown by a record of its own and by a record of each of its readings:
        # stored once, with which text each record shows (a list of 1.4 million strings at
        # 100,000 entries was a quarter of reading the records back).
        texts = dict.fromkeys(self.shown)
        at = {text: n for n, text in enumerate(texts)}
        state["shown"] = (pack(texts), array("i", map(at.__getitem__, self.shown)))
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        stored: tuple[Packed, array[int]] = state["shown"]  # type: ignore[assignment]
        self.shown = Picked(unpack(stored[0]), stored[1])

    def _unpacked(self) -> list[str]:
        readings = self._readings
        if isinstance(readings, tuple):
            readings = self._readings = unpack(readings)
        return readings

    def reading(self, number: int) -> str:
        """What record ``number`` says a text sounds like, if it is a reading; else ""."""
        at = number - self._reading_from
        readings = self._unpacked()
        return readings[at] if 0 <= at < len(readings) else ""

    def extend(
        self,
        shown: list[tuple[int, str]],
        lang: Lang,
        weight: float,
        kind: MatchKind = MatchKind.TEXT,
        readings: list[str] | None = None,
    ) -> range:
        """Add records of one language and weight.

        Args:
            shown: (entry position, text to show) pairs.
            lang: their language.
            weight: their field's weight.
            kind: what they are.
            readings: for records of readings, the reading of each text.

        Returns:
            The new records' numbers.

        Raises:
            ValueError: when there are not as many readings as texts.
        """
        if readings is not None and len(readings) != len(shown):
            raise ValueError(f"{len(readings)} readings for {len(shown)} texts")
        start = len(self.shown)
        self.entry.extend(n for n, _ in shown)
        assert isinstance(self.shown, list), "records read back from the cache are complete"
        self.shown.extend(text for _, text in shown)
        self.lang.frombytes(bytes([LANGS.index(lang)]) * len(shown))
        self.weight.extend([weight] * len(shown))
        self.kind.frombytes(bytes([KINDS.index(kind)]) * len(shown))
        if readings:
            known = self._unpacked()
            if not known:
                self._reading_from = start
            known.extend([""] * (start - self._reading_from - len(known)))
            known.extend(readings)
        return range(start, len(self.shown))
