"""/history, /progress, /export and /delete end to end: real Application, the stand-in over
HTTP, a real SQLite file, sets written through the training-log store."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

from sqlalchemy import func, select

from bot.coach.profile import Unit
from bot.coach.setlog import SetEntry
from bot.coach.workout_csv import STRONG_COLUMNS
from bot.handlers.common import cb
from bot.store import logs
from bot.store.models import SetLog, WorkoutSession
from bot.store.report_models import ReportState
from tests.e2e.flows import load_user, onboard
from tests.e2e.harness import texts

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
KG = Unit.KG


def kg(load: float, *reps: int) -> list[SetEntry]:
    return [SetEntry(r, load, KG) for r in reps]


def bw(*reps: int) -> list[SetEntry]:
    return [SetEntry(r, None, None) for r in reps]


# day -> (session label, [(exercise id, sets or None for "not logged", what was typed)])
LOG: dict[date, tuple[str, list[tuple[str, list[SetEntry] | None, str]]]] = {
    date(2026, 11, 2): (
        "A",
        [
            ("hip_thrust", kg(50, 12, 12, 10), "hip thrust 50kg 12 12 10"),
            ("american_deadlift", kg(40, 10, 10, 10), "american dl 40, 10 10 10"),
        ],
    ),
    date(2026, 11, 5): (
        "B",
        [
            ("hip_thrust", kg(55, 12, 11, 10), 'hip thrust 55 12 11 10 "felt, heavy"'),
            ("bridge", bw(20, 20, 20), "bridge bw 20 20 20"),
            ("american_deadlift", [], "skip"),
        ],
    ),
    date(2026, 11, 9): (
        "A",
        [
            ("hip_thrust", [*kg(60, 12, 12), SetEntry(10, 57.5, KG)], "60x12 60x12 57.5x10"),
            ("american_deadlift", kg(42.5, 10, 9), "american dl 42.5 10 9"),
        ],
    ),
    date(2026, 11, 12): (
        "B",
        [
            ("hip_thrust", kg(60, 12, 12, 10), "hip thrust 60kg 12 12 10"),
            ("bridge", None, ""),
        ],
    ),
}

N_SETS = sum(len(sets or []) for _, entries in LOG.values() for _, sets, _ in entries)  # 20


async def log_sessions(env, user_id: int, log=LOG) -> None:
    now = env.clock.now()
    with env.svc.db.session() as s:
        for day, (label, entries) in log.items():
            plan = [logs.PlanRow(ex, 3, 8, 12, None, "kg") for ex, _, _ in entries]
            session = logs.open_session(s, user_id, day, "tone_gym", label, plan, now)
            for row, (_, sets, raw) in zip(
                logs.exercises_of(s, user_id, session.id), entries, strict=True
            ):
                if sets is not None:
                    logs.save_sets(s, row, day, sets, raw, now)
            session.status = "done"


async def count(env, model, user_id: int) -> int:
    with env.svc.db.session() as s:
        stmt = select(func.count()).select_from(model).where(model.user_id == user_id)
        return int((s.execute(stmt)).scalar_one())


async def test_history_lists_the_last_sessions(env):
    chat = env.chat(2001)
    replies = await chat.say("/history")
    assert "Nothing logged yet" in texts(replies)

    await onboard(chat)
    await log_sessions(env, 2001)
    text = (await chat.say("/history"))[-1].text
    assert text.index("Thu 12 Nov") < text.index("Mon 09 Nov") < text.index("Mon 02 Nov")
    assert "Hip thrust: 60 kg × 12, 12, 10" in text
    assert "Hip thrust: 60 kg × 12, 12; 57.5 kg × 10" in text
    assert "Glute bridge: 20, 20, 20 reps" in text
    assert "American deadlift: <i>skipped</i>" in text
    assert "Glute bridge: <i>not logged</i>" in text

    # Only the last five sessions.
    extra = {date(2026, 10, d): ("A", [("hip_thrust", kg(40, 12), "40 12")]) for d in (26, 29)}
    await log_sessions(env, 2001, extra)
    text = (await chat.say("/history"))[-1].text
    assert "29 Oct" in text and "26 Oct" not in text


async def test_progress_sends_a_png_chart_with_a_cooldown(env):
    chat = env.chat(2002)
    await onboard(chat)
    replies = await chat.say("/progress")
    assert "no chart to draw" in texts(replies)
    assert not any(m.photo_path for m in replies)
    assert await count(env, ReportState, 2002) == 0  # nothing to draw takes no slot

    await log_sessions(env, 2002)
    replies = await chat.say("/progress")
    photo = replies[-1]
    assert photo.photo_path is not None
    png = photo.photo_path.read_bytes()
    assert png.startswith(PNG_SIGNATURE)
    assert len(png) > 5_000
    assert "Your progress" in photo.caption
    assert "Hip thrust: 50 → 60 kg" in photo.caption
    assert "American deadlift: 40 → 42.5 kg" in photo.caption

    # Nothing logged since: the chart above is current, said so (changed on purpose: it was
    # the wait; tests/e2e/test_personas6.py). Something logged since: the wait.
    replies = await chat.say("/progress")
    assert "Your chart is the one just above" in texts(replies)
    env.clock.advance(timedelta(seconds=1))
    await chat.say("glute bridge 20kg 12 12 12")
    await chat.say("yes")
    replies = await chat.say("/progress")
    assert "try /progress again in 29 s" in texts(replies)
    assert not any(m.photo_path for m in replies)

    env.clock.advance(timedelta(seconds=28))
    replies = await chat.say("/progress")
    assert "again in 1 s" in texts(replies)

    env.clock.advance(timedelta(seconds=1))
    replies = await chat.say("/progress")
    assert replies[-1].photo_path is not None
    with env.svc.db.session() as s:
        state = s.get(ReportState, 2002)
        assert state is not None and state.last_chart_at == env.clock.now()


async def test_progress_in_pounds(env):
    chat = env.chat(2003)
    await chat.say("/start")
    for step in ("Tone up", "New to lifting", "A gym", "Use suggested", "Done", "18:30"):
        await chat.tap(step)
    await chat.tap("Europe/Berlin")
    await chat.tap("lb")
    await log_sessions(env, 2003)
    caption = (await chat.say("/progress"))[-1].caption
    assert "Hip thrust: 110 → 132 lb" in caption  # 110.23 → 132.28 from the kg logged
    assert "American deadlift: 88 → 94 lb" in caption  # 88.18 → 93.7


async def test_progress_rounds_loads_imported_in_the_other_unit(env):
    """An lb import shown to a kg lifter read "Hip thrust: 27.22 → 29.48 kg"."""
    chat = env.chat(2011)
    await onboard(chat)  # kg
    lb = [SetEntry(r, 60, Unit.LB) for r in (12, 12)]
    imported = {
        date(2026, 11, 9): ("CSV", [("hip_thrust", lb, "")]),
        date(2026, 11, 12): ("CSV", [("hip_thrust", [SetEntry(10, 65, Unit.LB)], "")]),
        date(2026, 11, 16): ("A", [("hip_thrust", kg(30.25, 10), "")]),
    }
    await log_sessions(env, 2011, imported)
    caption = (await chat.say("/progress"))[-1].caption
    # the last, logged in kg, as logged; the top sets' reps differ, so they are said too
    assert "Hip thrust: 27 kg × 12 → 30.25 kg × 10" in caption, caption
    assert ".22" not in caption


async def test_export_is_a_csv_of_every_set(env):
    chat = env.chat(2004)
    await onboard(chat)
    assert "nothing to export" in texts(await chat.say("/export"))

    await log_sessions(env, 2004)
    doc = (await chat.say("/export"))[-1]
    assert doc.document_path is not None
    assert doc.file_name == "glute-coach-log.csv"
    assert f"{N_SETS} sets" in doc.caption

    names = {"hip_thrust": "Hip thrust", "american_deadlift": "American deadlift"}
    names["bridge"] = "Glute bridge"
    expected = [list(STRONG_COLUMNS)]
    for day, (_, entries) in LOG.items():
        for ex, sets, raw in entries:
            for n, entry in enumerate(sets or [], start=1):
                load = "" if entry.load is None else f"{entry.load:g}"
                unit = entry.unit.value if entry.unit else ""
                when = f"{day.isoformat()} 00:00:00"
                start = [when, "Glute Coach", "", names[ex], str(n), load, unit]
                expected.append([*start, str(entry.reps), "", "", "", "", raw, ""])
    raw_csv = doc.document_path.read_bytes().decode("utf-8")
    rows = list(csv.reader(io.StringIO(raw_csv, newline="")))
    assert rows == expected
    assert '"hip thrust 55 12 11 10 ""felt, heavy"""' in raw_csv  # quoted, quotes doubled


