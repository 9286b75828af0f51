"""The review queue: answers held for a moderator while review mode is on.

Held answers live in the store (table `review_queue`), with the question they answer and every
viewer the answer mentions, so a restart loses none and `!approve N` after it still replies to
the right message on the right platform.

An approved answer counts as delivered only when the outbox reports it sent; one approved
just before a restart is queued again when the bot starts (at least once, never lost).

Before a held answer goes out (approved as it is, or edited by a moderator) it is checked
against the facts as they are *now*, with the answers feature's verifier (`AnswerCheck`); a
price that changed while the answer waited stops it. Without a verifier wired in, an edit may
reword but may not add a number the original did not have.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.events import ChatMessage, Role, Viewer
from bot.store import Store

if TYPE_CHECKING:  # moderation runs without the answers feature loaded
    from bot.answers.service import AnswerService

# (question message, answer text) → the verifier's problems with that text now; [] if none.
AnswerCheck = Callable[[ChatMessage, str], list[str]]

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def same_numbers(original: str) -> AnswerCheck:
    """The fallback check: the text may not contain a number the original answer lacks."""
    allowed = {n.replace(",", "") for n in _NUMBER.findall(original)}

    def check(msg: ChatMessage, text: str) -> list[str]:
        return [
            f"{n} is not in the verified answer"
            for n in _NUMBER.findall(text)
            if n.replace(",", "") not in allowed
        ]

    return check


def question_of(msg: ChatMessage, prefix: str = "!") -> str:
    """The question a message asks: its text, less a leading command word (`!ask ...`)."""
    text = msg.text.strip()
    if text.startswith(prefix):
        parts = text.split(None, 1)
        text = parts[1] if len(parts) > 1 else ""
    return text.strip()


def verifier_check(service: AnswerService, prefix: str = "!") -> AnswerCheck:
    """An AnswerCheck from the answers feature (bot.answers.service.AnswerService): ground the
    question again with today's facts and run its verifier on the text."""

    def check(msg: ChatMessage, text: str) -> list[str]:
        question = question_of(msg, prefix)
        if not question:  # a command's reply (!deals): nothing to ground it on
            return []
        grounds = service.ground(question, msg.role)
        return list(service.verifier.check(text, grounds).problems)

    return check


# -- storage ----------------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE IF NOT EXISTS review_queue (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    held_at REAL NOT NULL,
    message TEXT NOT NULL,   -- the question's ChatMessage, as JSON
    mentions TEXT NOT NULL,  -- the viewers the answer mentions, as JSON
    answer TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'held',  -- held | approved | edited | rejected
    decided_by TEXT,
    decided_at REAL,
    final TEXT,              -- the text approved to go out
    sent_at REAL             -- when the platform took it; NULL while it waits in the outbox
);
CREATE INDEX IF NOT EXISTS review_queue_status ON review_queue(status, id);
"""


def _viewer_json(v: Viewer) -> dict[str, Any]:
    return {"platform": v.platform, "id": v.id, "name": v.display_name, "role": int(v.role)}


def _viewer(d: dict[str, Any]) -> Viewer:
    return Viewer(d["platform"], d["id"], d["name"], Role(d["role"]))


def message_json(msg: ChatMessage) -> dict[str, Any]:
    return {
        "platform": msg.platform,
        "channel": msg.channel,
        "message_id": msg.message_id,
        "viewer": _viewer_json(msg.viewer),
        "text": msg.text,
        "timestamp": msg.timestamp,
        "reply_to": msg.reply_to,
        "addressed_to_bot": msg.addressed_to_bot,
    }


def message_from_json(d: dict[str, Any]) -> ChatMessage:
    return ChatMessage(
        d["platform"],
        d["channel"],
        d["message_id"],
        _viewer(d["viewer"]),
        d["text"],
        d["timestamp"],
        d.get("reply_to"),
        d.get("addressed_to_bot", False),
    )


@dataclass(frozen=True, slots=True)
class HeldAnswer:
    id: int
    message: ChatMessage
    mentions: tuple[Viewer, ...]
    answer: str
    held_at: float
    status: str


class ReviewQueue:
    """Answers held for a moderator, durable in the store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        store.ensure_schema(_SCHEMA)

    def hold(self, msg: ChatMessage, mentions: tuple[Viewer, ...], answer: str, now: float) -> int:
        return self.store.insert(
            "INSERT INTO review_queue(held_at, message, mentions, answer) VALUES (?, ?, ?, ?)",
            (
                now,
                json.dumps(message_json(msg), ensure_ascii=False),
                json.dumps([_viewer_json(v) for v in mentions], ensure_ascii=False),
                answer,
            ),
        )

    @staticmethod
    def _row(r: sqlite3.Row) -> HeldAnswer:
        return HeldAnswer(
            r["id"],
            message_from_json(json.loads(r["message"])),
            tuple(_viewer(v) for v in json.loads(r["mentions"])),
            r["answer"],
            r["held_at"],
            r["status"],
        )

    def get(self, id: int) -> HeldAnswer | None:
        rows = self.store.query("SELECT * FROM review_queue WHERE id = ?", (id,))
        return self._row(rows[0]) if rows else None

    def pending(self, limit: int = -1) -> list[HeldAnswer]:
        rows = self.store.query(
            "SELECT * FROM review_queue WHERE status = 'held' ORDER BY id LIMIT ?", (limit,)
        )
        return [self._row(r) for r in rows]

    def count(self) -> int:
        held: int = self.store.query("SELECT COUNT(*) FROM review_queue WHERE status = 'held'")[0][0]
        return held

    def unsent(self) -> list[tuple[HeldAnswer, str]]:
        """Answers approved but never confirmed sent (the process stopped while they waited in
        the outbox), with their final text, oldest first."""
        rows = self.store.query(
            "SELECT * FROM review_queue WHERE status IN ('approved', 'edited') "
            "AND sent_at IS NULL ORDER BY decided_at, id"
        )
        return [(self._row(r), r["final"]) for r in rows]

    def mark_sent(self, id: int, now: float) -> None:
        self.store.execute("UPDATE review_queue SET sent_at = ? WHERE id = ?", (now, id))

    def decide(self, id: int, status: str, by: str, now: float, final: str | None = None) -> bool:
        """Close a held answer once; False if it was not waiting (unknown or already decided)."""
        cur = self.store.execute(
            "UPDATE review_queue SET status = ?, decided_by = ?, decided_at = ?, final = ? "
            "WHERE id = ? AND status = 'held'",
            (status, by, now, final, id),
        )
        return cur.rowcount == 1
