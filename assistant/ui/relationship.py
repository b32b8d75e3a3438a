"""The Relationship page: one mentoring relationship's record, and the picker other pages use.

Timeline of sessions, open action items with Done and Drop buttons, the partnership agreement,
the Mentoring Action Plan, the 90-day check-up form, the midpoint and closing, and export,
import and delete. Everything is stored on this machine in the data directory.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

import streamlit as st

from assistant.errors import AssistantError
from assistant.ui import render, state

if TYPE_CHECKING:
    from assistant.relationship.records import Relationship
    from assistant.service import Assistant

PICK_KEY = f"{state.INPUT_PREFIX}relationship"
PENDING_KEY = "rel_pick_next"
CLEAR_NOTES_KEY = "rel_clear_notes"
NOTES_KEY = f"{state.INPUT_PREFIX}rel_notes"
MESSAGE_KEY = "rel_message"
ERROR_KEY = "rel_error"
DOCUMENT_KEY = "rel_document"
STAGES = {
    "first-meeting": "First meeting",
    "action-plan": "Action plan",
    "regular": "Regular session",
    "check-up": "90-day check-up",
    "midpoint": "Midpoint",
    "closing": "Closing",
}
KINDS = {"doing": "Learning by doing", "others": "Learning from others",
         "challenging": "Learning from challenging experiences"}  # fmt: skip


def privacy_notice() -> None:
    """Say where notes go: nowhere, unless an LLM provider is configured."""
    settings = state.current_settings()
    if settings.provider == "offline" or not state.is_configured(settings):
        st.caption(
            ":material/lock: Notes never leave this machine: they are read by the offline "
            f"engine and stored in {settings.home}. They would be sent to a model only if an "
            "LLM provider were configured in the sidebar."
        )
    else:
        where = settings.base_url or "OpenAI"
        st.warning(
            f"An LLM provider is configured: the notes you add are sent to {where} to find "
            "the action items. They are stored on this machine too. Switch the sidebar to "
            "Offline to keep them on this machine only.",
            icon=":material/cloud_upload:",
        )


def _store(assistant: Assistant | None = None) -> Any:
    return (assistant or state.assistant()).relationships


def picker(
    label: str = "Relationship (optional)", *, optional: bool = True, help: str | None = None
) -> str | None:
    """A relationship chooser; the choice is shared by every page. Returns the id or None."""
    try:
        records = _store().list()
    except AssistantError as error:
        st.error(str(error))
        return None
    options: list[str | None] = [None] if optional else []
    options += [record.id for record in records]
    if PENDING_KEY in st.session_state:  # chosen by an action after the box was drawn
        st.session_state[PICK_KEY] = st.session_state.pop(PENDING_KEY)
    names = {r.id: f"{r.mentor} → {r.mentee} ({r.status}, {r.id})" for r in records}
    if st.session_state.get(PICK_KEY) not in options:
        st.session_state[PICK_KEY] = options[0] if options else None
    if not options:
        return None
    return st.selectbox(
        label,
        options,
        key=PICK_KEY,
        help=help,
        format_func=lambda rid: "None" if rid is None else names.get(rid, rid),
    )


def _done(message: str) -> None:
    st.session_state[MESSAGE_KEY] = message
    st.session_state.pop(ERROR_KEY, None)


def _safely(action: Any) -> None:
    try:
        action()
    except AssistantError as error:
        st.session_state[ERROR_KEY] = str(error)


def page() -> None:
    st.title("Relationship")
    st.caption(
        "The record of one mentoring relationship, kept on this machine: sessions, action "
        "items, the agreement, the action plan and the check-ups."
    )
    with st.expander("New relationship", expanded=not _store().list()):
        _create_form()
    rid = picker("Relationship", optional=False)
    if message := st.session_state.pop(MESSAGE_KEY, None):
        st.success(message)
    if error := st.session_state.pop(ERROR_KEY, None):
        st.error(error)
    if rid is None:
        st.info("Create a relationship to start its record.")
        return
    record = _store().get(rid)
    st.subheader(f"{record.mentor} (mentor) and {record.mentee} (mentee)")
    goals = "; ".join(record.goal_texts) or "none yet"
    st.caption(f"Status: {record.status} · goals: {goals}")
    tabs = st.tabs(
        ["Sessions", "Action items", "Agreement", "Action plan", "Check-up",
         "Midpoint and closing", "Export and delete"]
    )  # fmt: skip
    with tabs[0]:
        _sessions(record)
    with tabs[1]:
        _items(record)
    with tabs[2]:
        _agreement(record)
    with tabs[3]:
        _plan(record)
    with tabs[4]:
        _checkup(record)
    with tabs[5]:
        _review(record)
    with tabs[6]:
        _export(record)


def _create_form() -> None:
    from assistant.relationship.guidance import role_names

    with st.form("rel_create", clear_on_submit=True):
        mentor, mentee = st.columns(2)
        mentor.text_input("Mentor's name", key="rel_new_mentor")
        mentee.text_input("Mentee's name", key="rel_new_mentee")
        st.text_area("Top 3 goals (one per line)", key="rel_new_goals", height=90)
        st.multiselect("Mentor roles the mentee needs", role_names(), key="rel_new_roles")
        submitted = st.form_submit_button("Create relationship", type="primary")
    if submitted:
        goals = [g.strip() for g in (st.session_state.get("rel_new_goals") or "").splitlines()]

        def create() -> None:
            record = _store().create(
                st.session_state.get("rel_new_mentor") or "",
                st.session_state.get("rel_new_mentee") or "",
                goals=[g for g in goals if g],
                roles=st.session_state.get("rel_new_roles") or [],
            )
            st.session_state[PENDING_KEY] = record.id
            _done(f"Relationship {record.id} created.")

        _safely(create)
        st.rerun()


def _sessions(record: Relationship) -> None:
    if st.session_state.pop(CLEAR_NOTES_KEY, False):
        st.session_state[NOTES_KEY] = ""
    st.markdown("#### Add a session")
    privacy_notice()
    with st.form("rel_session", clear_on_submit=False):
        day, stage = st.columns(2)
        day.date_input("Session date", key="rel_session_date", value=date.today())
        stage.selectbox(
            "Stage", tuple(STAGES), format_func=STAGES.__getitem__, key="rel_session_stage",
            index=2 if record.sessions else 0,
        )  # fmt: skip
        st.text_area("Session notes", key=NOTES_KEY, height=150)
        st.checkbox("Add reflection prompts", key="rel_session_reflect")
        submitted = st.form_submit_button("Add session", type="primary")
    if submitted:
        notes = st.session_state.get(NOTES_KEY) or ""

        def add() -> None:
            if not notes.strip():
                raise AssistantError("Type the session's notes first.")
            recorded = state.assistant().record_session(
                record.id,
                notes,
                today=st.session_state.get("rel_session_date") or date.today(),
                stage=st.session_state.get("rel_session_stage") or "regular",
                reflect=bool(st.session_state.get("rel_session_reflect")),
            )
            count = len(recorded.action_items)
            _done(f"Session recorded with {count} action item{'s' if count != 1 else ''}.")
            st.session_state[CLEAR_NOTES_KEY] = True

        with st.spinner("Reading the notes…"):
            _safely(add)
        st.rerun()
    st.markdown("#### Timeline")
    if not record.sessions:
        st.caption("No sessions yet.")
    by_session: dict[str | None, list[Any]] = {}
    for item in record.items:
        by_session.setdefault(item.session, []).append(item)
    for session in reversed(record.sessions):
        with st.expander(
            f"{session.held_on.isoformat()} · {STAGES.get(session.stage, session.stage)}"
        ):
            if session.agenda:
                topics = [str(item.get("topic", "")) for item in session.agenda.get("items", [])]
                st.caption("Agenda: " + " · ".join(render.escape_markdown(t) for t in topics))
            st.markdown(render.escape_markdown(session.notes) or "_No notes._")
            for item in by_session.get(session.id, []):
                st.markdown(f"- {render.escape_markdown(item.task)} — {item.owner} ({item.status})")
            if session.reflection:
                st.markdown("**Reflection prompts**")
                prompts = session.reflection.get("prompts", [])
                st.markdown("\n".join(f"- {render.escape_markdown(p)}" for p in prompts))


def _set_status(rid: str, item_id: str, status: str) -> None:
    def change() -> None:
        item = _store().set_item_status(rid, item_id, status)
        _done(f"“{item.task}” marked {status}.")

    _safely(change)


def _items(record: Relationship) -> None:
    today = date.today()
    open_items = sorted(record.open_items(), key=lambda i: (i.due is None, i.due or date.max))
    st.markdown(f"#### Open action items ({len(open_items)})")
    if not open_items:
        st.caption("Nothing open.")
    for item in open_items:
        with st.container(border=True):
            text, done, drop = st.columns([6, 1, 1])
            due = f", due {item.due.isoformat()}" if item.due else ""
            late = " · :red[overdue]" if item.overdue(today) else ""
            text.markdown(f"**{render.escape_markdown(item.task)}** — {item.owner}{due}{late}")
            done.button("Done", key=f"rel_done_{item.id}", on_click=_set_status,
                        args=(record.id, item.id, "done"))  # fmt: skip
            drop.button("Drop", key=f"rel_drop_{item.id}", on_click=_set_status,
                        args=(record.id, item.id, "dropped"))  # fmt: skip
    closed = [item for item in record.items if item.status != "open"]
    if closed:
        with st.expander(f"Done and dropped ({len(closed)})"):
            for item in closed:
                st.markdown(f"- ~~{render.escape_markdown(item.task)}~~ — {item.status}")


def _document(record: Relationship, kind: str) -> None:
    """A drafted document, every entry escaped (an imported record chooses its own text)."""
    reply = state.assistant().relationship_document(record.id, kind)
    document = reply.result
    esc = render.escape_markdown
    st.markdown(f"##### {esc(document.title)}")
    for section in document.sections:
        lines = []
        for line in section.lines:
            if line.value is not None:
                lines.append(f"- **{esc(line.label)}:** {esc(line.value)}")
            else:
                lines.append(f"- **{esc(line.label)}:** _to agree_ — {esc(line.prompt or '')}")
        lines += [f"- {esc(question)}" for question in section.questions]
        st.markdown(f"**{esc(section.heading)}**\n\n" + ("\n".join(lines) or "_Nothing yet._"))
    st.caption(f"Source: {document.source}")
    render.rewrites(reply)


def _agreement(record: Relationship) -> None:
    from assistant.relationship.guidance import load_guide, role_names

    agreement = record.agreement
    labels = {field.name: field.label for field in load_guide().agreement.fields}
    with st.form("rel_agreement"):
        values: dict[str, Any] = {}
        for name in ("meeting_place", "meeting_time", "meeting_length", "frequency",
                     "initiator", "confidentiality"):  # fmt: skip
            current = getattr(agreement, name, None) if agreement else None
            values[name] = st.text_input(
                labels[name], value=current or "", key=f"rel_ag_{record.id}_{name}"
            )
        roles = st.multiselect("Mentor roles", role_names(), default=list(record.roles))
        no_fault = st.checkbox(
            labels["no_fault_termination"],
            value=bool(agreement and agreement.no_fault_termination),
        )
        briefed = st.checkbox(
            labels["supervisor_briefed"], value=bool(agreement and agreement.supervisor_briefed)
        )
        end = st.date_input(labels["end_date"], value=agreement.end_date if agreement else None)
        if st.form_submit_button("Save agreement"):
            fields = {name: (value.strip() or None) for name, value in values.items()}

            def save() -> None:
                _store().update_agreement(
                    record.id, roles=roles, no_fault_termination=no_fault,
                    supervisor_briefed=briefed, end_date=end, **fields,
                )  # fmt: skip
                _done("Agreement saved.")

            _safely(save)
            st.rerun()
    _document(record, "agreement")


def _plan(record: Relationship) -> None:
    if record.goals:
        with st.form("rel_activity", clear_on_submit=True):
            goal = st.selectbox(
                "Goal", [g.position for g in record.goals],
                format_func=lambda n: f"{n}. {record.goals[n - 1].text}" if n <= len(record.goals)
                else str(n),
            )  # fmt: skip
            kind = st.selectbox(
                "Type", tuple(KINDS), format_func=KINDS.__getitem__, key="rel_activity_kind"
            )
            text = st.text_input("Learning activity", key="rel_activity_text")
            resources = st.text_input("Resources needed")
            target = st.date_input("Target date", value=None)
            if st.form_submit_button("Add activity"):
                _safely(lambda: _store().add_activity(
                    record.id, str(goal), kind=kind, text=text, resources=resources or None,
                    target_date=target,
                ))  # fmt: skip
                st.rerun()
    _document(record, "plan")


def _checkup(record: Relationship) -> None:
    from assistant.relationship.guidance import load_guide

    guide = load_guide().checkup
    st.caption(
        "Within the first 90 days: more than two unfavourable answers lead to the list of "
        "obstacles. Obstacles 1-5 suggest contacting the program coordinator; 6-10 a plan."
    )
    with st.form("rel_checkup"):
        q = guide.questions
        st.radio(q["match"], ("good", "fair", "poor"), key="rel_ck_match", horizontal=True)
        st.number_input(q["meetings"], min_value=0, max_value=200, value=len(record.sessions),
                        key="rel_ck_meetings")  # fmt: skip
        for name in ("energized", "time_satisfied", "cancelled_three_in_a_row"):
            st.radio(q[name], ("yes", "no"), key=f"rel_ck_{name}", horizontal=True,
                     index=1 if name == "cancelled_three_in_a_row" else 0)  # fmt: skip
        st.multiselect(
            "Obstacles creating tension (if any)",
            list(guide.obstacles),
            format_func=lambda n: f"{n}. {guide.obstacles[n]}",
            key="rel_ck_obstacles",
        )
        submitted = st.form_submit_button("Score check-up", type="primary")
    if submitted:
        from assistant.relationship.checkup import parse_answers

        def run() -> None:
            answers = parse_answers(
                {
                    "match": st.session_state["rel_ck_match"],
                    "meetings": int(st.session_state["rel_ck_meetings"]),
                    "energized": st.session_state["rel_ck_energized"],
                    "time_satisfied": st.session_state["rel_ck_time_satisfied"],
                    "cancelled_three_in_a_row": st.session_state["rel_ck_cancelled_three_in_a_row"],
                    "obstacles": st.session_state.get("rel_ck_obstacles") or [],
                }
            )
            reply = state.assistant().checkup(record.id, answers)
            _done(f"Check-up stored: {reply.result.route}.")

        _safely(run)
        st.rerun()
    for checkup in reversed(record.checkups):
        routes = {"on-track": "On track", "plan": "Plan to overcome obstacles",
                  "coordinator": "Contact the program coordinator"}  # fmt: skip
        with st.container(border=True):
            verdict = "suitable" if checkup.suitable else "needs attention"
            st.markdown(f"**Check-up {checkup.held_on}: {verdict} · {routes[checkup.route]}**")
            st.markdown("\n".join(f"- {render.escape_markdown(s)}" for s in checkup.next_steps))


def _review(record: Relationship) -> None:
    st.caption("Midpoint renewal, the signs a relationship should end, and closing.")
    mid, signals, close = st.columns(3)
    if mid.button("Midpoint questions", key="rel_midpoint"):
        st.session_state[DOCUMENT_KEY] = "midpoint"
    if signals.button("Check end signals", key="rel_signals"):
        st.session_state[DOCUMENT_KEY] = "signals"
    if close.button("Prepare closing", key="rel_close"):
        st.session_state[DOCUMENT_KEY] = "closing"
    kind = st.session_state.get(DOCUMENT_KEY)
    if kind:
        _document(record, kind)
    if kind == "closing":
        esc = render.escape_markdown
        assistant = state.assistant()
        agenda = assistant.agenda("closing", 60, relationship=record.id).result
        st.markdown("**Closing meeting agenda (60 minutes)**")
        for item in agenda.items:
            prompts = "".join(f"\n  - {esc(prompt)}" for prompt in item.prompts)
            st.markdown(f"- **{esc(item.topic)}** ({item.minutes} min, {item.owner}){prompts}")
        reflection = assistant.reflect("closing", relationship=record.id).result
        st.markdown("**Closing reflection**")
        st.markdown("\n".join(f"- {esc(prompt)}" for prompt in reflection.prompts))
        if record.status == "active" and st.button(
            "Mark the relationship closed", key="rel_mark_closed"
        ):
            _safely(lambda: _store().set_status(record.id, "closed"))
            st.rerun()


def _export(record: Relationship) -> None:
    from assistant.relationship.export import export_json, export_markdown, parse_export

    st.download_button(
        "Download JSON", json.dumps(export_json(record), ensure_ascii=False, indent=2),
        file_name=f"relationship-{record.id}.json", mime="application/json", key="rel_dl_json",
    )  # fmt: skip
    st.download_button(
        "Download Markdown", export_markdown(record), file_name=f"relationship-{record.id}.md",
        mime="text/markdown", key="rel_dl_md",
    )  # fmt: skip
    upload = st.file_uploader(
        "Import a relationship (JSON export)", type=["json"], key="rel_upload"
    )
    if upload is not None and st.button("Import", key="rel_import"):

        def restore() -> None:
            try:
                data = json.loads(upload.getvalue().decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as error:
                raise AssistantError(f"{upload.name} is not JSON ({error}).") from None
            restored = _store().restore(parse_export(data, where=upload.name))
            st.session_state[PENDING_KEY] = restored.id
            _done(f"Imported relationship {restored.id}.")

        _safely(restore)
        st.rerun()
    st.markdown("#### Delete")
    st.caption(
        "Deletes the sessions, notes, action items, check-ups and the GROW sessions taken into "
        "this relationship, for good. Download the JSON first if you want a copy."
    )
    confirm = st.checkbox(
        "Yes, delete this relationship and everything in it", key=f"rel_confirm_{record.id}"
    )
    if st.button("Delete relationship", key="rel_delete", disabled=not confirm):
        from assistant.relationship.workflow import delete_relationship

        def remove() -> None:
            delete_relationship(state.assistant(), record.id)
            st.session_state[PENDING_KEY] = None
            _done("Relationship deleted.")

        _safely(remove)
        st.rerun()
