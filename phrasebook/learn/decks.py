"""Decks: which phrases a drill takes. A deck is a list of entry ids with a name.

Four kinds: the curated "first 100" of each direction (``first100.yaml`` beside this module), any
category, the user's favourites, and the user's own lists — ``ids:a,b,c`` typed on the command
line, or a text file of ids (one a line, ``#`` comments) in the ``decks`` folder beside the
settings, named after the file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from phrasebook.errors import LearnError
from phrasebook.lexicon import Lexicon
from phrasebook.userdata import UserData, paths
from phrasebook.values import LANGS, FrozenMap, Lang

FAVOURITES = "favourites"
"""The id of the deck of starred phrases."""

CATEGORY_PREFIX = "category:"
IDS_PREFIX = "ids:"


@dataclass(frozen=True, slots=True)
class Deck:
    """A named list of entries to drill."""

    id: str
    """How the deck is named on the command line: ``first100-ko-ru``, ``category:medical``,
    ``favourites``, or a custom list's name."""
    names: Mapping[Lang, str]
    """The deck's name in each language (English at least)."""
    ids: tuple[str, ...]
    """The entries, in drill order for new cards."""
    pairs: tuple[tuple[Lang, Lang], ...] = ()
    """The (mine, theirs) directions the deck was chosen for; empty when any pair suits it."""
    kind: str = "custom"
    """``first100``, ``category``, ``favourites`` or ``custom``."""
    problems: tuple[str, ...] = field(default=(), compare=False)
    """Lines of a custom list that name no entry, as ``file:line: message``."""

    def name(self, lang: Lang) -> str:
        """The deck's name for a reader of ``lang``."""
        return self.names.get(lang) or self.names.get(Lang.EN) or self.id

    def pair_for(
        self, mine: Lang, theirs: Lang, *, fixed: tuple[Lang | None, Lang | None] = (None, None)
    ) -> tuple[Lang, Lang]:
        """The pair to drill: the user's own when the deck suits it, else the deck's first.

        Args:
            mine: my language (from the settings or the command line).
            theirs: theirs.
            fixed: languages the user named explicitly; a deck pair must keep them, and when
                none does, the user's pair is used as it is.
        """
        if not self.pairs or (mine, theirs) in self.pairs:
            return mine, theirs
        for pair in self.pairs:
            if all(want in (None, got) for want, got in zip(fixed, pair, strict=True)):
                return pair
        return mine, theirs


def _names(mapping: Mapping[str, object], fallback: str) -> Mapping[Lang, str]:
    return FrozenMap({lang: str(mapping.get(lang.value) or fallback) for lang in LANGS})


