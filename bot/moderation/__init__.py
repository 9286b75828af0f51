"""Moderation: privilege mapping (roles), chat filters, moderator controls, the audit log.

Kept import-light: adapters import `bot.moderation.roles` and nothing else.
"""
