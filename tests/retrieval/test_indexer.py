"""Incremental indexing against a real Chroma store, with a small guidance folder."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.retrieval import KnowledgeBase


@pytest.fixture
def guidance(tmp_path: Path) -> Path:
    folder = tmp_path / "guidance"
    folder.mkdir()
    (folder / "README.md").write_text("# Not guidance\n\nThis folder's readme is not indexed.")
    (folder / "meetings.md").write_text(
        "---\ntitle: Meetings\npublisher: Test Org\n---\n# Meetings\n\n## How often to meet\n\n"
        "Mentor and mentee agree to meet every two weeks for one hour.\n\n"
        "## Confidentiality\n\nWhat is said in a session stays private unless both agree.\n"
    )
    (folder / "goals.md").write_text(
        "# Goals\n\n## Setting goals\n\nThe mentee chooses three goals and writes them down.\n"
    )
    return folder


def make_kb(home: Path, guidance: Path) -> KnowledgeBase:
    return KnowledgeBase(Settings.load(home=home), knowledge_dir=guidance)


def test_index_is_incremental_by_content_hash(home: Path, guidance: Path, tmp_path: Path) -> None:
    kb = make_kb(home, guidance)
    first = kb.index()
    assert sorted(first.added) == ["goals.md", "meetings.md"]
    assert first.embedded_chunks == first.chunks == 3

    again = make_kb(home, guidance).index()  # a new process would see the same store
    assert sorted(again.unchanged) == ["goals.md", "meetings.md"]
    assert again.embedded_chunks == 0 and again.chunks == 3

    (guidance / "goals.md").write_text(
        "# Goals\n\n## Setting goals\n\nPick two goals, not three.\n"
    )
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "buddy.txt").write_text("Buddies check in weekly about onboarding questions.")
    changed = make_kb(home, guidance).index([extra])
    assert changed.updated == ["goals.md"]
    assert changed.added == ["buddy.txt"]
    assert changed.unchanged == ["meetings.md"]
    assert changed.embedded_chunks == 2  # only the changed and the new file
    assert changed.chunks == 4
    texts = [p.text for p in make_kb(home, guidance).search("how many goals", 4)]
    assert any("Pick two goals" in t for t in texts)
    assert not any("three goals" in t for t in texts)


def test_deleted_files_leave_the_index_and_added_paths_are_remembered(
    home: Path, guidance: Path, tmp_path: Path
) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "a.md").write_text("# Alpha\n\nAlpha programme pairs new hires with a buddy.")
    (extra / "b.md").write_text("# Beta\n\nBeta programme runs quarterly reviews.")
    kb = make_kb(home, guidance)
    kb.index([extra])
    assert {d.source for d in kb.documents()} == {"goals.md", "meetings.md", "a.md", "b.md"}

    (extra / "b.md").unlink()
    (guidance / "goals.md").unlink()
    report = make_kb(home, guidance).index()  # no paths: the folder is remembered
    assert sorted(report.removed) == ["b.md", "goals.md"]
    assert {d.source for d in make_kb(home, guidance).documents()} == {"meetings.md", "a.md"}


def test_bad_files_are_reported_and_the_rest_is_indexed(
    home: Path, guidance: Path, tmp_path: Path
) -> None:
    kb = make_kb(home, guidance)
    kb.index()
    before = {d.source: d.chunks for d in kb.documents()}
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "empty.md").write_bytes(b"")
    (batch / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (batch / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    (batch / "corrupt.pdf").write_bytes(b"%PDF-1.7 truncated")
    (batch / "good.md").write_text("# Good\n\nA good document about reverse mentoring.")
    report = make_kb(home, guidance).index([batch])
    failed = dict(report.failed)
    assert set(failed) == {
        str(batch / n) for n in ("empty.md", "binary.txt", "latin.txt", "corrupt.pdf")
    }
    assert failed[str(batch / "empty.md")] == "file is empty"
    assert report.added == ["good.md"]
    after = {d.source: d.chunks for d in make_kb(home, guidance).documents()}
    assert after == before | {"good.md": 1}


def test_a_file_that_turns_bad_keeps_its_previous_chunks(home: Path, guidance: Path) -> None:
    make_kb(home, guidance).index()
    (guidance / "goals.md").write_bytes(b"\x00\x01\x02garbage")
    report = make_kb(home, guidance).index()
    assert [name for name, _ in report.failed] == [str(guidance / "goals.md")]
    assert report.removed == []
    assert "goals.md" in {d.source for d in make_kb(home, guidance).documents()}


def test_search_returns_cited_passages_best_first(home: Path, guidance: Path) -> None:
    passages = make_kb(home, guidance).search("Is what we discuss kept private?", k=2)
    assert passages[0].section == "Confidentiality"
    assert passages[0].title == "Meetings" and passages[0].publisher == "Test Org"
    assert passages[0].score >= passages[1].score
    assert set(passages[0].to_citation()) == {"source", "title", "section", "text", "score"}


def test_two_processes_indexing_at_once_do_not_corrupt_the_store(
    home: Path, guidance: Path, tmp_path: Path
) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    for i in range(6):
        (extra / f"doc{i}.md").write_text(f"# Doc {i}\n\nPractice number {i} for mentoring pairs.")
    script = textwrap.dedent(
        f"""
        import json, sys
        from pathlib import Path
        from assistant.config import Settings
        from assistant.retrieval import KnowledgeBase
        kb = KnowledgeBase(Settings.load(home=Path({str(home)!r})),
                           knowledge_dir=Path({str(guidance)!r}))
        print(json.dumps(kb.index([Path({str(extra)!r})]).to_dict()))
        """
    )
    env = {**os.environ, "MENTOR_ASSIST_HOME": str(home)}
    procs = [
        subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, env=env, text=True)
        for _ in range(2)
    ]
    reports = [json.loads(p.communicate(timeout=240)[0]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    # One process did the work, the other waited for the lock and found everything unchanged.
    assert sorted(len(r["added"]) for r in reports) == [0, 8]
    assert all(r["chunks"] == 9 for r in reports)
    kb = make_kb(home, guidance)
    assert len(kb.documents()) == 8
    assert kb.search("practice number 3", k=1)[0].source == "doc3.md"


def test_a_store_chunked_by_an_earlier_version_is_chunked_again_with_a_message(
    home: Path, guidance: Path
) -> None:
    from assistant.retrieval.chunker import CHUNKER_VERSION
    from assistant.retrieval.store import all_records

    (guidance / "intro.md").write_text(
        "# Starting out\n\nRead this before the first meeting.\n\n## Later\n\nMeet monthly.\n"
    )
    kb = make_kb(home, guidance)
    kb.index()
    records = all_records(kb.collection)
    # What an earlier version wrote: no chunker version, and an introduction with no section.
    older = [
        {key: value for key, value in meta.items() if key != "chunker"}
        | ({"section": ""} if text.startswith("Read this") else {})
        for meta, text in zip(records["metadatas"], records["documents"], strict=True)
    ]
    kb.collection.update(ids=records["ids"], metadatas=older)
    # Chroma keeps keys an update leaves out; an older store simply had version 1.
    kb.collection.update(ids=records["ids"], metadatas=[{"chunker": 1} for _ in older])

    messages: list[str] = []
    fresh = make_kb(home, guidance)
    fresh.ensure_ready(progress=lambda step: messages.append(step.message))
    assert any("chunked by an earlier version" in message for message in messages)
    after = all_records(fresh.collection)
    assert {meta["chunker"] for meta in after["metadatas"]} == {CHUNKER_VERSION}
    assert len(after["ids"]) == len(records["ids"])  # no stale chunk left behind
    intro = fresh.search("what to read before the first meeting", 1)[0]
    assert intro.text.startswith("Read this") and intro.section == "Starting out"
    again: list[str] = []
    make_kb(home, guidance).ensure_ready(progress=lambda step: again.append(step.message))
    assert again == []  # upgraded once, then left alone
