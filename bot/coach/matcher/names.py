"""Find a thing by one of its names, forgiving case, plurals, word order, typos and spacing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bot.coach.matcher.text import Analyzer


class NameIndex:
    """Exact-ish lookup of a thing by its names: case, plurals, word order, typos, spacing."""

    def __init__(self, names: Mapping[str, Iterable[str]]) -> None:
        all_names = [(key, n) for key, ns in names.items() for n in ns]
        self._analyzer = Analyzer((n for _, n in all_names), stopwords=(), greetings=False)
        self._exact: dict[str, str] = {}
        self._sets: list[tuple[frozenset[str], str]] = []
        self._first: dict[str, list[str]] = {}  # each thing's first name, as terms
        for key, n in all_names:
            terms = self._key(n)
            self._exact.setdefault(" ".join(terms), key)
            self._exact.setdefault("".join(terms), key)
            self._sets.append((frozenset(terms), key))
            self._first.setdefault(key, terms)
        # Longest names first, so "band hip thrust" wins over "hip thrust".
        self._sets.sort(key=lambda sk: -len(sk[0]))

    def _key(self, text: str) -> list[str]:
        return self._analyzer.terms(text)[0]

    def exact(self, name: str) -> str | None:
        """Only a whole name (case, plurals, spacing and word order forgiven): for names
        picked out of running text, where one extra word would be any word."""
        return self._lookup(self._key(name))

    def find(self, name: str) -> str | None:
        terms = self._key(name)
        if hit := self._lookup(terms):
            return hit
        if hit := self._spelled_out(terms):
            return hit
        # Every word of some name present, plus at most one extra word ("paused hip thrust").
        given = set(terms)
        for names, key in self._sets:
            if terms and names <= given and len(given - names) <= 1:
                return key
        return None

    def _spelled_out(self, terms: list[str]) -> str | None:
        """A short name inside a longer one, read as the name it stands for: "banded ht" is
        the banded hip thrust (one extra word beside "ht" would make it the hip thrust)."""
        if len(terms) < 2:
            return None
        for i, term in enumerate(terms):
            short = self._exact.get(term)
            whole = self._first.get(short) if short is not None else None
            if whole is None or whole == [term]:
                continue
            if hit := self._lookup([*terms[:i], *whole, *terms[i + 1 :]]):
                return hit
        return None

    def _lookup(self, terms: list[str]) -> str | None:
        if not terms:
            return None
        hit = self._exact.get(" ".join(terms)) or self._exact.get("".join(terms))
        if hit:
            return hit
        given = frozenset(terms)
        return next((key for names, key in self._sets if names == given), None)
