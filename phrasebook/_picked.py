"""Some items of a sequence, by their numbers in it, read through an array rather than copied."""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from typing import TypeVar, overload

T = TypeVar("T")


class Picked(Sequence[T]):
    """The items of ``items`` numbered in ``numbers``, in that order (any of them repeated).

    Args:
        items: the items, made when first read if ``items`` makes them so.
        numbers: which of them.
    """

    def __init__(self, items: Sequence[T], numbers: array[int]) -> None:
        self._items = items
        self._numbers = numbers

    def __len__(self) -> int:
        return len(self._numbers)

    @overload
    def __getitem__(self, number: int) -> T: ...

    @overload
    def __getitem__(self, number: slice) -> list[T]: ...

    def __getitem__(self, number: int | slice) -> T | list[T]:
        if isinstance(number, slice):
            return [self._items[n] for n in self._numbers[number]]
        return self._items[self._numbers[number]]

    def __iter__(self) -> Iterator[T]:
        items = self._items
        for number in self._numbers:
            yield items[number]
