"""The search layer: an index over entries that forgives typos, romanisation, wrong layouts, and
phrases typed the way they sounded; its scores say when it is not sure (:data:`CONFIDENT`).

Names are imported on first use: a module that needs only :mod:`.keyboard` or :mod:`.normalise`
does not load the index and rapidfuzz with them.
"""

from typing import TYPE_CHECKING

from phrasebook._lazy import exports

# Imported at once: the function must replace its submodule (of the same name) as the package's
# attribute, which a first-use import would not do. The module is light.
from phrasebook.search.normalise import normalise

if TYPE_CHECKING:
    from phrasebook.search.index import SearchIndex
    from phrasebook.search.run import CONFIDENT

__getattr__, __dir__ = exports(
    __name__,
    {
        "phrasebook.search.index": "SearchIndex",
        "phrasebook.search.run": "CONFIDENT",
    },
)

__all__ = ["CONFIDENT", "SearchIndex", "normalise"]
