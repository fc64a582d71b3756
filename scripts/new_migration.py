"""Write the next device-store migration from the difference between gridworker/schema.py and
the newest existing migration:  python scripts/new_migration.py "what changed"

Review the generated file before committing: Alembic's autogenerate does not see everything
(renames, data moves)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from gridworker.store.migrate import _config, head_revision


def main() -> None:
    message = sys.argv[1]
    cfg = _config()
    current = head_revision()
    rev_id = f"{int(current.split('_')[0]) + 1:04d}"
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'm.db'}")
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)


if __name__ == "__main__":
    main()
