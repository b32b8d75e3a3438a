"""Coordinator workspace: the knowledge base, adding documents, and the program FAQ."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd
import streamlit as st

from assistant.errors import AssistantError
from assistant.ui import render, state

if TYPE_CHECKING:
    from assistant.retrieval import DocumentInfo, IndexProgress, IndexReport, KnowledgeBase

UPLOAD_TYPES = ("md", "txt", "html", "htm", "pdf")
UPLOAD_KEY = "kb_upload"
UPLOAD_VERSION_KEY = "kb_upload_version"
REPORT_KEY = "kb_report"
COUNT_KEY = f"{state.INPUT_PREFIX}faq_count"
TOPIC_KEY = f"{state.INPUT_PREFIX}faq_topic"
FAQ_KEY = "faq_reply"
REMOVE_KEY = "kb_remove_choice"
REMOVED_KEY = "kb_removed_message"


def documents_dir() -> Path:
    """Where uploaded documents are kept (inside the data directory)."""
    return state.current_settings().home / "documents"


def save_uploads(files: list[Any], folder: Path) -> list[Path]:
    """Write uploaded files into ``folder`` under their own (sanitised) names."""
    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    for upload in files:
        name = Path(upload.name).name.strip() or "document.txt"
        path = folder / name
        path.write_bytes(upload.getvalue())
        saved.append(path)
    return saved


def page() -> None:
    st.title("Coordinator workspace")
    st.caption("The guidance every answer cites, your program's own documents, and the FAQ.")
    kb_tab, faq_tab = st.tabs(["Knowledge base", "Program FAQ"])
    with kb_tab:
        _upload_section()
        _documents_table()
    with faq_tab:
        _faq_section()


def _documents_table() -> None:
    st.subheader("Indexed documents")
    docs = state.attempt("Reading the knowledge base…", lambda: state.assistant().kb.documents())
    if docs is None:
        return
    if not docs:
        st.info("The knowledge base is empty.")
        return
    table = pd.DataFrame(
        [
            {
                "title": doc.title,
                "source": doc.source,
                "publisher": doc.publisher,
                "chunks": doc.chunks,
                "last indexed": _when(doc.indexed_at),
                "added by": "you" if getattr(doc, "origin", "") == "user" else "shipped",
            }
            for doc in docs
        ]
    )
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        column_config={
            "title": st.column_config.TextColumn("Title", width=280),
            "source": st.column_config.TextColumn("Source", width=200),
            "publisher": st.column_config.TextColumn("Publisher", width=170),
            "chunks": st.column_config.NumberColumn("Chunks", width=60),
            "last indexed": st.column_config.TextColumn("Last indexed", width=130),
            "added by": st.column_config.TextColumn("Added by", width=80),
        },
    )
    st.caption(f"{len(docs)} documents, {int(table['chunks'].sum())} chunks.")
    _remove_section([doc for doc in docs if doc.origin == "user"])


def _remove_section(docs: list[DocumentInfo]) -> None:
    """Remove one of the coordinator's own documents (the shipped guidance stays)."""
    if message := st.session_state.pop(REMOVED_KEY, None):
        st.success(message)
    if not docs:
        return
    by_source = {doc.source: doc for doc in docs}
    choice_col, button_col = st.columns([3, 1], vertical_alignment="bottom")
    source = choice_col.selectbox("Remove a document you added", list(by_source), key=REMOVE_KEY)
    if not button_col.button("Remove", key="kb_remove", disabled=source is None):
        return
    doc = by_source[str(source)]
    try:
        removed = remove_document(state.assistant().kb, doc, documents_dir())
    except AssistantError as error:
        st.error(str(error))
        return
    names = ", ".join(render.escape_label(name) for name in removed) or "nothing"
    st.session_state[REMOVED_KEY] = f"Removed {names} from the knowledge base."
    st.rerun()


def remove_document(kb: KnowledgeBase, doc: DocumentInfo, uploads: Path) -> list[str]:
    """Take ``doc`` out of the index; an uploaded copy is deleted, a file elsewhere is kept."""
    path = Path(doc.path) if doc.path else None
    if path is not None and path.resolve().is_relative_to(uploads.resolve()):
        path.unlink(missing_ok=True)
    report = kb.remove([doc.path or doc.source])
    return report.removed


