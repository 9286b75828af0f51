"""The [webhooks] config section: clear errors naming the file and key; secrets from env only."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Config, ConfigError
from plugins.webhooks.setup import Webhooks

GOOD = """
[webhooks]
port = 0
[webhooks.sources.shop]
kind = "shop"
secret_env = "HAWKER_TEST_SHOP"
[webhooks.sources.douyin]
kind = "chat"
secret_env = "HAWKER_TEST_BRIDGE"
platform = "douyin"
callback_url = "http://127.0.0.1:9/cb"
max_role = "Moderator"
[[webhooks.admin_tokens]]
name = "mia"
token_env = "HAWKER_TEST_TOKEN"
[[webhooks.subscribers]]
name = "crm"
url = "http://127.0.0.1:9/crm"
secret_env = "HAWKER_TEST_CRM"
events = ["draw.*"]
"""


def load(tmp_path: Path, text: str) -> Config:
    path = tmp_path / "hawker.toml"
    path.write_text(text)
    return Config.load(path)


@pytest.mark.parametrize(("text", "message"), [
    (GOOD.replace('kind = "shop"', 'kind = "shopify"'), "webhooks.sources.shop.kind"),
    (GOOD.replace('callback_url = "http://127.0.0.1:9/cb"\n', ""),
     "webhooks.sources.douyin: Value error, a chat source needs 'platform' and 'callback_url'"),
    (GOOD.replace('max_role = "Moderator"', 'max_role = "admin"'),
     "webhooks.sources.douyin.max_role: Value error, unknown role 'admin'"),
    (GOOD.replace("port = 0", "port = 70000"), "webhooks.port"),
    (GOOD.replace("port = 0", "port = 0\nsecret = \"hunter2\""), "webhooks.secret: Extra inputs"),
    (GOOD.replace('name = "mia"\n', ""), "webhooks.admin_tokens.0.name: Field required"),
])
def test_bad_sections_name_the_key(tmp_path, text, message):
    with pytest.raises(ConfigError) as err:
        load(tmp_path, text)
    assert str(tmp_path / "hawker.toml") in str(err.value) and message in str(err.value)


def test_a_missing_secret_is_named_before_anything_starts(tmp_path, clock, monkeypatch):
    config = load(tmp_path, GOOD)
    assert config.webhooks.sources["douyin"].max_role == "moderator"
    for name in ("HAWKER_TEST_SHOP", "HAWKER_TEST_BRIDGE", "HAWKER_TEST_TOKEN"):
        monkeypatch.setenv(name, "x")
    monkeypatch.delenv("HAWKER_TEST_CRM", raising=False)
    from bot.store import Store

    with pytest.raises(ConfigError, match="HAWKER_TEST_CRM is not set"):
        Webhooks.from_config(config.webhooks, store=Store(), clock=clock, outbox=None)
    monkeypatch.setenv("HAWKER_TEST_CRM", "y")
    hooks = Webhooks.from_config(config.webhooks, store=Store(), clock=clock, outbox=None)
    (bridge,) = hooks.bridges
    assert bridge.platform == "douyin" and bridge.max_role.name == "MODERATOR"
    assert hooks.bus.targets["crm"].wants("draw.winner")
    assert not hooks.bus.targets["crm"].wants("answer.sent")


def test_no_section_means_no_server(tmp_path):
    assert load(tmp_path, "").webhooks is None


def _bridge_event(role: str, viewer_id: str = "u1"):  # noqa: ANN202
    from plugins.webhooks.models import ChatEvent

    return ChatEvent.model_validate({
        "id": "e", "channel": "room", "message_id": "m",
        "viewer": {"id": viewer_id, "display_name": "V", "role": role}, "text": "hi"})


def test_bridge_roles_are_capped_by_the_source_or_the_shows_role_policy(clock):
    from bot.events import Role
    from bot.moderation.roles import RolePolicy
    from plugins.webhooks.bridge import BridgeAdapter

    def bridge(max_role: Role, policy: RolePolicy | None = None) -> BridgeAdapter:
        return BridgeAdapter("dy", "douyin", "http://x", "s", clock, max_role=max_role,
                             role_policy=policy)

    assert bridge(Role.SUBSCRIBER).to_message(_bridge_event("owner")).role == Role.SUBSCRIBER
    assert bridge(Role.SUBSCRIBER).to_message(_bridge_event("viewer")).role == Role.VIEWER
    assert bridge(Role.VIEWER).to_message(_bridge_event("moderator")).role == Role.VIEWER
    # [moderation.roles] bridge_trust names this source: the show's policy wins.
    trusted = RolePolicy(bridge_trust={"dy": Role.MODERATOR})
    assert bridge(Role.VIEWER, trusted).to_message(_bridge_event("owner")).role == Role.MODERATOR
    # grants raise a named account on the bridged platform, whatever the bridge claims.
    granted = RolePolicy(grants={("douyin", "boss"): Role.HOST})
    msg = bridge(Role.VIEWER, granted).to_message(_bridge_event("viewer", "boss"))
    assert msg.role == Role.HOST and msg.platform == "douyin" and msg.viewer.id == "boss"
