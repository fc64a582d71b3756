"""The ``/api/v1`` routes.

JSON bodies are read by hand (`gridworker.server.body`: size limits, gzip) and declared for the
OpenAPI document with `openapi.json_body`; the error answers with `openapi.errors`.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy import Engine

from gridworker.server import attachments, auth, db, pull, push, sealing
from gridworker.server.auth import ApiError, Caller
from gridworker.server.body import parse, read_body
from gridworker.server.config import ServerConfig
from gridworker.server.openapi import binary_body, errors, json_body
from gridworker.wire.protocol import (
    ACCEPTS_HEADER,
    CONFLICT_AUTHORS,
    LATER_COLUMNS,
    VERSION_HEADER,
    AttachmentState,
    DigestResponse,
    EnrollRequest,
    EnrollResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    RecoverRequest,
    RecoverResponse,
    RecoveryUpload,
    StatusResponse,
    TableName,
    UserInfo,
    server_now,
)

MAX_SEQ = 2**63 - 1  # change numbers are BIGINT
VERSION_PATTERN = r"^[0-9A-Za-z.+-]{1,32}$"
LOGIN_BODY = 64 * 1024


def version_tuple(v: str) -> tuple[int, ...]:
    out = []
    for part in v.split(".")[:8]:
        digits = "".join(ch for ch in part if ch.isdigit())[:9]
        out.append(int(digits) if digits else 0)
    return tuple(out)


async def app_version(
    request: Request,
    version: Annotated[
        str | None,
        Header(
            alias=VERSION_HEADER,
            max_length=32,
            pattern=VERSION_PATTERN,
            description="the app's version; older than the server's minimum → 426",
        ),
    ] = None,
) -> None:
    if version is None:
        return
    minimum = await request.app.state.min_version.current()  # no thread hop unless stale
    if version_tuple(version) < version_tuple(minimum):
        raise ApiError(
            426, "app_too_old", f"本程序版本 {version} 过旧，请升级到 {minimum} 或更新版本后再同步"
        )


router = APIRouter(dependencies=[Depends(app_version)])


def _accepts(request: Request) -> set[str]:
    """What the app says it reads beyond protocol 1 (protocol.ACCEPTS_HEADER)."""
    return {a.strip() for a in request.headers.get(ACCEPTS_HEADER, "").split(",")}


def engine_of(request: Request) -> Engine:
    e: Engine = request.app.state.engine
    return e


def config_of(request: Request) -> ServerConfig:
    c: ServerConfig = request.app.state.config
    return c


def caller(request: Request, authorization: Annotated[str | None, Header()] = None) -> Caller:
    with db.read(engine_of(request)) as conn:
        return auth.authenticate(conn, authorization)


CallerDep = Annotated[Caller, Depends(caller)]
Sha = Annotated[str, PathParam(pattern=attachments.SHA.pattern)]


def _address(request: Request) -> str:
    """The caller's address: the TCP peer, or what a trusted proxy says it is (uvicorn's
    ``--forwarded-allow-ips``; nobody's ``X-Forwarded-For`` is trusted by default)."""
    return request.client.host if request.client else "?"


async def _login(request: Request, model: type[Any]) -> tuple[Any, Any]:
    """A login request's body and the user it names, verified. A hashing slot is taken first
    (none free: 429 at once), the attempt counted, then the password hashed."""
    req = parse(model, await read_body(request, LOGIN_BODY))
    engine, cfg = engine_of(request), config_of(request)
    address = _address(request)

    with request.app.state.hash_slots.take():  # on the event loop: a refusal waits for nothing
        user = await run_in_threadpool(
            auth.verify_login, engine, req.username, req.password, address, cfg.login
        )
    return req, user


@router.post(
    "/enroll",
    response_model=EnrollResponse,
    openapi_extra=json_body(EnrollRequest),
    responses=errors(400, 401, 403, 413, 429, 503),
)
async def enroll(request: Request) -> EnrollResponse:
    req, user = await _login(request, EnrollRequest)
    sealer = request.app.state.sealer

    def run() -> EnrollResponse:
        with db.write(engine_of(request)) as conn:
            device_id, token, key = auth.enroll(
                conn, user, req.device_name, req.app_version, sealer
            )
        return EnrollResponse(
            device_id=device_id,
            token=token,
            server_time=server_now(),
            recovery_key=auth.b64(key),
            user=UserInfo(
                username=user.username,
                display_name=user.display_name,
                role=user.role,
                scope=user.scope,
            ),
        )

    try:
        return await run_in_threadpool(run)
    except sealing.SealError:
        raise ApiError(
            503, "recovery_unavailable", "服务器密钥文件有问题，请联系县管理员"
        ) from None


@router.put(
    "/device/recovery",
    deprecated=True,
    openapi_extra=json_body(RecoveryUpload),
    responses=errors(400, 401, 413),
)
async def upload_recovery(request: Request, who: CallerDep) -> dict[str, bool]:
    """Apps before 0.2 upload their recovery wrap here after enrolling: accepted, not stored
    (the device keeps its own; the server never runs a store's key derivation)."""
    parse(RecoveryUpload, await read_body(request, LOGIN_BODY))
    return {"ok": True}


