"""Offline install bundles: phrasebook, every wheel it needs, its models and install scripts.

Making one uses pip and, unless it is made from this installation alone, the package index; the
install scripts it writes use neither network nor anything outside the bundle.
"""

from typing import TYPE_CHECKING

from phrasebook._lazy import exports

# Imported at once (they are light): the function `targets` must replace the submodule of that
# name as the package's attribute, which a first-use import would not do.
from phrasebook.bundle.targets import PLATFORMS, PYTHONS, Target, targets, this_machine

if TYPE_CHECKING:
    from phrasebook.bundle.build import Bundle, build_bundle
    from phrasebook.bundle.resolve import Missing, TargetResult

__getattr__, __dir__ = exports(
    __name__,
    {
        "phrasebook.bundle.build": "Bundle build_bundle",
        "phrasebook.bundle.resolve": "Missing TargetResult",
    },
)

__all__ = [
    "PLATFORMS",
    "PYTHONS",
    "Bundle",
    "Missing",
    "Target",
    "TargetResult",
    "build_bundle",
    "targets",
    "this_machine",
]
