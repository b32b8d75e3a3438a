"""``mentor-assist chat``: ask follow-up questions in one conversation, answers streamed and cited.

Each answer is shown sentence by sentence once the guard has checked it; a sentence the guard
rewrote is marked. The conversation history is kept for this session only (nothing is saved).
Type ``exit`` or press Ctrl-D to leave.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

from assistant.ask import UNGROUNDED
from assistant.cli.common import (
    add_k_option,
    add_provider_options,
    add_relationship_option,
    assistant_from_args,
    print_json,
)
from assistant.cli.render import citations_markdown, session_notes_markdown
from assistant.errors import AssistantError
from assistant.requests import Turn
from assistant.streaming import StreamEvent

if TYPE_CHECKING:
    from assistant.service import Assistant

EXIT_WORDS = frozenset({"exit", "quit", ":q", "/exit", "/quit"})
MAX_HISTORY_TURNS = 20
REWRITTEN_MARK = " [rewritten by the guard]"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "chat",
        help="a conversation with the mentoring guidance (streamed, cited)",
        description="Ask questions one after another; follow-ups use the conversation so far. "
        "Answers stream sentence by sentence after the guard has checked them. "
        "Type 'exit' or press Ctrl-D to leave.",
    )
    add_k_option(parser)
    add_relationship_option(
        parser, "after each answer, the passages of its session notes that bear on the question"
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object per event (for scripts)"
    )
    add_provider_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    assistant = assistant_from_args(args)
    if args.relationship:  # an unknown id fails before the first question, not after it
        assistant.relationship_context(args.relationship)
    interactive = sys.stdin.isatty()
    if interactive and not args.json:
        print("Ask about mentoring; type 'exit' or press Ctrl-D to leave.", file=sys.stderr)
    history: list[Turn] = []
    status = 0
    while True:
        question = _read(interactive and not args.json)
        if question is None or question.strip().lower() in EXIT_WORDS:
            break
        question = question.strip()
        if not question:
            continue
        try:
            answer = _converse(assistant, question, history, args)
        except AssistantError as error:  # one failed question does not end the conversation
            status = error.exit_code
            print(f"mentor-assist: {error}", file=sys.stderr)
            continue
        history.extend((Turn("user", question), Turn("assistant", answer)))
        del history[:-MAX_HISTORY_TURNS]
    return status


def _read(prompt: bool) -> str | None:
    try:
        if prompt:
            return input("you> ")
        line = sys.stdin.readline()
        return line if line else None
    except EOFError:
        return None


def _converse(
    assistant: Assistant, question: str, history: list[Turn], args: argparse.Namespace
) -> str:
    final: StreamEvent | None = None
    out = sys.stdout
    context = None
    if args.relationship:
        context = assistant.relationship_context(args.relationship, query=question)
    for event in assistant.stream_ask(question, k=args.k, history=history):
        if args.json:
            if event.kind == "done" and context is not None:  # before "done": scripts stop there
                notes = [match.to_dict() for match in context.notes]
                print_json({"event": "session_notes", "relationship": context.id, "matches": notes})
            print_json(event.to_dict())
        else:
            _show(event, out)
        if event.kind == "done":
            final = event
    if final is None or final.answer is None:  # pragma: no cover - stream_answer always ends
        return ""
    if not args.json:
        out.write("\n")
        if final.answer.citations:
            numbers = final.answer.source_numbers
            out.write("\n" + citations_markdown(final.answer.citations, numbers) + "\n")
        elif UNGROUNDED in final.answer.answer:
            out.write("\n" + UNGROUNDED + "\n")
        if context is not None:
            out.write("\n" + session_notes_markdown(context))
        if final.notice:
            print(f"Note: {final.notice}", file=sys.stderr)
        out.write("\n")
        out.flush()
    return final.answer.answer


def _show(event: StreamEvent, out: TextIO) -> None:
    if event.kind == "text":
        out.write(event.text + (REWRITTEN_MARK if event.rewritten else ""))
    elif event.kind == "restart":
        out.write(f"\n[{event.text}]\n")
    out.flush()
