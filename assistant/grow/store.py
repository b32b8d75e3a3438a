"""Stored GROW sessions: one JSON file per session, written atomically under a file lock."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from filelock import FileLock, Timeout
from pydantic import Field, ValidationError

from assistant.errors import AssistantError, InputFileError, SessionNotFoundError
from assistant.grow.bank import Intent, Stage, _Strict

DONE = "done"
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{3,63}$")
_START_HINT = "Start one with: mentor-assist grow start"


class TranscriptEntry(_Strict):
    """One question asked in a session and the mentee's answer (None while pending)."""

    stage: Stage
    question_id: str
    question: str
    intent: Intent
    asked_at: datetime
    answer: str | None = None
    answered_at: datetime | None = None
    skipped: bool = False
    heard: list[str] = Field(default_factory=list)  # what the answer did (hearing acts)
    move: str | None = None  # the coach's move after the answer


class SessionRecord(_Strict):
    """The stored form of a GROW session (one JSON file)."""

    version: Literal[1] = 1
    id: str = Field(pattern=_ID_RE.pattern)
    topic: str | None = None
    created: date
    created_at: datetime
    updated_at: datetime
    stage: Literal["goal", "reality", "options", "will", "done"]
    transcript: list[TranscriptEntry]

    @property
    def done(self) -> bool:
        return self.stage == DONE

    @property
    def pending(self) -> TranscriptEntry | None:
        last = self.transcript[-1] if self.transcript else None
        return last if last and last.answer is None and not last.skipped else None

    def answered(self, stage: str | None = None) -> list[TranscriptEntry]:
        return [
            e
            for e in self.transcript
            if e.answer is not None and (stage is None or e.stage == stage)
        ]


@dataclass(frozen=True)
class SessionInfo:
    """A stored session as listed for the user."""

    session: str
    topic: str | None
    created: date
    updated_at: datetime
    stage: str
    done: bool
    answered: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "session": self.session,
            "topic": self.topic,
            "created": self.created.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "stage": self.stage,
            "done": self.done,
            "answered": self.answered,
        }


def _session_path(sessions_dir: Path, session_id: str) -> Path:
    if not _ID_RE.match(session_id or ""):
        raise SessionNotFoundError(f"No GROW session '{session_id}'. {_START_HINT}")
    return sessions_dir / f"{session_id}.json"


def _read_record(path: Path) -> SessionRecord:
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputFileError(path, _corrupt("it is not UTF-8 text")) from None
    try:
        return SessionRecord.model_validate_json(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        reason = first["msg"] if not where else f"{where}: {first['msg']}"
        raise InputFileError(path, _corrupt(reason)) from None


def _corrupt(reason: str) -> str:
    return (
        f"this GROW session file is damaged ({reason}). Delete the file and start a new session "
        "with: mentor-assist grow start"
    )


def _write_record(sessions_dir: Path, record: SessionRecord) -> None:
    sessions_dir.mkdir(parents=True, exist_ok=True)
    path = sessions_dir / f"{record.id}.json"
    fd, tmp = tempfile.mkstemp(dir=sessions_dir, prefix=f".{record.id}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(record.model_dump_json(indent=2))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def list_sessions(sessions_dir: str | Path) -> list[SessionInfo]:
    """Stored sessions, most recently updated first. Damaged files are left out."""
    folder = Path(sessions_dir)
    if not folder.is_dir():
        return []
    infos = []
    for path in folder.glob("*.json"):
        try:
            record = _read_record(path)
        except (InputFileError, OSError):
            continue
        infos.append(
            SessionInfo(
                session=record.id,
                topic=record.topic,
                created=record.created,
                updated_at=record.updated_at,
                stage=record.stage,
                done=record.done,
                answered=len(record.answered()),
            )
        )
    return sorted(infos, key=lambda info: info.updated_at, reverse=True)


def delete_all_sessions(sessions_dir: str | Path) -> int:
    """Delete every stored session file; return how many sessions were deleted."""
    folder = Path(sessions_dir)
    if not folder.is_dir():
        return 0
    deleted = 0
    for path in folder.glob("*.json"):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            deleted += 1
    for leftover in (*folder.glob(".*.lock"), *folder.glob(".*.tmp")):
        with contextlib.suppress(OSError):
            leftover.unlink()
    return deleted


def _load_record(sessions_dir: Path, session_id: str) -> SessionRecord:
    """The stored session ``session_id``; SessionNotFoundError when there is none."""
    path = _session_path(sessions_dir, session_id)
    if not path.is_file():
        raise SessionNotFoundError(f"No GROW session '{session_id}'. {_START_HINT}")
    return _read_record(path)


@contextlib.contextmanager
def _session_lock(sessions_dir: Path, session_id: str) -> Iterator[None]:
    """Hold the session's file lock, so two windows cannot answer the same question at once."""
    path = _session_path(sessions_dir, session_id)
    if not path.is_file():
        raise SessionNotFoundError(f"No GROW session '{session_id}'. {_START_HINT}")
    lock = FileLock(str(sessions_dir / f".{session_id}.lock"), timeout=10)
    try:
        with lock:
            yield
    except Timeout:
        raise AssistantError(
            f"GROW session '{session_id}' is busy in another window; try again in a moment."
        ) from None
