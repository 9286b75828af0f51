"""Twitch chat: an IRCv3 client (irc.py) and the Adapter (adapter.py)."""

from plugins.twitch.adapter import TwitchAdapter

__all__ = ["TwitchAdapter"]
