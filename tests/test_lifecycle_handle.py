"""bot.lifecycle.Handle: a value set while the opener runs is kept (a test that builds its own
knowledge base, or a feature that sets it, is not overwritten by the default one opening in a
thread; before, a moderator's !fix could land in one knowledge base and the answers read
another under load)."""

from __future__ import annotations

import asyncio
import threading

from bot.lifecycle import Handle


async def test_a_value_set_while_opening_is_kept() -> None:
    release = threading.Event()

    def opener() -> str:
        release.wait(5)
        return "opened"

    handle: Handle[str] = Handle("kb", opener)
    waiting = asyncio.create_task(handle.ready())
    await asyncio.sleep(0.05)  # the opener is running in its thread
    handle.set("set by the test")
    release.set()
    assert await waiting == "set by the test"
    assert handle.current() == "set by the test"


async def test_the_opened_value_is_used_when_none_was_set() -> None:
    handle: Handle[str] = Handle("kb", lambda: "opened")
    assert await handle.ready() == "opened"
