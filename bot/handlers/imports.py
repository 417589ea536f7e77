"""A training log sent as a document: a Strong or Hevy CSV, read and imported.

The file is checked before and after download (size, encoding, format); any problem is one
reply and nothing is stored. Only then does one unit of work import it
(bot/training/imports.py). The file itself is never kept.
"""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatAction

from bot.coach.workout_csv import FileProblem, parse_workout_csv
from bot.handlers.common import Context, caller, run, send_template, services
from bot.handlers.reports import show_activity
from bot.training import imports

MAX_BYTES = 2_000_000  # years of sets are well under this; Telegram allows bots 20 MB


async def document_received(update: Update, context: Context) -> None:
    svc, who = services(context), caller(update)
    message = update.effective_message
    assert message is not None and message.document is not None
    document = message.document
    if (document.file_size or 0) > MAX_BYTES:
        await send_template(update, context, "import_refused", code="too_big")
        return
    await show_activity(context, who.chat_id, ChatAction.TYPING)
    data = bytes(await (await document.get_file()).download_as_bytearray())
    if len(data) > MAX_BYTES:  # file_size is optional in the update
        await send_template(update, context, "import_refused", code="too_big")
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        await send_template(update, context, "import_refused", code="encoding")
        return
    parsed = parse_workout_csv(text)
    if isinstance(parsed, FileProblem):
        await send_template(
            update,
            context,
            "import_refused",
            code=parsed.code,
            line=parsed.line,
            column=parsed.column,
        )
        return
    done = await run(context, lambda s: imports.import_log(svc, s, who, parsed))
    await send_template(update, context, "import_done", result=done)
