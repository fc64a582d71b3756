"""Files only their owner may read (0600, folders 0700): a device's store, its key file and
account file, their backups; the server's seal key. (On Windows the modes are not enforced: a
user's profile folder is private already.)"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO

FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: Path) -> Path:
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path, DIR_MODE)
    return path


def open_private(path: Path) -> IO[str]:
    """``path`` opened for writing text (truncated), created readable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with contextlib.suppress(OSError):
        os.chmod(path, FILE_MODE)  # an older file of that name keeps its mode otherwise
    return os.fdopen(fd, "w", encoding="utf-8")


def touch_private(path: Path) -> None:
    """Create ``path`` empty and private if missing (SQLite then gives its -wal and -shm files
    the same mode)."""
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE))


def make_private(*paths: Path) -> None:
    """Tighten files made before they were created private (stores from older versions)."""
    for path in paths:
        with contextlib.suppress(OSError):
            if path.exists() and path.stat().st_mode & 0o077:
                os.chmod(path, DIR_MODE if path.is_dir() else FILE_MODE)
