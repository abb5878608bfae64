"""Offline install bundles: phrasebook, every wheel it needs, its models and install scripts.

Making one uses pip and, unless it is made from this installation alone, the package index; the
install scripts it writes use neither network nor anything outside the bundle.
"""

from phrasebook.bundle.build import Bundle, build_bundle
from phrasebook.bundle.resolve import Missing, TargetResult
from phrasebook.bundle.targets import PLATFORMS, PYTHONS, Target, targets, this_machine

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
