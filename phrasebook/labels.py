"""Headings shown to the reader in their own language, shared by the TUI and the pocket cards."""

from __future__ import annotations

from collections.abc import Mapping

from phrasebook.models import Lang

LABELS: Mapping[str, Mapping[Lang, str]] = {
    "say": {Lang.EN: "Say", Lang.RU: "Произношение", Lang.UK: "Вимова", Lang.KO: "발음"},
    "notes": {Lang.EN: "Notes", Lang.RU: "Примечание", Lang.UK: "Примітка", Lang.KO: "설명"},
    "nk": {Lang.EN: "North Korea", Lang.RU: "КНДР", Lang.UK: "КНДР", Lang.KO: "조선"},
    "answers": {Lang.EN: "Answers", Lang.RU: "Ответы", Lang.UK: "Відповіді", Lang.KO: "대답"},
    "see": {Lang.EN: "See also", Lang.RU: "См. также", Lang.UK: "Див. також", Lang.KO: "참고"},
    "source": {Lang.EN: "Source", Lang.RU: "Источник", Lang.UK: "Джерело", Lang.KO: "출처"},
    "variants": {Lang.EN: "Also", Lang.RU: "Ещё", Lang.UK: "Також", Lang.KO: "다른 표현"},
    "title": {
        Lang.EN: "Pocket phrasebook",
        Lang.RU: "Карманный разговорник",
        Lang.UK: "Кишеньковий розмовник",
        Lang.KO: "포켓 회화집",
    },
    "date": {Lang.EN: "Printed", Lang.RU: "Дата", Lang.UK: "Дата", Lang.KO: "날짜"},
    "contents": {Lang.EN: "Contents", Lang.RU: "Содержание", Lang.UK: "Зміст", Lang.KO: "차례"},
    "phrases": {Lang.EN: "Phrases", Lang.RU: "Фразы", Lang.UK: "Фрази", Lang.KO: "문장"},
    "cards": {Lang.EN: "Cards", Lang.RU: "Карточки", Lang.UK: "Картки", Lang.KO: "카드"},
    "how": {
        Lang.EN: "How to use",
        Lang.RU: "Как пользоваться",
        Lang.UK: "Як користуватися",
        Lang.KO: "사용법",
    },
}


def label(key: str, lang: Lang) -> str:
    """A heading in the reader's language."""
    return LABELS[key][lang]
