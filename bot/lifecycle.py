"""The app's lifecycle: services started in order and stopped in reverse, and handles for what
opens later.

Like discord.py's cogs (`cog_load`/`cog_unload`): each part of the app that runs between
`Hawker.start()` and `Hawker.stop()` is a `Service`; `Lifecycle` starts them in the order they
were added and stops them all in reverse (so a platform that refused to connect, or one never
started, is still closed). A `Handle` is a value that becomes available after the app is built
(the knowledge base opens in a thread, seconds after start); features hold the handle, never a
lambda that looks the value up on the app.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar, runtime_checkable

log = logging.getLogger(__name__)

T = TypeVar("T")

# A start or stop step: plain or async (the outbox starts synchronously, draws asynchronously).
Step = Callable[[], Awaitable[None] | None]


@runtime_checkable
class Service(Protocol):
    """Something that runs between the app's start and stop."""

    async def start(self) -> None:
        """Begin work (open connections, spawn tasks). May raise: the app then stops what
        it has started and the error reaches the caller of `Hawker.start()`."""

    async def stop(self) -> None:
        """End work and release what `start` took. Also called after a failed start or
        without a start: then it has nothing to release and must not fail."""


async def _run(step: Step) -> None:
    result = step()
    if inspect.isawaitable(result):
        await result


def _nothing() -> None:
    return None


@dataclass(frozen=True, slots=True)
class Steps:
    """A `Service` made of two callables, for parts whose start/stop are not named so (an
    adapter's `start(handler)`, the outbox's synchronous `start()`)."""

    name: str
    on_start: Step = _nothing
    on_stop: Step = _nothing

    async def start(self) -> None:
        await _run(self.on_start)

    async def stop(self) -> None:
        await _run(self.on_stop)


class Lifecycle:
    """Services in start order. `start()` starts each in turn (a service added later, such as
    an adapter added after a first start, starts at the next `start()`); `stop()` stops every
    service, in reverse, logging (not raising) a failure to stop so the rest still stop."""

    def __init__(self) -> None:
        self._services: list[tuple[str, Service]] = []
        self._started: set[int] = set()

    def add(self, name: str, service: Service, *, before: str | None = None) -> None:
        """Add `service`: last, or just before the service named `before` (when there is
        one). It starts after every service ahead of it and stops before them."""
        at = next((i for i, (n, _) in enumerate(self._services) if n == before),
                  len(self._services))
        self._services.insert(at, (name, service))

    @property
    def names(self) -> list[str]:
        """The services' names, in start order."""
        return [name for name, _ in self._services]

    async def start(self) -> None:
        for _, service in list(self._services):
            if id(service) not in self._started:
                self._started.add(id(service))
                await service.start()

    async def stop(self) -> None:
        for name, service in reversed(self._services):
            try:
                await service.stop()
            except Exception:
                log.exception("stopping %s failed", name)
        self._started.clear()


class Handle(Generic[T]):
    """A value that is there later: `current()` now (None until then), `await ready()` to wait.

    With an `opener`, the first `ready()` runs it in a thread (it blocks: the knowledge base
    loads Chroma and an embedding model for seconds) and every later caller gets the same value,
    or the same exception. Without one, the value comes from `set()` (a feature that builds it).
    """

    def __init__(self, name: str, opener: Callable[[], T] | None = None) -> None:
        self.name = name
        self._opener = opener
        self._value: T | None = None
        self._error: BaseException | None = None
        self._done: asyncio.Event | None = None
        self._opening = False

    @property
    def is_ready(self) -> bool:
        return self._value is not None

    def current(self) -> T | None:
        """The value if it is there, without waiting or opening anything."""
        return self._value

    def set(self, value: T) -> None:
        """Provide the value (a feature that built it, or a test that built its own)."""
        self._value = value
        if self._done is not None:
            self._done.set()

    async def ready(self) -> T:
        """The value, opening it first (in a thread) when this handle has an opener, else
        waiting for `set()`. Raises what the opener raised (to every caller)."""
        if self._value is not None:
            return self._value
        if self._error is not None:
            raise self._error
        if self._done is None:
            self._done = asyncio.Event()
        if self._opener is not None and not self._opening:
            self._opening = True
            try:
                opened = await asyncio.to_thread(self._opener)
                if self._value is None:  # a value set while it opened (a test's own) wins
                    self.set(opened)
            except asyncio.CancelledError:
                self._opening = False  # the next caller tries again
                raise
            except Exception as err:
                self._error = err
                raise
            finally:
                self._done.set()
        await self._done.wait()
        if self._value is None:
            raise self._error or RuntimeError(f"{self.name} did not open; see the log")
        return self._value
