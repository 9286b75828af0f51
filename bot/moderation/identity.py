"""Who a moderator means: viewers known by platform id, named by login where there is one.

A viewer is `(platform, id)`. What people type to name one is a login (`@ippiki_wolf` on
Twitch, a Discord username), a display name (`@一匹狼`, which anyone can copy), or a platform
mention (`<@123>` on Discord, which carries the id). `Roster.resolve` turns any of them into
the one viewer seen in chat, or refuses: it never guesses between two viewers who answer to the
same name, so muting an impersonator never mutes the viewer they copy.

Names are compared in their folded form (`bot.textnorm.name_key`): case, width, invisible
characters and look-alike letters do not make a different name.
"""

from __future__ import annotations

import itertools
import re

from bot.events import ChatMessage
from bot.textnorm import name_key

# <@123>, <@!123>: a Discord user mention; the id is the viewer's.
_MENTION = re.compile(r"^<@!?(\d{1,25})>$")


class AmbiguousName(LookupError):
    """More than one viewer answers to a name: `count` of them to `name` (without "@"),
    `handles` being up to four ways to name just one. `str()` is the English sentence, for
    logs; chat says it through the persona (`mod_ambiguous` in bot/moderation/controls.py)."""

    def __init__(self, name: str, count: int, handles: list[str]) -> None:
        self.name, self.count, self.handles = name, count, handles
        tail = f"; name one: {', '.join(handles)}" if handles else ""
        super().__init__(f"{count} viewers answer to @{name}{tail}")


class Roster:
    """The last message of each recent viewer by (platform, id), with indexes by login and
    display name, so commands can find who was meant. Bounded: least recently active forgotten
    first."""

    def __init__(self, capacity: int = 50_000) -> None:
        self.capacity = capacity
        # Insertion-ordered: a viewer who speaks again moves to the end, so the first entries
        # are the least recently active.
        self._last: dict[tuple[str, str], ChatMessage] = {}
        # (platform, folded login) → id; (platform, folded display name) → ids.
        self._logins: dict[tuple[str, str], str] = {}
        self._names: dict[tuple[str, str], set[str]] = {}

    def see(self, msg: ChatMessage) -> None:
        """Remember `msg` as its viewer's latest; O(1) amortised."""
        v = msg.viewer
        key = v.key
        old = self._last.pop(key, None)
        renamed = old is None or (
            old.viewer.display_name != v.display_name or old.viewer.login != v.login
        )
        if old is not None and renamed:
            self._unindex(old)
        self._last[key] = msg
        if renamed:
            if v.login:
                self._logins[(v.platform, name_key(v.login))] = v.id
            self._names.setdefault((v.platform, name_key(v.display_name)), set()).add(v.id)
        if len(self._last) > self.capacity:
            last = self._last
            for gone_key in list(itertools.islice(last, self.capacity // 4 or 1)):
                self._unindex(last.pop(gone_key))

    def _unindex(self, msg: ChatMessage) -> None:
        v = msg.viewer
        if v.login and self._logins.get((v.platform, name_key(v.login))) == v.id:
            del self._logins[(v.platform, name_key(v.login))]
        ids = self._names.get((v.platform, name_key(v.display_name)))
        if ids is not None:
            ids.discard(v.id)
            if not ids:
                del self._names[(v.platform, name_key(v.display_name))]

    def by_id(self, platform: str, viewer_id: str) -> ChatMessage | None:
        return self._last.get((platform, viewer_id))

    def resolve(self, platform: str, who: str) -> ChatMessage | None:
        """The latest message of the viewer `who` names on `platform`: a mention (`<@id>`), a
        login or a display name, with or without @. None if no such viewer was seen;
        AmbiguousName if two or more viewers answer to it."""
        who = who.strip()
        if m := _MENTION.match(who):
            return self._last.get((platform, m.group(1)))
        if who.startswith("id:"):
            return self._last.get((platform, who[3:]))
        key = name_key(who)
        if not key:
            return None
        if (platform, key) not in self._names and (platform, key) not in self._logins:
            # "@zedd," "@zedd:" as typed in a sentence: the punctuation is not the name's.
            key = key.rstrip(",.;:!?，。；：！？、)") or key
        ids: set[str] = set()
        login_id = self._logins.get((platform, key))
        if login_id is not None:
            ids.add(login_id)
        ids |= self._names.get((platform, key), set())
        if not ids:
            return None
        if len(ids) > 1:
            raise AmbiguousName(who.lstrip("@"), len(ids), self._handles(platform, who.lstrip("@"),
                                                                         sorted(ids)))
        return self._last.get((platform, ids.pop()))

    def find(self, platform: str, name: str) -> ChatMessage | None:
        """`resolve`, with an ambiguous name counted as not found."""
        try:
            return self.resolve(platform, name)
        except AmbiguousName:
            return None

    def _handles(self, platform: str, name: str, ids: list[str]) -> list[str]:
        handles: list[str] = []
        for i in ids[:4]:
            msg = self._last.get((platform, i))
            v = msg.viewer if msg else None
            if v is not None and v.login and name_key(v.login) != name_key(name):
                handles.append(f"@{v.login}")
            elif platform == "discord":
                handles.append(f"<@{i}>")
            else:
                handles.append(f"{platform}:id:{i}")
        return handles
