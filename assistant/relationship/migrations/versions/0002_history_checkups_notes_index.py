"""Action-item history, stored 90-day check-ups and a full-text index of session notes.

Existing items get a first history entry with their current status (dated when they were last
changed); existing notes are added to the index.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "action_item_events",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "item_id",
            sa.String(32),
            sa.ForeignKey("action_items.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
    )
    op.create_index("ix_action_item_events_item_id", "action_item_events", ["item_id"])
    op.execute(
        "INSERT INTO action_item_events (item_id, at, status, note) "
        "SELECT id, updated_at, status, 'recorded before history was kept' FROM action_items"
    )
    op.create_table(
        "checkups",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column(
            "relationship_id",
            sa.String(32),
            sa.ForeignKey("relationships.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("suitable", sa.Boolean(), nullable=False),
        sa.Column("unfavourable", sa.JSON(), nullable=False),
        sa.Column("obstacles", sa.JSON(), nullable=False),
        sa.Column("route", sa.String(16), nullable=False),
        sa.Column("next_steps", sa.JSON(), nullable=False),
    )
    op.create_index("ix_checkups_relationship_id", "checkups", ["relationship_id"])
    op.execute(
        "CREATE VIRTUAL TABLE notes_index USING fts5("
        "notes, session_id UNINDEXED, relationship_id UNINDEXED, tokenize='porter unicode61')"
    )
    op.execute(
        "INSERT INTO notes_index (notes, session_id, relationship_id) "
        "SELECT notes, id, relationship_id FROM sessions WHERE notes != ''"
    )