async def test_delete_wipe_log_keeps_the_profile(env):
    chat = env.chat(2005)
    await onboard(chat)
    await log_sessions(env, 2005)
    replies = await chat.say("/delete")
    assert "Delete your data" in replies[-1].text
    assert f"({N_SETS} sets)" in replies[-1].text
    replies = await chat.tap("Wipe my training log")
    assert "Wipe your training log?" in replies[-1].text  # the menu became the question
    assert await count(env, SetLog, 2005) == N_SETS  # nothing happens before the confirm
    confirm = chat.last_keyboard()
    yes = next(d for row in confirm.buttons for t, d in row if "Yes" in t)
    replies = await chat.tap("Yes, delete")
    assert "training log is wiped" in replies[-1].text
    assert not replies[-1].buttons

    user = await load_user(env, 2005)
    assert user is not None and user.goal == "tone" and user.next_push_at is not None
    assert await count(env, SetLog, 2005) == 0
    assert await count(env, WorkoutSession, 2005) == 0
    assert "Nothing logged yet" in texts(await chat.say("/history"))

    # The used confirm is stale now: pressing its data again wipes nothing new.
    await log_sessions(env, 2005, {date(2026, 11, 16): ("A", [("hip_thrust", kg(60, 8), "")])})
    answers_before = len(env.standin.callback_answers())
    await chat.press(confirm.message_id, yes)
    assert "earlier message" in env.standin.callback_answers()[answers_before]["text"]
    assert await count(env, SetLog, 2005) == 1


