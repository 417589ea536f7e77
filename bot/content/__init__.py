"""Load and validate content/*.yaml into typed, frozen objects at start-up.

One YAML reader (`reader`) and one error type (ContentError, naming the file, the line and
the entry at fault) for every file; one loader per file, run in dependency order by
`load_content`, so nothing is ever half-loaded. The objects built are the coach's own
(bot.coach.knowledge, bot.coach.programs), which never read files themselves.
"""

from __future__ import annotations

from pathlib import Path

from bot.coach.knowledge import Content
from bot.content.goals import Labels, load_goals, load_labels
from bot.content.knowledge import load_entries, load_exercises, load_facts, load_sources
from bot.content.programs import load_programs
from bot.content.reader import ContentError

DEFAULT_CONTENT_DIR = Path(__file__).resolve().parent.parent.parent / "content"

__all__ = [
    "DEFAULT_CONTENT_DIR",
    "ContentError",
    "Labels",
    "load_content",
    "load_goals",
    "load_labels",
]


def load_content(root: Path = DEFAULT_CONTENT_DIR) -> Content:
    """Everything under content/ but the templates and labels (the Renderer loads those, with
    `load_goals` and `load_labels`), validated; raises ContentError on the first problem."""
    goals = load_goals(root / "goals.yaml")
    sources = load_sources(root / "sources.yaml")
    exercises = load_exercises(root / "exercises.yaml", sources)
    entries = load_entries(root / "knowledge.yaml", sources, exercises)
    facts = load_facts(root / "facts.yaml", sources, exercises, entries)
    programs = load_programs(
        root / "programs.yaml", exercises=exercises, sources=sources, goals=goals.ids()
    )
    return Content(
        sources=sources,
        exercises=exercises,
        entries=entries,
        programs=programs,
        goals=goals,
        facts=facts,
    )
