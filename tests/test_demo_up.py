"""`make run` on a machine without a display: the demo county server starts in the background,
the demo worker's device is enrolled and synced, one line says there is no display, and
`gridworker demo-down` stops the server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

from tests.conftest import ROOT
from tests.server.fixtures import free_port


def test_demo_up_headless(tmp_path: Path) -> None:
    from gridworker.commands import demo_server
    from gridworker.demo_accounts import DEMO_PASSWORD
    from gridworker.store.store import Store, list_accounts
    from gridworker.sync import state

    home = tmp_path / "home"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    env.update(GRIDWORKER_HOME=str(home), GRIDWORKER_ARGON2="1,1024,1")
    cmd = [sys.executable, "-m", "gridworker"]
    try:
        run = subprocess.run(
            [*cmd, "demo-up", "--households", "150", "--port", str(port)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert run.returncode == 0, run.stdout + run.stderr
        lines = [ln for ln in run.stdout.splitlines() if "no display" in ln]
        assert len(lines) == 1, run.stdout
        assert f"{base}/api/v1/docs" in lines[0] and "gridworker demo-down" in lines[0]
        assert "不可用" not in run.stdout
        found = demo_server.running(home)
        assert found is not None and found[1] == port
        worker = next(a for a in list_accounts(home) if a.role == "grid_worker")
        assert worker.server_url == base
        store = Store.open(home / "accounts" / worker.username, DEMO_PASSWORD)
        try:
            token = store.get_kv(state.TOKEN)
            with store.read() as conn:
                rows = conn.execute(store.t.household.select()).all()
        finally:
            store.close()
        assert rows and all(h.grid_code.startswith(worker.scope) for h in rows)
        req = urllib.request.Request(
            f"{base}/api/v1/status", headers={"Authorization": f"Bearer {token}"}
        )
        with urllib.request.urlopen(req, timeout=5) as resp:
            assert resp.status == 200 and "server_time" in json.loads(resp.read())
    finally:
        down = subprocess.run(
            [*cmd, "demo-down"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
        )
    assert down.returncode == 0, down.stdout + down.stderr
    assert demo_server.running(home) is None