async def test_delete_erase_everything_removes_the_user(env):
    chat = env.chat(2006)
    await onboard(chat)
    await log_sessions(env, 2006)
    await chat.say("/progress")  # leaves a report_state row behind
    await chat.say("/delete")
    replies = await chat.tap("Erase everything")
    assert "Erase everything?" in replies[-1].text
    replies = await chat.tap("Yes, delete")
    assert "/start" in replies[-1].text and "erased" in replies[-1].text

    assert await load_user(env, 2006) is None
    assert await count(env, SetLog, 2006) == 0
    assert await count(env, WorkoutSession, 2006) == 0
    assert await count(env, ReportState, 2006) == 0
    replies = await chat.say("/start")
    assert "goal" in replies[-1].text.lower()  # a fresh start


async def test_cancel_changes_nothing(env):
    chat = env.chat(2007)
    await onboard(chat)
    await log_sessions(env, 2007)
    await chat.say("/delete")
    replies = await chat.tap("Cancel")
    assert "nothing was deleted" in replies[-1].text
    await chat.say("/delete")
    await chat.tap("Erase everything")
    replies = await chat.tap("Cancel")
    assert "nothing was deleted" in replies[-1].text
    assert await load_user(env, 2007) is not None
    assert await count(env, SetLog, 2007) == N_SETS


