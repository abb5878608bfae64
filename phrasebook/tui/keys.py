"""Key labels in the reader's language: the footer and the help screen read them from here.

Bindings are declared in English as data (``BINDINGS``); each has an ``id``, and the text shown
for it is ``key_<id>`` in :mod:`phrasebook.i18n`. The command palette's key, added by Textual,
has no id and is found by its action.
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding
from textual.dom import DOMNode

from phrasebook.i18n import TABLES, label
from phrasebook.values import Lang

_BY_ACTION = {"command_palette": "palette", "app.command_palette": "palette"}


def key_label(binding: Binding, lang: Lang) -> str:
    """What ``binding`` does, in ``lang`` (its own description when it has no translation)."""
    name = binding.id or _BY_ACTION.get(binding.action)
    if name and f"key_{name}" in TABLES[lang]:
        return label(f"key_{name}", lang)
    return binding.description


def localise_bindings(node: DOMNode, lang: Lang) -> None:
    """Relabel ``node``'s bindings in ``lang``; the footer shows them after a refresh."""
    table = node._bindings.key_to_bindings
    for key, bindings in table.items():
        table[key] = [
            replace(b, description=key_label(b, lang), tooltip="") if b.description else b
            for b in bindings
        ]
