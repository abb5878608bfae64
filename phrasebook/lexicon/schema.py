"""What a lexicon file may contain, and the language rules every text must keep.

Structure is checked by pydantic; the language rules (scripts, letters, punctuation, stress marks)
by plain functions that return messages. ``lexicon.py`` turns both into ``file:line:`` problems.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
)

from phrasebook.lexicon.references import SLUG
from phrasebook.values import LANGS, Dialect, Lang, Register, SaidBy, Script

ID_PATTERN = f"^{SLUG}$"
PRON_KEY = re.compile(r"^(en|ru|uk|ko)-(Latn|Cyrl|Hang)$")
STRESS_MARK = "\u0301"

Text = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(strict=True, pattern=ID_PATTERN)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RawVariant(_Model):
    # `register` would shadow BaseModel.register (ABCMeta), hence the alias.
    register_: Register | None = Field(default=None, alias="register")
    dialect: Dialect | None = None
    en: Text | None = None
    ru: Text | None = None
    uk: Text | None = None
    ko: Text | None = None
    note: Annotated[str, StringConstraints(strict=True)] = ""


class RawEntry(_Model):
    id: Slug
    en: Text
    ru: Text
    uk: Text
    ko: Text
    register_: Register = Field(default=Register.NEUTRAL, alias="register")
    said_by: SaidBy | None = None
    stress: dict[Literal["ru", "uk"], Text] = Field(default_factory=dict)
    variants: list[RawVariant] = Field(default_factory=list)
    nk: dict[Lang, Text] = Field(default_factory=dict)
    notes: dict[Lang, Text] = Field(default_factory=dict)
    tags: list[Text] = Field(default_factory=list)
    answers: list[Slug] = Field(default_factory=list)
    related: list[Slug] = Field(default_factory=list)
    source: Text | list[Text] = Field(default_factory=list)
    pron: dict[Text, Text] = Field(default_factory=dict)
    pron_note: Annotated[str, StringConstraints(strict=True, strip_whitespace=True)] = ""

    @field_validator("nk", mode="before")
    @classmethod
    def _nk_text_is_english(cls, value: Any) -> Any:
        """``nk: text`` is the English note, as it was before the note became per-language."""
        if isinstance(value, str):
            return {"en": value} if value.strip() else {}
        return value


class RawCategory(_Model):
    id: Slug
    order: Annotated[int, Field(strict=True)] = 1000
    said_by: SaidBy = SaidBy.HOLDER
    en: Text
    ru: Text
    uk: Text
    ko: Text


ENTRY_KEYS = tuple(f.alias or name for name, f in RawEntry.model_fields.items())


def explain(error: Mapping[str, Any], known_keys: tuple[str, ...]) -> str:
    """Turn one pydantic error into a message a lexicon writer can act on."""
    loc = ".".join(str(part) for part in error["loc"])
    kind = error["type"]
    value = error.get("input")
    if kind == "missing":
        return f"missing required key `{loc}`"
    if kind == "extra_forbidden":
        return f"unknown key `{loc}` (allowed: {', '.join(known_keys)})"
    if kind in {"string_type", "str_type"}:
        if isinstance(value, bool):
            return f"`{loc}` must be text, but YAML read a yes/no value: put it in quotes"
        if isinstance(value, int | float):
            return f"`{loc}` must be text, but YAML read a number: put it in quotes"
        if value is None:
            return f"`{loc}` is empty"
        return f"`{loc}` must be text, not a {type(value).__name__}"
    if kind == "string_too_short":
        return f"`{loc}` is empty"
    if kind == "string_pattern_mismatch":
        return f"`{loc}` {value!r} must be a slug: lowercase a-z, 0-9 and single hyphens"
    if kind == "dict_type" and loc == "nk":
        return f"`nk` must be text or a mapping of language to note, not {type(value).__name__}"
    if kind in {"list_type", "dict_type", "model_type", "model_attributes_type"}:
        want = {"list_type": "a list", "dict_type": "a mapping"}.get(kind, "a mapping")
        return f"`{loc}` must be {want}, not {type(value).__name__}"
    return f"`{loc}`: {error['msg']}"


def validate_entry(data: Any) -> tuple[RawEntry | None, list[tuple[tuple[Any, ...], str]]]:
    """Validate one entry's structure. Returns the model or the (location, message) errors."""
    try:
        return RawEntry.model_validate(data), []
    except ValidationError as exc:
        return None, [(tuple(e["loc"]), explain(e, ENTRY_KEYS)) for e in exc.errors()]


