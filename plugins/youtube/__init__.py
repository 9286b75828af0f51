"""YouTube Live Chat: the Data API client (client.py), its quota budget (quota.py), the Adapter."""

from plugins.youtube.adapter import YouTubeAdapter

__all__ = ["YouTubeAdapter"]
