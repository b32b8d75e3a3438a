"""Several processes on one data directory: no lost documents, no stale readers."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import ROOT, run_cli

from assistant.config import Settings
from assistant.retrieval import KnowledgeBase


def copy_home(kb_home: Path, home: Path) -> Path:
    """This test's data directory, starting from the already-built index of the guidance."""
    shutil.copytree(kb_home, home, ignore=shutil.ignore_patterns("*.lock", "sessions"))
    return home


def write_folder(folder: Path, tag: str, count: int) -> list[str]:
    folder.mkdir(parents=True)
    names = []
    for i in range(count):
        name = f"{tag}-{i}.md"
        (folder / name).write_text(
            f"# {tag.title()} note {i}\n\nThe {tag} programme practice number {i} for pairs."
        )
        names.append(name)
    return names


def test_four_cli_indexers_at_once_keep_every_document(
    kb_home: Path, home: Path, tmp_path: Path
) -> None:
    copy_home(kb_home, home)
    tags = ["alpha", "bravo", "charlie", "delta"]
    expected = {tag: write_folder(tmp_path / tag, tag, 25) for tag in tags}
    env = {**os.environ, "MENTOR_ASSIST_HOME": str(home)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "assistant", "index", str(tmp_path / tag), "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=ROOT,
            text=True,
        )
        for tag in tags
    ]
    outputs = [proc.communicate(timeout=300) for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0, 0, 0], [err for _, err in outputs]
    sources = {doc.source for doc in KnowledgeBase(Settings.load(home=home)).documents()}
    missing = sorted(name for names in expected.values() for name in names if name not in sources)
    assert missing == [], f"documents lost by concurrent indexers: {missing}"
    remembered = json.loads((home / "sources.json").read_text())["paths"]
    assert sorted(remembered) == sorted(str((tmp_path / tag).resolve()) for tag in tags)
    # Another run with no paths keeps all of them (nothing is dropped as "no longer listed").
    again = run_cli("index", "--json", home=home)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["removed"] == []


CRASHING_INDEXER = """
import os, sys
from pathlib import Path
from assistant.config import Settings
from assistant.retrieval import KnowledgeBase

embedded = []

def progress(step):
    if step.message.startswith("Embedding"):
        embedded.append(step.source)
        if len(embedded) == 4:  # the process dies while embedding its fourth file
            os._exit(3)

kb = KnowledgeBase(Settings.load(home=Path(sys.argv[1])), knowledge_dir=Path(sys.argv[2]))
kb.index([Path(sys.argv[3])], progress=progress)
"""


def test_a_crash_during_a_first_index_loses_nothing(
    home: Path, guidance: Path, tmp_path: Path
) -> None:
    names = write_folder(tmp_path / "program", "program", 6)
    crashed = subprocess.run(
        [
            sys.executable,
            "-c",
            CRASHING_INDEXER,
            str(home),
            str(guidance),
            str(tmp_path / "program"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert crashed.returncode == 3, crashed.stderr
    kb = KnowledgeBase(Settings.load(home=home), knowledge_dir=guidance)
    partly = {doc.source for doc in kb.documents()}
    assert 0 < len(partly & set(names)) < len(names)  # the crash really was half-way

    report = KnowledgeBase(Settings.load(home=home), knowledge_dir=guidance).index()
    assert report.removed == []
    final = {doc.source for doc in KnowledgeBase(Settings.load(home=home)).documents()}
    assert set(names) <= final


OTHER_PROCESS_INDEXES = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from assistant.config import Settings
    from assistant.retrieval import KnowledgeBase
    kb = KnowledgeBase(Settings.load(home=Path(sys.argv[1])), knowledge_dir=Path(sys.argv[2]))
    print(kb.index([Path(sys.argv[3])]).summary())
    """
)


def test_a_long_lived_reader_sees_another_process_writes(
    home: Path, guidance: Path, tmp_path: Path
) -> None:
    reader = KnowledgeBase(Settings.load(home=home), knowledge_dir=guidance)
    assert reader.search("how often do we meet", k=1)[0].source == "meetings.md"
    extra = tmp_path / "extra"
    extra.mkdir()
    for i in range(20):
        (extra / f"note{i}.md").write_text(f"# Note {i}\n\nPairs review feedback habit {i}.")
    (extra / "zebra.md").write_text("# Zebra crossing\n\nThe zebra rota decides who hosts.")
    writer = subprocess.run(
        [sys.executable, "-c", OTHER_PROCESS_INDEXES, str(home), str(guidance), str(extra)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert writer.returncode == 0, writer.stderr
    # Without reopening, Chroma fails here with "InternalError: Error finding id".
    assert reader.search("who hosts: the zebra rota", k=1)[0].source == "zebra.md"
    assert len(reader.documents()) == 23
    (extra / "zebra.md").unlink()
    writer = subprocess.run(
        [sys.executable, "-c", OTHER_PROCESS_INDEXES, str(home), str(guidance), str(extra)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert writer.returncode == 0, writer.stderr
    assert all(p.source != "zebra.md" for p in reader.search("zebra rota hosts", k=5))


def test_ask_stdin_keeps_answering_while_another_process_indexes(
    kb_home: Path, home: Path, tmp_path: Path
) -> None:
    copy_home(kb_home, home)
    asker = subprocess.Popen(
        [sys.executable, "-m", "assistant", "ask", "-", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "MENTOR_ASSIST_HOME": str(home)},
        cwd=ROOT,
    )
    assert asker.stdin is not None and asker.stdout is not None
    try:
        asker.stdin.write("How often should mentor and mentee meet?\n")
        asker.stdin.flush()
        first = json.loads(asker.stdout.readline())
        assert first["grounded"] is True
        program = tmp_path / "program"
        program.mkdir()
        (program / "buddy-rota.md").write_text(
            "# Buddy rota\n\n## Quokka lunches\n\nEvery quokka lunch pairs a mentee with a "
            "buddy from another team for an informal monthly lunch."
        )
        indexed = run_cli("index", str(program), home=home)
        assert indexed.returncode == 0, indexed.stderr
        asker.stdin.write("What are quokka lunches?\n")
        asker.stdin.flush()
        line = asker.stdout.readline()
        assert "error" not in json.loads(line), line
        assert json.loads(line)["citations"][0]["source"] == "buddy-rota.md"
    finally:
        asker.stdin.close()
        asker.wait(timeout=60)
    assert asker.returncode == 0
    assert "Error finding id" not in (asker.stderr.read() if asker.stderr else "")
