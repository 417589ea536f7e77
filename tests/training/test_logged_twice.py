"""An exercise logged a second time the same day, through the logbook's use cases: the
echo names what is saved; the sets are added to it (Save, "yes", "add") or replace it
("replace"); Undo puts back the entry as it was; the next target reads the day's sets as
saved (all of them after an add, the new ones after a replace)."""

from __future__ import annotations

import pytest

from bot.coach.profile import Profile
from bot.training.logbook import Echo, Saved, Tapped, Undone
from bot.training.people import profile_of
from bot.training.targets import next_target
from bot.training.typed_yes import add_or_replace
from tests.training.test_logbook import (  # noqa: F401
    START,
    built,
    entry,
    press,
    say,
    sets_of,
    start,
    svc,
    unit,
)


def squat_target(svc) -> tuple[str | None, float | None]:  # noqa: F811
    def read(s, user):
        profile = profile_of(user)
        assert isinstance(profile, Profile)
        rx = next_target(svc, s, user.id, profile, "squat", START)
        assert rx is not None
        return rx.change, rx.load

    return unit(svc, read)


async def test_sets_logged_again_are_added_and_undo_takes_back_only_those(svc):  # noqa: F811
    start(svc)
    entry(svc, "60kg 12 12 12")
    again = say(svc, "squat 60kg 10")
    assert isinstance(again, Echo) and again.saved == "3×12 at 60 kg"
    tapped = press(svc, "lg", "ok", again.log_id)  # Save with sets saved: added to them
    assert isinstance(tapped, Tapped) and isinstance(tapped.then, Saved)
    assert tapped.then.added_to == "3×12 at 60 kg"
    assert sets_of(svc, "squat") == [(1, 12, 60.0), (2, 12, 60.0), (3, 12, 60.0), (4, 10, 60.0)]
    undone = say(svc, "undo")
    assert isinstance(undone, Undone) and undone.back == "60 kg × 12, 12, 12"
    assert sets_of(svc, "squat") == [(1, 12, 60.0), (2, 12, 60.0), (3, 12, 60.0)]
    again = say(svc, "undo")  # the entry before it: gone too, once
    assert isinstance(again, Undone) and again.back is None
    assert sets_of(svc, "squat") == []


async def test_the_next_target_reads_the_added_sets_and_only_the_replacing_ones(svc):  # noqa: F811
    start(svc)
    entry(svc, "60kg 12 12")  # two of the three sets planned: the load holds
    assert squat_target(svc) == ("same", 60.0)
    entry(svc, "squat 60kg 12", "add")  # the third set, done later: all three at the top
    assert squat_target(svc) == ("up", 62.5)
    entry(svc, "squat 60kg 12", "rpl")  # a correction: that one set is all there was
    assert squat_target(svc) == ("same", 60.0)
    say(svc, "undo")  # the three sets back: the step up is back
    assert squat_target(svc) == ("up", 62.5)


@pytest.mark.parametrize(
    ("typed", "adds"),
    [
        ("add", True),
        ("Add them", True),
        ("add to it", True),
        ("keep both", True),
        ("replace", False),
        ("Replace them.", False),
        ("overwrite it", False),
        ("add 10kg", None),
        ("60kg 12 12", None),
        ("yes", None),
    ],
)
def test_add_or_replace_typed(typed: str, adds: bool | None) -> None:
    assert add_or_replace(typed) is adds
