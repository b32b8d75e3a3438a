"""Odd input: byte-order-marked UTF-16/32 files, large files, and huge questions on stdin."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from conftest import run_cli

from assistant.config import Settings
from assistant.errors import InputFileError
from assistant.retrieval import IndexProgress, KnowledgeBase, indexer
from assistant.textfiles import decode_text

TEXT = "# Café rota ☕\n\nMentees host the café rota in turn; zero-width\u200bspace stays.\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_read_as_text(encoding: str) -> None:
    data = TEXT.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # these codecs write no mark of their own
        mark = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
        data = mark + data
    assert decode_text(data, "notes.md") == TEXT


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x00\x01\x02binary", "binary"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8\x41\x00", "is not UTF-16 text"),  # lone surrogate
        (codecs.BOM_UTF32_LE + b"\x00\x00\x11\x00", "is not UTF-32 text"),  # beyond U+10FFFF
        (codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"), "binary"),
        (b"caf\xe9", "is not UTF-8 text"),
    ],
)
def test_undecodable_or_binary_input_is_still_refused(data: bytes, reason: str) -> None:
    with pytest.raises(InputFileError, match=reason):
        decode_text(data, "notes.md")


def test_utf16_and_utf32_documents_are_indexed_and_found(
    home: Path, guidance: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "program"
    folder.mkdir()
    (folder / "rota.md").write_bytes(TEXT.encode("utf-16"))
    (folder / "buddies.txt").write_bytes(
        "Buddies from another team meet the mentee for a monthly lunch.".encode("utf-32")
    )
    report = KnowledgeBase(Settings.load(home=home), knowledge_dir=guidance).index([folder])
    assert report.failed == []
    assert {"buddies.txt", "rota.md"} <= set(report.added)
    kb = KnowledgeBase(Settings.load(home=home), knowledge_dir=guidance)
    top = kb.search("who hosts the café rota", k=1)[0]
    assert top.source == "rota.md" and top.title == "Café rota ☕"


def test_a_large_file_reports_progress_per_batch_of_chunks(
    home: Path, guidance: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indexer, "ADD_BATCH", 4)  # the real batch is 256 chunks
    big = tmp_path / "handbook.md"
    big.write_text(
        "# Handbook\n\n"
        + "\n".join(f"## Topic {n}\n\nPairs practise skill {n}.\n" for n in range(10))
    )
    steps: list[IndexProgress] = []
    kb = KnowledgeBase(Settings.load(home=home), knowledge_dir=guidance)
    kb.index([big], progress=steps.append)
    assert {d.source: d.chunks for d in kb.documents()}["handbook.md"] == 10
    chunk_steps = [s.message for s in steps if s.source == "handbook.md" and "chunks" in s.message]
    assert chunk_steps == [
        "Embedding handbook.md: chunks 1-4 of 10",
        "Embedding handbook.md: chunks 5-8 of 10",
        "Embedding handbook.md: chunks 9-10 of 10",
    ]


def test_ask_stdin_does_not_echo_a_huge_question(kb_home: Path) -> None:
    huge = "why " * 250_000  # a 1 MB line
    result = run_cli("ask", "-", "--json", home=kb_home, stdin=huge + "\n")
    assert result.returncode == 2
    assert len(result.stdout) + len(result.stderr) < 2_000
    echoed = json.loads(result.stdout)
    assert echoed["question"].endswith("… (999,999 characters)")
    assert "characters long" in echoed["error"]
