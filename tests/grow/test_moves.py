"""The coach's moves on whole dialogues: probe, hand back, acknowledge, redirect, advance."""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from coaching import say

from assistant.grow import GrowCoach

ROOT = Path(__file__).resolve().parents[2]


def test_a_session_that_listens(coach: GrowCoach) -> None:
    turn = coach.start("I want to move into product management")
    assert turn.question == "What would you like to achieve around moving into product management?"
    assert turn.move is None and turn.heard is None

    turn = say(coach, turn, "I want to move into product management.")
    assert (turn.stage, turn.move) == ("goal", "probe")
    assert turn.question == "By when would you like to have reached this goal?"
    assert "no time frame" in turn.reason

    turn = say(coach, turn, "Ideally within the next year, as an associate PM.")
    assert (turn.stage, turn.move) == ("reality", "advance")
    assert "moving into product management" in (turn.question or "")

    turn = say(coach, turn, "not sure, it's all a bit stuck")
    assert (turn.stage, turn.move) == ("reality", "probe")
    assert turn.heard is not None and turn.heard["acts"] == ["unsure"]

    turn = say(coach, turn, "I'm exhausted and scared of failing.")
    assert (turn.stage, turn.move) == ("reality", "acknowledge")

    turn = say(
        coach, turn, "I've been a business analyst for four years, but never owned a roadmap."
    )
    assert (turn.stage, turn.move) == ("options", "advance")

    turn = say(coach, turn, "Honestly, just tell me what to do.")
    assert (turn.stage, turn.move) == ("options", "hand_back")
    assert "choice" in (turn.question or "").lower() or "choose" in (turn.question or "").lower()

    turn = say(coach, turn, "By the way, did you see the match last night?")
    assert (turn.stage, turn.move) == ("options", "redirect")

    turn = say(coach, turn, "I could ask for a stretch project, or take a course, or shadow Mia.")
    assert (turn.stage, turn.move) == ("will", "advance")

    turn = say(
        coach,
        turn,
        "I'll ask my manager for the stretch project by the end of next month, and I'll email "
        "Mia by Friday about shadowing.",
    )
    assert turn.done and turn.move == "advance"

    summary = coach.summary(turn.session)
    assert summary.options == (
        "Ask for a stretch project",
        "Take a course",
        "Shadow Mia",
    )
    assert [(i.task, i.owner, i.due) for i in summary.action_items] == [
        ("Ask my manager for the stretch project", "mentee", date(2027, 1, 31)),
        ("Email Mia about shadowing", "mentee", date(2026, 12, 4)),
    ]
    assert summary.obstacles == ("I've never owned a roadmap.",)
    questions = [e.question for e in coach.transcript(turn.session)]
    assert len(questions) == len(set(questions))  # never the same question twice


def test_a_feeling_with_what_the_stage_needs_is_acknowledged_and_moves_on(
    coach: GrowCoach,
) -> None:
    turn = coach.start()
    turn = say(coach, turn, "Pass the B2 exam in June.")
    turn = say(coach, turn, "I'm at B1 and I'm honestly nervous, I do classes two evenings a week.")
    assert (turn.stage, turn.move) == ("options", "advance")
    assert (turn.question or "").startswith("That sounds hard")


def test_the_mentor_can_always_move_on(coach: GrowCoach) -> None:
    turn = coach.start()
    turn = say(coach, turn, "idk")
    assert turn.move == "probe"
    turn = coach.advance(turn.session)
    assert turn.stage == "reality"


def test_a_request_to_decide_is_never_an_option_or_an_item(coach: GrowCoach) -> None:
    turn = coach.start()
    for answer in (
        "Run the weekly planning meeting on my own by the end of March.",
        "My manager runs it and I take notes.",
        "Which one should I pick, you tell me?",
        "Could ask to co-run it, or run it once while she's away.",
        "Tell me which one first.",
        "I'll ask her to let me co-run it next week.",
    ):
        turn = say(coach, turn, answer)
    summary = coach.summary(turn.session)
    texts = [o.lower() for o in summary.options] + [i.task.lower() for i in summary.action_items]
    assert not any("which" in t or "tell me" in t for t in texts)
    assert [(i.owner, i.due) for i in summary.action_items] == [("mentee", date(2026, 12, 11))]


