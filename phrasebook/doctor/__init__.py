"""What this machine lacks for phrasebook, and how to fix each: ``phrasebook doctor`` and F1.

Each check returns a :class:`Finding`; its text is in the reader's language (``doctor_*`` keys of
:mod:`phrasebook.i18n`), so the CLI and the TUI's help screen say the same thing.
"""

from typing import TYPE_CHECKING

from phrasebook._lazy import exports

if TYPE_CHECKING:
    from phrasebook.doctor.checks import CHECKS, Finding, Terminal, run_checks

__getattr__, __dir__ = exports(
    __name__,
    {
        "phrasebook.doctor.checks": "CHECKS Finding Terminal run_checks",
    },
)

__all__ = ["CHECKS", "Finding", "Terminal", "run_checks"]
