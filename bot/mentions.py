"""Mentions by identity: features name a viewer by (platform, id); the adapter renders it.

A feature that names a viewer inside a message meant for every channel (a draw's winners) puts
`token(platform, viewer_id, name)` in the text. Just before sending, the outbox calls
`render(text, platform, mention)`: on the viewer's own platform the adapter's `mention` renders
it (Discord: `<@id>`, a ping that reaches that member even when another shows the same name;
Twitch: `@login`); anywhere else it is `@name`. Text without tokens is returned as it is.

The token uses private-use characters, which no platform displays and no viewer types; they are
stripped from the name so a display name cannot forge one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.events import Viewer

_OPEN, _SEP, _CLOSE = "\ue000", "\ue001", "\ue002"
_TOKEN = re.compile(f"{_OPEN}([^{_SEP}{_CLOSE}]*){_SEP}([^{_SEP}{_CLOSE}]*){_SEP}([^{_CLOSE}]*){_CLOSE}")
_FORGED = re.compile(f"[{_OPEN}{_SEP}{_CLOSE}]")


def token(platform: str, viewer_id: str, name: str) -> str:
    """A placeholder for a mention of viewer `(platform, viewer_id)`, shown as `@name` where
    the platform cannot mention by id."""
    clean = [_FORGED.sub("", part) for part in (platform, str(viewer_id), name)]
    return f"{_OPEN}{clean[0]}{_SEP}{clean[1]}{_SEP}{clean[2]}{_CLOSE}"


def render(text: str, platform: str, mention: Callable[[Viewer], str] | None = None) -> str:
    """`text` with each token rendered for `platform`: by `mention` (the adapter's) when the
    viewer is on that platform, else as `@name`."""
    if _OPEN not in text:
        return text

    def one(m: re.Match[str]) -> str:
        who_platform, viewer_id, name = m.groups()
        if mention is not None and who_platform == platform and viewer_id:
            return mention(Viewer(who_platform, viewer_id, name))
        return f"@{name}"

    return _TOKEN.sub(one, text)


def plain(text: str) -> str:
    """`text` with tokens as `@name`: for logs, audit entries and webhooks."""
    return render(text, "", None)
