"""A process killed in the middle of a write leaves the store as it was before that write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from assistant.relationship.store import RelationshipStore

# Records a session whose action items arrive slowly: half of them are written inside the
# transaction, then the writer says so and waits to be killed.
WRITER = textwrap.dedent(
    """
    import sys, time
    from datetime import date
    from pathlib import Path
    from assistant.actions import ActionItem
    from assistant.relationship.store import RelationshipStore

    store = RelationshipStore(Path(sys.argv[1]))

    def items():
        for number in range(40):
            if number == 20:
                print("half written", flush=True)
                time.sleep(120)
            yield ActionItem(f"Task number {number}", "Sam", None)

    store.add_session(
        sys.argv[2], held_on=date(2026, 11, 21), stage="regular",
        notes="Notes of the session that never finished.", items=items(),
    )
    print("committed", flush=True)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_writer_leaves_the_store_consistent(home: Path) -> None:
    store = RelationshipStore(home)
    record = store.create("Priya", "Sam", goals=["Lead a team"])
    before = store.counts()

    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(home), record.id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.strip() == "half written", process.stderr.read() if process.stderr else ""
        # The half-written transaction is in the log but not committed; kill without cleanup.
        assert (home / "relationships.db-wal").exists()
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    reopened = RelationshipStore(home)
    with reopened.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    assert reopened.counts() == before
    assert reopened.get(record.id).sessions == ()
    assert reopened.search_notes(record.id, "never finished") == []
    # The store takes the next write as if nothing had happened.
    session, _ = reopened.add_session(
        record.id, held_on=date(2026, 11, 22), stage="regular", notes="Second try."
    )
    assert [s.id for s in reopened.get(record.id).sessions] == [session.id]
