"""The Bot API stand-in, over real HTTP: raw requests with httpx and the real PTB stack."""

from __future__ import annotations

import datetime as dtm
import json
import threading
import warnings
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Forbidden, RetryAfter, TimedOut
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from bot.standin.server import NOT_MODIFIED, BotApiStandIn

CHAT = 42


@pytest.fixture
def standin(tmp_path: Path) -> Iterator[BotApiStandIn]:
    with BotApiStandIn(files_dir=tmp_path / "files") as server:
        yield server


@pytest.fixture
def http(standin: BotApiStandIn) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=f"{standin.base_url}{standin.token}/", timeout=5) as client:
        yield client


@pytest.fixture
async def bot(standin: BotApiStandIn) -> AsyncIterator[Bot]:
    async with Bot(
        standin.token, base_url=standin.base_url, base_file_url=standin.base_file_url
    ) as telegram_bot:
        yield telegram_bot


def keyboard(*labels: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=f"goal:{label.lower()}") for label in labels]]
    )


def retry_seconds(error: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that the int form is deprecated
        warnings.simplefilter("ignore")
        value: Any = error.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


# ------------------------------------------------------------------ the real PTB Application


async def test_real_application_command_press_and_edit(standin: BotApiStandIn) -> None:
    pressed: list[str] = []

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        await update.message.reply_text(
            "<b>Pick</b> a goal", parse_mode="HTML", reply_markup=keyboard("Bikini", "Tone")
        )

    async def choose(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None and query.data is not None
        assert query.message is not None  # the stand-in sends the message the press was on
        pressed.append(query.data)
        await query.answer("Saved")
        await query.edit_message_text(f"Goal: {query.data.split(':')[1]}")

    app = Application.builder().token(standin.token).base_url(standin.base_url).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(choose))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        try:
            standin.send_text(CHAT, "/start")
            [menu] = await standin.until_messages(CHAT, 1)
            assert menu.plain_text == "Pick a goal"
            assert menu.buttons == [[("Bikini", "goal:bikini"), ("Tone", "goal:tone")]]
            assert menu.message_id == 2  # the person's /start was 1: one id sequence per chat

            query_id = standin.press(CHAT, menu.message_id, "goal:tone")
            edited = await standin.until(
                lambda: standin.messages(CHAT)[0].edits and standin.messages(CHAT)[0]
            )
        finally:
            await app.updater.stop()
            await app.stop()

    assert pressed == ["goal:tone"]
    assert edited.text == "Goal: tone"
    assert edited.reply_markup is None and edited.buttons == []  # edit without markup drops it
    assert standin.callback_answers() == [{"callback_query_id": query_id, "text": "Saved"}]
    assert standin.pending_updates() == 0  # PTB's last getUpdates confirmed everything
    assert [c.method for c in standin.calls()][:2] == ["getMe", "deleteWebhook"]


# ------------------------------------------------------------------ request decoding


def test_form_and_json_bodies_decode_alike(standin: BotApiStandIn, http: httpx.Client) -> None:
    markup = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
    form = http.post(
        "sendMessage",
        data={"chat_id": str(CHAT), "text": "1234", "reply_markup": json.dumps(markup)},
    )
    as_json = http.post(
        "sendMessage", json={"chat_id": CHAT, "text": "1234", "reply_markup": markup}
    )
    assert form.status_code == as_json.status_code == 200
    first, second = (r.json()["result"] for r in (form, as_json))
    assert first["text"] == second["text"] == "1234"  # numeric text stays a string
    assert first["reply_markup"] == second["reply_markup"] == markup
    assert first["from"]["id"] == standin.bot_id and first["chat"]["id"] == CHAT
    calls = standin.calls("sendMessage")
    assert (
        calls[0].params
        == calls[1].params
        == {"chat_id": CHAT, "text": "1234", "reply_markup": markup}
    )
    assert all(c.status == 200 for c in calls)


def test_get_me_and_parameterless_calls(http: httpx.Client, standin: BotApiStandIn) -> None:
    me = http.post("getMe").json()
    assert me == {"ok": True, "result": me["result"]}
    assert me["result"]["is_bot"] is True and me["result"]["username"] == "glute_coach_bot"
    assert http.post("deleteWebhook").json() == {"ok": True, "result": True}
    assert http.post("close").json()["result"] is True


def test_unknown_method_and_wrong_token(standin: BotApiStandIn, http: httpx.Client) -> None:
    missing = http.post("sendTelepathy")
    assert missing.status_code == 404
    assert missing.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    wrong = httpx.post(f"{standin.base_url}999:WRONG/getMe")
    assert wrong.status_code == 401
    assert wrong.json()["description"] == "Unauthorized"


# ------------------------------------------------------------------ errors PTB must see


async def test_blocked_chat_raises_forbidden(standin: BotApiStandIn, bot: Bot) -> None:
    standin.block(CHAT)
    with pytest.raises(Forbidden, match=r"(?i)bot was blocked by the user"):
        await bot.send_message(CHAT, "hi")
    standin.unblock(CHAT)
    await bot.send_message(CHAT, "hi again")
    assert [m.text for m in standin.messages(CHAT)] == ["hi again"]
    assert [c.status for c in standin.calls("sendMessage")] == [403, 200]


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # int retry_after
async def test_fail_gives_retry_after_and_targets_one_chat(
    standin: BotApiStandIn, bot: Bot
) -> None:
    standin.fail(
        "sendMessage", 429, "Too Many Requests: retry after 3", retry_after=3, chat_id=CHAT
    )
    await bot.send_message(CHAT + 1, "other chat is unaffected")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(CHAT, "hi")
    assert retry_seconds(caught.value) == 3
    await bot.send_message(CHAT, "the rule was used up")  # times=1


def test_error_envelope_for_429(standin: BotApiStandIn, http: httpx.Client) -> None:
    standin.fail("sendMessage", 429, "Too Many Requests: retry after 2", retry_after=2)
    reply = http.post("sendMessage", data={"chat_id": CHAT, "text": "x"})
    assert reply.status_code == 429
    assert reply.json() == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 2",
        "parameters": {"retry_after": 2},
    }


