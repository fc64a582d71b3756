"""What the served OpenAPI document says beyond what FastAPI infers from the routes: the JSON
bodies the routes read themselves (`gridworker.server.body`: size-bounded, gzip allowed) and
the error answers each operation can give (all shaped as `protocol.ErrorBody`)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from gridworker.wire.protocol import ErrorBody

REF = "#/components/schemas/{model}"
_BODIES: dict[str, type[BaseModel]] = {}

ERRORS = {
    400: "Malformed request: not JSON, broken gzip, a bad header",
    401: "No device token, or an invalid or revoked one; or a wrong login",
    403: "The account is disabled",
    404: "Not found",
    409: "Conflicts with what the server holds (an attachment upload's offset or size)",
    413: "Body too large (8 MiB of JSON after decompression; attachments 5 MB)",
    415: "Attachment type not accepted",
    422: "Request does not match the schema; or an attachment's content is not what it says",
    426: "The app is older than the server's minimum app version",
    429: "Too many login attempts, the server is busy hashing passwords (Retry-After), "
    "or the attachment quota is used up",
    503: "The server cannot open its sealed secrets (the seal key file)",
}


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for a route: the listed error statuses, plus those every API route can
    answer (a malformed version header, an app too old)."""
    wanted = sorted({*codes, 422, 426})
    return {c: {"model": ErrorBody, "description": ERRORS[c]} for c in wanted}


def json_body(model: type[BaseModel]) -> dict[str, Any]:
    """``openapi_extra=`` for a route that reads ``model`` as its JSON body by hand."""
    _BODIES[model.__name__] = model
    ref = {"$ref": REF.format(model=model.__name__)}
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": ref}},
            "description": "JSON, optionally `Content-Encoding: gzip`",
        }
    }


def binary_body(max_bytes: int) -> dict[str, Any]:
    schema = {"type": "string", "format": "binary", "maxLength": max_bytes}
    return {
        "requestBody": {
            "required": True,
            "content": {"application/octet-stream": {"schema": schema}},
        }
    }


def describe(app: FastAPI) -> None:
    """Serve the document with the hand-read bodies' schemas among its components."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        doc = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
        )
        _, defs = models_json_schema(
            [(m, "validation") for m in _BODIES.values()], ref_template=REF
        )
        schemas = doc.setdefault("components", {}).setdefault("schemas", {})
        for name, schema in defs.get("$defs", {}).items():
            schemas.setdefault(name, schema)
        app.openapi_schema = doc
        return doc

    app.openapi = openapi  # type: ignore[method-assign]