def first100_decks(lexicon: Lexicon) -> list[Deck]:
    """The curated decks, each limited to entries the lexicon has."""
    text = resources.files("phrasebook.learn").joinpath("first100.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    decks = []
    for item in data["decks"]:
        pairs = tuple((Lang(a), Lang(b)) for a, b in item.get("pairs", ()))
        ids = tuple(i for i in item["ids"] if i in lexicon)
        decks.append(Deck(item["id"], _names(item, item["id"]), ids, pairs, "first100"))
    return decks


def category_decks(lexicon: Lexicon) -> list[Deck]:
    """One deck per category, in the lexicon's order."""
    return [
        Deck(
            CATEGORY_PREFIX + c.id,
            FrozenMap({lang: c.name(lang) for lang in LANGS}),
            tuple(e.id for e in lexicon.in_category(c.id)),
            kind="category",
        )
        for c in lexicon.categories
    ]


def favourites_deck(lexicon: Lexicon, userdata: UserData) -> Deck:
    """The starred phrases the lexicon still has."""
    names = {Lang.EN: "★ Favourites", Lang.RU: "★ Избранное", Lang.UK: "★ Обране"}
    names[Lang.KO] = "★ 즐겨찾기"
    ids = tuple(userdata.known(userdata.favourites, lexicon))
    return Deck(FAVOURITES, FrozenMap(names), ids, kind="favourites")


def decks_dir() -> Path:
    """Where the user's own lists of ids live (``decks`` beside the settings)."""
    return paths.config_dir() / "decks"


def read_id_list(path: Path, lexicon: Lexicon) -> Deck:
    """A custom deck from a text file: one entry id a line, ``#`` starts a comment.

    Ids the lexicon lacks are left out and reported in :attr:`Deck.problems`.

    Raises:
        LearnError: when the file cannot be read or names no known entry at all.
    """
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise LearnError(f"cannot read the deck {path}: {exc}") from exc
    ids: list[str] = []
    problems: list[str] = []
    for number, line in enumerate(lines, 1):
        entry_id = line.split("#", 1)[0].strip()
        if not entry_id:
            continue
        if entry_id in lexicon:
            ids.append(entry_id)
        else:
            problems.append(f"{path}:{number}: no entry with id {entry_id!r}; check the spelling")
    if not ids:
        raise LearnError(
            f"the deck {path} names no known entry: put one entry id a line "
            "(ids are printed by `phrasebook lookup`)"
        )
    names = FrozenMap({lang: path.stem for lang in LANGS})
    return Deck(path.stem, names, tuple(dict.fromkeys(ids)), problems=tuple(problems))


def custom_decks(lexicon: Lexicon, directory: Path | None = None) -> tuple[list[Deck], list[str]]:
    """The user's own lists from ``directory`` (default :func:`decks_dir`), and the problems met."""
    directory = directory or decks_dir()
    decks: list[Deck] = []
    problems: list[str] = []
    for path in sorted(directory.glob("*.txt")) if directory.is_dir() else []:
        try:
            deck = read_id_list(path, lexicon)
        except LearnError as exc:
            problems.append(str(exc))
            continue
        decks.append(deck)
        problems.extend(deck.problems)
    return decks, problems


def all_decks(lexicon: Lexicon, userdata: UserData) -> tuple[list[Deck], list[str]]:
    """Every deck to offer: first 100s, favourites, the user's lists, then the categories."""
    custom, problems = custom_decks(lexicon)
    decks = [*first100_decks(lexicon), favourites_deck(lexicon, userdata), *custom]
    return [*decks, *category_decks(lexicon)], problems


def ids_deck(spec: str, lexicon: Lexicon) -> Deck:
    """A deck from ``ids:a,b,c``.

    Raises:
        LearnError: for an id the lexicon lacks, or an empty list.
    """
    ids = [part.strip() for part in spec.removeprefix(IDS_PREFIX).split(",") if part.strip()]
    if not ids:
        raise LearnError("ids: needs entry ids separated by commas, e.g. ids:hands-up,stop")
    unknown = [i for i in ids if i not in lexicon]
    if unknown:
        raise LearnError(
            f"no entry with id {', '.join(map(repr, unknown))} (try `phrasebook lookup`)"
        )
    return Deck(spec, FrozenMap({lang: spec for lang in LANGS}), tuple(dict.fromkeys(ids)))


def resolve_deck(spec: str, lexicon: Lexicon, userdata: UserData) -> Deck:
    """The deck a user named: a first-100 id, ``favourites``, a category (``category:ID`` or just
    the id), ``ids:a,b,c``, or the name of a list in :func:`decks_dir`.

    Raises:
        LearnError: for an unknown name (the message lists the known ones) or an empty deck.
    """
    spec = spec.strip()
    if spec.startswith(IDS_PREFIX):
        return ids_deck(spec, lexicon)
    decks, _ = all_decks(lexicon, userdata)
    wanted = {spec, CATEGORY_PREFIX + spec.removeprefix(CATEGORY_PREFIX)}
    for deck in decks:
        if deck.id in wanted:
            if not deck.ids:
                raise LearnError(_empty(deck))
            return deck
    known = ", ".join(d.id for d in decks)
    raise LearnError(f"unknown deck {spec!r}; known: {known}, or ids:ID,ID,…")


def _empty(deck: Deck) -> str:
    if deck.kind == "favourites":
        return "you have no favourites yet: star phrases in the TUI (F4)"
    return f"the deck {deck.id!r} has no phrases"


def entries_of(deck: Deck, lexicon: Lexicon) -> Sequence[str]:
    """The deck's ids the lexicon has (a list file may outlive an entry)."""
    return [i for i in deck.ids if i in lexicon]