def validate_category(data: Any) -> tuple[RawCategory | None, list[tuple[tuple[Any, ...], str]]]:
    """Validate one category's structure. Returns the model or the (location, message) errors."""
    keys = tuple(RawCategory.model_fields)
    try:
        return RawCategory.model_validate(data), []
    except ValidationError as exc:
        return None, [(tuple(e["loc"]), explain(e, keys)) for e in exc.errors()]


# --- language rules -----------------------------------------------------------------------------

_UK_ONLY = set("іїєґІЇЄҐ")
_RU_ONLY = set("ыэъёЫЭЪЁ")
_CYRILLIC_VOWELS = set("аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ")


def script_problems(lang: Lang, text: str) -> Iterator[str]:
    """Messages for letters that do not belong in ``lang``'s text."""
    letters = [(ch, Script.of(ch)) for ch in text if ch.isalpha()]
    found = {script.english_name if script else "other-script" for _, script in letters}
    expected = lang.script.english_name
    if expected not in found and lang is not Lang.EN:
        yield f"`{lang}` text {text!r} has no {expected} letters"
    for name in sorted(found - {expected}):
        offending = "".join(
            sorted({ch for ch, s in letters if (s.english_name if s else "other-script") == name})
        )
        yield f"`{lang}` text {text!r} contains {name} letters ({offending})"
    if lang is Lang.UK and (bad := sorted({ch for ch in text if ch in _RU_ONLY})):
        yield f"Ukrainian text {text!r} contains Russian letters {''.join(bad)} (ы э ъ ё)"
    if lang is Lang.RU and (bad := sorted({ch for ch in text if ch in _UK_ONLY})):
        yield f"Russian text {text!r} contains Ukrainian letters {''.join(bad)} (і ї є ґ)"
    if any(unicodedata.category(ch) in {"Cc", "Cf"} for ch in text):
        yield f"`{lang}` text {text!r} contains control or invisible formatting characters"


def final_mark(text: str) -> str:
    """The text's closing ``?`` or ``!`` (``?`` wins for ``?!``), or ``""``."""
    tail = text.rstrip().rstrip("\"'»”)）")
    if tail.endswith(("?", "？", "?!", "!?")):
        return "?"
    if tail.endswith(("!", "！")):
        return "!"
    return ""


def punctuation_problem(texts: Mapping[Lang, str]) -> str | None:
    """A message when final ``?``/``!`` differ between the given languages."""
    marks = {lang: final_mark(text) for lang, text in texts.items()}
    if len(set(marks.values())) <= 1:
        return None
    shown = ", ".join(f"{lang} {mark or 'none'}" for lang, mark in marks.items())
    return f"final ? and ! must agree across languages ({shown})"


def stress_problems(lang: str, text: str, stressed: str) -> Iterator[str]:
    """Messages for a stress-marked text that does not fit its plain text."""
    if unicodedata.normalize("NFC", stressed.replace(STRESS_MARK, "")) != unicodedata.normalize(
        "NFC", text
    ):
        yield f"`stress.{lang}` {stressed!r} is not `{lang}` {text!r} with stress marks added"
    composed = unicodedata.normalize("NFC", stressed)
    for i, ch in enumerate(composed):
        if ch == STRESS_MARK and (i == 0 or composed[i - 1] not in _CYRILLIC_VOWELS):
            yield f"`stress.{lang}` puts a stress mark after a non-vowel in {stressed!r}"
            break


def pron_problems(pron: Mapping[str, str], note: str) -> Iterator[str]:
    """Messages for malformed pronunciation overrides."""
    for key in pron:
        if not PRON_KEY.match(key):
            yield f"`pron` key {key!r} must be LANG-Script, e.g. ko-Cyrl (Script: Latn, Cyrl, Hang)"
    if pron and not note:
        yield "`pron` is given without `pron_note`: say why the generated transcription is wrong"


def variant_texts(variant: RawVariant) -> dict[Lang, str]:
    """The languages a variant gives, with their texts."""
    given = {lang: getattr(variant, lang.value) for lang in LANGS}
    return {lang: text for lang, text in given.items() if text}
