"""Names as search sees them: folded case, ``ё`` as ``е``, one space between words."""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s\"'«»„“”.,]+")
LEGAL_FORMS = frozenset({"ооо", "ао", "пао", "зао", "оао", "ип", "нко", "ано", "гуп", "муп"})


def name_key(*parts: str | None) -> str:
    """The search key of a name given in parts (surname first).

    A company's legal form goes to the end ("ооо «вектор»" → "вектор ооо"), so that the
    agent finds it by the name the caller says, and an ИП by the owner's surname.
    """
    words = fold(" ".join(p for p in parts if p)).split()
    if len(words) > 1 and words[0] in LEGAL_FORMS:
        words = [*words[1:], words[0]]
    return " ".join(words)


def fold(text: str) -> str:
    return " ".join(_SEPARATORS.sub(" ", text.casefold().replace("ё", "е")).split())


def full_name(last: str | None, first: str | None, middle: str | None) -> str:
    return " ".join(p for p in (last, first, middle) if p)


def short_name(last: str | None, first: str | None, middle: str | None) -> str:
    """``Иванов И. П.``: how a name is printed where space is short."""
    initials = " ".join(f"{p[0]}." for p in (first, middle) if p)
    return f"{last or ''} {initials}".strip()
