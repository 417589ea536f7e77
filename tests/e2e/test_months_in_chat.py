"""Seven weeks in the chat: lifters live with the running bot (real Application, the
stand-in over HTTP, a SQLite file, the real push loop) the way a person would, and every
check reads what the chat shows.

The clock walks day by day from Monday 19 October 2026 across week ends, Berlin's end of
summer time (25 October) and New York's (1 November). Each day, for each lifter: a minute
before the push time, at it and late in the evening the push loop is given its turn, and
the pushes that arrived are counted for that local day.

- a button lifter (tone up, new to lifting, gym, Mon + Thu 18:30 Europe/Berlin, kg): taps
  "Done as planned" for everything, types a load only when asked for one;
- a typing lifter (compete, 2+ years, gym, Tue + Sat 07:00 America/New_York, lb): types
  every exercise with its name, hitting the top of the range, the middle or missing;
- a skipper (bikini, some experience, bodyweight, Mon/Wed/Fri 19:00 Asia/Tokyo, kg): skips
  a push, moves one to the next day, brings a workout forward to a rest day (once the
  week's last), logs one in the morning before its push, adds single exercises on a rest
  day;
- a lifter back after a gap (the button lifter's profile): trains week 1, then skips every
  push for three weeks (a skip is not training) and comes back in the fifth.

Checked from the chat: exactly one push on each planned training day at the person's local
time, none on rest days (a workout moved to tomorrow is pushed the next day) and none for a
day already logged; the push, /today and the logging steps show the same workout; after a
session at the top of the range the next prescription is heavier (Epley's estimate when the
rep range moves) or names a harder variation, after a miss it is lighter or the same, never
below the kit's floor and always on its grid; what "Next time" promised is what the next
push shows; Nordic ham curls and glute-ham raises stay low-rep; the weekly recap counts the
sessions done (never more than planned) and the extras. After two or more weeks without
training the push says welcome back, its week is the one after the last trained, and the
loads are the ones last managed (no rise earned before the gap).
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.coach.knowledge import Exercise
from bot.standin.server import SentMessage
from bot.store import outbox
from bot.store.models import User
from tests.e2e.flows import onboard, pushes
from tests.e2e.harness import Chat, Env, bot_env, eventually, texts

START = date(2026, 10, 19)  # a Monday; summer time ends in Berlin on 25 Oct, New York 1 Nov
WEEKS = 7
FAST = {"PUSH_TICK_SECONDS": "0.05"}

# What the brief and the articles' kit allow (written here, not read from the coach): the
# plate grid and the lightest load, (kg, lb).
GRID = {"barbell": (2.5, 5.0), "machine": (2.5, 5.0), "dumbbell": (1.0, 2.5), "plate": (1.25, 2.5)}
FLOOR = {
    "barbell": (20.0, 45.0),
    "machine": (5.0, 10.0),
    "dumbbell": (1.0, 2.5),
    "plate": (1.25, 2.5),
}
LOW_REP = {"Nordic ham curl", "Glute-ham raise"}

ITEM = re.compile(
    r"^\d+\. <b>(?P<name>[^<]+)</b>: (?P<sets>\d+) × (?P<low>\d+)(?:–(?P<high>\d+))?"
    r"(?: @ (?P<load>[\d.]+) (?P<unit>kg|lb))?, rest [^(]*"
    r"(?:\(an easier start than [^)]*\))? ?(?:\(you reached the top: try (?P<var>[^)]*)\))?"
)
ASK = re.compile(
    r"<b>(?P<pos>\d+)/(?P<count>\d+) · (?P<name>[^<]+)</b>.*?\n\nTarget: (?P<sets>\d+) × "
    r"(?P<low>\d+)(?:–(?P<high>\d+))?(?: @ (?P<load>[\d.]+) (?P<unit>kg|lb))?",
    re.S,
)
NEXT_TIME = re.compile(r"^• (?P<name>[^:]+): (?P<what>.*)$", re.M)
LOAD_SAID = re.compile(r"(?:up to |down to |same load, )(?P<load>[\d.]+) (?:kg|lb)$")
WEEK = re.compile(r"· session \w+, week (?P<week>\d+)")
WELCOME_BACK = "Welcome back — picking up from week"
RECAP = re.compile(r"Sessions: <b>(?P<done>\d+) of (?P<planned>\d+)</b> done")
EXTRA = re.compile(r"Plus (?P<extra>\d+) extra session")


@dataclass(frozen=True)
class Item:
    """One exercise as prescribed: a push's or /today's line, or a logging step's target."""

    name: str
    sets: int
    low: int
    high: int
    load: float | None
    unit: str | None
    variation: str | None = None

    @classmethod
    def parse(cls, m: re.Match[str]) -> Item:
        low = int(m["low"])
        var = m.groupdict().get("var")
        return cls(
            m["name"],
            int(m["sets"]),
            low,
            int(m["high"] or low),
            float(m["load"]) if m["load"] else None,
            m["unit"],
            var,
        )

    def target(self) -> tuple[object, ...]:  # what a logging step shows of it
        return (self.name, self.sets, self.low, self.high, self.load, self.unit)


