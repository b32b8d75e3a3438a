"""Versioned Alembic migrations of the relationship record, shipped inside the package.

:func:`upgrade` brings a database to a revision (the newest by default) inside one transaction,
so an interrupted upgrade leaves the previous version intact. The revisions live in
``versions/``: ``0001`` is the first schema, each later one changes it and moves the data along.
"""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

HEAD = "head"


def _config() -> Config:
    config = Config()
    location = resources.files("assistant.relationship").joinpath("migrations")
    config.set_main_option("script_location", str(location))
    return config


def head_revision() -> str:
    """The newest revision shipped with this version of the package."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at (None for a new, empty database)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, revision: str = HEAD) -> None:
    """Migrate the database behind ``connection`` (inside its open transaction) to ``revision``."""
    config = _config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)
