"""Typed access to the running :class:`PhrasebookApp` from screens, widgets and providers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from phrasebook.tui.app import PhrasebookApp


class AppRef:
    """Descriptor: ``pb = AppRef()`` gives a class ``self.pb``, the app with its real type."""

    def __get__(self, obj: Any, owner: type | None = None) -> PhrasebookApp:
        from phrasebook.tui.app import PhrasebookApp

        app = obj.app
        if not isinstance(app, PhrasebookApp):
            raise TypeError(f"{type(obj).__name__} runs only inside PhrasebookApp")
        return app