def items_of(text: str) -> list[Item]:
    return [Item.parse(m) for line in text.splitlines() if (m := ITEM.match(line))]


@dataclass
class Exposure:
    day: date
    item: Item
    reps: list[int]
    load: float | None  # what was lifted

    @property
    def outcome(self) -> str:
        if not self.reps:
            return "none"
        if any(r < self.item.low for r in self.reps):
            return "miss"
        at_plan = self.item.load is None or (self.load or 0) >= self.item.load - 1e-9
        if len(self.reps) >= self.item.sets and min(self.reps) >= self.item.high and at_plan:
            return "top"
        return "mid"


def epley(load: float, reps: int) -> float:
    return load * (1 + reps / 30)


@dataclass
class Lifter:
    user_id: int
    tz: str
    push_at: time
    days: tuple[int, ...]  # weekdays
    unit: str
    style: str  # buttons / typing / skipper
    onboarding: tuple[tuple[str, str], ...]  # ("tap" | "say", what)
    specials: dict[date, str] = field(default_factory=dict)
    start_loads: dict[str, float] = field(default_factory=dict)  # by exercise name
    always_miss: frozenset[str] = frozenset()
    rng: random.Random = field(default_factory=lambda: random.Random(7))
    # what the chat showed
    last_push_id: int = 0
    today_ids: set[int] = field(default_factory=set)
    pushes_on: dict[date, int] = field(default_factory=lambda: defaultdict(int))
    history: dict[str, list[Exposure]] = field(default_factory=lambda: defaultdict(list))
    promised: dict[str, str] = field(default_factory=dict)  # "Next time" line per exercise
    done_in_week: dict[date, int] = field(default_factory=lambda: defaultdict(int))
    extras_in_week: dict[date, int] = field(default_factory=lambda: defaultdict(int))
    recaps: dict[date, tuple[int, int, int]] = field(default_factory=dict)
    checked: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    moved_items: list[Item] = field(default_factory=list)  # the workout moved to tomorrow
    trained_on: date | None = None  # the last day something was logged
    trained_week: int = 0  # the program's week of the last workout logged
    pushed_week: int = 0  # the program's week of the last push
    welcomed_after: date | None = None  # the last trained day a welcome back was said after

    def after_a_gap(self, day: date) -> bool:
        """Two or more whole weeks without training before `day`'s week."""
        if self.trained_on is None:
            return False
        return (monday(day) - monday(self.trained_on)).days // 7 - 1 >= 2

    def local(self, day: date, at: time) -> datetime:
        return datetime.combine(day, at, ZoneInfo(self.tz)).astimezone(UTC)

    def expects_push(self, day: date) -> bool:
        if self.specials.get(day - timedelta(days=1)) == "move":
            return True  # yesterday's workout, moved to today
        if day.weekday() not in self.days:
            return False
        return self.specials.get(day) != "early" and not self.brought_forward(day)

    def brought_forward(self, day: date) -> bool:
        """Was this training day's workout logged on a rest day before it?"""
        back = day - timedelta(days=1)
        while back.weekday() not in self.days and back >= START:
            if self.specials.get(back) == "forward":
                return True
            back -= timedelta(days=1)
        return False


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def lifters() -> dict[str, Lifter]:
    week = [START + timedelta(weeks=n) for n in range(WEEKS)]
    return {
        "buttons": Lifter(
            user_id=8101,
            tz="Europe/Berlin",
            push_at=time(18, 30),
            days=(0, 3),
            unit="kg",
            style="buttons",
            onboarding=(),  # flows.onboard: tone, new to lifting, gym, Mon + Thu 18:30 Berlin, kg
            start_loads={"Squat": 40, "Stiff-leg deadlift": 40, "Lunge": 10, "Lying leg curl": 20},
        ),
        "typing": Lifter(
            user_id=8102,
            tz="America/New_York",
            push_at=time(7, 0),
            days=(1, 5),
            unit="lb",
            style="typing",
            onboarding=(
                ("say", "/start"),
                ("say", "I want to compete in figure"),
                ("say", "about 3 years"),
                ("say", "at the gym"),
                ("say", "tue and sat"),
                ("say", "7am"),
                ("say", "new york"),
                ("say", "pounds"),
            ),
            start_loads={
                "Hip thrust": 135,
                "Deadlift": 135,
                "Lying leg curl": 50,
                "Squat": 95,
                "Seated leg curl": 50,
                "American deadlift": 95,
                "Good morning": 50,  # always missed: down to the empty bar, and no lower
                "Standing leg curl": 20,
                "Barbell glute bridge": 95,
            },
            always_miss=frozenset({"Good morning"}),
        ),
        "gapper": Lifter(
            user_id=8104,
            tz="Europe/Berlin",
            push_at=time(18, 30),
            days=(0, 3),
            unit="kg",
            style="buttons",
            onboarding=(),  # as the button lifter
            start_loads={"Squat": 40, "Stiff-leg deadlift": 40, "Lunge": 10, "Lying leg curl": 20},
            # Away for three weeks: every push skipped, nothing trained.
            specials={w + timedelta(days=d): "skip" for w in week[1:4] for d in (0, 3)},
        ),
        "skipper": Lifter(
            user_id=8103,
            tz="Asia/Tokyo",
            push_at=time(19, 0),
            days=(0, 2, 4),
            unit="kg",
            style="skipper",
            onboarding=(
                ("say", "/start"),
                ("tap", "Compete in bikini"),
                ("tap", "6 months to 2 years"),
                ("tap", "Bodyweight only"),
                ("tap", "Use suggested"),
                ("tap", "Done"),
                ("say", "19:00"),
                ("say", "Tokyo"),
                ("tap", "kg"),
            ),
            specials={
                week[1] + timedelta(days=2): "skip",  # Wednesday 28 Oct: "Skip today"
                week[2] + timedelta(days=4): "move",  # Friday 6 Nov: "Move to tomorrow"
                week[3] + timedelta(days=1): "forward",  # Tuesday 10 Nov: Wednesday's, today
                week[3] + timedelta(days=3): "extra",  # Thursday 12 Nov: single exercises
                week[4]: "early",  # Monday 16 Nov: logged in the morning, before the push
                # Thursday 26 Nov: Friday's workout, the week's last, today (its recap too)
                week[5] + timedelta(days=3): "forward",
            },
        ),
    }