@router.post(
    "/recover",
    response_model=RecoverResponse,
    openapi_extra=json_body(RecoverRequest),
    responses=errors(400, 401, 403, 404, 413, 429, 503),
)
async def recover(request: Request) -> RecoverResponse:
    """After ``gridworker-server user reset-password``: the device's recovery key, for the
    login's own device; the device re-wraps its store key under a new password itself."""
    req, user = await _login(request, RecoverRequest)
    key = await run_in_threadpool(
        auth.recovery_key,
        engine_of(request),
        request.app.state.sealer,
        user.username,
        req.device_id,
    )
    return RecoverResponse(recovery_key=auth.b64(key))


@router.get("/status", response_model=StatusResponse, responses=errors(401))
def status(request: Request, who: CallerDep) -> StatusResponse:
    with db.read(engine_of(request)) as conn:
        return StatusResponse(
            server_time=server_now(),
            seq=db.current(conn),
            ref_version=db.current(conn, "ref"),
            min_app_version=request.app.state.min_version.get(),
        )


@router.post(
    "/push",
    response_model=PushResponse,
    openapi_extra=json_body(PushRequest),
    responses=errors(400, 401, 413),
)
async def push_changes(request: Request, who: CallerDep) -> Response:
    req = parse(PushRequest, await read_body(request))
    authors = CONFLICT_AUTHORS in _accepts(request)
    async with request.app.state.pushes:  # (a bounded wait, else 503 busy + Retry-After)
        body = await run_in_threadpool(push.push_json, engine_of(request), who, req, authors)
    return Response(content=body, media_type="application/json")


@router.get("/pull", response_model=PullResponse, responses=errors(401))
def pull_changes(  # the body is serialised once, by pull.pull_json
    request: Request,
    who: CallerDep,
    after: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
    limit: Annotated[int, Query(ge=1, le=pull.MAX_LIMIT)] = 1000,
    ref: Annotated[int | None, Query(ge=0, le=MAX_SEQ)] = None,
    table: Annotated[TableName | None, Query()] = None,
    skip_own: Annotated[bool, Query()] = False,
) -> Response:
    omit: dict[str, set[str]] = {}
    accepts = _accepts(request)
    for feature, columns in LATER_COLUMNS.items():
        if feature not in accepts:
            for name, cols in columns.items():
                omit.setdefault(name, set()).update(cols)
    body = pull.pull_json(engine_of(request), who, after, limit, ref, table, skip_own, omit)
    return Response(content=body, media_type="application/json")


@router.get("/digest", response_model=DigestResponse, responses=errors(401))
def digest(
    request: Request, who: CallerDep, content: Annotated[bool, Query()] = False
) -> DigestResponse:
    """The sanity check's digests of the caller's scope; ``content``: with the records'
    content hashes (apps before them compare ids and versions only)."""
    return pull.digests(engine_of(request), who, content)


@router.get("/attachments/{sha}/state", response_model=AttachmentState, responses=errors(401))
def attachment_state(request: Request, sha: Sha, who: CallerDep) -> AttachmentState:
    """How much of this attachment the server holds for the caller's device."""
    return attachments.state(engine_of(request), sha, who)


@router.head(
    "/attachments/{sha}",
    response_class=Response,
    responses={
        200: {
            "description": "no body; the headers say how much the server holds",
            "headers": {
                "X-Received": {"schema": {"type": "integer"}, "description": "bytes held"},
                "X-Complete": {"schema": {"type": "string", "enum": ["0", "1"]}},
            },
        },
        **errors(401),
    },
)
def attachment_head(request: Request, sha: Sha, who: CallerDep) -> Response:
    st = attachments.state(engine_of(request), sha, who)
    return Response(
        status_code=200,
        headers={"X-Received": str(st.received), "X-Complete": "1" if st.complete else "0"},
    )


@router.put(
    "/attachments/{sha}",
    response_model=AttachmentState,
    openapi_extra=binary_body(attachments.MAX_ATTACHMENT),
    responses=errors(401, 409, 413, 415, 429),
)
async def attachment_put(
    request: Request,
    sha: Sha,
    who: CallerDep,
    offset: Annotated[int, Query(ge=0, le=attachments.MAX_ATTACHMENT)],
    size: Annotated[int, Query(ge=1, le=attachments.MAX_ATTACHMENT)],
    mime: Annotated[attachments.Mime, Query()] = "image/png",
) -> AttachmentState:
    """Append a chunk at ``offset`` to this device's upload of ``sha``; the last chunk's
    arrival checks the hash and the image type."""
    chunk = await read_body(request, attachments.MAX_ATTACHMENT)
    return await run_in_threadpool(
        attachments.put_chunk,
        engine_of(request),
        who,
        config_of(request).attachment_quota,
        sha,
        offset,
        size,
        mime,
        chunk,
    )


@router.get(
    "/attachments/{sha}",
    responses={
        200: {"content": {m: {} for m in attachments.MIMES}, "description": "the image"},
        **errors(401, 404),
    },
    response_class=Response,
)
def attachment_get(request: Request, sha: Sha, who: CallerDep) -> Response:
    """An image a record in the caller's scope refers to (or that the caller sent)."""
    mime, data = attachments.get(engine_of(request), sha, who)
    return Response(content=data, media_type=mime)