def test_tuning_dialogues_hold(tmp_path: Path) -> None:
    """The tuning set stays solved (the untouched set is only for benchmarks/grow.py)."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.grow import TUNING, run_file

    figures = run_file(TUNING, verbose=False)
    assert figures["dialogues"] >= 16
    assert figures["move_accuracy"] >= 0.95
    assert figures["summary_accuracy"] >= 0.9


# --------------------------------------------------------------------------- with a model


@pytest.fixture
def savior_model() -> Iterator[tuple[str, list[dict[str, object]]]]:
    """A loopback OpenAI-compatible server whose every question is a savior line."""
    bodies: list[dict[str, object]] = []
    reply = {
        "id": "x",
        "object": "chat.completion",
        "created": 0,
        "model": "m",
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {
                    "role": "assistant",
                    "content": "Trust me, I know best: just take the course, okay?",
                },
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            bodies.append(json.loads(self.rfile.read(length) or b"{}"))
            data = json.dumps(reply).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", bodies
    finally:
        server.shutdown()
        server.server_close()


def test_with_a_model_the_coach_keeps_the_move_and_the_guard_checks_the_wording(
    kb, home: Path, savior_model: tuple[str, list[dict[str, object]]]
) -> None:
    from assistant.config import Settings
    from assistant.output import deliver
    from assistant.providers.offline import OfflineProvider
    from assistant.providers.openai_chat import OpenAIProvider
    from assistant.requests import GrowAnswerRequest, GrowStartRequest

    url, bodies = savior_model
    settings = Settings(
        home=home, provider="openai", model="m", base_url=url, api_key="k", max_retries=0
    )
    llm = OpenAIProvider(settings, kb, OfflineProvider(kb, settings.sessions_dir))
    first = llm.invoke(GrowStartRequest(topic="changing teams")).result
    outcome = llm.invoke(
        GrowAnswerRequest(session_id=first.session, text="Just tell me what to do.")
    )
    turn = outcome.result
    assert turn.move == "hand_back" and turn.stage == "goal"  # the offline coach decided
    assert bodies, "the model was asked to word the question"
    reply = deliver(outcome)
    assert reply.rewrites, "the model's savior wording was caught by the guard"
    assert "I know best" not in (reply.result.question or "")


def test_acknowledgements_and_coaching_moves_pass_the_guard() -> None:
    from assistant.grow import load_question_bank
    from assistant.guard import check

    bank = load_question_bank()
    texts = [*bank.acknowledgements.difficult, *bank.acknowledgements.positive]
    texts += [
        q.text for q in bank.questions if q.intent in ("hand_back", "acknowledge", "redirect")
    ]
    for text in texts:
        assert not check(text).flagged, text


def test_questions_carry_the_goal_as_last_restated_whole(coach: GrowCoach) -> None:
    turn = coach.start()
    turn = say(coach, turn, "get better at my job i guess")
    assert turn.stage == "goal"
    turn = say(coach, turn, "be confident leading the weekly standup by end of january")
    assert turn.stage == "reality"
    assert "being confident leading the weekly standup" in (turn.question or "")
    assert "guess" not in (turn.question or "")


def test_a_reality_answer_that_opens_with_a_feeling_is_acknowledged_first(
    coach: GrowCoach,
) -> None:
    turn = coach.start()
    turn = say(coach, turn, "Launch the habit tracker on the app store by the end of September.")
    turn = say(coach, turn, "honestly? I'm burnt out. day job is brutal, I open the laptop at 9pm.")
    assert (turn.stage, turn.move) == ("reality", "acknowledge")
    turn = say(coach, turn, "Core features done, no onboarding screens, 3 hours a week on it.")
    assert (turn.stage, turn.move) == ("options", "advance")


def test_options_named_again_to_choose_among_them_are_no_new_options(coach: GrowCoach) -> None:
    turn = coach.start("presenting")
    turn = coach.advance(turn.session)
    turn = coach.advance(turn.session)
    turn = say(
        coach, turn, "I could join Toastmasters, or practise with my team, or record myself."
    )
    turn = say(coach, turn, "Toastmasters and practising with the team.")
    turn = say(coach, turn, "Both of those, really.")
    options = coach.summary(turn.session).options
    assert options == ("Join Toastmasters", "Practise with my team", "Record myself")


def test_one_option_wondered_about_with_doubt_gives_way_to_a_later_list(coach: GrowCoach) -> None:
    turn = coach.start("piano exam")
    turn = coach.advance(turn.session)
    turn = coach.advance(turn.session)
    turn = say(coach, turn, "Perhaps I ought simply to practise more? I'm not certain.")
    assert turn.move == "probe"
    turn = say(coach, turn, "Very well: sight-reading each day, or a mock exam in May.")
    assert coach.summary(turn.session).options == ("Sight-reading each day", "A mock exam in May")


def test_one_option_wondered_about_stays_when_the_next_adds_to_it(coach: GrowCoach) -> None:
    turn = coach.start("nursing")
    turn = coach.advance(turn.session)
    turn = coach.advance(turn.session)
    turn = say(coach, turn, "Hmm, not sure. Apply for that one I suppose?")
    turn = say(coach, turn, "Or I could ask Maria if I can shadow a shift, or pick up bank shifts.")
    assert len(coach.summary(turn.session).options) == 3


@pytest.mark.parametrize(
    "will",
    [
        "I'll email the recruiter, though I'm not putting a date on it.",
        "I'll call the council and I'll talk to Dad about a cleaner. I can't put dates on either "
        "yet, work is mad.",
    ],
)
def test_a_date_declined_is_asked_and_answered(coach: GrowCoach, will: str) -> None:
    turn = coach.start("getting back to work")
    turn = say(coach, turn, "I want to be working again as a data analyst by the end of April.")
    turn = say(coach, turn, "I have applied for six jobs and got no interviews; I know Excel well.")
    turn = say(coach, turn, "I could do a SQL course or email the recruiter who placed me before.")
    assert turn.stage == "will"
    turn = say(coach, turn, will)
    assert turn.done and turn.move == "advance"
