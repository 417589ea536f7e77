"""The service layer: one module per use-case family, between the handlers and the store.

Every public function here is synchronous and runs inside one unit of work
(`Database.run`): it takes the transaction's `Session`, reads the person's row under its
lock, decides with the pure coach, writes through bot/store, and returns a typed value that
a handler renders. Nothing here imports telegram or renders a message.
"""
