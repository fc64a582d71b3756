"""Admission control for a morning rush: a worker answers 503 + ``Retry-After`` rather than let
a request wait until the device gives up (its read timeout is 30 s).

Each worker process has a small database pool (``POOL`` + ``OVERFLOW`` connections; 4 workers
stay well under PostgreSQL's default 100), as many threads (more could only wait for a
connection, and each runnable thread competes for the GIL) and lets at most ``PUSHES`` pushes
run at once; the other connections stay free for token checks, ``/status``, pulls and digests,
so pushes waiting their turn cannot starve them. A push that cannot start within ``PUSH_WAIT``
seconds, and any request that cannot get a connection within ``POOL_WAIT``, is answered ``503
busy`` with a ``Retry-After`` of a few seconds, jittered so the retries do not come back
together. Nothing of a refused request was stored, and the device sends it again after that wait.
"""

from __future__ import annotations

import asyncio
import random

POOL = 8  # connections per worker process ...
OVERFLOW = 4  # ... and this many more under load
POOL_WAIT = 5.0  # seconds a request may wait for a connection
PUSHES = 4  # pushes running at once per worker (each holds a connection and a thread)
PUSH_WAIT = 10.0  # seconds a push may wait for its turn
RETRY_AFTER = (5, 15)  # seconds a refused device waits, uniformly in this range


class ServerBusy(Exception):
    """Answered as 503 ``busy`` with a ``Retry-After`` header."""

    def __init__(self, retry_after: int | None = None) -> None:
        super().__init__("服务器繁忙，请稍后再同步")
        self.retry_after = retry_after or random.randint(*RETRY_AFTER)  # (read at raise time)


class Gate:
    """At most ``limit`` holders at once; a caller waits at most ``wait`` seconds for a turn
    (without holding a thread or a connection meanwhile), else `ServerBusy`."""

    def __init__(self, limit: int | None = None, wait: float | None = None) -> None:
        self.limit = limit or PUSHES
        self.wait = PUSH_WAIT if wait is None else wait
        self._sem = asyncio.Semaphore(self.limit)

    async def __aenter__(self) -> None:
        try:
            await asyncio.wait_for(self._sem.acquire(), self.wait)
        except TimeoutError:
            raise ServerBusy() from None

    async def __aexit__(self, *_exc: object) -> None:
        self._sem.release()
