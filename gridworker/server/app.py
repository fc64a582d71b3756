"""The FastAPI application: ``/api/v1``, its OpenAPI document and docs page.

Every error is JSON ``{"code": ..., "message": ...}`` (message in Chinese). Sync endpoints run in
the thread pool; the app holds no state besides its database engine, so any number of worker
processes can serve one database.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.concurrency import run_in_threadpool

from gridworker import __version__
from gridworker.server import busy, db
from gridworker.server.auth import ApiError, HashSlots
from gridworker.server.config import ServerConfig
from gridworker.server.sealing import Sealer
from gridworker.wire.protocol import API


class MinVersion:
    """The minimum app version, read from the database at most every few seconds."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.value = "0"
        self.read_at = 0.0

    def get(self) -> str:
        if self.stale():
            with db.read(self.engine) as conn:
                self.value = str(db.get_kv(conn, "min_app_version", "0"))
            self.read_at = time.monotonic()
        return self.value

    def stale(self) -> bool:
        return time.monotonic() - self.read_at > 5

    async def current(self) -> str:
        """:meth:`get` from the event loop: the database is read on a thread (it may have to
        wait for a connection), never on the loop, which would stall every request."""
        return await run_in_threadpool(self.get) if self.stale() else self.value


@asynccontextmanager
async def _lifespan(_app: FastAPI) -> AsyncIterator[None]:
    # As many threads as the pool has connections: a thread more could only wait for one, and
    # every runnable thread competes for the GIL — with 40 (the default) a push holding the
    # counter row waited behind the others for its turn to commit.
    anyio.to_thread.current_default_thread_limiter().total_tokens = busy.POOL + busy.OVERFLOW
    yield


def create_app(
    url: str | None = None,
    engine: Engine | None = None,
    config: ServerConfig | None = None,
    sealer: Sealer | None = None,
) -> FastAPI:
    app = FastAPI(
        lifespan=_lifespan,
        title="gridworker county server",
        version=__version__,
        openapi_url=f"{API}/openapi.json",
        docs_url=f"{API}/docs",
        redoc_url=None,
        description="Sync API for gridworker devices; see docs/sync-protocol.md.",
    )
    app.state.engine = engine or db.make_engine(
        url or db.default_url(),
        pool_size=busy.POOL,
        max_overflow=busy.OVERFLOW,
        pool_timeout=busy.POOL_WAIT,
    )
    app.state.min_version = MinVersion(app.state.engine)
    app.state.config = config or ServerConfig.from_env()
    app.state.sealer = sealer or Sealer()
    app.state.hash_slots = HashSlots(app.state.config.hash_slots)
    app.state.pushes = busy.Gate()
    # level 1, as the app sends: sync JSON still shrinks ~5x, at a fraction of the CPU of
    # Starlette's default 9 (a township's first sync is ~230,000 records)
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=1)

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(
            status_code=exc.status,
            content={"code": exc.code, "message": exc.message},
            headers=exc.headers,
        )

    @app.exception_handler(busy.ServerBusy)
    async def _busy(_request: Request, exc: busy.ServerBusy) -> JSONResponse:
        return JSONResponse(
            status_code=503,
            content={"code": "busy", "message": str(exc)},
            headers={"Retry-After": str(exc.retry_after)},
        )

    @app.exception_handler(PoolTimeout)
    async def _no_connection(request: Request, _exc: PoolTimeout) -> JSONResponse:
        return await _busy(request, busy.ServerBusy())

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = [f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in exc.errors()[:5]]
        return JSONResponse(
            status_code=422,
            content={"code": "invalid_request", "message": "请求格式不正确：" + "；".join(parts)},
        )

    from gridworker.server.api import router
    from gridworker.server.openapi import describe

    app.include_router(router, prefix=API)
    describe(app)
    return app


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` worker processes: the database URL comes from the env."""
    app = create_app(os.environ.get(db.DEFAULT_URL_ENV) or db.default_url())
    # Everything made so far (modules, SQLAlchemy's tables, the routes) lives as long as the
    # worker: keep it out of every later full collection, which each push's thousands of
    # short-lived dicts trigger (the GC is not paused here: with pushes overlapping all day it
    # might never run again).
    gc.freeze()
    return app
