from tests.server.fixtures import (  # noqa: F401 - pytest fixtures
    db_url,
    engine,
    live,
    pg_session_url,
    pg_url,
    sqlite_template,
)
