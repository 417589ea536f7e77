"""Loaders for the coach's knowledge: sources.yaml, exercises.yaml, knowledge.yaml and
facts.yaml.

Each is a YAML list of entries with ids; cross-references (an exercise's sources, an entry's
exercises and related entries) are checked against the sections loaded before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import cast

from bot.coach.knowledge import (
    Aspect,
    Cue,
    EntryKind,
    Equipment,
    Exercise,
    Fact,
    KnowledgeEntry,
    Loading,
    Pattern,
    Source,
)
from bot.coach.matcher import words
from bot.coach.profile import Goal, Place
from bot.content.fields import ID, Fields, check_html, unique
from bot.content.reader import read_list_file

TITLE_MAX = 30
ANSWER_MAX = 1200  # leaves room for the goal line, sources and buttons in one message
GIST_MAX = 160  # one sentence, under another answer


def _norm(text: str) -> str:
    return " ".join(words(text))


def _claim(owners: dict[str, str], f: Fields, key: str, texts: Iterable[str]) -> None:
    """Each name or phrasing belongs to one item, or the matcher could not tell them apart."""
    for text in texts:
        owner = owners.setdefault(_norm(text), f.id)
        if owner != f.id:
            raise f.error(f"{text!r} is already used by {owner!r}", key)


def load_sources(path: Path) -> Mapping[str, Source]:
    """sources.yaml: the articles everything else cites."""
    out: dict[str, Source] = {}
    seen: dict[str, int] = {}
    for item in read_list_file(path):
        f = Fields(path, item, ["title", "file"], ["author", "year"])
        unique(f, seen)
        year = item.get("year")
        if year is not None and not isinstance(year, int):
            raise f.error("'year' must be a number", "year")
        out[f.id] = Source(f.id, f.text("title"), f.text("file"), f.opt_text("author"), year)
    return MappingProxyType(out)


_EXERCISE_REQUIRED = [
    "name",
    "aliases",
    "muscles",
    "pattern",
    "equipment",
    "places",
    "loading",
    "sources",
]
CUES_MIN, CUES_MAX = 2, 3  # the article's cues and the coach's together


def load_exercises(path: Path, sources: Mapping[str, Source]) -> Mapping[str, Exercise]:
    """exercises.yaml: the exercise cards, where each exercise's places are written."""
    out: dict[str, Exercise] = {}
    seen: dict[str, int] = {}
    names: dict[str, str] = {}  # folded name, alias or phrasing -> exercise id
    pending_harder: list[tuple[Fields, str]] = []
    pending_easier: list[tuple[Fields, Exercise]] = []
    for item in read_list_file(path):
        f = Fields(
            path,
            item,
            _EXERCISE_REQUIRED,
            ["cues", "coach_cues", "harder", "harder_bare", "easier", "note", "phrasings", "needs"],
        )
        unique(f, seen)
        x = Exercise(
            id=f.id,
            name=f.text("name"),
            aliases=f.texts("aliases"),
            muscles=f.texts("muscles", 1),
            pattern=f.choice("pattern", Pattern),
            equipment=f.choices("equipment", Equipment, 1),
            places=f.choices("places", Place, 1),
            loading=f.choice("loading", Loading),
            cues=_cues(f, sources),
            coach_cues=f.texts("coach_cues"),
            sources=f.refs("sources", sources, "source", 1),
            harder=f.opt_text("harder"),
            harder_bare=f.opt_text("harder_bare"),
            easier=f.opt_text("easier"),
            note=f.opt_text("note"),
            phrasings=f.texts("phrasings"),
            needs=f.opt_text("needs"),
        )
        _claim(names, f, "aliases", x.names)
        _claim(names, f, "phrasings", x.phrasings)
        count = len(x.cues) + len(x.coach_cues)
        if not CUES_MIN <= count <= CUES_MAX:
            span = f"{CUES_MIN}..{CUES_MAX}"
            raise f.error(f"cues and coach_cues: {span} in all, has {count}", "cues")
        for cue in x.cues:
            if cue.source not in x.sources:
                raise f.error(f"cue credited to {cue.source!r}, not one of its sources", "cues")
        if x.harder and ID.match(x.harder) and "_" in x.harder:
            pending_harder.append((f, x.harder))  # looks like an id: must be a card
        if x.easier is not None:
            pending_easier.append((f, x))
        out[x.id] = x
    for f, ref in pending_harder:
        if ref not in out:
            raise f.error(f"'harder': unknown exercise {ref!r}", "harder")
    for f, x in pending_easier:  # it stands in for the card wherever the card is done
        easier = out.get(x.easier or "")
        if easier is None or easier.id == x.id:
            raise f.error(f"'easier': unknown exercise {x.easier!r}", "easier")
        if missing := set(x.places) - set(easier.places):
            where = ", ".join(sorted(missing))
            raise f.error(f"'easier': {easier.id} can't be done at {where}", "easier")
        if easier.loading != x.loading:
            raise f.error(f"'easier': {easier.id} is {easier.loading}, not {x.loading}", "easier")
    return MappingProxyType(out)


