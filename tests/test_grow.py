"""GROW coaching: the rules on realistic transcripts, the summary, stored sessions, the CLI."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from assistant.actions import ActionItem
from assistant.citations import Passage
from assistant.errors import ConfigError, InputFileError, SessionNotFoundError, UsageError
from assistant.grow import (
    QUESTIONS_PATH,
    STAGES,
    GrowCoach,
    GrowSummary,
    GrowTurn,
    actions_from_answer,
    delete_all_sessions,
    extract_options,
    list_sessions,
    load_question_bank,
)

if TYPE_CHECKING:
    from assistant.retrieval import KnowledgeBase
    from assistant.service import Assistant

TODAY = date(2025, 11, 12)  # a Wednesday
KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"


class FixedKB:
    """Answers every search with the same two passages and records the queries."""

    def __init__(self) -> None:
        self.queries: list[str] = []

    def search(self, query: str, k: int = 5) -> list[Passage]:
        self.queries.append(query)
        return [
            Passage(
                source="informal-mentoring-how-tos.md",
                title="Informal Mentoring How-To's",
                section="Informal Mentoring How-To's > What Is The Role of a Mentee?",
                text="The mentee owns the mentoring process.",
                score=0.41,
            ),
            Passage(
                source="overview-of-the-mentoring-process.md",
                title="Overview of the Mentoring Process",
                section="Overview > First Meeting > Step 2 - Discuss Your Overall Mentoring Goals",
                text="Where are you going? Where are you now?",
                score=0.35,
            ),
        ][:k]


@pytest.fixture
def fixed_kb() -> FixedKB:
    return FixedKB()


@pytest.fixture
def coach(fixed_kb: FixedKB, tmp_path: Path) -> GrowCoach:
    return GrowCoach(fixed_kb, tmp_path / "sessions", today=TODAY)


def play(coach: GrowCoach, answers: Sequence[str], topic: str | None = None) -> list[GrowTurn]:
    """Start a session and give ``answers`` in turn; return every turn, the first one included."""
    turns = [coach.start(topic)]
    for text in answers:
        turns.append(coach.answer(turns[-1].session, text))
    return turns


BANK = load_question_bank()


def intent_of(turn: GrowTurn) -> str:
    assert turn.question_id is not None
    question = BANK.get(turn.question_id)
    assert question is not None
    return question.intent


# --------------------------------------------------------------------------- start


def test_start_asks_the_opening_goal_question_with_citations(coach: GrowCoach) -> None:
    turn = coach.start()
    assert (turn.stage, turn.done, turn.question_id) == ("goal", False, "goal-open")
    assert turn.question == "What would you like to get out of our time together today?"
    # The question's own source section is cited first.
    assert turn.citations[0].source == "overview-of-the-mentoring-process.md"
    data = turn.to_dict()
    assert {"session", "stage", "question", "done", "citations"} <= data.keys()
    assert set(data["citations"][0]) == {"source", "title", "section", "text", "score"}


def test_start_with_a_topic_asks_about_the_topic(coach: GrowCoach) -> None:
    turn = coach.start("public speaking")
    assert turn.question == "What would you like to achieve around public speaking?"


def test_session_ids_are_url_safe_and_never_look_like_flags(coach: GrowCoach) -> None:
    ids = {coach.start().session for _ in range(20)}
    assert len(ids) == 20
    assert all(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]+", i) for i in ids)


# --------------------------------------------------------------------------- the rules


def test_vague_goal_gets_a_sharpening_question(coach: GrowCoach) -> None:
    turns = play(coach, ["I want to get better at presenting"])
    assert turns[-1].stage == "goal"
    assert intent_of(turns[-1]) == "sharpen"
    assert turns[-1].question == (
        "What would success look like, and by when would you like to see it?"
    )


def test_goal_with_a_date_but_hedged_asks_how_success_will_be_known(coach: GrowCoach) -> None:
    turns = play(coach, ["I'd like to improve my presentations by March"])
    assert intent_of(turns[-1]) == "sharpen"
    assert "measure" in BANK.get(turns[-1].question_id).tags  # type: ignore[union-attr]
    assert "timeframe" not in BANK.get(turns[-1].question_id).tags  # type: ignore[union-attr]


def test_sharpened_goal_moves_on_to_reality(coach: GrowCoach) -> None:
    turns = play(
        coach,
        [
            "I want to get better at presenting",
            "Giving the quarterly update to the whole department without notes by March",
        ],
    )
    assert turns[-1].stage == "reality"
    assert turns[-1].question_id == "reality-goal-open"  # the goal in the mentee's words
    assert "giving the quarterly update" in (turns[-1].question or "").lower()


def test_specific_goal_moves_on_at_once(coach: GrowCoach) -> None:
    turns = play(coach, ["Be promoted to senior engineer in the June 2026 review cycle"])
    assert turns[-1].stage == "reality"


@pytest.mark.parametrize("answer", ["idk", "not sure", "Presenting, mostly"])
def test_very_short_answer_gets_a_follow_up(coach: GrowCoach, answer: str) -> None:
    turns = play(coach, [answer])
    assert turns[-1].stage == "goal"
    assert intent_of(turns[-1]) == "follow_up"


def test_short_answer_is_invited_to_say_more_and_unsure_to_start_small(coach: GrowCoach) -> None:
    terse = play(coach, ["Presenting, mostly"])[-1]
    unsure = play(coach, ["idk"])[-1]
    assert terse.question == "Say more about that. What is behind it for you?"
    assert unsure.question == "What comes to mind first, even if it is only half-formed?"


SPECIFIC_GOAL = "Give the quarterly update to the department without notes by March"


def test_obstacle_in_reality_opens_options_beyond_the_barrier(coach: GrowCoach) -> None:
    turns = play(
        coach,
        [SPECIFIC_GOAL, "I present once a month but I freeze when senior leaders ask questions"],
    )
    assert turns[-1].stage == "options"
    assert turns[-1].question == "If nothing were standing in your way, what would you do?"


def test_obstacle_while_collecting_options_gets_the_barriers_question(coach: GrowCoach) -> None:
    turns = play(
        coach,
        [
            SPECIFIC_GOAL,
            "I present once a month to my own team and it goes fine",
            "I could rehearse with the team lead but my manager won't give me the time",
        ],
    )
    assert turns[-2].stage == "options" and turns[-2].question_id == "options-open"
    assert turns[-1].stage == "options"
    assert intent_of(turns[-1]) == "obstacle"


def test_reality_needs_a_fact_or_two_answers(coach: GrowCoach) -> None:
    turns = play(coach, [SPECIFIC_GOAL, "It feels like a big step for someone like me"])
    assert turns[-1].stage == "reality"  # no fact, no obstacle, one answer: stay
    turns.append(coach.answer(turns[-1].session, "My colleagues seem calm when they present"))
    assert turns[-1].stage == "options"  # two answers describe the situation


def test_two_options_in_one_answer_move_on_to_will(coach: GrowCoach) -> None:
    turns = play(
        coach,
        [
            SPECIFIC_GOAL,
            "I present once a month to my own team",
            "I could join Toastmasters, or ask Priya to let me rehearse with her team",
        ],
    )
    assert turns[-1].stage == "will"
    assert turns[-1].question_id == "will-open"


def test_one_option_asks_for_more_options(coach: GrowCoach) -> None:
    turns = play(coach, [SPECIFIC_GOAL, "I present once a month", "Join Toastmasters"])
    assert turns[-1].stage == "options"


def test_will_without_a_date_asks_by_when_then_finishes(coach: GrowCoach) -> None:
    turns = play(
        coach,
        [
            SPECIFIC_GOAL,
            "I present once a month to my own team",
            "I could join Toastmasters or ask Priya for a practice slot",
            "I'll sign up for Toastmasters",
        ],
    )
    assert turns[-1].stage == "will"
    assert turns[-1].question == "By when?"
    final = coach.answer(turns[-1].session, "next Friday")
    assert (final.done, final.question, final.stage) == (True, None, "done")
    assert final.to_dict()["question"] is None


def test_by_when_without_a_date_asks_again_differently(coach: GrowCoach) -> None:
    turns = play(
        coach,
        [
            SPECIFIC_GOAL,
            "I present once a month to my own team",
            "I could join Toastmasters or ask Priya for a practice slot",
            "I'll sign up for Toastmasters",
            "soon",
        ],
    )
    assert turns[-1].stage == "will"
    assert intent_of(turns[-1]) == "by_when"
    assert turns[-1].question != turns[-2].question


def test_will_with_a_date_finishes_at_once(coach: GrowCoach) -> None:
    turns = play(
        coach,
        [
            SPECIFIC_GOAL,
            "I present once a month to my own team",
            "I could join Toastmasters or ask Priya for a practice slot",
            "I'll email Priya on Monday to ask for a practice slot",
        ],
    )
    assert turns[-1].done


def test_every_stage_is_capped_so_a_session_always_ends(coach: GrowCoach) -> None:
    turn = coach.start()
    asked = 0
    while not turn.done:
        turn = coach.answer(turn.session, "idk")
        asked += 1
        assert asked <= len(STAGES) * BANK.max_questions_per_stage
    transcript = coach.transcript(turn.session)
    for stage in STAGES:
        assert sum(e.stage == stage for e in transcript) == BANK.max_questions_per_stage


def test_no_question_repeats_in_a_session(coach: GrowCoach) -> None:
    answers = ["idk", "better", "more", "somehow", "not sure", "no", "I could", "maybe", "idk"]
    turn = coach.start("career change")
    for text in answers * 3:
        if turn.done:
            break
        turn = coach.answer(turn.session, text)
    assert turn.done
    transcript = coach.transcript(turn.session)
    ids = [e.question_id for e in transcript]
    texts = [e.question for e in transcript]
    assert len(ids) == len(set(ids))
    assert len(texts) == len(set(texts))


def test_another_question_and_next_stage_controls(coach: GrowCoach) -> None:
    first = coach.start()
    other = coach.another(first.session)
    assert other.stage == "goal"
    assert other.question not in (None, first.question)
    moved = coach.advance(first.session)
    assert moved.stage == "reality"
    transcript = coach.transcript(first.session)
    assert [e.skipped for e in transcript] == [True, True, False]
    coach.advance(first.session)
    last = coach.advance(first.session)
    assert last.stage == "will"
    done = coach.advance(first.session)
    assert done.done and done.question is None


def test_skipped_questions_do_not_count_toward_the_cap(coach: GrowCoach) -> None:
    turn = coach.start()
    for _ in range(3):
        turn = coach.another(turn.session)
    assert turn.stage == "goal"
    answered = coach.answer(turn.session, "idk")
    assert answered.stage == "goal"


# --------------------------------------------------------------------------- summary


FULL_SESSION = [
    "I want to get better at presenting",
    "Giving the quarterly update to the whole department without notes by March",
    "I present to my own team once a month, but I freeze when senior leaders ask questions",
    "I could join Toastmasters, or ask Priya to let me rehearse with her team",
    "I'll email Priya by Friday and we'll go through my slides together next Tuesday",
]


def test_full_session_summary_keeps_the_mentees_words(coach: GrowCoach) -> None:
    turns = play(coach, FULL_SESSION)
    assert turns[-1].done
    summary = coach.summary(turns[-1].session)
    assert summary.done
    assert summary.goal == FULL_SESSION[1]
    assert summary.reality == FULL_SESSION[2] + "."
    assert summary.options == ("Join Toastmasters", "Ask Priya to let me rehearse with her team")
    assert summary.will == FULL_SESSION[4] + "."
    assert summary.action_items == (
        ActionItem(task="Email Priya", owner="mentee", due=date(2025, 11, 14)),
        ActionItem(task="Go through my slides together", owner="both", due=date(2025, 11, 18)),
    )
    data = summary.to_dict()
    assert data["options"] == list(summary.options)
    assert {k: data["action_items"][0][k] for k in ("task", "owner", "due")} == {
        "task": "Email Priya",
        "owner": "mentee",
        "due": "2025-11-14",
    }
    assert {"goal", "reality", "options", "will"} <= GrowSummary.__verbatim__


def test_by_when_answer_dates_the_step_and_named_owners_are_kept(coach: GrowCoach) -> None:
    turns = play(
        coach,
        [
            SPECIFIC_GOAL,
            "I present once a month to my own team",
            "I could join Toastmasters or ask Priya for a practice slot",
            "Priya will book a practice slot for me",
            "by the end of next week",
        ],
    )
    assert turns[-1].done
    summary = coach.summary(turns[-1].session)
    # Priya's step is hers, noted beside the plan with its date, not the mentee's action item
    assert summary.action_items == ()
    assert summary.others_steps == (
        ActionItem(task="Book a practice slot for me", owner="Priya", due=date(2025, 11, 21)),
    )
    assert (
        summary.will == "Priya will book a practice slot for me. (by when: by the end of next week)"
    )


def test_summary_of_an_unfinished_session_has_what_is_known(coach: GrowCoach) -> None:
    turns = play(coach, [SPECIFIC_GOAL])
    summary = coach.summary(turns[-1].session)
    assert not summary.done
    assert summary.goal == SPECIFIC_GOAL
    assert (summary.reality, summary.options, summary.will, summary.action_items) == (
        "",
        (),
        "",
        (),
    )


def test_goal_statement_joins_a_fragment_to_the_goal_it_sharpens(coach: GrowCoach) -> None:
    turns = play(coach, ["I want to get better at presenting", "by March, without notes"])
    assert turns[-1].stage == "reality"
    summary = coach.summary(turns[-1].session)
    assert summary.goal == "I want to get better at presenting, by March, without notes"


def test_extract_options_splits_alternatives_and_drops_the_obstacle() -> None:
    assert extract_options("I could ask Sam, or maybe take a course") == [
        "Ask Sam",
        "Take a course",
    ]
    assert extract_options("Ask my manager for a stretch project but she is busy") == [
        "Ask my manager for a stretch project"
    ]
    assert extract_options("1. shadow Ana\n2. read the handbook") == [
        "Shadow Ana",
        "Read the handbook",
    ]
    assert extract_options("idk") == []


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "I'll ask my manager for a stretch project by Friday",
            [("Ask my manager for a stretch project", "mentee", date(2025, 11, 14))],
        ),
        (
            "My mentor will introduce me to Ana by Friday",
            [("Introduce me to Ana", "mentor", date(2025, 11, 14))],
        ),
        (
            "You'll send me the article tomorrow",
            [("Send me the article", "mentor", date(2025, 11, 13))],
        ),
        (
            "Both: review the action plan next Tuesday",
            [("Review the action plan", "both", date(2025, 11, 18))],
        ),
        (
            "We will meet again in two weeks to check progress",
            [("Meet again to check progress", "both", date(2025, 11, 26))],
        ),
        (
            "First, update my CV by Dec 3 and then apply for the lead role by December 10",
            [
                ("Update my CV", "mentee", date(2025, 12, 3)),
                ("Apply for the lead role", "mentee", date(2025, 12, 10)),
            ],
        ),
        (
            "email Sam by Friday and draft the plan by Dec 3",
            [
                ("Email Sam", "mentee", date(2025, 11, 14)),
                ("Draft the plan", "mentee", date(2025, 12, 3)),
            ],
        ),
        (
            "I am going to block two hours every Friday for practice. That should help.",
            [("Block two hours every Friday for practice", "mentee", date(2025, 11, 14))],
        ),
        (
            "Priya will book a room, and I will prepare the slides by Monday",
            [  # Priya's step is hers
                ("Book a room", "Priya", None),
                ("Prepare the slides", "mentee", date(2025, 11, 17)),
            ],
        ),
        ("I think I will talk to HR", [("Talk to HR", "mentee", None)]),
        ("not sure", []),
    ],
)
def test_will_answers_become_owned_dated_steps(
    answer: str, expected: list[tuple[str, str, date | None]]
) -> None:
    items = actions_from_answer(answer, TODAY)
    assert [(i.task, i.owner, i.due) for i in items] == expected


# --------------------------------------------------------------------------- stored sessions


def test_session_continues_across_coach_instances(fixed_kb: FixedKB, tmp_path: Path) -> None:
    kb = fixed_kb
    folder = tmp_path / "sessions"
    first = GrowCoach(kb, folder, today=TODAY).start()
    turns = [first]
    for text in FULL_SESSION:
        turns.append(GrowCoach(kb, folder).answer(turns[-1].session, text))  # a new run each time
    assert turns[-1].done
    summary = GrowCoach(kb, folder).summary(first.session)
    # Dates resolve against the day the session was created, not the day of the later run.
    assert summary.action_items[0].due == date(2025, 11, 14)
    stored = json.loads((folder / f"{first.session}.json").read_text(encoding="utf-8"))
    assert stored["created"] == "2025-11-12"
    assert stored["stage"] == "done"
    assert stored["transcript"][0]["answer"] == FULL_SESSION[0]
    assert {"stage", "question_id", "question", "answer", "asked_at", "answered_at"} <= set(
        stored["transcript"][0]
    )
    assert not list(folder.glob("*.tmp"))


@pytest.mark.parametrize("session_id", ["abc12345", "../../etc/passwd", ""])
def test_unknown_session_says_how_to_start_one(coach: GrowCoach, session_id: str) -> None:
    for call in (coach.answer, coach.summary):
        with pytest.raises(SessionNotFoundError) as error:
            call(session_id, "hello") if call == coach.answer else call(session_id)  # type: ignore[operator]
        assert str(error.value) == (
            f"No GROW session '{session_id}'. Start one with: mentor-assist grow start"
        )


@pytest.mark.parametrize(
    ("content", "reason"),
    [("{not json", "damaged"), ('{"id": "x"}', "damaged"), ("", "damaged")],
)
def test_corrupt_session_file_is_named(coach: GrowCoach, content: str, reason: str) -> None:
    turn = coach.start()
    path = coach.sessions_dir / f"{turn.session}.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputFileError) as error:
        coach.answer(turn.session, "I want a promotion by June")
    assert str(path) in str(error.value) and reason in str(error.value)


def test_finished_session_refuses_more_answers(coach: GrowCoach) -> None:
    turns = play(coach, FULL_SESSION)
    with pytest.raises(UsageError, match="is finished"):
        coach.answer(turns[-1].session, "one more thing")


def test_empty_answer_is_a_usage_error(coach: GrowCoach) -> None:
    turn = coach.start()
    with pytest.raises(UsageError):
        coach.answer(turn.session, "   ")


def test_list_and_delete_all_sessions(coach: GrowCoach) -> None:
    a = coach.start("career change")
    b = coach.start()
    coach.answer(a.session, SPECIFIC_GOAL)
    listed = list_sessions(coach.sessions_dir)
    assert [info.session for info in listed] == [a.session, b.session]  # latest update first
    assert (listed[0].topic, listed[0].stage, listed[0].answered) == ("career change", "reality", 1)
    assert delete_all_sessions(coach.sessions_dir) == 2
    assert list_sessions(coach.sessions_dir) == []
    assert list(coach.sessions_dir.iterdir()) == []
    with pytest.raises(SessionNotFoundError):
        coach.summary(a.session)
    assert delete_all_sessions(coach.sessions_dir / "missing") == 0


# --------------------------------------------------------------------------- the question bank


def test_question_bank_has_enough_questions_per_stage() -> None:
    for stage in STAGES:
        assert sum(q.stage == stage for q in BANK.questions) >= 10
    assert all(q.text.endswith("?") for q in BANK.questions)
    assert any(q.needs_topic for q in BANK.questions)


def test_question_sources_name_real_sections() -> None:
    for question in BANK.questions:
        if question.source is None:
            continue
        text = (KNOWLEDGE / question.source.file).read_text(encoding="utf-8")
        headings = {line.lstrip("#").strip() for line in text.splitlines() if line.startswith("#")}
        assert question.source.section in headings, question.id


def test_every_question_passes_the_guard() -> None:
    from assistant.guard import check

    flagged = {q.id: check(q.text).findings for q in BANK.questions if check(q.text).flagged}
    assert flagged == {}


def test_every_turn_the_rules_produce_passes_the_guard(coach: GrowCoach) -> None:
    from assistant.guard import check

    turns = play(coach, FULL_SESSION, topic="public speaking")
    turns += play(coach, ["idk"] * 16)
    for turn in turns:
        for text in (turn.question, turn.reason):
            assert text is None or not check(text).flagged, text


def _write_bank(tmp_path: Path, mutate) -> Path:
    import yaml

    data = yaml.safe_load(QUESTIONS_PATH.read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "bank.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["questions"][0].update(colour="blue"), "Extra inputs"),
        (lambda d: d["questions"][0].update(text="Tell me your goal."), "must be a question"),
        (lambda d: d["questions"][0].update(text="What about {name}?"), "placeholder"),
        (lambda d: d["questions"].append(dict(d["questions"][0])), "duplicate question ids"),
        (
            lambda d: d.update(questions=[q for q in d["questions"] if q["stage"] != "will"]),
            "'will' has 0 questions",
        ),
    ],
)
def test_invalid_question_bank_is_rejected_with_the_file_named(
    tmp_path: Path,
    mutate,
    message: str,
) -> None:
    path = _write_bank(tmp_path, mutate)
    with pytest.raises(ConfigError) as error:
        load_question_bank(path)
    assert str(path) in str(error.value)
    assert message in str(error.value)


# --------------------------------------------------------------------------- command line


@pytest.fixture
def cli_home(kb_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data directory with a copy of the shared index, so the command line starts warm."""
    home = tmp_path / "cli-home"
    shutil.copytree(kb_home, home, ignore=shutil.ignore_patterns("sessions", "*.lock"))
    monkeypatch.setenv("MENTOR_ASSIST_HOME", str(home))
    return home


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from assistant.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_session_json_shapes(cli_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "grow", "start", "--topic", "public speaking", "--json")
    assert code == 0
    start = json.loads(out)
    assert start["stage"] == "goal" and start["done"] is False
    assert isinstance(start["session"], str) and isinstance(start["question"], str)
    assert {"provider", "notice", "guard_rewrites", "citations"} <= start.keys()
    session = start["session"]

    turn = start
    for text in FULL_SESSION:
        code, out, _ = _run(capsys, "grow", "answer", session, text, "--json")
        assert code == 0
        turn = json.loads(out)
        assert turn["session"] == session
    assert turn["done"] is True and turn["question"] is None

    code, out, _ = _run(capsys, "grow", "summary", session, "--json")
    assert code == 0
    summary = json.loads(out)
    assert summary["goal"] == FULL_SESSION[1]
    assert isinstance(summary["reality"], str) and isinstance(summary["will"], str)
    assert summary["options"] == ["Join Toastmasters", "Ask Priya to let me rehearse with her team"]
    owners = [item["owner"] for item in summary["action_items"]]
    assert owners == ["mentee", "both"]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", item["due"]) for item in summary["action_items"])