async def test_forged_and_stale_delete_buttons_do_nothing(env):
    victim, forger = env.chat(2008), env.chat(2009)
    await onboard(victim)
    await onboard(forger)
    await log_sessions(env, 2008)
    await log_sessions(env, 2009)

    # The victim opens /delete and picks "erase everything": a live offer with a nonce.
    await victim.say("/delete")
    await victim.tap("Erase everything")
    yes = next(d for row in victim.last_keyboard().buttons for t, d in row if "Yes" in t)
    nonce = yes.split(":")[-1]

    # The forger never opened /delete: neither the victim's nonce nor a guess acts for them.
    own_message = (await forger.say("/history"))[-1].message_id
    answers_before = len(env.standin.callback_answers())
    for data in (yes, cb("del", "pick", nonce, "all"), cb("del", "yes", "00000000")):
        replies = await forger.press(own_message, data)
        assert not any("erased" in (m.text or "") for m in replies)
    answers = env.standin.callback_answers()[answers_before:]
    assert len(answers) == 3 and all("earlier message" in a.get("text", "") for a in answers)
    assert await load_user(env, 2009) is not None and await count(env, SetLog, 2009) == N_SETS
    assert await load_user(env, 2008) is not None and await count(env, SetLog, 2008) == N_SETS

    # A confirm for an offer where nothing was picked yet does nothing either.
    await forger.say("/delete")
    menu = forger.last_keyboard()
    forger_nonce = menu.buttons[0][0][1].split(":")[3]
    await forger.press(menu.message_id, cb("del", "yes", forger_nonce))
    assert await count(env, SetLog, 2009) == N_SETS

    # The victim's own confirm still works.
    confirm = victim.last_keyboard()
    await victim.press(confirm.message_id, yes)
    assert await load_user(env, 2008) is None
    assert await load_user(env, 2009) is not None


async def test_delete_offer_expires(env):
    chat = env.chat(2010)
    await onboard(chat)
    await log_sessions(env, 2010)
    await chat.say("/delete")
    await chat.tap("Wipe my training log")
    env.clock.advance(timedelta(minutes=11))
    replies = await chat.tap("Yes, delete")
    assert not any("wiped" in (m.text or "") for m in replies)
    assert await count(env, SetLog, 2010) == N_SETS


def button_labels(message) -> list[str]:
    return [t for row in message.buttons for t, _ in row]


async def test_delete_offers_only_what_is_stored(env):
    """/delete before anything was logged offered to wipe "0 sets"."""
    # Nothing kept at all: nothing to offer, no buttons, no offer left behind.
    stranger = env.chat(2020)
    reply = (await stranger.say("/delete"))[-1]
    assert "nothing to delete" in reply.text and not reply.buttons
    assert await count(env, ReportState, 2020) == 0

    # Half a setup, nothing logged: no log to wipe, but the answers can be erased.
    halfway = env.chat(2021)
    await halfway.say("/start")
    await halfway.tap("Tone up")
    reply = (await halfway.say("/delete"))[-1]
    assert "0 sets" not in reply.text and "no training log to wipe" in reply.text
    assert button_labels(reply) == ["🗑 Erase everything", "Cancel"]
    await halfway.tap("Erase everything")
    replies = await halfway.tap("Yes, delete")
    assert "erased" in replies[-1].text and await load_user(env, 2021) is None

    # Set up, nothing logged yet: the same, the profile being what there is to erase.
    chat = env.chat(2022)
    await onboard(chat)
    reply = (await chat.say("/delete"))[-1]
    assert "0 sets" not in reply.text and "no training log to wipe" in reply.text
    assert button_labels(reply) == ["🗑 Erase everything", "Cancel"]

    # A skipped day is a session without sets: it can be wiped, and says what it is.
    await chat.say("/today")
    await chat.tap("Skip today")
    reply = (await chat.say("/delete"))[-1]
    assert "(1 session, no sets yet)" in reply.text and "0 sets" not in reply.text
    assert button_labels(reply) == ["🧹 Wipe my training log", "🗑 Erase everything", "Cancel"]
