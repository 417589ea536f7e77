"""What the running bot is made of, none of it Telegram: settings, the clock, logging, the
template renderer, charts, and the typed Services every handler and use case receives."""