# --- the chat ------------------------------------------------------------------------------


async def settle(env: Env, lifter: Lifter) -> None:
    """Give the running push loop its turn at the clock's time: whatever is due now is
    claimed (by this tick or the loop's own), queued and sent before this returns."""
    await env.app.bot_data["dispatcher"].tick()
    now = env.clock.now()

    def quiet(s: Session) -> bool:
        user = s.execute(select(User).where(User.id == lifter.user_id)).scalar_one()
        due = user.next_push_at is not None and user.next_push_at <= now
        return not due and user.push_lease_until is None and outbox.unfinished(s) == 0

    async def check() -> bool:
        return await env.svc.db.run(quiet)

    await eventually(check)


def new_pushes(env: Env, lifter: Lifter, day: date) -> list[SentMessage]:
    """Pushes that arrived since the last look, counted for `day` (/today's answers carry the
    same keyboard and are left out)."""
    found = [
        m
        for m in pushes(env.standin, lifter.user_id)
        if m.message_id > lifter.last_push_id and m.message_id not in lifter.today_ids
    ]
    if found:
        lifter.last_push_id = found[-1].message_id
        lifter.pushes_on[day] += len(found)
    return found


async def today(chat: Chat, lifter: Lifter) -> list[SentMessage]:
    replies = await chat.say("/today")
    lifter.today_ids.update(m.message_id for m in replies)
    return replies


