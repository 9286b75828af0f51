"""How the app is put together: the show's files are read once per start, features get what
they use (never the app), parts start in order and stop in reverse, and what opens later is
reached through a handle."""

from __future__ import annotations

import asyncio
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

import knowledge.importers.registry as registry
from bot.app import Hawker
from bot.config import Config
from bot.events import Priority, Reply
from bot.lifecycle import Handle, Lifecycle, Steps
from bot.outbox import Outbox
from plugins.console import ConsoleAdapter

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "bot" / "examples"


def sample_show(tmp_path: Path) -> Config:
    for name in ("hawker.toml", "catalog.yaml", "persona.yaml", "policies.yaml", "show.yaml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    return Config.load(tmp_path / "hawker.toml")


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Every time a catalog is parsed (the importers' one entry point) or a policies file is
    read, by file name. Spies on the functions `load_catalog` and `load_policies` call, so no
    import path around them goes uncounted."""
    seen: Counter[str] = Counter()
    read_catalog, read_text = registry.read_catalog, registry.read_text_or_fail

    def counting_catalog(path, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        seen[f"catalog:{Path(path).name}"] += 1
        return read_catalog(path, *args, **kwargs)

    def counting_text(path, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if Path(path).name == "policies.yaml":
            seen["policies"] += 1
        return read_text(path, *args, **kwargs)

    monkeypatch.setattr(registry, "read_catalog", counting_catalog)
    monkeypatch.setattr(registry, "read_text_or_fail", counting_text)
    return seen


async def test_the_catalog_and_policies_are_read_once_per_start(tmp_path, clock, reads):
    app = Hawker(sample_show(tmp_path), clock)
    app.add_adapter(ConsoleAdapter(clock=clock, out=None))
    await app.start()
    await app.stop()
    assert reads == {"catalog:catalog.yaml": 1, "policies": 1}
    # One fact table, built from that one parse, is the show's.
    assert app.show is not None and app.show.facts is app.facts


@pytest.mark.slow  # indexes the sample catalog into a fresh Chroma
async def test_opening_the_knowledge_base_reads_nothing_again(tmp_path, clock, reads):
    app = Hawker(sample_show(tmp_path), clock)
    app.add_adapter(ConsoleAdapter(clock=clock, out=None))
    await app.start()
    try:
        service = await app.answering.ready()
        assert app.answers is service and app.knowledge is not None
        assert len(app.knowledge.catalog) > 5  # indexed from the parsed catalog
        assert app.knowledge.facts is app.facts
    finally:
        await app.stop()
    assert reads == {"catalog:catalog.yaml": 1, "policies": 1}


async def test_parts_start_in_order_and_stop_in_reverse(tmp_path, clock):
    app = Hawker(sample_show(tmp_path), clock)
    app.add_adapter(ConsoleAdapter(clock=clock, out=None))
    assert app.lifecycle.names == ["outbox", "moderation", "draws", "adapter:console",
                                   "platforms", "show", "answers"]
    await app.start()
    await app.stop()


async def test_a_part_that_fails_to_start_is_stopped_with_the_rest():
    log: list[str] = []

    def step(name: str, fail: bool = False) -> Steps:
        def start() -> None:
            log.append(f"start {name}")
            if fail:
                raise ConnectionError(f"{name} refused")

        return Steps(name, start, lambda: log.append(f"stop {name}"))

    life = Lifecycle()
    for name in ("outbox", "draws", "show"):
        life.add(name, step(name))
    life.add("twitch", step("twitch", fail=True), before="show")
    with pytest.raises(ConnectionError, match="twitch refused"):
        await life.start()
    await life.stop()
    assert log == ["start outbox", "start draws", "start twitch",
                   "stop show", "stop twitch", "stop draws", "stop outbox"]


async def test_a_handle_opens_once_for_every_caller():
    opened: list[int] = []

    def opener() -> int:
        opened.append(1)
        return 42

    kb = Handle("kb", opener)
    assert kb.current() is None and not kb.is_ready
    assert await asyncio.gather(kb.ready(), kb.ready(), kb.ready()) == [42, 42, 42]
    assert opened == [1] and kb.current() == 42 and kb.is_ready


async def test_a_handle_that_fails_to_open_says_why_to_every_caller():
    def opener() -> int:
        raise ValueError("catalog.yaml:3: price: not a number")

    kb = Handle("kb", opener)
    results = await asyncio.gather(kb.ready(), kb.ready(), return_exceptions=True)
    assert [str(r) for r in results] == ["catalog.yaml:3: price: not a number"] * 2
    with pytest.raises(ValueError):
        await kb.ready()
    assert kb.current() is None


async def test_a_handle_without_opener_waits_for_its_value():
    answers: Handle[str] = Handle("answers")
    waiting = asyncio.create_task(answers.ready())
    await asyncio.sleep(0)
    assert not waiting.done()
    answers.set("service")
    assert await waiting == "service"


async def test_a_reviewed_answer_passes_the_gates(clock):
    outbox = Outbox(clock)
    console = ConsoleAdapter(clock=clock, out=None)
    outbox.add_adapter(console)
    outbox.gates.append(lambda out: False)  # review mode: hold every answer
    outbox.start()
    msg = console.message("ava", "how much is the beef?")
    outbox.put(Reply(msg, "Beef shank is ¥89.90.", Priority.ANSWER))
    outbox.put(Reply(msg, "Beef shank is ¥79.90.", Priority.ANSWER, source={"review_id": 1}),
               reviewed=True)
    await clock.advance(1)
    await outbox.stop()
    assert [d.text for d in console.sent] == ["Beef shank is ¥79.90."]
    assert outbox.held == 1


def test_no_feature_takes_or_reaches_into_the_app():
    """Features get their dependencies passed in: no `app: Any`, no `getattr(app, ...)`, no
    attributes written onto the app from outside it."""
    pattern = re.compile(r"getattr\((self\.)?app\b|\bapp: Any|\bapp\.\w+ = ")
    # The webhook server's `app` is the ASGI application (Starlette's), not Hawker's.
    asgi = re.compile(r"def (one_line_errors|serve_asgi)\(app: Any")
    found = [f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
             for folder in ("bot", "plugins") for path in sorted((ROOT / folder).rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if pattern.search(line) and not asgi.search(line)]
    assert found == []


async def test_approved_answers_merged_into_one_message_are_all_delivered(tmp_path, clock):
    """Two held answers with the same text, approved while the channel waits, go out as one
    message to both askers; both count as sent, so a restart says neither again."""
    from moderation_support import start_show, texts

    from bot.events import Role
    from plugins.base import Capabilities, RateLimit

    db = tmp_path / "h.db"
    slow = Capabilities(max_length=400, rate=RateLimit(1, 60))
    app, console = await start_show(db, clock, capabilities=slow)
    await console.say("amy", "!review on", Role.MODERATOR)  # its reply takes the minute's slot
    for name in ("bob", "cy"):
        msg = console.message(name, "is the beef grass-fed?")
        app.outbox.put(Reply(msg, "Yes, grass-fed.", Priority.ANSWER, mentions=(msg.viewer,)))
    await console.say("amy", "!approve 1", Role.MODERATOR)
    await console.say("amy", "!approve 2", Role.MODERATOR)
    await clock.advance(61)
    assert "@bob @cy: Yes, grass-fed." in texts(console)
    await app.stop()

    app, console = await start_show(db, clock)
    await clock.advance(1)
    assert texts(console) == []  # delivered once, not again
    assert app.moderation.controls.queue.unsent() == []
    await app.stop()


def test_no_dependency_is_hung_on_a_library_object():
    """Found by a declared, typed attribute, not set on someone else's object and looked up by
    name (`client.draw_buttons = self` ... `getattr(interaction.client, "draw_buttons")`), nor
    a dependency typed Any and probed by name (`getattr(self.pipeline, "counts", {})`)."""
    found = [f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
             for folder in ("bot", "plugins") for path in sorted((ROOT / folder).rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             # (dunder marks on functions, such as a command's spec, are not dependencies)
             if re.search(r"\b(?!self\.)\w+\.(?!__)\w+ = .*# type: ignore\[attr-defined\]", line)
             or re.search(r"getattr\(interaction\.client\b|getattr\(self\.pipeline\b", line)]
    assert found == []
