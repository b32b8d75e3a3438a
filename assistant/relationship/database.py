"""The SQLite file behind the relationship record: WAL, foreign keys, one transaction per change.

The file lives in the data directory (``relationships.db``). Every connection runs in WAL mode
with ``synchronous=FULL`` and ``secure_delete`` (deleted notes are overwritten, not just
unlinked), and every transaction starts with ``BEGIN IMMEDIATE``: a write either commits whole or
leaves no trace, also when the process is killed in the middle of it. Opening the file migrates
it to the newest schema under a file lock, so two processes never migrate at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from filelock import FileLock
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError

from assistant.errors import AssistantError
from assistant.relationship import migrations

DB_NAME = "relationships.db"
BUSY_TIMEOUT_MS = 10_000


class RecordStoreError(AssistantError):
    """The relationship record cannot be opened or written."""


def database_path(home: Path) -> Path:
    return home / DB_NAME


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event below own the transactions (pysqlite's own are partial).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in (
        f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
        "PRAGMA foreign_keys=ON",
        "PRAGMA secure_delete=ON",
    ):
        cursor.execute(pragma)
    cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(path: Path) -> Engine:
    """An engine for the file at ``path`` (no connection is opened yet)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def open_database(path: Path, *, revision: str = migrations.HEAD) -> Engine:
    """The engine for ``path``, migrated to ``revision`` (the newest by default)."""
    engine = make_engine(path)
    try:
        with FileLock(str(path) + ".lock", timeout=60), engine.begin() as connection:
            target = migrations.head_revision() if revision == migrations.HEAD else revision
            if migrations.current_revision(connection) != target:
                migrations.upgrade(connection, revision)
    except DatabaseError as error:
        engine.dispose()
        raise RecordStoreError(
            f"The relationship record {path} cannot be opened ({error.orig}). Move the file "
            "away and restore your relationships from their exports with "
            "'mentor-assist relationship import FILE'."
        ) from None
    return engine


def vacuum(engine: Engine) -> None:
    """Fold the write-ahead log into the file and rebuild it, leaving no deleted pages behind."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()
