"""The demo county server for `make run`: a detached `gridworker-server serve` on loopback.

Everything lives under ``$GRIDWORKER_HOME/server/``: ``server.db`` (SQLite), ``server.pid``
("PID PORT"), ``server.log`` and ``demo-data.json`` (written once the demo county is loaded).
`start` reuses a server that is already running; `stop` (``gridworker demo-down``) ends it.
No Qt and no requests here (core module): HTTP checks use urllib.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import TextIO

DEFAULT_PORT = 8750


def folder(home: Path) -> Path:
    return home / "server"


def base_url(port: int) -> str:
    return f"http://127.0.0.1:{port}"


def answers(url: str, timeout: float = 1.0) -> bool:
    try:
        with urllib.request.urlopen(url + "/api/v1/openapi.json", timeout=timeout) as resp:
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def running(home: Path) -> tuple[int, int] | None:
    """(pid, port) of this home's demo server if it runs and answers."""
    try:
        pid_s, port_s = (folder(home) / "server.pid").read_text().split()
        pid, port = int(pid_s), int(port_s)
    except (OSError, ValueError):
        return None
    if _alive(pid) and answers(base_url(port)):
        return pid, port
    return None


def _admin(db_url: str, *args: str, log: TextIO) -> None:
    subprocess.run(
        [sys.executable, "-m", "gridworker.commands.server", "--db", db_url, *args],
        check=True,
        stdout=log,
        stderr=subprocess.STDOUT,
        timeout=600,
    )


def start(
    home: Path,
    households: int,
    port: int = DEFAULT_PORT,
    *,
    seed: int = 1,
    out: TextIO = sys.stdout,
    timeout: float = 60.0,
) -> str:
    """Start (or reuse) the demo server; returns its base URL. Raises RuntimeError."""
    found = running(home)
    if found is not None:
        if found[1] == port:
            print(f"县服务器已在运行 (server already running): {base_url(port)}", file=out)
            return base_url(port)
        stop(home, out=out)
    srv = folder(home)
    srv.mkdir(parents=True, exist_ok=True)
    db_url = f"sqlite:///{srv / 'server.db'}"
    marker = srv / "demo-data.json"
    with open(srv / "server.log", "a", encoding="utf-8") as log:
        try:
            _admin(db_url, "init", log=log)
            if not marker.exists():
                t0 = time.perf_counter()
                print(
                    f"正在载入演示县 (loading the demo county, {households} households)…",
                    file=out,
                    flush=True,
                )
                _admin(
                    db_url,
                    "demo-data",
                    "--households",
                    str(households),
                    "--seed",
                    str(seed),
                    log=log,
                )
                marker.write_text(json.dumps({"households": households, "seed": seed}))
                print(f"  done ({time.perf_counter() - t0:.1f} s)", file=out)
        except (subprocess.SubprocessError, OSError) as e:
            raise RuntimeError(f"server database: {e} (see {srv / 'server.log'})") from e
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gridworker.commands.server",
                "--db",
                db_url,
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            close_fds=True,
        )
    (srv / "server.pid").write_text(f"{proc.pid} {port}\n")
    url = base_url(port)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited ({proc.returncode}); see {srv / 'server.log'}")
        if answers(url):
            print(f"县服务器已启动 (county server started): {url}", file=out)
            return url
        time.sleep(0.1)
    stop(home, out=out)
    raise RuntimeError(f"server did not answer within {timeout:.0f} s")


def stop(home: Path, *, out: TextIO = sys.stdout) -> bool:
    """`gridworker demo-down`: end this home's demo server (its whole process group)."""
    pid_file = folder(home) / "server.pid"
    try:
        pid = int(pid_file.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        print("没有正在运行的演示服务器 (no demo server running)", file=out)
        return False
    try:
        os.killpg(pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        while _alive(pid) and time.monotonic() < deadline:
            with contextlib.suppress(ChildProcessError):  # reap it when it is our child
                os.waitpid(pid, os.WNOHANG)
            time.sleep(0.05)
        if _alive(pid):
            os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    pid_file.unlink(missing_ok=True)
    print("演示服务器已停止 (demo server stopped)", file=out)
    return True
