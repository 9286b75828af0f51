"""[platforms.twitch] and [platforms.youtube]: validation, secrets from the environment, wiring."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import Hawker
from bot.config import Config, ConfigError, TwitchSection, YouTubeSection
from plugins.twitch import TwitchAdapter
from plugins.youtube import YouTubeAdapter

EXAMPLES = Path(__file__).resolve().parent.parent / "bot" / "examples"

GOOD = """
[platforms.twitch]
nick = "HawkerBot"
channels = ["#LaoZhangFarm", "farmsale"]
moderator = true
client_id = "abc123"

[platforms.youtube]
video_id = "dQw4w9WgXcQ"
daily_quota = 50000
show_hours = 1.5
quota_costs = { "liveChatMessages.insert" = 20 }
"""


def test_sections_load_and_normalise(tmp_path):
    path = tmp_path / "hawker.toml"
    path.write_text(GOOD)
    cfg = Config.load(path)
    tw, yt = cfg.platforms.twitch, cfg.platforms.youtube
    assert tw.channels == ["laozhangfarm", "farmsale"] and tw.port == 6697 and tw.tls
    assert tw.token_env == "HAWKER_TWITCH_TOKEN"
    assert yt.video_id == "dQw4w9WgXcQ" and yt.quota_costs == {"liveChatMessages.insert": 20}


@pytest.mark.parametrize(
    "body,where",
    [
        ('[platforms.twitch]\nchannels = ["a"]', "platforms.twitch.nick"),
        ('[platforms.twitch]\nnick = "b"\nchannels = []', "platforms.twitch.channels"),
        ('[platforms.twitch]\nnick = "b"\nchannels = ["two words"]', "platforms.twitch.channels"),
        (
            '[platforms.twitch]\nnick = "b"\nchannels = ["a"]\ntoken = "oauth:leak"',
            "platforms.twitch.token",
        ),
        ("[platforms.youtube]\ndaily_quota = 0", "platforms.youtube.daily_quota"),
        ('[platforms.youtube]\nvideoid = "x"', "platforms.youtube.videoid"),
    ],
)
def test_bad_sections_name_file_and_key(tmp_path, body, where):
    path = tmp_path / "hawker.toml"
    path.write_text(body)
    with pytest.raises(ConfigError) as err:
        Config.load(path)
    assert str(path) in str(err.value) and where in str(err.value)


def _app(tmp_path, clock) -> Hawker:
    cfg = Config.load(EXAMPLES / "hawker.toml")
    cfg.store.path = tmp_path / "hawker.db"
    cfg.platforms.twitch = TwitchSection(nick="hawkerbot", channels=["farmsale"], moderator=True)
    cfg.platforms.youtube = YouTubeSection(video_id="vid123")
    return Hawker(cfg, clock)


def test_app_builds_both_adapters_from_config(tmp_path, clock, monkeypatch):
    for name, value in [
        ("HAWKER_TWITCH_TOKEN", "oauth:t0ken"),
        ("HAWKER_YOUTUBE_CLIENT_ID", "cid"),
        ("HAWKER_YOUTUBE_CLIENT_SECRET", "cs"),
        ("HAWKER_YOUTUBE_REFRESH_TOKEN", "rt"),
    ]:
        monkeypatch.setenv(name, value)
    app = _app(tmp_path, clock)
    try:
        adapters = app.configured_adapters()
        tw = next(a for a in adapters if isinstance(a, TwitchAdapter))
        yt = next(a for a in adapters if isinstance(a, YouTubeAdapter))
        assert tw.channels() == ["farmsale"] and tw.tokens.access_token == "t0ken"
        assert tw.capabilities.rate.messages == 100 and tw.capabilities.max_length == 500
        assert not tw.capabilities.embeds and not yt.capabilities.embeds
        assert yt.capabilities.max_length == 200 and yt.video_id == "vid123"
        assert yt.client.tokens.refresh_token == "rt"
    finally:
        app.store.close()


def test_missing_secret_names_the_variable(tmp_path, clock, monkeypatch):
    monkeypatch.delenv("HAWKER_TWITCH_TOKEN", raising=False)
    app = _app(tmp_path, clock)
    try:
        with pytest.raises(ConfigError, match="HAWKER_TWITCH_TOKEN is not set"):
            app.configured_adapters()
    finally:
        app.store.close()


async def test_hawker_run_path_connects_twitch_from_config(tmp_path, clock, monkeypatch):
    """The path `hawker run` takes: config section → configured_adapters → start → chat."""
    import asyncio

    from tests.test_twitch_dialect import eventually
    from tests.twitch_server import TwitchServer

    server = await TwitchServer(token="t0ken").start()
    monkeypatch.setenv("HAWKER_TWITCH_TOKEN", "oauth:t0ken")
    cfg = Config.load(EXAMPLES / "hawker.toml")
    cfg.store.path = tmp_path / "hawker.db"
    cfg.show.plan = None
    cfg.platforms.twitch = TwitchSection(
        nick="hawkerbot", channels=["farmsale"], host="127.0.0.1", port=server.port, tls=False
    )
    app = Hawker(cfg, clock)
    for adapter in app.configured_adapters():
        app.add_adapter(adapter)
    await app.start()
    try:
        await eventually(lambda: server.live)
        server.privmsg("farmsale", "tina", "!help", user_id="21")
        await eventually(lambda: server.sent_privmsgs(), clock=clock, step=0.5)
        assert "!help" in server.sent_privmsgs()[0].params[1]
    finally:
        await app.stop()
        await server.close()
        await asyncio.sleep(0)
