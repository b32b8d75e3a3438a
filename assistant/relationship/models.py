"""The relationship record's tables, as SQLAlchemy ORM classes (the schema at the newest migration).

The schema itself is created and changed only by the Alembic migrations in ``migrations/``;
``tests/relationship/test_migrations.py`` checks that these classes match what they build.
Lists (mentor roles, check-up answers, next steps) are stored as JSON text.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class RelationshipRow(Base):
    __tablename__ = "relationships"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    mentor: Mapped[str] = mapped_column(String(200))
    mentee: Mapped[str] = mapped_column(String(200))
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default="active")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    goals: Mapped[list[GoalRow]] = relationship(
        back_populates="owner", cascade="all, delete-orphan", order_by="GoalRow.position"
    )
    agreement: Mapped[AgreementRow | None] = relationship(
        back_populates="owner", cascade="all, delete-orphan"
    )
    sessions: Mapped[list[SessionRow]] = relationship(
        back_populates="owner", cascade="all, delete-orphan", order_by="SessionRow.held_on"
    )
    items: Mapped[list[ItemRow]] = relationship(
        back_populates="owner", cascade="all, delete-orphan", order_by="ItemRow.created_at"
    )
    checkups: Mapped[list[CheckupRow]] = relationship(
        back_populates="owner", cascade="all, delete-orphan", order_by="CheckupRow.held_on"
    )


class AgreementRow(Base):
    __tablename__ = "agreements"

    relationship_id: Mapped[str] = mapped_column(
        ForeignKey("relationships.id", ondelete="CASCADE"), primary_key=True
    )
    meeting_place: Mapped[str | None] = mapped_column(Text, nullable=True)
    meeting_time: Mapped[str | None] = mapped_column(Text, nullable=True)
    meeting_length: Mapped[str | None] = mapped_column(Text, nullable=True)
    frequency: Mapped[str | None] = mapped_column(Text, nullable=True)
    initiator: Mapped[str | None] = mapped_column(Text, nullable=True)
    confidentiality: Mapped[str | None] = mapped_column(Text, nullable=True)
    no_fault_termination: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    supervisor_briefed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    owner: Mapped[RelationshipRow] = relationship(back_populates="agreement")


class GoalRow(Base):
    __tablename__ = "plan_goals"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    relationship_id: Mapped[str] = mapped_column(
        ForeignKey("relationships.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="open")

    owner: Mapped[RelationshipRow] = relationship(back_populates="goals")
    activities: Mapped[list[ActivityRow]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="ActivityRow.created_at"
    )


class ActivityRow(Base):
    __tablename__ = "plan_activities"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    goal_id: Mapped[str] = mapped_column(
        ForeignKey("plan_goals.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    resources: Mapped[str | None] = mapped_column(Text, nullable=True)
    target_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    created_at: Mapped[datetime] = mapped_column(DateTime)

    goal: Mapped[GoalRow] = relationship(back_populates="activities")


class SessionRow(Base):
    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    relationship_id: Mapped[str] = mapped_column(
        ForeignKey("relationships.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date)
    stage: Mapped[str] = mapped_column(String(32))
    notes: Mapped[str] = mapped_column(Text, default="")
    agenda: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    grow_summary: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    reflection: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    owner: Mapped[RelationshipRow] = relationship(back_populates="sessions")


class ItemRow(Base):
    __tablename__ = "action_items"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    relationship_id: Mapped[str] = mapped_column(
        ForeignKey("relationships.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[str | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), nullable=True
    )
    task: Mapped[str] = mapped_column(Text)
    owner_name: Mapped[str] = mapped_column("owner", String(200))
    due: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    source: Mapped[str] = mapped_column(String(16), default="notes")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    owner: Mapped[RelationshipRow] = relationship(back_populates="items")
    events: Mapped[list[ItemEventRow]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="ItemEventRow.id"
    )


class ItemEventRow(Base):
    """One change of an action item's status (added in migration 0002)."""

    __tablename__ = "action_item_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[str] = mapped_column(
        ForeignKey("action_items.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text, nullable=True)

    item: Mapped[ItemRow] = relationship(back_populates="events")


class CheckupRow(Base):
    """A 90-day check-up of the match (added in migration 0002)."""

    __tablename__ = "checkups"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    relationship_id: Mapped[str] = mapped_column(
        ForeignKey("relationships.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date)
    answers: Mapped[dict] = mapped_column(JSON)
    suitable: Mapped[bool] = mapped_column(Boolean)
    unfavourable: Mapped[list[str]] = mapped_column(JSON)
    obstacles: Mapped[list[int]] = mapped_column(JSON)
    route: Mapped[str] = mapped_column(String(16))
    next_steps: Mapped[list[str]] = mapped_column(JSON)

    owner: Mapped[RelationshipRow] = relationship(back_populates="checkups")
