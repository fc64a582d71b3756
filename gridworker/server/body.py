"""Reading a JSON request body: size-bounded, optionally gzip-compressed, parsed strictly."""

from __future__ import annotations

import json
import zlib
from typing import TypeVar

from pydantic import BaseModel, ValidationError
from starlette.requests import Request

from gridworker.server.auth import ApiError
from gridworker.wire.protocol import MAX_BODY

M = TypeVar("M", bound=BaseModel)
TOO_LARGE = ApiError(
    413, "too_large", f"请求过大（上限 {MAX_BODY // (1024 * 1024)} MB），请分批发送"
)


async def read_body(request: Request, limit: int = MAX_BODY) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise TOO_LARGE
    gz = request.headers.get("content-encoding", "").lower() == "gzip"
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS) if gz else None
    parts: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        if inflater is not None:
            try:
                chunk = inflater.decompress(chunk, limit + 1 - size)
            except zlib.error:
                raise ApiError(400, "bad_encoding", "gzip 压缩数据损坏") from None
            if inflater.unconsumed_tail:
                raise TOO_LARGE
        size += len(chunk)
        if size > limit:
            raise TOO_LARGE
        parts.append(chunk)
    if inflater is not None and not inflater.eof and size:
        raise ApiError(400, "bad_encoding", "gzip 压缩数据不完整")
    return b"".join(parts)


TOO_DEEP = ApiError(400, "malformed_json", "请求的 JSON 嵌套过深")


def parse(model: type[M], raw: bytes) -> M:
    try:
        return model.model_validate_json(raw)  # one pass: parse and validate
    except ValidationError as e:
        if not any(err["type"] == "json_invalid" for err in e.errors()):
            raise ApiError(422, "invalid_request", "请求格式不正确：" + describe(e)) from None
    except RecursionError:
        raise TOO_DEEP from None
    try:
        json.loads(raw)  # for the message
    except (ValueError, UnicodeDecodeError) as e:
        raise ApiError(400, "malformed_json", f"请求不是有效的 JSON：{e}") from None
    except RecursionError:
        raise TOO_DEEP from None
    raise ApiError(400, "malformed_json", "请求不是有效的 JSON")


def describe(e: ValidationError) -> str:
    parts = []
    for err in e.errors()[:5]:
        loc = ".".join(str(x) for x in err["loc"]) or "(body)"
        parts.append(f"{loc}: {err['msg']}")
    return "；".join(parts)
