"""`/metrics` of the webhook server, on prometheus-client, in a registry of the server's own
(two servers in one process, as in tests, never share counts).

What it counts itself: requests by route and status, their latency (histograms), and signed
events applied. What it reads at scrape time from the running show (a custom collector, so
the numbers are never stale copies): pipeline outcomes, the outbox per channel, the
question queue, outbound deliveries.

Metric names are the ones dashboards already use (`hawker_webhook_requests_total`, ...).
"""

from __future__ import annotations

import time
from collections import Counter as Tally
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4
from prometheus_client.registry import Collector
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_TYPE = CONTENT_TYPE_PLAIN_0_0_4

# Answers of the signed webhooks and the admin API are in milliseconds; a chat event waits
# for the draws' group commit, so the top buckets reach seconds.
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class ShowState(Collector):
    """Numbers of the running show, read when scraped. Each source is a callable returning
    the current value (None: that part is not in this show, its family is left out):
    `messages` outcome → count; `outbox` channel → {"sent", "failed", "backlog",
    "dropped": {reason: n}}; `questions` the queue's depth; `outbound` status → count."""

    def __init__(self, *, messages: Callable[[], Mapping[Any, int]],
                 outbox: Callable[[], Mapping[str, Mapping[str, Any]]],
                 questions: Callable[[], int],
                 outbound: Callable[[], Mapping[str, int] | None]) -> None:
        self.messages, self.outbox = messages, outbox
        self.questions, self.outbound = questions, outbound

    def collect(self) -> Iterator[Metric]:
        messages = CounterMetricFamily("hawker_messages", "Chat messages by pipeline outcome.",
                                       labels=["outcome"])
        for outcome, n in sorted((str(k), v) for k, v in self.messages().items()):
            messages.add_metric([outcome], n)
        yield messages
        stats = sorted(self.outbox().items())
        sent = CounterMetricFamily("hawker_outbox_sent", "Messages sent per channel.",
                                   labels=["channel"])
        dropped = CounterMetricFamily("hawker_outbox_dropped",
                                      "Messages dropped per channel and reason.",
                                      labels=["channel", "reason"])
        failed = CounterMetricFamily("hawker_outbox_failed", "Sends that failed.",
                                     labels=["channel"])
        backlog = GaugeMetricFamily("hawker_outbox_backlog", "Messages waiting per channel.",
                                    labels=["channel"])
        for where, s in stats:
            sent.add_metric([where], s["sent"])
            for reason, n in sorted(s["dropped"].items()):
                dropped.add_metric([where, str(reason)], n)
            failed.add_metric([where], s["failed"])
            backlog.add_metric([where], s["backlog"])
        yield from (sent, dropped, failed, backlog)
        yield GaugeMetricFamily("hawker_question_queue_depth", "Questions waiting.",
                                value=self.questions())
        outbound = self.outbound()
        if outbound is not None:
            family = GaugeMetricFamily("hawker_outbound_events",
                                       "Outbound event deliveries by status.", labels=["status"])
            for status, n in sorted(outbound.items()):
                family.add_metric([status], n)
            yield family


class Metrics:
    """The server's registry: request counts and latency by route (`observe`), signed events
    applied by source and type (`applied`), and the show's numbers (`ShowState`)."""

    def __init__(self, show: ShowState | None = None) -> None:
        self.registry = CollectorRegistry()
        self._requests = Counter("hawker_webhook_requests", "Webhook requests by route and status.",
                                 ["route", "status"], registry=self.registry)
        self._latency = Histogram("hawker_webhook_request_seconds",
                                  "Time to answer a webhook or admin request, by route.",
                                  ["route"], buckets=LATENCY_BUCKETS, registry=self.registry)
        self._events = Counter("hawker_webhook_events", "Signed events applied by source and type.",
                               ["source", "type"], registry=self.registry)
        if show is not None:
            self.registry.register(show)

    def observe(self, route: str, status: int, seconds: float) -> None:
        """One answered request of `route` ("shop", "chat", "admin")."""
        self._requests.labels(route, str(status)).inc()
        self._latency.labels(route).observe(seconds)

    def applied(self, source: str, kind: str) -> None:
        self._events.labels(source, kind).inc()

    @property
    def requests(self) -> Tally[tuple[str, int]]:
        """(route, status) → requests so far (0 for any never seen)."""
        return Tally({(s.labels["route"], int(s.labels["status"])): int(s.value)
                      for s in _samples(self._requests, "_total")})

    @property
    def events(self) -> Tally[tuple[str, str]]:
        """(source, type) → signed events applied so far."""
        return Tally({(s.labels["source"], s.labels["type"]): int(s.value)
                      for s in _samples(self._events, "_total")})

    def text(self) -> bytes:
        """The registry in Prometheus' text format (`CONTENT_TYPE`)."""
        return generate_latest(self.registry)


def _samples(metric: Counter, suffix: str) -> Iterator[Any]:
    for family in metric.collect():
        yield from (s for s in family.samples if s.name.endswith(suffix))


def route_of(path: str) -> str | None:
    """The metrics route of a request path; None for health, metrics and the document."""
    if path == "/webhooks/shop":
        return "shop"
    if path == "/webhooks/chat":
        return "chat"
    if path.startswith("/admin/"):
        return "admin"
    return None


class Measured:
    """ASGI middleware: counts and times every webhook and admin request by its answer's
    status (a failure that escapes the app counts as 500)."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app, self.metrics = app, metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        route = route_of(scope["path"]) if scope["type"] == "http" else None
        if route is None:
            await self.app(scope, receive, send)
            return
        status = 200
        started = time.perf_counter()

        async def noting_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, noting_send)
        except Exception:
            self.metrics.observe(route, 500, time.perf_counter() - started)
            raise
        self.metrics.observe(route, status, time.perf_counter() - started)
