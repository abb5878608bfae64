"""Choose "I speak" and "They speak"."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, RadioButton, RadioSet

from phrasebook.values import LANGS, Lang

LABELS = {
    Lang.EN: ("I speak", "They speak", "Cancel"),
    Lang.RU: ("Я говорю", "Собеседник говорит", "Отмена"),
    Lang.UK: ("Я розмовляю", "Співрозмовник розмовляє", "Скасувати"),
    Lang.KO: ("내 언어", "상대방 언어", "취소"),
}


class PairScreen(ModalScreen[tuple[Lang, Lang] | None]):
    """Two sets of radio buttons; returns the pair, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="cancel"),
    ]

    def __init__(self, mine: Lang, theirs: Lang) -> None:
        super().__init__()
        self.mine, self.theirs = mine, theirs

    def compose(self) -> ComposeResult:
        i_speak, they_speak, cancel = LABELS[self.mine]
        with Vertical(id="pair"):
            with Horizontal(id="pair-choices"):
                with Vertical():
                    yield Label(i_speak)
                    with RadioSet(id="mine"):
                        for lang in LANGS:
                            yield RadioButton(lang.native_name, lang is self.mine, name=lang.value)
                with Vertical():
                    yield Label(they_speak)
                    with RadioSet(id="theirs"):
                        for lang in LANGS:
                            yield RadioButton(
                                lang.native_name, lang is self.theirs, name=lang.value
                            )
            with Horizontal(id="pair-buttons"):
                yield Button("OK", variant="primary", id="ok")
                yield Button(cancel, id="cancel")

    def _chosen(self, radio_id: str) -> Lang:
        pressed = self.query_one(f"#{radio_id}", RadioSet).pressed_button
        return Lang(pressed.name) if pressed is not None and pressed.name else self.mine

    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        mine, theirs = self._chosen("mine"), self._chosen("theirs")
        if mine is theirs:
            self.notify("Choose two different languages.", severity="warning")
            return
        self.dismiss((mine, theirs))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close without changing anything."""
        self.dismiss(None)