def test_rate_limit_answers_429(tmp_path: Path) -> None:
    with BotApiStandIn(files_dir=tmp_path, rate_limit=3) as standin, httpx.Client() as client:
        url = f"{standin.base_url}{standin.token}/sendMessage"
        replies = [client.post(url, data={"chat_id": CHAT, "text": f"m{i}"}) for i in range(10)]
        assert client.post(f"{standin.base_url}{standin.token}/getMe").status_code == 200
    statuses = [r.status_code for r in replies]
    assert statuses[:3] == [200, 200, 200]
    limited = [r.json() for r in replies if r.status_code == 429]
    assert limited and all(body["parameters"] == {"retry_after": 1} for body in limited)
    assert len(standin.messages(CHAT)) == statuses.count(200)


async def test_delay_makes_ptb_time_out_after_telegram_acted(
    standin: BotApiStandIn, bot: Bot
) -> None:
    standin.delay("sendMessage", 2.0)
    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "slow", read_timeout=0.2)
    assert [m.text for m in standin.messages(CHAT)] == ["slow"]  # sent, reply lost
    await bot.send_message(CHAT, "fast again", read_timeout=5)


def test_fail_randomly_is_seeded_and_spares_polling(
    standin: BotApiStandIn, http: httpx.Client
) -> None:
    standin.fail_randomly(0.5, seed=7)
    statuses = [
        http.post("sendMessage", data={"chat_id": CHAT, "text": "x"}).status_code for _ in range(30)
    ]
    assert {200, 500, 429, 403} <= set(statuses)
    assert all(http.post("getUpdates").status_code == 200 for _ in range(5))
    standin.fail_randomly(0)
    assert http.post("sendMessage", data={"chat_id": CHAT, "text": "x"}).status_code == 200


# ------------------------------------------------------------------ message fidelity


async def test_html_is_validated(standin: BotApiStandIn, bot: Bot) -> None:
    for bad in ("<script>alert(1)</script>", "1 < 2", "Q&A", "<b>open", "<b><i>x</b></i>"):
        with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
            await bot.send_message(CHAT, bad, parse_mode="HTML")
    ok = await bot.send_message(
        CHAT, '<b>Glutes</b> &amp; <a href="https://x.y">hams</a> 1 &lt; 2', parse_mode="HTML"
    )
    assert ok.text == "Glutes & hams 1 < 2"
    assert ok.text_html == '<b>Glutes</b> &amp; <a href="https://x.y">hams</a> 1 &lt; 2'
    await bot.send_message(CHAT, "1 < 2 & Q&A")  # no parse_mode: anything goes


async def test_text_limits_and_button_data(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
        await bot.send_message(CHAT, "<b></b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(CHAT, "x" * 4097)
    await bot.send_message(CHAT, "<b>" + "x" * 4096 + "</b>", parse_mode="HTML")  # tags free
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="d" * 65)]])
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(CHAT, "pick", reply_markup=too_long)


