"""Jinja2 over content/templates: every word the bot sends comes from there.

Templates render Telegram HTML with autoescaping on, so anything a person typed is
escaped; curated content that carries its own markup is marked safe where it is used.
Button labels are plain text and come from content/labels.yaml (the goals' from
content/goals.yaml); templates loop over the goals through the `goals` global.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from jinja2 import (
    BytecodeCache,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
)

from bot.content import DEFAULT_CONTENT_DIR, load_goals, load_labels

CONTENT_DIR = DEFAULT_CONTENT_DIR
MAX_TEXT = 4096
MAX_CAPTION = 1024


_TAG = re.compile(r"<(/?)([a-z-]+)[^<>]*>")
_ROOM = 48  # for the ellipsis and the tags still open at the cut


def shorten_html(body: str, limit: int) -> str:
    """`body` if it fits, else cut at a line end before `limit`, never inside a tag or an
    entity, with the tags open there closed: Telegram refuses HTML that does not parse."""
    if len(body) <= limit:
        return body
    cut = body.rfind("\n", 0, limit - _ROOM)
    head = body[: cut if cut > 0 else limit - _ROOM]
    if head.rfind("<") > head.rfind(">"):
        head = head[: head.rfind("<")]
    if head.rfind("&") > head.rfind(";"):
        head = head[: head.rfind("&")]
    still_open: list[str] = []
    for tag in _TAG.finditer(head):
        closing, name = tag.groups()
        if not closing:
            still_open.append(name)
        elif name in still_open:
            del still_open[len(still_open) - 1 - still_open[::-1].index(name)]
    return head + "\n…" + "".join(f"</{name}>" for name in reversed(still_open))


class RenderError(Exception):
    pass


WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _bytecode_cache() -> BytecodeCache | None:
    """Compiled templates kept in a private folder under the temp dir, keyed by each
    template's path and source, so a restart skips compiling all of them again (a third of
    a second of the start). None where that folder can't be made: templates compile as before.
    """
    try:
        return FileSystemBytecodeCache()
    except (OSError, RuntimeError):
        return None


class Renderer:
    def __init__(self, content_dir: Path = CONTENT_DIR) -> None:
        self.root = content_dir / "templates"
        self.env = Environment(
            loader=FileSystemLoader(self.root),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,  # templates are read once; no stat() on every render
            bytecode_cache=_bytecode_cache(),
        )
        # Raises ContentError naming the file and line when a label or goal is missing.
        self.goals = load_goals(content_dir / "goals.yaml")
        self.labels = load_labels(content_dir / "labels.yaml", self.goals)
        self.env.globals["goals"] = self.goals
        self.env.globals["label"] = self.label
        self.env.globals["day_name"] = self.day_name
        self.env.globals["days_text"] = self.days_text

    def check(self) -> None:
        """Compile every template now, so a broken one stops the bot at start."""
        for path in sorted(self.root.rglob("*.j2")):
            name = path.relative_to(self.root).as_posix()
            try:
                self.env.get_template(name)
            except TemplateError as exc:
                raise RenderError(f"{path}: {exc}") from exc

    def text(self, template: str, /, **context: Any) -> str:
        body = self.env.get_template(f"{template}.html.j2").render(**context).strip()
        # Collapse the blank-line runs template logic leaves behind.
        while "\n\n\n" in body:
            body = body.replace("\n\n\n", "\n\n")
        return shorten_html(body, MAX_TEXT)

    def label(self, group: str, key: str) -> str:
        try:
            return self.labels[group][key]
        except KeyError:
            raise RenderError(f"content/labels.yaml has no label {group}.{key}") from None

    def day_name(self, day: int, *, short: bool = True) -> str:
        return self.label("days_short" if short else "days_long", WEEKDAY_KEYS[day])

    def days_text(self, days: tuple[int, ...] | list[int]) -> str:
        return ", ".join(self.day_name(d) for d in days)