def _when(timestamp: str) -> str:
    """An ISO timestamp as local ``YYYY-MM-DD HH:MM`` (unchanged when it is not one)."""
    try:
        moment = datetime.fromisoformat(timestamp)
    except ValueError:
        return timestamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def _upload_section() -> None:
    st.subheader("Add documents")
    version = st.session_state.get(UPLOAD_VERSION_KEY, 0)
    files = st.file_uploader(
        "Markdown, text, HTML or PDF",
        type=list(UPLOAD_TYPES),
        accept_multiple_files=True,
        key=f"{UPLOAD_KEY}_{version}",
    )
    if st.button("Add to knowledge base", key="kb_add", type="primary", disabled=not files):
        _index(list(files or []))
    report: IndexReport | None = state.result(REPORT_KEY)
    if report is not None:
        _show_report(report)


def _index(files: list[Any]) -> None:
    folder = documents_dir()
    try:
        saved = save_uploads(files, folder)
    except OSError as error:
        st.error(f"Could not save the uploads in {folder}: {error.strerror or error}.")
        return
    bar = st.progress(0.0, text="Indexing…")

    def progress(step: IndexProgress) -> None:
        fraction = step.done / step.total if step.total else 1.0
        bar.progress(min(max(fraction, 0.0), 1.0), text=step.message)

    try:
        report = state.assistant().index([folder], progress=progress)
    except AssistantError as error:
        bar.empty()
        st.error(str(error))
        return
    bar.empty()
    # A file that cannot be read is removed again so it does not fail every later run.
    uploaded = {path.resolve() for path in saved}
    for name, _reason in report.failed:
        path = Path(name).resolve()
        if path in uploaded:
            path.unlink(missing_ok=True)
    state.store(REPORT_KEY, report)
    st.session_state[UPLOAD_VERSION_KEY] = st.session_state.get(UPLOAD_VERSION_KEY, 0) + 1
    st.rerun()


def _show_report(report: IndexReport) -> None:
    for name, reason in report.failed:
        st.error(f"{render.escape_label(Path(name).name)}: {render.escape_markdown(reason)}")
    changed = [*report.added, *report.updated]
    if changed:
        names = ", ".join(render.escape_label(name) for name in changed)
        st.success(f"Indexed {names}. {report.summary()}")
    elif not report.failed:
        st.info(f"Nothing changed. {report.summary()}")


def _faq_section() -> None:
    st.subheader("Program FAQ")
    st.caption(
        "Questions your participants would ask, answered with quotes from the knowledge base. "
        "Questions the documents cannot answer are listed as gaps."
    )
    st.session_state.setdefault(COUNT_KEY, 8)
    count_col, topic_col = st.columns([1, 3])
    count_col.number_input("Questions", min_value=1, max_value=30, step=1, key=COUNT_KEY)
    topic_col.text_input("Topic (optional)", key=TOPIC_KEY, placeholder="e.g. first meeting")
    if st.button("Build FAQ", key="faq_button", type="primary"):
        topic = (st.session_state.get(TOPIC_KEY) or "").strip() or None
        count = int(st.session_state.get(COUNT_KEY) or 8)
        reply = state.attempt("Building the FAQ…", lambda: state.assistant().faq(count, topic))
        if reply is not None:
            state.store(FAQ_KEY, reply)
    reply = state.result(FAQ_KEY)
    if reply is None:
        return
    data = reply.result.to_dict()
    entries = data.get("faq", [])
    if data.get("summary"):
        st.info(render.escape_markdown(str(data["summary"])))
    if data.get("note"):
        st.warning(render.escape_markdown(str(data["note"])))
    if not entries:
        st.info("The knowledge base has no answers for this topic yet.")
    for number, entry in enumerate(entries, start=1):
        st.markdown(f"**{number}. {render.escape_markdown(str(entry.get('question')))}**")
        st.markdown(render.answer_markdown(str(entry.get("answer"))))
        render.citations(entry.get("citations", []), heading=None)
    gaps = data.get("gaps", [])
    if gaps:
        st.markdown("**Gaps: questions the knowledge base cannot answer yet**")
        st.markdown("\n".join(f"- {render.escape_markdown(str(gap))}" for gap in gaps))
    render.provenance(reply)
    st.download_button(
        "Download FAQ (Markdown)",
        _faq_markdown(reply.result),
        file_name="program-faq.md",
        mime="text/markdown",
        key="faq_download",
    )


def _faq_markdown(faq: Any) -> str:
    from assistant.faq import faq_to_markdown

    return faq_to_markdown(faq)
