"""Load and validate content/*.yaml into typed, frozen objects at start-up.

One YAML reader (`reader`) and one error type (ContentError, naming the file, the line and
the entry at fault) for every file; one loader per file, run in dependency order by
`load_content`, so nothing is ever half-loaded. The objects built are the coach's own
(bot.coach.knowledge, bot.coach.programs), which never read files themselves.
"""

from __future__ import annotations

from pathlib import Path

from bot.coach.knowledge import Content
from bot.content.knowledge import load_entries, load_exercises, load_sources
from bot.content.programs import load_programs
from bot.content.reader import ContentError

DEFAULT_CONTENT_DIR = Path(__file__).resolve().parent.parent.parent / "content"

__all__ = ["DEFAULT_CONTENT_DIR", "ContentError", "load_content"]


def load_content(root: Path = DEFAULT_CONTENT_DIR) -> Content:
    """Everything under content/ but the templates, validated; raises ContentError on the first
    problem."""
    sources = load_sources(root / "sources.yaml")
    exercises = load_exercises(root / "exercises.yaml", sources)
    entries = load_entries(root / "knowledge.yaml", sources, exercises)
    programs = load_programs(root / "programs.yaml", exercises=exercises, sources=sources)
    return Content(sources=sources, exercises=exercises, entries=entries, programs=programs)
