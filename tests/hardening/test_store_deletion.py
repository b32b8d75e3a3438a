"""Removing documents and deleting all data: the text is gone from every file, not just hidden."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import chromadb
from chromadb.config import Settings as ChromaSettings
from conftest import files_containing, run_cli

from assistant.config import Settings
from assistant.retrieval import KnowledgeBase
from assistant.retrieval.store import COLLECTION, purges_promptly
from assistant.service import Assistant

MARKER = "QuokkaMarker7731"


def secret_doc(folder: Path, name: str = "secret.md", marker: str = MARKER) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(
        f"# Confidential pairing notes\n\n## Escalations\n\nThe code word {marker} marks the "
        "confidential escalation path for mentoring pairs in trouble."
    )
    return path


def kb_for(home: Path, guidance: Path) -> KnowledgeBase:
    return KnowledgeBase(Settings.load(home=home), knowledge_dir=guidance)


def test_a_deleted_file_leaves_no_bytes_after_reindexing(
    home: Path, guidance: Path, tmp_path: Path
) -> None:
    program = tmp_path / "program"
    secret = secret_doc(program)
    (program / "other.md").write_text("# Other\n\nPairs meet monthly over coffee.")
    kb_for(home, guidance).index([program])
    assert files_containing(home, MARKER), "the marker must be in the store to begin with"
    secret.unlink()
    report = kb_for(home, guidance).index()
    assert report.removed == ["secret.md"]
    assert files_containing(home, MARKER) == []  # not in Chroma's queue, pages or FTS index
    assert [p.source for p in kb_for(home, guidance).search("coffee", k=1)] == ["other.md"]


def test_a_changed_file_leaves_no_bytes_of_its_old_version(
    home: Path, guidance: Path, tmp_path: Path
) -> None:
    program = tmp_path / "program"
    secret_doc(program)
    kb_for(home, guidance).index([program])
    secret_doc(program, marker="HarmlessWord")
    report = kb_for(home, guidance).index()
    assert report.updated == ["secret.md"]
    assert files_containing(home, MARKER) == []
    assert files_containing(home / "index", "HarmlessWord")


def test_index_remove_takes_files_out_and_keeps_them_out(
    kb_home: Path, home: Path, tmp_path: Path
) -> None:
    shutil.copytree(kb_home, home, ignore=shutil.ignore_patterns("*.lock", "sessions"))
    program = tmp_path / "program"
    secret = secret_doc(program)
    (program / "other.md").write_text("# Other\n\nPairs meet monthly over coffee.")
    assert run_cli("index", str(program), home=home).returncode == 0

    removed = run_cli("index", "--remove", str(secret), "--json", home=home)
    assert removed.returncode == 0, removed.stderr
    assert json.loads(removed.stdout)["removed"] == ["secret.md"]
    assert secret.exists(), "removing from the index never deletes the user's file"
    assert files_containing(home, MARKER) == []
    listed = run_cli("index", "--list", "--json", home=home)
    sources = {doc["source"] for doc in json.loads(listed.stdout)}
    assert "other.md" in sources and "secret.md" not in sources

    # A later run over the remembered folder does not bring it back...
    again = run_cli("index", "--json", home=home)
    assert json.loads(again.stdout)["added"] == []
    # ...adding the folder again does; and a source name works as well as a path.
    back = run_cli("index", str(program), "--json", home=home)
    assert json.loads(back.stdout)["added"] == ["secret.md"]
    by_name = run_cli("index", "--remove", "secret.md", "--json", home=home)
    assert json.loads(by_name.stdout)["removed"] == ["secret.md"]
    whole = run_cli("index", "--remove", str(program), "--json", home=home)
    assert json.loads(whole.stdout)["removed"] == ["other.md"]
    assert json.loads((home / "sources.json").read_text())["paths"] == []


def test_index_remove_refuses_shipped_guidance_and_unknown_paths(kb_home: Path, home: Path) -> None:
    shutil.copytree(kb_home, home, ignore=shutil.ignore_patterns("*.lock", "sessions"))
    shipped = run_cli("index", "--remove", "informal-mentoring-how-tos.md", home=home)
    assert shipped.returncode == 2 and "shipped guidance" in shipped.stderr
    unknown = run_cli("index", "--remove", "/no/such/file.md", home=home)
    assert unknown.returncode == 2 and "not in the knowledge base" in unknown.stderr
    empty = run_cli("index", "--remove", home=home)
    assert empty.returncode == 2


def test_an_older_store_is_moved_to_one_that_purges_deleted_text(
    home: Path, guidance: Path, tmp_path: Path
) -> None:
    program = tmp_path / "program"
    secret = secret_doc(program)
    kb_for(home, guidance).index([program])
    # Recreate the collection as stores made before this protection were: default sync
    # threshold, so Chroma's queue keeps the last 1,000 writes with their text.
    client = chromadb.PersistentClient(
        path=str(home / "index"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    old = client.get_collection(COLLECTION)
    records = old.get(include=["documents", "metadatas", "embeddings"])
    client.delete_collection(COLLECTION)
    legacy = client.create_collection(
        COLLECTION, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
    )
    legacy.add(
        ids=records["ids"],
        documents=records["documents"],
        metadatas=records["metadatas"],
        embeddings=records["embeddings"],
    )
    assert not purges_promptly(legacy)
    client.close()

    secret.unlink()
    kb = kb_for(home, guidance)
    assert kb.index().removed == ["secret.md"]
    assert purges_promptly(kb.collection)
    assert files_containing(home, MARKER) == []
    assert {d.source for d in kb.documents()} == {"goals.md", "meetings.md"}


def test_delete_all_my_data_leaves_nothing_readable(
    kb_home: Path, home: Path, tmp_path: Path
) -> None:
    shutil.copytree(kb_home, home, ignore=shutil.ignore_patterns("*.lock", "sessions"))
    assistant = Assistant(Settings.load(home=home))
    session = assistant.grow_start(f"presenting {MARKER}").result.to_dict()["session"]
    assistant.grow_answer(session, f"I want to present {MARKER} to leadership by March")
    secret_doc(home / "documents")
    assistant.index([home / "documents"])
    (home / "relationships.db").write_bytes(f"notes about {MARKER}".encode())
    assert len(files_containing(home, MARKER)) >= 3

    deleted = assistant.kb.erase_all_data()
    assert {"documents", "index", "sessions", "sources.json", "relationships.db"} <= set(deleted)
    assert files_containing(home, MARKER) == []
    assert sorted(p.name for p in home.iterdir() if p.suffix != ".lock") == ["index.generation"]
    # The assistant keeps working: the shipped guidance is indexed again on next use.
    reply = assistant.ask("How often should mentor and mentee meet?")
    assert reply.result.citations
    assert {d.origin for d in assistant.kb.documents()} == {"shipped"}
    assert files_containing(home, MARKER) == []
