"""Discord: a discord.py client in the core's loop (adapter), slash commands (slash), buttons."""

from plugins.discord.adapter import DiscordAdapter, ladder_role

__all__ = ["DiscordAdapter", "ladder_role"]
