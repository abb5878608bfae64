"""``{entry-id}`` references in notes: finding them, checking them, showing them.

A note that points at another entry names it as ``{entry-id}`` rather than in prose, so a reader
sees that entry's text in their own language (``Follow with {where-does-it-hurt}.`` reads
"Follow with «Где болит?»." for a Russian reader) and validation catches a renamed or missing id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from phrasebook.values import Lang

SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
"""An entry id: lowercase a-z, 0-9 and single hyphens. (Kept here, not in the schema, so the
loaded lexicon resolves references without importing pydantic.)"""

REFERENCE = re.compile(r"\{(" + SLUG + r")\}")
"""``{entry-id}``; group 1 is the id."""

_QUOTES = {Lang.EN: ("“", "”"), Lang.RU: ("«", "»"), Lang.UK: ("«", "»"), Lang.KO: ("“", "”")}
"""How each language quotes a phrase inside a sentence."""


def referenced_ids(note: str) -> list[str]:
    """The entry ids a note refers to, in order of appearance."""
    return REFERENCE.findall(note)


def brace_problems(note: str) -> Iterator[str]:
    """Messages for braces that are not a well-formed ``{entry-id}`` reference."""
    rest = REFERENCE.sub("", note)
    if "{" in rest or "}" in rest:
        start = rest.find("{") if "{" in rest else rest.find("}")
        shown = rest[max(0, start - 10) : start + 20]
        yield (
            f"a brace that is not a reference in …{shown}…: refer to another entry as "
            "{entry-id} (lowercase slug, no spaces), and write no other braces"
        )


def resolve(note: str, text_of: Callable[[str], str | None], lang: Lang) -> str:
    """The note with each reference replaced by the entry's text, quoted as ``lang`` quotes.

    Args:
        note: the note as written, with ``{entry-id}`` references.
        text_of: the referenced entry's text in the reader's language, or None when the id is
            unknown (then the bare id is shown rather than braces).
        lang: the reader's language, for the quotation marks.
    """
    opening, closing = _QUOTES[lang]

    def shown(match: re.Match[str]) -> str:
        text = text_of(match.group(1))
        return match.group(1) if text is None else f"{opening}{text}{closing}"

    return REFERENCE.sub(shown, note)
