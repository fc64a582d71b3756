"""A fault-injecting TCP proxy for the sync tests (threads; seeded).

Per client connection it draws, from its own seeded RNG, one of: pass, delay (each direction
waits a little before forwarding), drop (close before forwarding anything), cut mid-request
(forward part of the request, then close both sides), cut mid-response (forward the request, part
of the response, then close). Faults can be switched off (``enabled = False``) for a final clean
round.
"""

from __future__ import annotations

import contextlib
import random
import socket
import threading
from dataclasses import dataclass, field

FAULTS = ("pass", "delay", "drop", "cut_request", "cut_response")


@dataclass
class Stats:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FAULTS, 0))


class FaultProxy:
    def __init__(
        self,
        target_host: str,
        target_port: int,
        seed: int,
        fault_rate: float = 0.25,
        max_delay: float = 0.05,
        kinds: tuple[str, ...] = FAULTS[1:],
        min_delay: float = 0.0,
    ) -> None:
        self.target = (target_host, target_port)
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.fault_rate = fault_rate
        self.max_delay = max_delay
        self.min_delay = min_delay
        self.kinds = kinds  # the faults drawn from (only "delay": a slow server)
        self.enabled = True
        self.stats = Stats()
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.closed = True
        self.sock.close()

    def _draw(self) -> tuple[str, int, float]:
        with self.lock:
            if not self.enabled or self.rng.random() >= self.fault_rate:
                kind = "pass"
            else:
                kind = self.rng.choice(self.kinds)
            cut_at = self.rng.randint(1, 4000)
            delay = self.rng.uniform(self.min_delay, self.max_delay)
            self.stats.counts[kind] += 1
        return kind, cut_at, delay

    def _accept(self) -> None:
        while not self.closed:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        kind, cut_at, delay = self._draw()
        if kind == "drop":
            client.close()
            return
        try:
            upstream = socket.create_connection(self.target, timeout=30)
        except OSError:
            client.close()
            return
        done = threading.Event()

        def pump(src: socket.socket, dst: socket.socket, limit: int | None) -> None:
            sent = 0
            try:
                while True:
                    data = src.recv(65536)
                    if not data:
                        break
                    if kind == "delay":
                        threading.Event().wait(delay)
                    if limit is not None and sent + len(data) >= limit:
                        dst.sendall(data[: max(0, limit - sent)])
                        break
                    dst.sendall(data)
                    sent += len(data)
                if limit is None:
                    with contextlib.suppress(OSError):
                        dst.shutdown(socket.SHUT_WR)
                    return
            except OSError:
                pass
            done.set()  # a cut (or an error): close both sides
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

        up_limit = cut_at if kind == "cut_request" else None
        down_limit = cut_at if kind == "cut_response" else None
        t1 = threading.Thread(target=pump, args=(client, upstream, up_limit), daemon=True)
        t2 = threading.Thread(target=pump, args=(upstream, client, down_limit), daemon=True)
        t1.start()
        t2.start()
        t1.join(60)
        t2.join(60)
        for s in (client, upstream):
            s.close()
