"""Loaders for content/goals.yaml and content/labels.yaml.

goals.yaml must list exactly the members of bot.coach.profile.Goal, in their order (the
order of the buttons and of numbered answers). labels.yaml holds the button words for the
other choices; the goals' own words join it as the `goal` and `goal_short` groups, and every
experience, place, unit and onboarding step must have its label, so a missing one stops the
bot at start rather than in the middle of a conversation.
"""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

from bot.coach import onboarding
from bot.coach.goals import GoalInfo, Goals
from bot.coach.profile import Experience, Goal, Place, Unit
from bot.content.fields import Fields, unique
from bot.content.reader import ContentError, YamlMap, read_list_file, read_map_file

Labels = dict[str, dict[str, str]]

# Label groups whose keys must cover these values; goal labels come from goals.yaml.
_REQUIRED_LABELS: dict[str, tuple[str, ...]] = {
    "experience": tuple(e.value for e in Experience),
    "place": tuple(p.value for p in Place),
    "unit": tuple(u.value for u in Unit),
    "step": onboarding.STEPS,
}
_GOAL_GROUPS = ("goal", "goal_short")


def _keywords(f: Fields, claimed: dict[str, str]) -> dict[int, tuple[str, ...]]:
    raw = f.item.get("keywords")
    if not isinstance(raw, YamlMap) or not raw:
        raise f.error("'keywords' must map a rank (1, 2, …) to a list of words", "keywords")
    out: dict[int, tuple[str, ...]] = {}
    for rank, words in raw.items():
        line = raw.line_of(rank)
        if isinstance(rank, bool) or not isinstance(rank, int) or rank < 1:
            raise ContentError(f.path, f"'keywords': rank {rank!r} must be 1 or more", f.id, line)
        if not isinstance(words, list) or not words:
            raise ContentError(f.path, f"'keywords': rank {rank} needs words", f.id, line)
        for word in words:
            if not isinstance(word, str) or not word.strip() or word != word.casefold():
                raise ContentError(
                    f.path, f"'keywords': {word!r} must be lowercase text", f.id, line
                )
            owner = claimed.setdefault(word, f.id)
            if owner != f.id:
                raise ContentError(
                    f.path, f"'keywords': {word!r} is already a keyword of {owner!r}", f.id, line
                )
        out[rank] = tuple(w.strip() for w in words)
    return out


def load_goals(path: Path) -> Goals:
    """goals.yaml as Goals; its ids must be Goal's members, in Goal's order."""
    items = read_list_file(path)
    infos: list[GoalInfo] = []
    seen: dict[str, int] = {}
    claimed: dict[str, str] = {}  # keyword -> goal id
    for item in items:
        f = Fields(
            path,
            item,
            ["label", "short", "question", "choose", "typed", "days", "days_why", "keywords"],
            ["rest_days"],
        )
        unique(f, seen)
        infos.append(
            GoalInfo(
                id=f.choice("id", Goal),
                label=f.text("label"),
                short=f.text("short"),
                question=f.html("question"),
                choose=f.html("choose"),
                typed=f.text("typed"),
                days_a_week=f.int_in("days", 1, 7),
                days_why=f.text("days_why"),
                keywords=MappingProxyType(_keywords(f, claimed)),
                rest_days=f.int_in("rest_days", 0, 3) if "rest_days" in item else 0,
            )
        )
    goals = Goals(infos)
    expected = [g.value for g in Goal]
    if [g.value for g in goals.ids()] != expected:
        raise ContentError(
            path,
            f"the goals must be {', '.join(expected)}, in that order (bot.coach.profile.Goal); "
            f"found {', '.join(g.value for g in goals.ids()) or 'none'}",
            line=items.line,
        )
    # People type what the buttons and hints show them: both must read back as their goal.
    for info, line in zip(goals, items.item_lines, strict=True):
        for key, text in (("label", info.label), ("typed", info.typed)):
            try:
                read = onboarding.parse_text("goal", text, goals).value
            except onboarding.AnswerError:
                read = None
            if read != info.id:
                raise ContentError(
                    path, f"{key} {text!r} reads as goal {read!r}, not as this goal", info.id, line
                )
    return goals


def load_labels(path: Path, goals: Goals) -> Labels:
    """labels.yaml (group -> key -> words) with the goals' words added; every choice a person
    can make must have its label."""
    data = read_map_file(path, "label groups")
    labels: Labels = {}
    for group, entries in data.items():
        line = data.line_of(group)
        if group in _GOAL_GROUPS:
            raise ContentError(path, f"{group!r}: goal words live in goals.yaml", line=line)
        if not isinstance(entries, YamlMap):
            raise ContentError(path, f"{group!r} must map keys to words", line=line)
        for key, text in entries.items():
            if not isinstance(text, str) or not text:
                raise ContentError(
                    path, f"label {group}.{key} must be text", line=entries.line_of(key)
                )
        labels[str(group)] = {str(k): v for k, v in entries.items()}
    labels["goal"] = {g.id.value: g.label for g in goals}
    labels["goal_short"] = {g.id.value: g.short for g in goals}
    for group, keys in _REQUIRED_LABELS.items():
        missing = [k for k in keys if k not in labels.get(group, {})]
        if missing:
            raise ContentError(path, f"no label for {group} {', '.join(missing)}", line=data.line)
    return labels
