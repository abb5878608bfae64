"""Russian prepositions as they are said: unstressed, joined to the next word, assimilated.

A Russian preposition has no stress of its own: it is said as the first syllable of the word it
governs (в плен [фплʲэн], с бра́том [збра́тəм], без воды́ [бʲɪзвɐды́]). So in the learner form
(:mod:`phrasebook.pronounce.cyrillic_hangul`, stress-marked text) a preposition is written
together with the next word, and the regular sound changes at the join are written out:

* voicing assimilation: the preposition's last consonant takes the voicing of the next word's
  first obstruent (в плен → фплен, с бра́том → збра́том, под сто́лом → потсто́лом,
  от до́ма → оддо́ма). в is no trigger of its own: it passes on the voicing of an obstruent
  after it (к вдове́ → гвдове́, из вто́рника → исвто́рника) and otherwise leaves the preposition
  as it is (к врачу́ [кврачу́], с ва́ми [сва́ми]); sonorants and vowels leave it too
  (из окна́, с ни́м);
* с and з before ш ж are said ш ж (из шко́лы → ишшко́лы);
* a preposition that is one consonant is not lost where the word begins with the same sound,
  though Korean writes doubled consonants once (세칙 제7항): ъ keeps it a letter of its own
  (с собо́й → съсобо́й [스사보이], not [사보이] "oneself"; с жено́й → жъжено́й);
* vowel reduction: the preposition's vowels are unstressed, so the akanye and ikanye rules reduce
  them with the rest of the word (без воды́ → безводы́, said [бизвады́] 비즈바디). A stress mark on
  the preposition itself (на́ пол, за́ город) moves the stress there, as it is said.

A one-vowel word after a preposition is marked stressed before the two are joined, since it would
otherwise lose the stress it had on its own (в плен, с ни́м). Not joined: a word in capitals (an
initialism is spelled), and the modal надо, which is not the preposition надо.
"""

from __future__ import annotations

import re

STRESS = "\u0301"
_LETTERS = "А-ЯЁа-яё"
_VOWELS = frozenset("аеёиоуыэюя")

PREPOSITIONS = (
    "без", "безо", "в", "во", "для", "до", "за", "из", "изо", "к", "ко", "на", "над", "о", "об",
    "обо", "от", "ото", "перед", "передо", "по", "под", "подо", "при", "про", "с", "со", "у",
    "через",
)  # fmt: skip
"""Russian primary prepositions, all proclitic (said with the word after them)."""

_WORD = rf"[{_LETTERS}][{_LETTERS}{STRESS}]*(?:-[{_LETTERS}][{_LETTERS}{STRESS}]*)*"
_JOIN = re.compile(
    rf"(?<![{_LETTERS}{STRESS}'’ʼ-])({'|'.join(sorted(PREPOSITIONS, key=len, reverse=True))})"
    rf"({STRESS}?) +({_WORD})",
    re.IGNORECASE,
)

_DEVOICE = dict(zip("бвгджз", "пфктшс", strict=True))
_VOICE = {voiceless: voiced for voiced, voiceless in _DEVOICE.items()}
_VOICED_TRIGGERS = frozenset("бгджз")
_VOICELESS_TRIGGERS = frozenset("пфктшсхцчщ")


def join_prepositions(text: str) -> str:
    """Write each preposition of stress-marked Russian ``text`` together with the next word.

    Args:
        text: Russian, NFC-normalised, with stress marks (U+0301) where known.

    Returns:
        The text with each preposition joined to its word and assimilated to it (see the module
        notes); other text is unchanged.
    """
    return _JOIN.sub(_joined, text)


def _joined(match: re.Match[str]) -> str:
    preposition, stress, word = match.groups()
    if len(word) > 1 and word.replace("-", "").isupper():
        return match.group()  # an initialism, spelled letter by letter
    if not stress and STRESS not in word and "ё" not in word.lower():
        vowels = [i for i, char in enumerate(word) if char.lower() in _VOWELS]
        if len(vowels) == 1:  # its one vowel was stressed on its own (плен, ни́м)
            word = word[: vowels[0] + 1] + STRESS + word[vowels[0] + 1 :]
    said = _assimilated(preposition, word.lower())
    if len(said) == 1 and said.lower() == word[0].lower():
        said += "ъ"  # с собо́й, к кому́: the long consonant is the whole preposition; keep it
    return said + stress + word


def _assimilated(preposition: str, word: str) -> str:
    """The preposition with its last consonant assimilated to the start of ``word``."""
    last = preposition[-1].lower()
    if last in _VOWELS:
        return preposition
    first = word[0]
    if first == "в" and len(word) > 1 and word[1] in _VOICED_TRIGGERS | _VOICELESS_TRIGGERS:
        first = word[1]  # в passes on the voicing of the obstruent after it
    if last in "сз" and first in "шж":
        said = first
    elif first in _VOICELESS_TRIGGERS:
        said = _DEVOICE.get(last, last)
    elif first in _VOICED_TRIGGERS:
        said = _VOICE.get(last, last)
    else:
        said = last
    return preposition[:-1] + (said.upper() if preposition[-1].isupper() else said)
