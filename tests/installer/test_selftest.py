"""`gridworker --self-test` from source: the same checks the installed app runs."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gridworker.commands import selftest

from tests.installer.storedata import NO_STORES, expected_visits, old_stores, reported_visits

ROOT = Path(__file__).resolve().parent.parent.parent


def run_cli(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gridworker", "--self-test"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "GRIDWORKER_HOME": str(tmp_path / "home"),
            **env,
        },
    )


def test_self_test_passes_from_source(tmp_path: Path) -> None:
    r = run_cli(tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    for name in (
        "Qt platform",
        "CJK font",
        "encrypted store",
        "checklists",
        "PDF",
        "print button",
        "translations",
    ):
        assert f"[ OK ] {name}:" in r.stdout, r.stdout
    assert "all checks passed" in r.stdout
    assert not (tmp_path / "home").exists(), "the self-test wrote into the user's data folder"


def test_a_failing_check_fails_the_run() -> None:
    def broken(ctx: selftest.Context) -> str:
        raise RuntimeError("boom")

    def skipped(ctx: selftest.Context) -> str:
        raise selftest.Skip("not in this build")

    out = io.StringIO()
    checks = [
        selftest.Check("fine", lambda ctx: "ok"),
        selftest.Check("broken", broken),
        selftest.Check("later", skipped),
    ]
    assert selftest.run_self_test(checks, out=out) == 1
    text = out.getvalue()
    assert "[ OK ] fine: ok" in text
    assert "[FAIL] broken: RuntimeError: boom" in text
    assert "[SKIP] later: not in this build" in text
    assert "1 check(s) FAILED" in text
    assert selftest.run_self_test(checks[:1], out=io.StringIO()) == 0


@pytest.mark.parametrize("store", old_stores() or [None], ids=lambda s: s.name if s else "none")
def test_old_store_migrates_with_its_visits(tmp_path: Path, store: object) -> None:
    if store is None:
        pytest.skip(NO_STORES)
    from gridworker.store import migrate

    from tests.installer.storedata import OldStore

    assert isinstance(store, OldStore)
    expected = expected_visits(store, tmp_path)
    before = {p.name: p.stat().st_mtime_ns for p in store.folder.iterdir()}
    r = run_cli(
        tmp_path,
        GRIDWORKER_SELFTEST_STORE=str(store.folder),
        GRIDWORKER_SELFTEST_PASSWORD=store.password,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"revision {migrate.head_revision()}" in r.stdout, r.stdout
    got = reported_visits(r.stdout)
    for vid, fingerprint in expected.items():
        assert got.get(vid) == fingerprint, f"visit {vid} changed:\n{r.stdout}"
    after = {p.name: p.stat().st_mtime_ns for p in store.folder.iterdir()}
    assert after == before, "the self-test touched tests/data (it must work on a copy)"
