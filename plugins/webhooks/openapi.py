"""The OpenAPI 3.1 document, built from the same pydantic models that validate requests.

Request schemas are exactly what the server accepts, so a fuzzer reading this document tests
the real validation; every route lists every status it can answer.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, TypeAdapter

from .models import Accepted, ChatEvent, PauseRequest, Problem, ReviewDecision, shop_event
from .signing import EVENT_ID_HEADER, SIGNATURE_HEADER, SOURCE_HEADER, TIMESTAMP_HEADER

REF = "#/components/schemas/{model}"


def _schema(kind: type[BaseModel] | TypeAdapter, components: dict[str, Any]) -> dict[str, Any]:
    if isinstance(kind, TypeAdapter):
        schema = kind.json_schema(ref_template=REF)
    else:
        schema = kind.model_json_schema(ref_template=REF)
    components.update(schema.pop("$defs", {}))
    if not isinstance(kind, TypeAdapter):
        components[kind.__name__] = schema
        return {"$ref": REF.format(model=kind.__name__)}
    return schema


def _problem(description: str) -> dict[str, Any]:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": REF.format(model="Problem")}}}}


def _json(description: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"description": description,
            "content": {"application/json": {"schema": schema or {"type": "object"}}}}


def openapi_document(body_limit: int) -> dict[str, Any]:
    components: dict[str, Any] = {}
    problem = _schema(Problem, components)  # noqa: F841 - registers the component
    shop = _schema(shop_event, components)
    chat = _schema(ChatEvent, components)
    accepted = _schema(Accepted, components)
    pause = _schema(PauseRequest, components)
    decision = _schema(ReviewDecision, components)

    signed_params = [
        {"name": TIMESTAMP_HEADER, "in": "header", "required": True,
         "schema": {"type": "string", "pattern": "^[0-9]{1,12}$"},
         "description": "Unix seconds when the request was signed (5-minute tolerance)."},
        {"name": SIGNATURE_HEADER, "in": "header", "required": True,
         "schema": {"type": "string"},
         "description": "v1=<hex HMAC-SHA256(secret, timestamp + '.' + raw body)>"},
        {"name": SOURCE_HEADER, "in": "header", "required": False, "schema": {"type": "string"},
         "description": "The configured source name (optional when only one of its kind)."},
        {"name": EVENT_ID_HEADER, "in": "header", "required": False,
         "schema": {"type": "string"}, "description": "Must equal the body's id when given."},
    ]
    signed_errors = {
        "400": _problem("The body is not JSON."),
        "401": _problem("Missing, stale or wrong signature, or unknown source."),
        "409": _problem("This event id was already applied (treat as success)."),
        "413": _problem(f"The body is larger than {body_limit} bytes."),
        "422": _problem("The body does not match the schema, or names something unknown."),
    }
    admin_errors = {"401": _problem("No or unknown bearer token."),
                    "403": _problem("The token's role is too low."),
                    "429": _problem("Too many wrong tokens from this address lately: retry "
                                    "after the Retry-After header's seconds.")}

    def signed(summary: str, schema: dict, ok: str, code: str,
               extra: dict | None = None) -> dict[str, Any]:
        return {"post": {
            "summary": summary, "security": [{"hawkerSignature": []}],
            "parameters": signed_params,
            "requestBody": {"required": True, "content": {"application/json": {"schema": schema}}},
            "responses": {code: _json(ok, accepted), **signed_errors, **(extra or {})},
        }}

    def admin(method: str, summary: str, role: str, *, body: dict | None = None,
              params: list | None = None, extra: dict | None = None) -> dict[str, Any]:
        op: dict[str, Any] = {
            "summary": f"{summary} (role: {role} or above)", "security": [{"bearer": []}],
            "responses": {"200": _json("OK"), **admin_errors, **(extra or {})},
        }
        if body is not None:
            op["requestBody"] = {"required": False,
                                 "content": {"application/json": {"schema": body}}}
            op["responses"].update({"400": _problem("The body is not JSON."),
                                    "413": _problem("The body is too large."),
                                    "422": _problem("The body does not match the schema.")})
        if params:
            op["parameters"] = params
        return {method: op}

    missing = {"404": _problem("The feature is not running in this show.")}
    paths = {
        "/webhooks/shop": signed("Price, stock, promotion and order events from the shop",
                                 shop, "Applied to the live facts.", "200",
                                 {"404": _problem("This show has no product facts to update.")}),
        "/webhooks/chat": signed("A chat message from a bridged platform", chat,
                                 "Taken into the pipeline.", "202"),
        "/healthz": {"get": {"summary": "Liveness", "responses": {"200": _json("Alive")}}},
        "/metrics": {"get": {"summary": "Prometheus metrics", "responses": {"200": {
            "description": "Prometheus text format",
            "content": {"text/plain": {"schema": {"type": "string"}}}}}}},
        "/openapi.json": {"get": {"summary": "This document",
                                  "responses": {"200": _json("OpenAPI 3.1")}}},
        "/admin/state": admin("get", "Show state, pause, queues, outbound counts", "viewer"),
        "/admin/pause": admin("post", "Pause the bot", "moderator", body=pause, extra=missing),
        "/admin/resume": admin("post", "Resume the bot", "moderator", extra=missing),
        "/admin/draws": admin("get", "Draws", "viewer", extra=missing),
        "/admin/review": admin("get", "Answers held for review", "moderator", extra=missing),
        "/admin/review/{item_id}": admin(
            "post", "Approve or reject a held answer", "moderator", body=decision,
            params=[{"name": "item_id", "in": "path", "required": True,
                     "schema": {"type": "string"}}],
            extra={"404": _problem("No such item, or review mode is not running.")}),
        "/admin/audit": admin("get", "The audit log", "moderator", params=[
            {"name": "kind", "in": "query", "required": False,
             "schema": {"type": "string", "maxLength": 100}},
            {"name": "since_id", "in": "query", "required": False,
             "schema": {"type": "integer", "minimum": 0, "maximum": 2**62}},
            {"name": "limit", "in": "query", "required": False,
             "schema": {"type": "integer", "minimum": 1, "maximum": 1000}},
        ], extra={"422": _problem("A query parameter is out of range.")}),
        "/admin/dead-letters": admin("get", "Outbound events that could not be delivered",
                                     "moderator"),
        "/admin/dead-letters/{seq}/retry": admin(
            "post", "Queue a dead letter for delivery again", "host",
            params=[{"name": "seq", "in": "path", "required": True,
                     "schema": {"type": "integer", "minimum": 0, "maximum": 2**62}}],
            extra={"404": _problem("No such dead letter.")}),
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Hawker webhooks and admin API", "version": "1"},
        "paths": paths,
        "components": {
            "schemas": components,
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "hawkerSignature": {"type": "apiKey", "in": "header", "name": SIGNATURE_HEADER},
            },
        },
    }
