"""Request headers with a deadline: uvicorn times out idle keep-alive connections and the
bodies we read ourselves (server.py, 408), but not a request whose headers never finish, so
a few hundred slowloris connections would fill the connection cap and every signed event
after them would get a 503. This protocol closes a connection that has not completed a
request's headers within `timeout` seconds of connecting or of its last response.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from uvicorn.protocols.http.auto import AutoHTTPProtocol

log = logging.getLogger("plugins.webhooks.server")

_BODY = b'{"error": "request headers not received in time"}'
_408 = (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n"
        b"connection: close\r\ncontent-length: %d\r\n\r\n%s" % (len(_BODY), _BODY))


def header_deadline(timeout: float) -> type[Any]:
    """uvicorn's own HTTP protocol class (httptools or h11) with a header deadline, for
    `uvicorn.Config(http=...)`."""

    class HeaderDeadline(AutoHTTPProtocol):  # type: ignore[misc, valid-type]
        _deadline: asyncio.TimerHandle | None = None
        _started = False  # bytes of the next request have arrived

        def _waiting_for_headers(self) -> bool:
            return self.cycle is None or self.cycle.response_complete

        def _arm(self) -> None:
            if self._deadline is None:
                self._deadline = self.loop.call_later(timeout, self._expire)

        def _disarm(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None
            self._started = False

        def _expire(self) -> None:
            self._deadline = None
            if not self._waiting_for_headers() or self.transport.is_closing():
                return  # a request is being answered: the body has its own timeout
            if self._started:
                log.warning("webhooks: request headers not received within %gs; closed", timeout)
                self.transport.write(_408)
            self.transport.close()

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def data_received(self, data: bytes) -> None:
            if self._waiting_for_headers():
                self._started = True
                self._arm()
            super().data_received(data)

        def on_response_complete(self) -> None:
            self._disarm()  # the next request gets a deadline of its own
            super().on_response_complete()
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

    return HeaderDeadline
