#!/bin/sh
# Development only (before 0002 is released): rewrite migration 0002 from gridworker/schema.py.
set -e
rm -f gridworker/store/migrations/versions/0002_*.py
.venv/bin/python scripts/new_migration.py "report summary tables and indexes" >/dev/null
.venv/bin/python - <<'PY'
import glob
p = glob.glob('gridworker/store/migrations/versions/0002*.py')[0]
s = open(p).read()
marker = "    # ### end Alembic commands ###\n"
i = s.index(marker)
s = s[:i] + marker + '''    # Fill the derived report tables for the visits and households already in the store.
    from gridworker.reports import checks, facts

    bind = op.get_bind()
    facts.rebuild(bind)
    checks.rebuild_checks(bind)
''' + s[i + len(marker):]
open(p, 'w').write(s)
PY
