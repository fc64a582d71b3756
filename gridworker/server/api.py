"""The ``/api/v1`` routes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy import Engine, select, update

from gridworker.server import attachments, auth, db, pull, push
from gridworker.server import tables as tb
from gridworker.server.auth import ApiError, Caller
from gridworker.server.body import parse, read_body
from gridworker.store.keys import KeyFile
from gridworker.store.records import utcnow
from gridworker.wire.protocol import (
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
    UserInfo,
)

router = APIRouter()


def engine_of(request: Request) -> Engine:
    e: Engine = request.app.state.engine
    return e


def caller(request: Request, authorization: Annotated[str | None, Header()] = None) -> Caller:
    with db.read(engine_of(request)) as conn:
        return auth.authenticate(conn, authorization)


CallerDep = Annotated[Caller, Depends(caller)]


def _ip(request: Request) -> str:
    return request.client.host if request.client else "?"


@router.post("/enroll", response_model=EnrollResponse)
async def enroll(request: Request) -> EnrollResponse:
    req = parse(EnrollRequest, await read_body(request, 64 * 1024))
    engine = engine_of(request)

    def run() -> EnrollResponse:
        user = auth.verify_login(engine, req.username, req.password, _ip(request))
        with db.write(engine) as conn:
            device_id, token, key = auth.enroll(conn, user, req.device_name, req.app_version)
        return EnrollResponse(
            device_id=device_id,
            token=token,
            server_time=utcnow(),
            recovery_key=auth.b64(key),
            user=UserInfo(
                username=user.username,
                display_name=user.display_name,
                role=user.role,
                scope=user.scope,
            ),
        )

    return await run_in_threadpool(run)


@router.put("/device/recovery")
async def upload_recovery(request: Request, who: CallerDep) -> dict[str, bool]:
    req = parse(RecoveryUpload, await read_body(request, 64 * 1024))
    wrap = auth.unb64(req.recovery_wrap)
    with db.write(engine_of(request)) as conn:
        conn.execute(
            update(tb.device)
            .where(tb.device.c.id == who.device_id)
            .values(recovery_wrap=wrap, kdf=req.kdf)
        )
    return {"ok": True}


@router.post("/recover", response_model=RecoverResponse)
async def recover(request: Request) -> RecoverResponse:
    req = parse(RecoverRequest, await read_body(request, 64 * 1024))
    engine = engine_of(request)

    def run() -> RecoverResponse:
        auth.verify_login(engine, req.username, req.new_password, _ip(request))
        d = tb.device
        with db.read(engine) as conn:
            row = conn.execute(
                select(d).where(d.c.id == req.device_id, d.c.username == req.username)
            ).first()
        if row is None or row.recovery_wrap is None or row.kdf is None:
            raise ApiError(404, "no_recovery", "服务器上没有此设备的恢复密钥")
        if row.revoked:
            raise ApiError(401, "device_revoked", "此设备已被停用，请重新登记")
        kf = KeyFile(b"", dict(row.kdf), b"", bytes(row.recovery_wrap))
        try:
            fresh = kf.recover(bytes(row.recovery_key), req.new_password)
        except Exception:
            raise ApiError(409, "recovery_failed", "恢复密钥不匹配，无法重置本地密码") from None
        return RecoverResponse(
            salt=auth.b64(fresh.salt), password_wrap=auth.b64(fresh.password_wrap), kdf=fresh.kdf
        )

    return await run_in_threadpool(run)


@router.get("/status", response_model=StatusResponse)
def status(request: Request, who: CallerDep) -> StatusResponse:
    with db.read(engine_of(request)) as conn:
        return StatusResponse(
            server_time=utcnow(),
            seq=db.current(conn),
            ref_version=db.current(conn, "ref"),
            min_app_version=request.app.state.min_version.get(),
        )


@router.post("/push", response_model=PushResponse)
async def push_changes(request: Request, who: CallerDep) -> Response:
    req = parse(PushRequest, await read_body(request))
    body = await run_in_threadpool(push.push_json, engine_of(request), who, req)
    return Response(content=body, media_type="application/json")


@router.get("/pull", response_model=PullResponse)
def pull_changes(  # the body is serialised once, by pull.pull_json
    request: Request,
    who: CallerDep,
    after: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=pull.MAX_LIMIT)] = 1000,
    ref: Annotated[int | None, Query(ge=0)] = None,
    table: Annotated[str | None, Query(max_length=32)] = None,
    skip_own: Annotated[bool, Query()] = False,
) -> Response:
    body = pull.pull_json(engine_of(request), who, after, limit, ref, table, skip_own)
    return Response(content=body, media_type="application/json")


@router.get("/digest", response_model=DigestResponse)
def digest(
    request: Request, who: CallerDep, content: Annotated[bool, Query()] = False
) -> DigestResponse:
    """The sanity check's digests of the caller's scope; ``content``: with the records'
    content hashes (apps before them compare ids and versions only)."""
    return pull.digests(engine_of(request), who, content)


@router.get("/attachments/{sha}/state", response_model=AttachmentState)
def attachment_state(request: Request, sha: str, who: CallerDep) -> AttachmentState:
    return attachments.state(engine_of(request), sha)


@router.head("/attachments/{sha}")
def attachment_head(request: Request, sha: str, who: CallerDep) -> Response:
    st = attachments.state(engine_of(request), sha)
    return Response(
        status_code=200,
        headers={"X-Received": str(st.received), "X-Complete": "1" if st.complete else "0"},
    )


@router.put("/attachments/{sha}", response_model=AttachmentState)
async def attachment_put(
    request: Request,
    sha: str,
    who: CallerDep,
    offset: Annotated[int, Query(ge=0)],
    size: Annotated[int, Query(ge=1)],
    mime: Annotated[str, Query(max_length=64)] = "image/png",
) -> AttachmentState:
    chunk = await read_body(request, attachments.MAX_ATTACHMENT)
    return await run_in_threadpool(
        attachments.put_chunk, engine_of(request), sha, offset, size, mime, chunk
    )


@router.get("/attachments/{sha}")
def attachment_get(request: Request, sha: str, who: CallerDep) -> Any:
    mime, data = attachments.get(engine_of(request), sha)
    return Response(content=data, media_type=mime)
