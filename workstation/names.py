"""Names as search sees them: folded case, ``ё`` as ``е``, one space between words."""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s\"'«»„“”.,]+")


def name_key(*parts: str | None) -> str:
    """The search key of a name given in parts (surname first)."""
    text = " ".join(p for p in parts if p)
    return fold(text)


def fold(text: str) -> str:
    return " ".join(_SEPARATORS.sub(" ", text.casefold().replace("ё", "е")).split())


def full_name(last: str | None, first: str | None, middle: str | None) -> str:
    return " ".join(p for p in (last, first, middle) if p)


def short_name(last: str | None, first: str | None, middle: str | None) -> str:
    """``Иванов И. П.``: how a name is printed where space is short."""
    initials = " ".join(f"{p[0]}." for p in (first, middle) if p)
    return f"{last or ''} {initials}".strip()
