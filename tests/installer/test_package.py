"""The Linux package, built and installed for real (slow: minutes). Runs only when asked:

    GRIDWORKER_TEST_INSTALLER=1 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/installer

Builds the bundle and the .deb with installer/build.sh (or takes GRIDWORKER_DEB=path/to.deb, already
built), unpacks it into a scratch root with `dpkg -x`, and runs the installed
`usr/bin/gridworker --self-test` offscreen. A second test installs it with dpkg into a scratch dpkg
root (`dpkg --root`), upgrades it with a newer version and removes it, and checks the user's data
folder is untouched throughout; the upgrade test opens the old-schema stores from tests/data with
the installed app.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.installer.storedata import (
    NO_STORES,
    OldStore,
    expected_visits,
    old_stores,
    reported_visits,
)

ROOT = Path(__file__).resolve().parent.parent.parent
pytestmark = [
    pytest.mark.skipif(
        os.environ.get("GRIDWORKER_TEST_INSTALLER") != "1",
        reason="builds the installer: set GRIDWORKER_TEST_INSTALLER=1 (make installer-test)",
    ),
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb (Debian/Ubuntu)"),
    pytest.mark.timeout(1800),
    pytest.mark.slow,
]


@pytest.fixture(scope="module")
def deb() -> Path:
    given = os.environ.get("GRIDWORKER_DEB")
    if given:
        return Path(given)
    r = subprocess.run(
        ["sh", "installer/build.sh"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    print(r.stdout[-3000:])
    assert r.returncode == 0, r.stdout[-5000:] + r.stderr[-5000:]
    debs = sorted((ROOT / "dist").glob("gridworker_*_amd64.deb"), key=lambda p: p.stat().st_mtime)
    assert debs, "installer/build.sh made no .deb"
    return debs[-1]


@pytest.fixture(scope="module")
def unpacked(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def run_installed(
    root: Path, home: Path, *args: str, **env: str
) -> subprocess.CompletedProcess[str]:
    home.parent.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [str(root / "usr" / "bin" / "gridworker"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=home.parent,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "GRIDWORKER_HOME": str(home),
            "HOME": str(home.parent),
            **env,
        },
    )


def test_bundle_has_no_dangling_links(unpacked: Path) -> None:
    bundle = unpacked / "opt" / "gridworker"
    dangling = [
        str(p.relative_to(bundle)) for p in bundle.rglob("*") if p.is_symlink() and not p.exists()
    ]
    assert not dangling


def test_installed_self_test_passes(unpacked: Path, tmp_path: Path) -> None:
    r = run_installed(unpacked, tmp_path / "home", "--self-test")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "(frozen," in r.stdout
    assert "[ OK ] print button:" in r.stdout  # compiled modules only: found by import
    assert "all checks passed" in r.stdout


def test_package_contents_and_metadata(deb: Path, unpacked: Path) -> None:
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    # "perms owner size date time ./path" or "... ./path -> target" for a symlink
    paths = {line.split(" -> ")[0].split()[-1].lstrip(".") for line in listing.splitlines()}
    outside = {
        p
        for p in paths
        if not p.startswith(
            ("/opt/gridworker", "/usr/bin/gridworker", "/usr/share/", "/opt/", "/usr/")
        )
        and p not in ("/", "/usr/bin/")
    }
    assert not outside, outside
    assert "/usr/bin/gridworker" in paths
    assert "/opt/gridworker/gridworker" in paths
    depends = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"libc6 \(>= 2\.\d+\)", depends), depends
    scripts = subprocess.run(
        ["dpkg-deb", "-I", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert not re.search(r"\b(preinst|postinst|prerm|postrm)\b", scripts), (
        "maintainer scripts appeared: check they never touch user data"
    )
    desktop = (unpacked / "usr/share/applications/gridworker.desktop").read_text(encoding="utf-8")
    assert "\nName=网格员入户走访\n" in desktop
    assert "\nName[en]=Gridworker\n" in desktop
    assert "\nIcon=gridworker\n" in desktop
    for size in (48, 256):
        assert (unpacked / f"usr/share/icons/hicolor/{size}x{size}/apps/gridworker.png").is_file()
    assert (unpacked / "usr/share/icons/hicolor/scalable/apps/gridworker.svg").is_file()


@pytest.fixture
def dpkg_root(tmp_path: Path) -> Iterator[Path]:
    """A scratch root with its own dpkg database (dependencies are not installed in it)."""
    root = tmp_path / "root"
    admin = root / "var/lib/dpkg"
    for d in ("info", "updates", "triggers", "alternatives"):
        (admin / d).mkdir(parents=True)
    for f in ("status", "available"):
        (admin / f).touch()
    yield root


def dpkg(root: Path, *args: str) -> None:
    force = ["--force-depends", "--force-not-root", "--force-bad-path", "--force-script-chrootless"]
    r = subprocess.run(
        ["dpkg", f"--root={root}", "--log=/dev/null", *force, *args], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stdout + r.stderr


def newer_version(deb: Path, out: Path) -> Path:
    """The same package with a higher version, as the next release would be."""
    tree = out / "tree"
    subprocess.run(["dpkg-deb", "-R", str(deb), str(tree)], check=True)
    control = tree / "DEBIAN" / "control"
    text = control.read_text(encoding="utf-8")
    control.write_text(
        re.sub(r"^Version: (.*)$", r"Version: \1+next1", text, flags=re.M), encoding="utf-8"
    )
    (tree / "opt/gridworker/_internal/NEXT-RELEASE").write_text("next\n")
    newer = out / "gridworker_next_amd64.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "-b", str(tree), str(newer)],
        check=True,
        capture_output=True,
    )
    return newer


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_install_upgrade_remove_keep_user_data(deb: Path, dpkg_root: Path, tmp_path: Path) -> None:
    home = tmp_path / "user" / "data"
    dpkg(dpkg_root, "-i", str(deb))
    r = run_installed(dpkg_root, home, "demo-data", "--households", "30")
    assert r.returncode == 0, r.stdout + r.stderr
    accounts = sorted((home / "accounts").iterdir())
    assert accounts, "demo-data made no account"
    data = snapshot(home)

    dpkg(dpkg_root, "-i", str(newer_version(deb, tmp_path)))  # upgrade in place
    assert (dpkg_root / "opt/gridworker/_internal/NEXT-RELEASE").is_file()
    assert snapshot(home) == data, "upgrading touched the user's data"
    r = run_installed(
        dpkg_root,
        home,
        "--self-test",
        GRIDWORKER_SELFTEST_STORE=str(accounts[0]),
        GRIDWORKER_SELFTEST_PASSWORD="demo1234",
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "[ OK ] existing store (copy)" in r.stdout

    dpkg(dpkg_root, "--purge", "gridworker")
    assert not (dpkg_root / "opt/gridworker").exists()
    assert not (dpkg_root / "usr/bin/gridworker").exists()
    assert snapshot(home) == data, "removing the package touched the user's data"


@pytest.mark.parametrize("store", old_stores() or [None], ids=lambda s: s.name if s else "none")
def test_installed_app_migrates_old_store(
    unpacked: Path, tmp_path: Path, store: OldStore | None
) -> None:
    if store is None:
        pytest.skip(NO_STORES)
    from gridworker.store import migrate

    expected = expected_visits(store, tmp_path)
    user_copy = tmp_path / "home" / "accounts" / store.folder.name
    shutil.copytree(store.folder, user_copy)
    r = run_installed(
        unpacked,
        tmp_path / "home",
        "--self-test",
        GRIDWORKER_SELFTEST_STORE=str(user_copy),
        GRIDWORKER_SELFTEST_PASSWORD=store.password,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"revision {migrate.head_revision()}" in r.stdout, r.stdout
    got = reported_visits(r.stdout)
    for vid, fingerprint in expected.items():
        assert got.get(vid) == fingerprint, f"visit {vid} lost in migration:\n{r.stdout}"
