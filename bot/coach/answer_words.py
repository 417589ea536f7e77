"""Typed setup answers folded for keyword reading, and the keyword tables read on them.

Pure: text in, text (or a table's value) out."""

from __future__ import annotations

import re
import unicodedata

# (value, keywords) groups, checked in order: the first group with a hit wins, so specific
# phrases go before broad ones. A keyword matches at the start of a word.
KeywordTable = tuple[tuple[str, tuple[str, ...]], ...]


def fold(text: str) -> str:
    """Case and punctuation folded, with a space at each end ("don't" is "don t")."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " " + re.sub(r"[^\w:+.\-/]+", " ", text).strip() + " "


def by_keyword(table: KeywordTable, text: str) -> str | None:
    words = fold(text)
    for value, keys in table:
        if any(f" {k}" in words for k in keys):
            return value
    return None
