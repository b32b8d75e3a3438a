"""The shipped migrations: a database at the first schema version moves to the newest with its data,
and the ORM classes match what the migrations build."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from assistant.relationship import migrations
from assistant.relationship.checkup import parse_answers
from assistant.relationship.database import make_engine, open_database
from assistant.relationship.models import Base
from assistant.relationship.store import RelationshipStore
from assistant.service import Assistant

FIRST = "0001"


def _first_version_database(path: Path) -> None:
    engine = open_database(path, revision=FIRST)
    with engine.begin() as connection:
        assert migrations.current_revision(connection) == FIRST
        run = connection.exec_driver_sql
        run(
            "INSERT INTO relationships VALUES ('rel1', 'Priya', 'Sam', '[\"guide\"]', 'active', "
            "'2026-09-01 10:00:00.000000', NULL)"
        )
        run("INSERT INTO plan_goals VALUES ('g1', 'rel1', 1, 'Lead a team', 'open')")
        run(
            "INSERT INTO sessions VALUES ('s1', 'rel1', '2026-09-01', 'first-meeting', "
            "'We agreed Sam drafts the Quokka proposal.', NULL, NULL, NULL, "
            "'2026-09-01 10:00:00.000000')"
        )
        run(
            "INSERT INTO action_items VALUES ('i1', 'rel1', 's1', 'Draft the proposal', 'Sam', "
            "'2026-09-08', 'open', 'notes', '2026-09-01 10:00:00.000000', "
            "'2026-09-01 10:00:00.000000')"
        )
        run(
            "INSERT INTO action_items VALUES ('i2', 'rel1', 's1', 'Book the room', 'Priya', "
            "NULL, 'done', 'notes', '2026-09-01 10:00:00.000000', '2026-09-03 09:00:00.000000')"
        )
        tables = {row[0] for row in run("SELECT name FROM sqlite_master WHERE type = 'table'")}
    engine.dispose()
    assert "checkups" not in tables and "action_item_events" not in tables


def test_a_first_version_database_migrates_with_its_data(home: Path, assistant: Assistant):
    path = home / "relationships.db"
    _first_version_database(path)

    store = RelationshipStore(home)  # opening migrates to the newest version
    with store.engine.connect() as connection:
        assert migrations.current_revision(connection) == migrations.head_revision() != FIRST
    record = store.get("rel1")
    assert (record.mentor, record.roles, record.goal_texts) == (
        "Priya",
        ("guide",),
        ("Lead a team",),
    )
    assert [s.notes for s in record.sessions] == ["We agreed Sam drafts the Quokka proposal."]
    by_id = {item.id: item for item in record.items}
    # Existing items got a first history entry with their status when they last changed.
    assert [(e.status, e.at.date()) for e in by_id["i1"].history] == [("open", date(2026, 9, 1))]
    assert [(e.status, e.at.date()) for e in by_id["i2"].history] == [("done", date(2026, 9, 3))]
    # Existing notes were indexed, and the newer features work on the migrated data.
    assert [sid for sid, _ in store.search_notes("rel1", "quokka")] == ["s1"]
    assert store.set_item_status("rel1", "i1", "done").history[-1].status == "done"
    answers = parse_answers(
        {"match": "good", "energized": True, "time_satisfied": True,
         "cancelled_three_in_a_row": False, "meetings": 4}
    )  # fmt: skip
    assert assistant.checkup("rel1", answers).result.route == "on-track"
    assert len(store.get("rel1").checkups) == 1


def test_the_orm_classes_match_the_migrated_schema(home: Path) -> None:
    engine = open_database(home / "relationships.db")
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "include_name": lambda name, kind, parent: (
                    not (kind == "table" and (name or "").startswith("notes_index"))
                    and name != "alembic_version"
                )
            },
        )
        assert compare_metadata(context, Base.metadata) == []


def test_opening_twice_does_not_migrate_again(home: Path) -> None:
    path = home / "relationships.db"
    open_database(path).dispose()
    engine = make_engine(path)
    with engine.connect() as connection:
        versions = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    assert versions == [(migrations.head_revision(),)]
    store = RelationshipStore(home)
    assert store.list() == []
