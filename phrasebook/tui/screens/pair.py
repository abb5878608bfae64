"""Choose "I speak" and "They speak"."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, RadioButton, RadioSet

from phrasebook.i18n import label
from phrasebook.tui.context import SCREENS_CSS
from phrasebook.tui.keys import localise_bindings
from phrasebook.values import LANGS, Lang


class PairScreen(ModalScreen[tuple[Lang, Lang] | None]):
    """Two sets of radio buttons; returns the pair, or None when cancelled."""

    CSS_PATH = SCREENS_CSS

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="cancel"),
    ]

    def __init__(self, mine: Lang, theirs: Lang) -> None:
        super().__init__()
        self.mine, self.theirs = mine, theirs
        localise_bindings(self, mine)

    def compose(self) -> ComposeResult:
        i_speak, they_speak = label("pair_i_speak", self.mine), label("pair_they_speak", self.mine)
        cancel = label("pair_cancel", self.mine)
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
                yield Button(label("pair_ok", self.mine), variant="primary", id="ok")
                yield Button(cancel, id="cancel")

    def _chosen(self, radio_id: str) -> Lang:
        pressed = self.query_one(f"#{radio_id}", RadioSet).pressed_button
        return Lang(pressed.name) if pressed is not None and pressed.name else self.mine

    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        mine, theirs = self._chosen("mine"), self._chosen("theirs")
        if mine is theirs:
            self.notify(label("pair_same", self.mine), severity="warning")
            return
        self.dismiss((mine, theirs))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close without changing anything."""
        self.dismiss(None)
