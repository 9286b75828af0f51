"""The signature scheme, and the README's copy-paste examples of it (Python and curl)."""

from __future__ import annotations

import hashlib
import hmac
import re
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest

from plugins.webhooks.signing import SignatureError, sign, signature, verify

README = Path(__file__).resolve().parent.parent / "README.md"
NOW = 1_750_000_000.0


def test_signature_is_hmac_sha256_over_timestamp_dot_body():
    body = b'{"id":"a","type":"stock"}'
    expected = hmac.new(b"k", b"1750000000." + body, hashlib.sha256).hexdigest()
    assert signature("k", "1750000000", body) == f"v1={expected}"
    headers = sign("k", body, now=NOW, event_id="a", source="shop")
    assert headers["Hawker-Signature"] == f"v1={expected}"
    assert headers["Hawker-Event-Id"] == "a" and headers["Hawker-Source"] == "shop"
    assert verify("k", headers, body, now=NOW) == 1_750_000_000


@pytest.mark.parametrize(("change", "message"), [
    (lambda h, b: (h, b + b" "), "does not match"),
    (lambda h, b: ({**h, "Hawker-Timestamp": "1750000001"}, b), "does not match"),
    (lambda h, b: ({**h, "Hawker-Signature": h["Hawker-Signature"].upper()}, b),
     "must be 'v1="),
    (lambda h, b: ({k: v for k, v in h.items() if k != "Hawker-Signature"}, b), "missing"),
    (lambda h, b: ({**h, "Hawker-Timestamp": "-5"}, b), "Unix seconds"),
    (lambda h, b: ({**h, "Hawker-Timestamp": "１７５"}, b), "Unix seconds"),
])
def test_any_change_breaks_the_signature(change, message):
    body = b'{"id":"a"}'
    headers, body = change(sign("k", body, now=NOW), body)
    with pytest.raises(SignatureError, match=message):
        verify("k", headers, body, now=NOW)


def test_five_minute_tolerance_both_ways():
    body = b"{}"
    headers = sign("k", body, now=NOW)
    verify("k", headers, body, now=NOW + 300)
    verify("k", headers, body, now=NOW - 300)
    for now in (NOW + 301, NOW - 301):
        with pytest.raises(SignatureError, match="tolerance"):
            verify("k", headers, body, now=now)


def test_secret_rotation_accepts_either_secret_and_either_signature():
    body = b'{"id":"r"}'
    old, new = sign("old", body, now=NOW), sign("new", body, now=NOW)
    both = {**new, "Hawker-Signature": f"{old['Hawker-Signature']},{new['Hawker-Signature']}"}
    verify(["new", "old"], old, body, now=NOW)
    verify("new", both, body, now=NOW)
    with pytest.raises(SignatureError):
        verify("other", both, body, now=NOW)


def _readme_block(lang: str) -> str:
    section = README.read_text(encoding="utf-8").split("## Webhooks and the HTTP API", 1)[1]
    return re.search(rf"```{lang}\n(.*?)```", section, re.S).group(1)


def test_readme_python_example_produces_a_valid_request(monkeypatch):
    sent: dict = {}
    monkeypatch.setattr(httpx, "post", lambda url, content, headers: sent.update(
        url=url, body=content, headers=headers))
    exec(_readme_block("python"), {})  # noqa: S102 - our own README's example
    assert sent["url"].endswith("/webhooks/shop")
    now = float(sent["headers"]["Hawker-Timestamp"])
    verify("the shop's shared secret", sent["headers"], sent["body"], now=now)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_readme_curl_example_signs_like_hawker():
    lines = [line for line in _readme_block("sh").splitlines()
             if line.startswith(("SECRET=", "BODY=", "SIG="))]
    script = "\n".join(["TS=1750000000", *lines, 'printf "%s\\n%s" "$BODY" "$SIG"'])
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True)
    body, sig = out.stdout.rsplit("\n", 1)
    assert f"v1={sig}" == signature("the shop's shared secret", "1750000000", body.encode())