def _cues(f: Fields, sources: Mapping[str, Source]) -> tuple[Cue, ...]:
    """`cues`: form cues an article gives, each `{source: "001", text: ...}`. The coach's own
    cues go in `coach_cues`, plain texts, credited to no article."""
    raw = f.item.get("cues") or []
    if not isinstance(raw, list):
        raise f.error("'cues' must be a list of {source, text}", "cues")
    out: list[Cue] = []
    for item in raw:
        if not isinstance(item, dict) or set(item) != {"source", "text"}:
            raise f.error("each cue needs its article: {source: '001', text: ...}", "cues")
        text, source = item["text"], item["source"]
        if not isinstance(text, str) or not text.strip():
            raise f.error("a cue needs non-empty text", "cues")
        if source not in sources:
            raise f.error(f"'cues': unknown source {source!r}", "cues")
        out.append(Cue(text.strip(), source))
    if len({c.text for c in out}) != len(out):
        raise f.error("'cues' repeats an item", "cues")
    return tuple(out)


def load_entries(
    path: Path, sources: Mapping[str, Source], exercises: Mapping[str, Exercise]
) -> Mapping[str, KnowledgeEntry]:
    """knowledge.yaml: myths and topics; their ids share one namespace with the cards."""
    out: dict[str, KnowledgeEntry] = {}
    seen: dict[str, int] = {}
    pending_related: list[tuple[Fields, tuple[str, ...]]] = []
    owners = {_norm(t): x.id for x in exercises.values() for t in (*x.names, *x.phrasings)}
    titles: dict[str, str] = {}
    defined: dict[str, str] = {}  # a thing is defined by one entry only
    for item in read_list_file(path):
        f = Fields(
            path,
            item,
            ["kind", "title", "answer", "gist", "sources", "phrasings"],
            ["goal_lines", "goal_lines_for", "exercises", "related", "defines"],
        )
        unique(f, seen)
        if f.id in exercises:
            raise f.error("id is already an exercise id (they share one namespace)", "id")
        kind = f.text("kind")
        if kind not in ("myth", "topic"):
            raise f.error(f"'kind' must be myth or topic, got {kind!r}", "kind")
        title = f.text("title", TITLE_MAX)
        if titles.setdefault(title.casefold(), f.id) != f.id:
            raise f.error(
                f"title {title!r} is already used by {titles[title.casefold()]!r}", "title"
            )
        answer = f.html("answer", ANSWER_MAX)
        raw_lines = item.get("goal_lines") or {}
        if not isinstance(raw_lines, dict):
            raise f.error("'goal_lines' must map a goal to one line", "goal_lines")
        goal_lines: dict[Goal, str] = {}
        for goal, line in raw_lines.items():
            g = f.choice("goal_lines", Goal, goal)
            if not isinstance(line, str) or not line.strip():
                raise f.error(f"'goal_lines': {goal!r} needs a non-empty line", "goal_lines")
            check_html(f, "goal_lines", line)
            goal_lines[g] = line.strip()
        lines_for = f.opt_text("goal_lines_for") or "division"
        if lines_for not in ("division", "own plan"):
            raise f.error("'goal_lines_for' must be division or own plan", "goal_lines_for")
        related = f.texts("related")
        pending_related.append((f, related))
        out[f.id] = KnowledgeEntry(
            id=f.id,
            kind=cast(EntryKind, kind),
            title=title,
            answer=answer,
            sources=f.refs("sources", sources, "source", 1),
            phrasings=f.texts("phrasings", 1),
            gist=f.text("gist", GIST_MAX),
            goal_lines=MappingProxyType(goal_lines),
            own_plan_lines=lines_for == "own plan",
            exercises=f.refs("exercises", exercises, "exercise (no card with that id)"),
            related=related,
            defines=f.texts("defines"),
        )
        for thing in out[f.id].defines:
            if defined.setdefault(_norm(thing), f.id) != f.id:
                raise f.error(
                    f"{thing!r} is already defined by {defined[_norm(thing)]!r}", "defines"
                )
        _claim(owners, f, "phrasings", out[f.id].phrasings)
    for f, related in pending_related:
        for ref in related:
            if ref not in out and ref not in exercises:
                raise f.error(f"'related': unknown entry {ref!r}", "related")
    return MappingProxyType(out)


FACT_MAX = 300  # one sentence, added under an answer


def load_facts(
    path: Path,
    sources: Mapping[str, Source],
    exercises: Mapping[str, Exercise],
    entries: Mapping[str, KnowledgeEntry],
) -> Mapping[str, Fact]:
    """facts.yaml: sentences added to an answer when a question asks for their aspect."""
    out: dict[str, Fact] = {}
    seen: dict[str, int] = {}
    for item in read_list_file(path):
        f = Fields(path, item, ["aspect", "text", "sources"], ["exercises", "entry"])
        unique(f, seen)
        entry = f.opt_text("entry")
        if entry is not None and entry not in entries:
            raise f.error(f"'entry': unknown entry {entry!r}", "entry")
        out[f.id] = Fact(
            id=f.id,
            aspect=f.choice("aspect", Aspect),
            text=f.html("text", FACT_MAX),
            sources=f.refs("sources", sources, "source", 1),
            exercises=f.refs("exercises", exercises, "exercise (no card with that id)"),
            entry=entry,
        )
    return MappingProxyType(out)
