"""Refusals of the HTTP side: an exception that carries its problem response, raised from any
handler and answered by one Starlette exception handler, and the one JSON → 400/422 mapping.

Every refusal is `{"error": "...", "fields": [...]?}` (`models.Problem` in the OpenAPI
document) and one warning line in the log, never a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from knowledge.sourcefile import field_errors

log = logging.getLogger("plugins.webhooks.server")

T = TypeVar("T")


class Problem(Exception):
    """Raise to answer `status` with `{"error": error, "fields": fields}` (fields: a 422's
    offending fields, `[{"field": "price.prise", "error": "..."}]`)."""

    def __init__(self, status: int, error: str,
                 fields: list[dict[str, str]] | None = None) -> None:
        super().__init__(error)
        self.status, self.error, self.fields = status, error, fields

    def response(self) -> JSONResponse:
        body: dict[str, Any] = {"error": self.error}
        if self.fields is not None:
            body["fields"] = self.fields
        return JSONResponse(body, status_code=self.status)


async def problem_response(request: Request, exc: Exception) -> Response:
    """The Starlette exception handler for `Problem`: its response, and one log line."""
    assert isinstance(exc, Problem)
    log.warning("webhooks: %s refused: %d %s", request.url.path, exc.status, exc.error[:200])
    return exc.response()


def validated(validate: Callable[[bytes], T], body: bytes) -> T:
    """`validate(body)` (a pydantic `model_validate_json` or `TypeAdapter.validate_json`);
    Problem 400 when the body is not JSON, 422 with the first 20 fields when it does not
    match the schema."""
    try:
        return validate(body)
    except ValidationError as err:
        errors = field_errors(err)
        if any(e.kind == "json_invalid" for e in errors):
            raise Problem(400, "body is not valid JSON") from None
        raise Problem(422, "body does not match the schema",
                      [{"field": e.dotted or "(body)", "error": e.message}
                       for e in errors[:20]]) from None