def check_prescription(env: Env, lifter: Lifter, day: date, item: Item) -> None:
    """A push's line against the kit, the program and what happened last time."""
    card = CARDS[item.name]
    where = f"{lifter.style} {day} {item.name}"
    if item.load is not None:
        assert item.unit == lifter.unit, where
        kit = kit_of(card)
        unit = 0 if lifter.unit == "kg" else 1
        assert item.load >= FLOOR[kit][unit] - 1e-9, f"{where}: {item.load} under the floor"
        steps = item.load / GRID[kit][unit]
        assert abs(steps - round(steps)) < 1e-6, f"{where}: {item.load} off the grid"
        lifter.checked["grid"] += 1
    if item.name in LOW_REP:
        assert item.high <= 6, f"{where}: {item.low}-{item.high} is not low-rep"
        lifter.checked["low_rep"] += 1
    said = lifter.promised.pop(item.name, None)
    held = lifter.after_a_gap(day)  # what was promised before the gap waits
    if said is not None and not held:
        load = re.search(r"([\d.]+) (?:kg|lb)", said)
        if load:
            assert item.load == float(load[1]), f"{where}: promised {said!r}, shows {item}"
        if "harder version" in said:
            assert item.variation, f"{where}: promised {said!r}, shows {item}"
        lifter.checked["promise"] += 1
    if not lifter.history[item.name]:
        return
    prev = lifter.history[item.name][-1]
    outcome = prev.outcome
    if card.loading.value == "weighted":
        assert item.load is not None, f"{where}: no load after {prev}"
        if prev.load is None:
            return
        before, after = epley(prev.load, prev.item.high), epley(item.load, item.high)
        if held and outcome == "top":  # back after weeks off: the load last managed
            assert item.load == prev.load, f"{where}: {prev} before the gap, then {item}"
            lifter.checked["held"] += 1
        elif outcome == "top":
            assert after > before + 1e-9, f"{where}: {prev} at the top, then {item}"
            lifter.checked["heavier"] += 1
        elif outcome == "miss":
            at_floor = item.load <= FLOOR[kit_of(card)][lifter.unit == "lb"] + 1e-9
            assert after <= before + 1e-9 or at_floor, f"{where}: {prev} missed, then {item}"
            lifter.checked["lighter"] += 1
        elif (prev.item.low, prev.item.high) == (item.low, item.high):
            assert item.load == prev.load, f"{where}: {prev} in range, then {item}"
            lifter.checked["same"] += 1
    elif outcome == "top" and card.harder and not held:
        assert item.variation, f"{where}: {prev} at the top, then {item}"
        lifter.checked["harder"] += 1


def kit_of(card: Exercise) -> str:
    return next(e.value for e in card.equipment if e.value in GRID)


