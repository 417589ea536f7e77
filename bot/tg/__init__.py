"""The Telegram adapter: the Application and its runner, the Bot API HTTP client, per-chat
update ordering, retries, the per-update log line, the webhook server and the push
dispatcher. With bot/handlers/, the only code that imports telegram."""
