"""Importing a training log sent as a document: a Strong CSV (the bot's own export, into a
fresh account), a Hevy CSV, duplicates, and bad files refused with nothing changed."""

from sqlalchemy import func, select

from bot.store.models import SetLog, WorkoutSession
from tests.coach.test_workout_csv import HEVY
from tests.e2e.flows import load_user, onboard
from tests.e2e.harness import Chat, texts
from tests.e2e.test_reports import LOG, N_SETS, log_sessions


async def sets_of(env, user_id: int) -> list[tuple]:
    with env.svc.db.session() as s:
        rows = s.execute(
            select(SetLog.day, SetLog.exercise_id, SetLog.set_no, SetLog.reps, SetLog.load)
            .add_columns(SetLog.unit)
            .where(SetLog.user_id == user_id)
            .order_by(SetLog.day, SetLog.exercise_id, SetLog.set_no)
        ).all()
    return [tuple(r) for r in rows]


async def send_csv(chat: Chat, data: bytes, name: str = "strong.csv"):
    return await chat.send("document", file_name=name, data=data, mime_type="text/csv")


async def test_an_export_imported_into_a_fresh_account_gives_the_same_history(env):
    lifter, fresh = env.chat(7401), env.chat(7402)
    await onboard(lifter)
    await log_sessions(env, 7401)
    export = (await lifter.say("/export"))[-1]
    assert export.document_path is not None
    data = export.document_path.read_bytes()

    await onboard(fresh)
    replies = await send_csv(fresh, data, export.file_name or "log.csv")
    reply = replies[-1].plain_text or ""
    assert f"Imported from Strong: {N_SETS} sets on {len(LOG)} days" in reply, reply
    assert await sets_of(env, 7402) == await sets_of(env, 7401)
    # The new account's own export is the same file, set for set.
    again = (await fresh.say("/export"))[-1]
    assert again.document_path is not None and again.document_path.read_bytes() == data
    history = (await fresh.say("/history"))[-1].plain_text or ""
    assert "Hip thrust: 60 kg × 12, 12, 10" in history
    assert "Thu 12 Nov · imported" in history and "session CSV" not in history

    # Sending it again adds nothing: every exercise is already logged on its day.
    replies = await send_csv(fresh, data)
    assert "Nothing new to import" in (replies[-1].plain_text or "")
    assert f"Skipped {N_SETS} sets" in (replies[-1].plain_text or "")
    assert len(await sets_of(env, 7402)) == N_SETS


async def test_a_hevy_file_keeps_pounds_and_lists_what_has_no_card(env):
    chat = env.chat(7403)
    await onboard(chat)
    replies = await send_csv(chat, HEVY.encode(), "workouts.csv")
    reply = replies[-1].plain_text or ""
    assert "Imported from Hevy: 1 set on 1 day" in reply
    assert "Romanian Deadlift (Barbell) (1 set)" in reply  # listed, never guessed
    assert "2 rows that aren't sets" in reply
    rows = await sets_of(env, 7403)
    assert [(r[1], r[3], r[4], r[5]) for r in rows] == [("hip_thrust", 12, 135.0, "lb")]


async def test_imported_history_sets_the_next_loads(env):
    chat = env.chat(7404)
    await onboard(chat)  # tone at the gym: today (Monday 16 Nov) starts with squats
    before = (await chat.say("/today"))[-1].plain_text or ""
    header = ",".join(
        ["Date", "Workout Name", "Exercise Name", "Set Order", "Weight", "Weight Unit", "Reps"]
    )
    # The top of the 8-12 range at 60 kg on all three sets: the next squats go heavier.
    rows = [f"2026-11-12 18:30:00,Legs,Squat (Barbell),{n},60,kg,12" for n in (1, 2, 3)]
    await send_csv(chat, "\n".join([header, *rows, ""]).encode())
    after = (await chat.say("/today"))[-1].plain_text or ""
    squat_before = next(line for line in before.splitlines() if "Squat" in line)
    squat_after = next(line for line in after.splitlines() if "Squat" in line)
    assert "kg" not in squat_before
    assert "@ 62.5 kg" in squat_after, squat_after  # 60 kg topped out: one plate step up


async def test_bad_files_are_refused_and_change_nothing(env):
    chat = env.chat(7405)
    await onboard(chat)
    await log_sessions(env, 7405)
    start = await sets_of(env, 7405)
    header = "Date,Workout Name,Exercise Name,Set Order,Weight,Weight Unit,Reps\n"
    cases = [
        ("latin-1.csv", (header + "2026-11-20,Bein,Hüftstoß,1,60,kg,10\n").encode("latin-1")),
        ("other.csv", b"when,what,how many\n2026-11-20,squats,10\n"),
        ("bad.csv", (header + "2026-11-20,A,Squat,1,60,kg,10\n2026-11-20,A,Squat,2,6O,kg,10\n")),
        ("huge.csv", header.encode() + b"x" * 2_000_001),
    ]
    expected = ("UTF-8", "isn't a Strong or Hevy export", "Line 3", "too big")
    for (name, data), words in zip(cases, expected, strict=True):
        payload = data.encode() if isinstance(data, str) else data
        replies = await send_csv(chat, payload, name)
        reply = texts(replies)
        assert words in reply, reply
        assert "Nothing was imported" in reply or "imported nothing" in reply, reply
    assert await sets_of(env, 7405) == start
    with env.svc.db.session() as s:
        days = s.scalar(
            select(func.count()).select_from(WorkoutSession).where(WorkoutSession.user_id == 7405)
        )
    assert days == len(LOG)
    assert (await load_user(env, 7405)) is not None


async def test_other_files_are_not_imports(env):
    replies = await env.chat(7406).send("document", file_name="notes.txt", data=b"hello")
    assert "files" in texts(replies) and "Import" not in texts(replies)