async def answer(chat: Chat, lifter: Lifter, day: date, ask: Item) -> list[SentMessage]:
    """The lifter does this exercise and says so, in their own way."""
    card = CARDS[ask.name]
    weighted = card.loading.value == "weighted"
    taps = lifter.style == "buttons" or (lifter.style == "skipper" and lifter.rng.random() < 0.8)
    if taps:
        replies = await chat.tap("Done as planned")
        reps = [ask.high] * ask.sets
        load = ask.load
        if "What load did you use" in texts(replies):
            assert weighted and ask.load is None, texts(replies)
            load = lifter.start_loads[ask.name]
            await chat.say(f"{load:g}{lifter.unit} " + " ".join(map(str, reps)))
            replies = await chat.tap("Save")
        lifter.history[ask.name].append(Exposure(day, ask, reps, load))
        return replies
    if ask.name in lifter.always_miss:
        outcome = "miss"
    else:
        outcome = lifter.rng.choice(("top", "top", "mid", "miss"))
    low, high = ask.low, ask.high
    reps = {
        "top": [high] * ask.sets,
        "mid": [(low + high) // 2] * ask.sets,
        "miss": [low] * (ask.sets - 1) + [max(1, low - 1)],
    }[outcome]
    load = None
    said = ask.name.lower()
    if weighted:
        load = ask.load if ask.load is not None else lifter.start_loads[ask.name]
        said += f" {load:g}{lifter.unit}"
    said += " " + " ".join(map(str, reps))
    echo = await chat.say(said)
    assert "Save it?" in echo[-1].text and ask.name in echo[-1].text, texts(echo)
    replies = await chat.tap("Save")
    lifter.history[ask.name].append(Exposure(day, ask, reps, load))
    return replies


async def log_workout(
    chat: Chat, lifter: Lifter, day: date, items: list[Item], replies: list[SentMessage]
) -> None:
    """Log every step of a started workout; each step shows the workout's own line."""
    while "Workout logged" not in texts(replies):
        m = ASK.search(replies[-1].text or "")
        assert m, texts(replies)
        ask = Item.parse(m)
        assert int(m["count"]) == len(items), f"{day}: {m[0]} for {items}"
        assert ask.target() == items[int(m["pos"]) - 1].target(), f"{day}: {ask} vs {items}"
        lifter.checked["step"] += 1
        replies = await answer(chat, lifter, day, ask)
    finished(lifter, day, replies, extra=False)


def finished(lifter: Lifter, day: date, replies: list[SentMessage], *, extra: bool) -> None:
    said = texts(replies)
    m = re.search(r"Workout logged: (\d+) of (\d+) exercises done", said)
    assert m, said
    if extra:
        lifter.extras_in_week[monday(day)] += 1
    elif int(m[1]):
        lifter.done_in_week[monday(day)] += 1
    if int(m[1]):
        lifter.trained_on, lifter.trained_week = day, lifter.pushed_week
    finish = next(x.text for x in replies if "Workout logged" in (x.text or ""))
    if not extra:
        for line in NEXT_TIME.finditer(finish):
            lifter.promised[line["name"]] = line["what"]
    recap(lifter, day, replies)


def recap(lifter: Lifter, day: date, replies: list[SentMessage]) -> None:
    said = next((x.text for x in replies if "Your week in review" in (x.text or "")), None)
    if said:
        r = RECAP.search(said)
        assert r, said
        e = EXTRA.search(said)
        lifter.recaps[monday(day)] = (int(r["done"]), int(r["planned"]), int(e[1]) if e else 0)


async def on_push(env: Env, chat: Chat, lifter: Lifter, day: date, push: SentMessage) -> None:
    items = items_of(push.text or "")
    assert items, push.text
    week = WEEK.search(push.text or "")
    assert week, push.text
    lifter.pushed_week = int(week["week"])
    if lifter.after_a_gap(day):  # the plan picks up at the week after the last trained
        first = lifter.welcomed_after != lifter.trained_on  # welcome back: said once a gap
        assert (WELCOME_BACK in (push.text or "")) == first, push.text
        lifter.welcomed_after = lifter.trained_on
        assert lifter.pushed_week == lifter.trained_week + 1, push.text
        lifter.checked["back"] += 1
    for item in items:
        check_prescription(env, lifter, day, item)
    shown = texts(await today(chat, lifter))
    assert "Today's workout" in shown, shown
    assert items_of(shown) == items, f"{day}: /today {shown} vs the push {push.text}"
    lifter.checked["today"] += 1
    special = lifter.specials.get(day)
    if special == "skip":
        replies = await chat.press(push.message_id, push.buttons[1][0][1])
        assert "Skipped today" in texts(replies), texts(replies)
        recap(lifter, day, replies)  # skipping the week's last brings its recap
        return
    if special == "move":
        replies = await chat.press(push.message_id, push.buttons[1][1][1])
        assert "Moved: I'll send this workout again" in texts(replies), texts(replies)
        lifter.moved_items = items
        return
    if lifter.specials.get(day - timedelta(days=1)) == "move":
        assert items == lifter.moved_items, f"{day}: moved {lifter.moved_items}, got {items}"
    replies = await chat.press(push.message_id, push.buttons[0][0][1])  # ▶ Start logging
    await log_workout(chat, lifter, day, items, replies)


async def before_push(env: Env, chat: Chat, lifter: Lifter, day: date, special: str) -> None:
    """The skipper's mornings: a workout brought forward, single exercises, an early log."""
    replies = await today(chat, lifter)
    shown = texts(replies)
    items = items_of(shown)
    if special == "forward":
        assert "Today is a rest day" in shown and items, shown
        replies = await chat.tap("workout today")
        await log_workout(chat, lifter, day, items, replies)
    elif special == "extra":
        assert "Today is a rest day" in shown, shown
        replies = await chat.tap("Log single exercises")
        assert "extra session" in texts(replies), texts(replies)
        await chat.say("hamstring ball curl 15 15 15")
        replies = await chat.tap("Save")
        finished(lifter, day, replies, extra=True)
    else:  # early: today's workout, before its push
        assert "Today's workout" in shown and items, shown
        for item in items:
            check_prescription(env, lifter, day, item)
        replies = await chat.tap("Start logging")
        await log_workout(chat, lifter, day, items, replies)


async def live(env: Env, chat: Chat, lifter: Lifter) -> None:
    for n in range(WEEKS * 7):
        day = START + timedelta(days=n)
        push_time = lifter.local(day, lifter.push_at)
        special = lifter.specials.get(day)
        if special in ("forward", "extra", "early"):
            env.clock.set(push_time - timedelta(hours=3))
            await before_push(env, chat, lifter, day, special)
        env.clock.set(push_time - timedelta(minutes=1))
        await settle(env, lifter)
        assert new_pushes(env, lifter, day) == [], f"{day}: a push before its time"
        env.clock.set(push_time)
        await settle(env, lifter)
        arrived = new_pushes(env, lifter, day)
        expected = lifter.expects_push(day)
        assert len(arrived) == int(expected), f"{lifter.style} {day}: {len(arrived)} pushes"
        if arrived:
            await on_push(env, chat, lifter, day, arrived[0])
        elif day.weekday() in lifter.days:  # logged already: /today says so, offers nothing
            shown = texts(await today(chat, lifter))
            assert "Logged ✓" in shown or "Done earlier ✓" in shown, shown
        env.clock.set(lifter.local(day, time(23, 30)))
        await settle(env, lifter)
        assert new_pushes(env, lifter, day) == [], f"{day}: a second push"


ENOUGH = {
    "buttons": {"heavier": 40, "grid": 40, "promise": 40},
    "typing": {"heavier": 10, "lighter": 4, "harder": 10, "low_rep": 8, "grid": 20},
    "skipper": {"harder": 50, "low_rep": 5},
    "gapper": {"heavier": 20, "held": 6, "back": 3, "grid": 20},
}
CARDS: dict[str, Exercise] = {}  # by name, filled from the running bot's content


@pytest.mark.parametrize("style", ["buttons", "typing", "skipper", "gapper"])
async def test_seven_weeks_in_the_chat(tmp_path, style):
    lifter = lifters()[style]
    onboard_at = lifter.local(START, time(0, 0)) + timedelta(hours=6)
    async with bot_env(tmp_path, now=onboard_at, extra_env=FAST) as env:
        CARDS.update({c.name: c for c in env.svc.content.exercises.values()})
        chat = env.chat(lifter.user_id)
        if lifter.onboarding:
            for how, what in lifter.onboarding:
                replies = await (chat.tap(what) if how == "tap" else chat.say(what))
        else:
            replies = await onboard(chat)
        assert "All set" in texts(replies), texts(replies)
        await live(env, chat, lifter)

    # One push on every planned day, none on any other (a moved workout on the next day).
    for n in range(WEEKS * 7):
        day = START + timedelta(days=n)
        assert lifter.pushes_on.get(day, 0) == int(lifter.expects_push(day)), day
    # Every week's recap: the sessions done, never more than planned, and the extras.
    for n in range(WEEKS):
        week = START + timedelta(weeks=n)
        done = lifter.done_in_week[week]
        assert lifter.recaps.get(week) == (
            min(done, len(lifter.days)),
            len(lifter.days),
            lifter.extras_in_week[week] + max(0, done - len(lifter.days)),
        ), week
    # The checks above ran often enough to mean something.
    steps = 30 if style == "gapper" else 50  # the gapper trains 8 of the 14 sessions
    assert lifter.checked["today"] >= 14 and lifter.checked["step"] >= steps, lifter.checked
    assert all(lifter.checked[k] >= n for k, n in ENOUGH[style].items()), lifter.checked
