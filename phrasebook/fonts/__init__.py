"""Fonts that have the letters of a text: for show mode's large lettering and the pocket cards.

Looked for in this order: the font file named in the settings, fontconfig, the standard font
folders of Windows and macOS, then the fonts the ``display`` extra installs from the package
registry (Noto Sans KR for Hangul, Noto Sans for Cyrillic and Latin), so a machine with no Korean
font still draws Hangul.
"""

from phrasebook.fonts.find import (
    FontFile,
    FontFinder,
    Origin,
    Run,
    card_finder,
    default_finder,
    display_problem,
    packaged_fonts,
)

__all__ = [
    "FontFile",
    "FontFinder",
    "Origin",
    "Run",
    "card_finder",
    "default_finder",
    "display_problem",
    "packaged_fonts",
]
