"""Lucky draws: cross-platform, durable, verifiably fair (see fairness.py for the procedure).

Kept import-light (bot.config imports the settings model): import the feature from
`bot.draws.service` and its commands from `bot.draws.commands`.
"""