async def test_edit_and_delete_fidelity(standin: BotApiStandIn, bot: Bot) -> None:
    sent = await bot.send_message(CHAT, "Pick", reply_markup=keyboard("A"))
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("Pick", CHAT, sent.message_id, reply_markup=keyboard("A"))
    await bot.edit_message_reply_markup(CHAT, sent.message_id, reply_markup=keyboard("B"))
    await bot.edit_message_text("Picked", CHAT, sent.message_id)
    [now] = standin.messages(CHAT)
    assert (now.text, now.buttons, now.edits) == ("Picked", [], 2)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", CHAT, 999)
    assert await bot.delete_message(CHAT, sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message to delete not found"):
        await bot.delete_message(CHAT, sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("gone", CHAT, sent.message_id)
    assert standin.messages(CHAT)[0].deleted
    assert NOT_MODIFIED.startswith("message is not modified")


async def test_photo_upload_is_saved(standin: BotApiStandIn, bot: Bot) -> None:
    data = b"\x89PNG\r\n\x1a\n\x00binary\r\n--not-a-boundary\r\n\xff"
    await bot.send_photo(
        CHAT, photo=data, caption="<i>Form</i> check", parse_mode="HTML", filename="squat.png"
    )
    await bot.send_document(CHAT, document=b"plan", filename="plan.txt")
    photo, document = standin.messages(CHAT)
    assert photo.photo_path is not None and photo.photo_path.read_bytes() == data
    assert photo.photo_path.parent == standin.files_dir
    assert (photo.file_name, photo.caption) == ("squat.png", "<i>Form</i> check")
    assert document.document_path is not None and document.document_path.read_bytes() == b"plan"
    with pytest.raises(BadRequest, match=r"(?i)message caption is too long"):
        await bot.send_photo(CHAT, photo=data, caption="c" * 1025)


async def test_user_photo_can_be_downloaded(standin: BotApiStandIn, bot: Bot) -> None:
    message = standin.send_photo(CHAT, data=b"progress pic", caption="week 3")
    telegram_file = await bot.get_file(message["photo"][-1]["file_id"])
    assert await telegram_file.download_as_bytearray() == bytearray(b"progress pic")


async def test_commands_round_trip(bot: Bot) -> None:
    await bot.set_my_commands([("start", "Begin"), ("plan", "Your plan")])
    assert [(c.command, c.description) for c in await bot.get_my_commands()] == [
        ("start", "Begin"),
        ("plan", "Your plan"),
    ]
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([("Start!", "bad")])


async def test_callback_answer_needs_a_real_query(standin: BotApiStandIn, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query("123")
    with pytest.raises(ValueError, match="no message 5"):
        standin.press(CHAT, 5, "x")


# ------------------------------------------------------------------ polling


def test_get_updates_offset_limit_and_long_poll(standin: BotApiStandIn, http: httpx.Client) -> None:
    first = standin.send_text(CHAT, "/start@glute_coach_bot now")
    assert first["entities"] == [{"type": "bot_command", "offset": 0, "length": 22}]
    standin.send_text(CHAT, "two")
    standin.send_sticker(CHAT)
    assert standin.last_update_id == 3
    ids = [u["update_id"] for u in http.post("getUpdates").json()["result"]]
    assert ids == [1, 2, 3]
    assert [
        u["update_id"] for u in http.post("getUpdates", data={"offset": 2}).json()["result"]
    ] == [2, 3]  # update 1 is confirmed and gone
    assert len(http.post("getUpdates", data={"limit": 1}).json()["result"]) == 1
    assert http.post("getUpdates", data={"offset": 4}).json()["result"] == []

    result: list[Any] = []
    poll = threading.Thread(
        target=lambda: result.append(
            http.post("getUpdates", data={"offset": 4, "timeout": 10}).json()["result"]
        )
    )
    poll.start()
    standin.wait_until(
        lambda: any(c.method == "getUpdates" and c.status == 0 for c in standin.calls())
    )
    standin.send_text(CHAT, "wake up")  # the waiting poll returns at once, not after 10 s
    poll.join()
    assert [u["message"]["text"] for u in result[0]] == ["wake up"]


def test_marks_and_wait_until(standin: BotApiStandIn, http: httpx.Client) -> None:
    http.post("sendMessage", data={"chat_id": CHAT, "text": "before"})
    mark = standin.mark()
    http.post("sendMessage", data={"chat_id": CHAT, "text": "after"})
    assert [m.text for m in standin.messages_since(mark)] == ["after"]
    assert standin.wait_for_messages(CHAT, 2)[0].text == "before"
    with pytest.raises(TimeoutError, match=r"sendMessage -> 200"):
        standin.wait_until(lambda: False, timeout=0.05)


# ------------------------------------------------------------------ the module's public names


def test_public_names_are_reexported_from_server() -> None:
    """Importers use bot.standin.server; the names it re-exports are the modules' own objects."""
    from bot.standin import http_server, multipart, records, server, telegram_html

    homes = {
        records: "ApiCall ApiError SentMessage JSONDict Buttons T MAX_TEXT MAX_CAPTION "
        "MAX_CALLBACK_DATA NOT_MODIFIED BLOCKED QUERY_TOO_OLD",
        telegram_html: "HtmlError parse_html html_to_plain",
        http_server: "decode_body",
        multipart: "UploadedFile parse_multipart",
    }
    for module, names in homes.items():
        for name in names.split():
            assert getattr(server, name) is getattr(module, name), name
    assert set(server.__all__) == {n for names in homes.values() for n in names.split()} | {
        "BotApiStandIn"
    }