def test_cli_readable_output_and_stdin_answer(
    cli_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    code, out, _ = _run(capsys, "grow", "start")
    assert code == 0
    assert "Goal" in out and "What would you like to get out of our time together today?" in out
    session = re.search(r"grow answer (\S+)", out).group(1)  # type: ignore[union-attr]

    stdin = io.TextIOWrapper(io.BytesIO(b"I want to get better at presenting\n"))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = _run(capsys, "grow", "answer", session, "-")
    assert code == 0 and "What would success look like" in out

    code, out, _ = _run(capsys, "grow", "summary", session)
    assert code == 0
    assert out.startswith("# GROW summary")
    assert "I want to get better at presenting" in out and "## Action items" in out


def test_cli_summary_lists_action_items_as_a_checklist(
    cli_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "grow", "start", "--json")
    session = json.loads(out)["session"]
    for text in FULL_SESSION:
        _run(capsys, "grow", "answer", session, text)
    code, out, _ = _run(capsys, "grow", "summary", session)
    assert code == 0
    assert re.search(r"^- \[ \] Email Priya — mentee, due \d{4}-\d\d-\d\d$", out, re.M)


def test_cli_usage_and_unknown_session_errors(
    cli_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "grow", "answer", "abc12345", "", "--json")
    assert code == 2 and "empty" in err
    code, _, err = _run(capsys, "grow", "summary", "nope1234", "--json")
    assert code == 1
    assert "No GROW session 'nope1234'. Start one with: mentor-assist grow start" in err


# --------------------------------------------------------------------------- real knowledge base


def test_turns_cite_the_shipped_guidance(kb: KnowledgeBase, tmp_path: Path) -> None:
    coach = GrowCoach(kb, tmp_path / "sessions", today=TODAY)
    turn = coach.start()
    assert turn.citations
    assert turn.citations[0].source == "overview-of-the-mentoring-process.md"
    assert "Discuss Your Overall Mentoring Goals" in turn.citations[0].section
    turns = play(coach, FULL_SESSION[:3])
    barrier = turns[-1]
    assert barrier.question_id == "options-barriers-absent"
    assert any(p.source == "starting-a-mentor-mentee-relationship.md" for p in barrier.citations)


def test_the_guard_leaves_the_mentees_own_words_alone(assistant: Assistant) -> None:
    start = assistant.grow_start().result
    words = "I know best what I need: I want to lead the Q3 release by September"
    assistant.grow_answer(start.session, words)
    reply = assistant.grow_summary(start.session)
    assert reply.result.goal == words
    assert reply.rewrites == ()
    assert reply.to_dict()["goal"] == words
