"""The county server: FastAPI over SQLAlchemy (PostgreSQL in production, SQLite embedded)."""
