"""Lucky draws: cross-platform, durable, verifiably fair (see fairness.py for the procedure).

Kept import-light (bot.config imports the settings model): import the feature (`Draws`, a
facade over states, intake, picking, claims, timers, exporter and presenter) from
`bot.draws.service` and its commands from `bot.draws.commands`. Every text is a phrase of
`phrases.yaml` (English and Chinese).
"""
