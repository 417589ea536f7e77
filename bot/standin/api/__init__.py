"""The Bot API methods the stand-in serves, one mixin per kind of method.

Each method is `_api_<Telegram name>(params, files)`: it runs under the stand-in's lock, returns
the "result" of Telegram's reply, and raises ApiError for an error reply. server.py lists the
names it serves in BotApiStandIn.API_METHODS.
"""
