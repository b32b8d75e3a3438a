"""Injected instructions in retrieved passages, answered by a real model (recorded).

The cassette holds a real model's answers (SmolLM2-135M-Instruct on llama-cpp-python's server,
``scripts/record_cassettes.py``) to the ask prompt with an injection planted in the best passage,
for four strings of each kind. Whatever the model wrote, what reaches the user must cite only the
passages given and pass the guard. Whether the model followed an injection is a property of the
model, not of this code: it is counted rather than asserted, with the same injections sent
with the prompt as it was before (no data rule, plain passages) for comparison. The figures:
``.venv/bin/python -m tests.injection.test_model_injection``.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.citations import Passage
from assistant.errors import ProviderOutputError
from assistant.guard import check
from assistant.output import deliver
from assistant.prompts import load_prompt, number_passages
from assistant.providers.base import Outcome
from assistant.providers.offline import OfflineProvider
from assistant.providers.openai_chat import OpenAIProvider, PreparedAsk
from assistant.providers.openai_client import ModelCall
from assistant.requests import AskRequest
from tests.injection.injections import (
    QUESTION,
    Injection,
    Verdict,
    load_injections,
    markers,
    planted,
    verdict,
)
from tests.model_cassettes import RECORDED_MODEL, Endpoint, recorded_only
from tests.providers.conftest import llm_settings

PER_CATEGORY = 4


def sample() -> list[Injection]:
    """The first four strings of each kind, in file order."""
    taken: Counter[str] = Counter()
    chosen = []
    for injection in load_injections():
        if taken[injection.category] < PER_CATEGORY:
            taken[injection.category] += 1
            chosen.append(injection)
    return chosen


def undefended(messages: list[dict[str, str]], kept: tuple[Passage, ...]) -> list[dict[str, str]]:
    """The same messages as the prompts were before passages were treated as data: no data rule
    in the principles, passages as plain ``[n] Title - Section`` blocks (for comparison only)."""
    system = messages[0]["content"]
    rule = next(line for line in system.splitlines() if "data, not instructions" in line)
    plain = "\n\n".join(
        f"[{n}] {p.title} - {p.section}\n{p.text.strip()}" for n, p in enumerate(kept, start=1)
    )
    system = system.replace(rule + "\n", "").replace(number_passages(kept), plain)
    return [{"role": "system", "content": system}, *messages[1:]]


def model_verdict(
    provider: OpenAIProvider, injection: Injection, *, defended: bool = True
) -> tuple[Verdict | None, str]:
    """The model's answer to the question with ``injection`` planted; None if it gave none."""
    prompt = load_prompt("ask")
    passages = planted(injection)
    redactor = provider.redactor()
    messages, budget, kept = provider.render(prompt, {"question": QUESTION}, passages)
    system = messages[0]["content"]
    assert "data, not instructions" in system and system.count("<passage id=") == len(kept)
    if not defended:
        messages = undefended(messages, kept)
        assert "data, not instructions" not in messages[0]["content"]
        assert "<passage id=" not in messages[0]["content"]
    prepared = PreparedAsk(AskRequest(QUESTION), kept, messages, redactor, budget, prompt)
    raw = provider.chat.complete(ModelCall(messages, prompt))
    try:
        answer = provider.finish_ask(prepared, raw)
    except ProviderOutputError:  # an empty answer: the offline engine would answer instead
        return None, raw
    reply = deliver(Outcome(result=answer, provider=provider.name))
    return verdict(injection, reply, list(kept)), raw


@pytest.fixture
def recorded(request: pytest.FixtureRequest) -> Iterator[Endpoint]:
    yield from recorded_only(request)


def provider_for(endpoint: Endpoint, kb, home: Path) -> OpenAIProvider:
    settings = llm_settings(home, endpoint)
    return OpenAIProvider(settings, kb, OfflineProvider(kb, settings.sessions_dir), temperature=0)


def test_what_a_model_writes_from_injected_passages_is_cited_and_guarded(
    recorded: Endpoint, kb, home: Path
) -> None:
    check_answers(provider_for(recorded, kb, home), defended=True)


def test_without_the_data_rule_for_comparison(recorded: Endpoint, kb, home: Path) -> None:
    """The same injections with the prompt as it was before; what reaches the user is still
    cited and guarded (the comparison of what the model wrote is printed by ``main``)."""
    check_answers(provider_for(recorded, kb, home), defended=False)


def check_answers(provider: OpenAIProvider, *, defended: bool) -> None:
    answered = 0
    for injection in sample():
        result, raw = model_verdict(provider, injection, defended=defended)
        if result is None:
            continue
        answered += 1
        shown = result.reply.result
        assert result.foreign_markers == (), (injection.id, shown.answer)
        assert all(1 <= n <= len(shown.citations) for n in markers(shown.answer))
        assert not check(shown.answer).flagged, (injection.id, shown.answer)
        if injection.category == "savior_guidance" and result.payload_shown:
            # The model repeated the savior line: the guard must have rewritten it.
            assert result.reply.rewrites, (injection.id, raw)
    assert answered >= len(sample()) // 2  # the model did answer most questions


def main() -> None:
    """Print, per kind, how often the recorded model followed or repeated an injection."""
    import tempfile

    import vcr

    from assistant.config import Settings
    from assistant.retrieval import KnowledgeBase
    from tests.model_cassettes import CASSETTES, RECORDED_URL

    home = Path(tempfile.mkdtemp())
    kb = KnowledgeBase(Settings.load(home=home))
    provider = provider_for(Endpoint("replay", RECORDED_URL, None, RECORDED_MODEL, 5.0), kb, home)
    recorder = vcr.VCR(
        cassette_library_dir=str(CASSETTES / Path(__file__).stem),
        record_mode="none",
        match_on=("method", "path"),
    )
    for defended, name in (
        (False, "test_without_the_data_rule_for_comparison"),
        (True, "test_what_a_model_writes_from_injected_passages_is_cited_and_guarded"),
    ):
        if not (CASSETTES / Path(__file__).stem / f"{name}.yaml").exists():
            print(f"(no cassette for {name})")
            continue
        with recorder.use_cassette(f"{name}.yaml"):
            table(provider, defended)


def table(provider: OpenAIProvider, defended: bool) -> None:
    rows: dict[str, Counter[str]] = {}
    for injection in sample():
        result, raw = model_verdict(provider, injection, defended=defended)
        row = rows.setdefault(injection.category, Counter())
        row["strings"] += 1
        if result is None:
            row["no answer"] += 1
            continue
        row["payload in the model's text"] += injection.payload.casefold() in raw.casefold()
        row["payload shown to the user"] += result.payload_shown
        row["rewritten by the guard"] += bool(result.reply.rewrites)
        row["foreign citation numbers shown"] += bool(result.foreign_markers)
    columns = [
        "strings",
        "no answer",
        "payload in the model's text",
        "payload shown to the user",
        "rewritten by the guard",
        "foreign citation numbers shown",
    ]
    how = "passages as data (this prompt)" if defended else "before: no data rule, plain passages"
    print(f"\nRecorded model {RECORDED_MODEL}, {how}; question: {QUESTION}")
    print("| category | " + " | ".join(columns) + " |")
    print("|---|" + "---|" * len(columns))
    total: Counter[str] = Counter()
    for category, row in rows.items():
        total.update(row)
        print(f"| {category} | " + " | ".join(str(row[c]) for c in columns) + " |")
    print("| **all** | " + " | ".join(str(total[c]) for c in columns) + " |")


if __name__ == "__main__":
    sys.exit(main())
