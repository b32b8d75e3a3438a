"""The first schema: relationships, agreement, action plan, sessions and action items.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _relationship_fk() -> sa.Column:
    return sa.Column(
        "relationship_id",
        sa.String(32),
        sa.ForeignKey("relationships.id", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "relationships",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("mentor", sa.String(200), nullable=False),
        sa.Column("mentee", sa.String(200), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "agreements",
        sa.Column(
            "relationship_id",
            sa.String(32),
            sa.ForeignKey("relationships.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("meeting_place", sa.Text(), nullable=True),
        sa.Column("meeting_time", sa.Text(), nullable=True),
        sa.Column("meeting_length", sa.Text(), nullable=True),
        sa.Column("frequency", sa.Text(), nullable=True),
        sa.Column("initiator", sa.Text(), nullable=True),
        sa.Column("confidentiality", sa.Text(), nullable=True),
        sa.Column("no_fault_termination", sa.Boolean(), nullable=True),
        sa.Column("supervisor_briefed", sa.Boolean(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "plan_goals",
        sa.Column("id", sa.String(32), primary_key=True),
        _relationship_fk(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
    )
    op.create_index("ix_plan_goals_relationship_id", "plan_goals", ["relationship_id"])
    op.create_table(
        "plan_activities",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column(
            "goal_id",
            sa.String(32),
            sa.ForeignKey("plan_goals.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("resources", sa.Text(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_plan_activities_goal_id", "plan_activities", ["goal_id"])
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(32), primary_key=True),
        _relationship_fk(),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("stage", sa.String(32), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("agenda", sa.JSON(), nullable=True),
        sa.Column("grow_summary", sa.JSON(), nullable=True),
        sa.Column("reflection", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_sessions_relationship_id", "sessions", ["relationship_id"])
    op.create_table(
        "action_items",
        sa.Column("id", sa.String(32), primary_key=True),
        _relationship_fk(),
        sa.Column(
            "session_id",
            sa.String(32),
            sa.ForeignKey("sessions.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("task", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_action_items_relationship_id", "action_items", ["relationship_id"])
