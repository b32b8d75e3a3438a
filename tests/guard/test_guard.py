"""The anti-savior guard: categories, near-misses, spans, rewrites, streaming and the rules."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.errors import ConfigError
from assistant.guard import CATEGORIES, Guard, GuardResult, StreamGuard, check, default_guard
from assistant.guard.rules import RULES_PATH

ROOT = Path(__file__).resolve().parents[2]
LABELLED = ROOT / "tests" / "data" / "guard_utterances.yaml"


def labelled() -> list[dict[str, Any]]:
    return yaml.safe_load(LABELLED.read_text(encoding="utf-8"))


def categories(text: str) -> set[str]:
    return {finding.category for finding in check(text).findings}


# Every category, in several forms -----------------------------------------------------------

SAVIOR = {
    "rescuing": [
        "I will take care of you.",
        "Leave everything to me.",
        "I'll handle it all.",
        "Don't worry, I've got this.",
        "I’m gonna take care of everything for you.",
        "I already took care of it.",
    ],
    "gatekeeping": [
        "I can help you get ahead.",
        "I'll make sure you get promoted.",
        "Stick with me and you'll go far.",
        "I promise you’ll land the job.",
    ],
    "dependency": [
        "You need me.",
        "You can't do this without me.",
        "I'm the only one who can help you.",
        "I’m all you need.",
    ],
    "knowing_best": [
        "I know best.",
        "Trust me, I know what's best.",
        "Forget your plan, mine is better.",
        "I KNOW BETTER THAN YOU.",
    ],
    "dictating": [
        "Here's what needs to get done.",
        "You must quit.",
        "Your only option is to resign.",
        "Do exactly as I say.",
        "First, call your manager, then update your resume, then apply.",
    ],
    "enabling": [
        "I'll rewrite your resume for you.",
        "I'll talk to your manager for you.",
        "I'll just do it for you.",
        "I went ahead and rewrote your cover letter.",
    ],
}


@pytest.mark.parametrize(
    ("category", "text"), [(c, t) for c, texts in SAVIOR.items() for t in texts]
)
def test_each_category_is_flagged(category: str, text: str) -> None:
    result = check(text)
    assert result.flagged
    assert category in {f.category for f in result.findings}, result.to_dict()


def test_every_category_is_covered_by_these_tests_and_the_rules() -> None:
    assert set(SAVIOR) == set(CATEGORIES)
    assert set(default_guard().engine.rules.categories) == set(CATEGORIES)


# Near-misses that must pass ------------------------------------------------------------------

HEALTHY = {
    "questions": [
        "What needs to happen for you to feel ready?",
        "Do you need me to clarify anything?",
        "What would you do first, and then what?",
        "Is that really your only option?",
    ],
    "ownership": [
        "You know your situation best.",
        "Take care of yourself.",
        "You can do this without me.",
        "You don't need me to decide this.",
    ],
    "own_commitments": [
        "I will send you the article by Friday.",
        "I'll share my notes.",
        "I'll take care of booking the room.",
        "I'll write you a recommendation letter.",
    ],
    "offers_with_choice": [
        "I can introduce you to Priya — would you like that?",
        "If you'd like, I can rewrite your summary.",
        "Let me know if you need me.",
    ],
    "describing_traps": [
        'A mentor should avoid saying "I know best".',
        "A mentor should never say I know best.",
        "Watch for traps such as “I will take care of you”.",
        "Saying 'leave it to me' takes ownership away from the mentee.",
        "Instead of saying I'll handle it, ask what they want to try.",
    ],
    "guidance_and_prompts": [
        "Mentees should set an intention for each session.",
        "Both parties must agree to be open and non-judgmental.",
        "What do you want to get out of today's session?",
        "Review progress on your open action items.",
        "You have to continue to build trust.",
    ],
    "wording": [
        "I know best practices for portfolio reviews.",
        "You must be proud of that result!",
        "I don't know best; you do.",
        "When I was in your role, I handled it by asking early.",
        "I won't promise a promotion, but I can share what the panel looks for.",
    ],
}


@pytest.mark.parametrize(("kind", "text"), [(k, t) for k, texts in HEALTHY.items() for t in texts])
def test_near_misses_pass(kind: str, text: str) -> None:
    result = check(text)
    assert not result.flagged, (kind, result.to_dict())
    assert result.rewrite == text


def test_a_question_tag_does_not_make_a_statement_a_question() -> None:
    assert "dependency" in categories("You need me, don't you?")
    assert "rescuing" in categories("Leave it to me, okay?")
    assert not check("Do you need me?").flagged


def test_choice_applies_only_to_offers_not_to_promises() -> None:
    assert not check("I can rewrite your resume if you want.").flagged
    assert "gatekeeping" in categories("I'll make sure you get promoted if you want.")


def test_negation_and_quotes_across_sentences() -> None:
    assert not check("I'm not saying I know best.").flagged
    # A quotation that spans two sentences stays a quotation in the second one.
    assert not check('Avoid lines like "I will take care of you. I know best." They hurt.').flagged
    # A line break ends an unclosed quotation.
    assert check('She wrote "hello\nI know best.').flagged


# Spans, quotes and the rewrite ---------------------------------------------------------------


def test_spans_point_at_the_quoted_words() -> None:
    text = "Great session today!  Honestly, I’ll take care of everything for you. See you Friday."
    result = check(text)
    (finding,) = result.findings
    start, end = finding.span
    assert text[start:end] == finding.quote == "I’ll take care of everything for you"
    assert finding.to_dict()["span"] == [start, end]
    assert "What Is Not The Role Of A Mentor?" in finding.why
    assert finding.suggestion.endswith("?")


# Filler adverbs are dropped before matching, but never from quotes, spans or rewrites ----------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Honestly, I'll totally just handle it for you.", "rescuing"),
        ("You seriously need me.", "dependency"),
        ("You'd literally be lost without me.", "dependency"),
        ("Frankly, I know best.", "knowing_best"),
        ("I absolutely know what's best for you.", "knowing_best"),
        ("Obviously you must quit.", "dictating"),
        ("You basically have to take the offer.", "dictating"),
        ("I'll definitely rewrite your resume.", "enabling"),
        ("Your only real option, frankly, is to resign.", "dictating"),
        ("I can certainly get you promoted.", "gatekeeping"),
    ],
)
def test_filler_adverbs_anywhere_do_not_hide_savior_language(text: str, category: str) -> None:
    assert category in categories(text), check(text).to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, I think that's a great idea.",
        "It's totally your call.",
        "You're absolutely right to ask that.",
        "I simply don't know; what do you think?",
        "I definitely will send you the article tomorrow.",
        "Obviously you know your team better than I do.",
        "I really can't tell you what to do here.",
        "You don't really need my approval for that.",
        "Do you really need me to be there?",
    ],
)
def test_filler_adverbs_do_not_make_healthy_text_flagged(text: str) -> None:
    assert not check(text).flagged, check(text).to_dict()


def test_a_span_across_dropped_fillers_still_quotes_the_original_text() -> None:
    text = "Seriously, thanks.  Honestly, I’ll  totally handle it, frankly. Bye."
    result = check(text)
    (finding,) = result.findings
    start, end = finding.span
    assert text[start:end] == finding.quote == "I’ll  totally handle it"
    assert result.rewrite == ("Seriously, thanks.  " + finding.suggestion + " Bye.")


def test_rewrite_replaces_only_the_flagged_sentence() -> None:
    before = "Great session today!  "
    after = " See you Friday.\n\n- Bring your notes."
    text = before + "Don't worry, I'll handle it all." + after
    result = check(text)
    assert result.flagged
    assert result.rewrite.startswith(before)
    assert result.rewrite.endswith(after)
    middle = result.rewrite[len(before) : len(result.rewrite) - len(after)]
    assert middle == result.findings[0].suggestion


def test_rewrite_keeps_a_list_marker() -> None:
    text = "Next steps:\n- I'll rewrite your resume for you.\n- Book the next session."
    result = check(text)
    assert result.rewrite.splitlines()[1] == "- " + result.findings[0].suggestion
    assert result.rewrite.splitlines()[2] == "- Book the next session."


def test_several_findings_in_one_text_are_ordered() -> None:
    text = "You need me. Here's what needs to get done. I'll talk to your manager for you."
    result = check(text)
    assert [f.category for f in result.findings] == ["dependency", "dictating", "enabling"]
    starts = [f.span[0] for f in result.findings]
    assert starts == sorted(starts)
    for finding in result.findings:
        assert text[finding.span[0] : finding.span[1]] == finding.quote
    assert result.rewrite.count("?") == 3


def test_healthy_text_is_returned_unchanged() -> None:
    text = "  What would success look like?\n\nI'll share my notes.  \n"
    result = check(text)
    assert result == GuardResult(text=text, findings=(), rewrite=text)
    assert result.to_dict() == {"flagged": False, "findings": [], "rewrite": text}


def test_json_shape_matches_the_contract() -> None:
    data = check("I know best.").to_dict()
    assert set(data) == {"flagged", "findings", "rewrite"}
    assert data["flagged"] is True
    (finding,) = data["findings"]
    # The contract's fields, plus "source": which layer found it ("rule" or "meaning").
    assert set(finding) == {"category", "quote", "span", "why", "suggestion", "source"}
    assert finding["span"] == [0, 11]
    assert finding["source"] == "rule"


# Determinism --------------------------------------------------------------------------------

MIXED = (
    "Thanks for sharing. I’ll make sure you get promoted, and first you'll email Sam, then you'll "
    "update the deck. You need me. What do you think?"
)


def test_same_input_same_output_including_a_fresh_load() -> None:
    first = check(MIXED)
    assert all(check(MIXED) == first for _ in range(5))
    fresh = Guard(RULES_PATH).check(MIXED)
    assert fresh == first
    assert fresh.to_dict() == first.to_dict()


# Streaming ----------------------------------------------------------------------------------

STREAM_TEXTS = [
    MIXED,
    'Avoid saying "I know best. Leave it to me." Instead ask.\nYou must quit. OK?',
    "No punctuation at all I will take care of you and you need me",
    "e.g. this is fine. 1. I'll rewrite your resume for you.\n2. Ask what they want…  Done!",
    "",
    "   \n\n",
    # the second sentence refers back to the first: read the same way in a stream
    "Your visa will come through. I'll see to it. Talk soon.",
]


def _stream(text: str, sizes: list[int]) -> tuple[list[Any], str]:
    guard = StreamGuard()
    out = []
    pos = 0
    index = 0
    while pos < len(text):
        size = sizes[index % len(sizes)]
        index += 1
        out += guard.feed(text[pos : pos + size])
        pos += size
    out += guard.flush()
    return out, "".join(s.text for s in out)


@pytest.mark.parametrize("text", STREAM_TEXTS)
@pytest.mark.parametrize("sizes", [[1], [3, 7], [5, 1, 11], [10_000]])
def test_stream_matches_check(text: str, sizes: list[int]) -> None:
    sentences, shown = _stream(text, sizes)
    whole = check(text)
    assert "".join(s.original for s in sentences) == text
    assert shown == whole.rewrite
    assert tuple(f for s in sentences for f in s.findings) == whole.findings
    for sentence in sentences:
        assert sentence.rewritten == bool(sentence.findings)
        assert (sentence.text == sentence.original) != sentence.rewritten


def test_stream_emits_a_sentence_only_once_it_is_complete() -> None:
    guard = StreamGuard()
    assert guard.feed("I'll take care") == []
    # The full stop could still grow into "..." or be followed by a quote: not complete yet.
    assert guard.feed(" of everything.") == []
    (sentence,) = guard.feed(" Next")
    assert sentence.rewritten
    assert sentence.findings[0].category == "rescuing"
    assert guard.feed(" step?") == []
    (last,) = guard.flush()
    assert last.original == " Next step?"
    assert not last.rewritten


# The knowledge base itself is guidance, not savior talk ---------------------------------------


def _guidance_texts() -> list[tuple[str, str]]:
    files = sorted((ROOT / "knowledge").glob("*.md"))
    assert files, "the knowledge base is missing"
    texts = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        texts.append((path.name, text))
    return texts


def test_guidance_documents_are_never_flagged() -> None:
    texts = _guidance_texts()
    assert texts, "no guidance documents found"
    flagged = [
        (name, finding.category, finding.quote)
        for name, text in texts
        for finding in check(text).findings
    ]
    for item in flagged:
        print("flagged in guidance:", item)
    assert flagged == [], flagged


# Labelled set -------------------------------------------------------------------------------


def test_labelled_set_is_large_and_balanced() -> None:
    items = labelled()
    savior = [i for i in items if i["savior"]]
    healthy = [i for i in items if not i["savior"]]
    assert len(items) >= 130
    assert abs(len(savior) - len(healthy)) <= 10
    assert {i["category"] for i in savior} == set(CATEGORIES)
    for item in items:
        assert set(item) <= {"text", "savior", "category"}
        assert item["savior"] == ("category" in item)


def test_labelled_set_recall_and_false_positive_rate() -> None:
    items = labelled()
    caught = missed_category = 0
    false_positives = []
    savior = [i for i in items if i["savior"]]
    healthy = [i for i in items if not i["savior"]]
    for item in savior:
        found = categories(item["text"])
        caught += bool(found)
        missed_category += bool(found) and item["category"] not in found
    for item in healthy:
        if check(item["text"]).flagged:
            false_positives.append(item["text"])
    recall = caught / len(savior)
    fp_rate = len(false_positives) / len(healthy)
    assert recall >= 0.9, recall
    assert fp_rate <= 0.05, false_positives
    assert missed_category <= 0.05 * len(savior)


# The rules file ------------------------------------------------------------------------------


def test_every_pattern_matches_its_own_examples() -> None:
    engine = default_guard().engine
    for name, category in engine.rules.categories.items():
        for spec in category.patterns:
            for example in spec.examples:
                assert engine.pattern_matches(spec.match, example), (spec.match, example)
                assert name in categories(example), (name, example)


def test_every_category_cites_an_existing_guidance_section() -> None:
    for name, category in default_guard().engine.rules.categories.items():
        path = ROOT / category.source.document
        assert path.exists(), (name, path)
        headings = re.findall(r"^#+\s+(.+?)\s*$", path.read_text(encoding="utf-8"), flags=re.M)
        assert category.source.section in headings, (name, category.source.section)
        assert category.source.section in category.why


def _write_rules(tmp_path: Path, edit: Any) -> Path:
    data = yaml.safe_load(RULES_PATH.read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_a_copy_of_the_rules_loads_and_behaves_the_same(tmp_path: Path) -> None:
    path = _write_rules(tmp_path, lambda data: None)
    assert Guard(path).check(MIXED) == check(MIXED)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d.update(colour="blue"), "colour"),
        (lambda d: d["categories"].pop("enabling"), "missing enabling"),
        (lambda d: d["categories"]["rescuing"].update(why="no quote here at all, sorry"), "why"),
        (
            lambda d: d["categories"]["rescuing"]["patterns"][0].update(match="i (will"),
            "missing ')'",
        ),
        (
            lambda d: d["categories"]["rescuing"]["patterns"][0].update(match="i'll help"),
            "categories.rescuing",
        ),
        (
            lambda d: d["categories"]["rescuing"]["patterns"][0].update(match="@NOPE you"),
            "unknown macro @NOPE",
        ),
        (
            lambda d: d["categories"]["rescuing"]["patterns"][0].update(match="*3"),
            "no required word",
        ),
        (lambda d: d["categories"]["rescuing"]["patterns"][0].pop("suggestion"), "suggestion"),
        (
            lambda d: d["categories"]["rescuing"]["patterns"][0].update(
                match="i (honestly)? will handle it"
            ),
            "filler 'honestly'",
        ),
        (lambda d: d["fillers"].append("not"), "negator"),
        (lambda d: d["fillers"].append("pretty much"), "one lowercase word"),
    ],
)
def test_a_bad_rules_file_fails_at_load_with_a_clear_error(
    tmp_path: Path, edit: Any, message: str
) -> None:
    path = _write_rules(tmp_path, edit)
    with pytest.raises(ConfigError) as error:
        Guard(path)
    assert message in str(error.value)
    assert str(path) in str(error.value)


def test_unreadable_and_non_yaml_rules_files_fail_clearly(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="Cannot read"):
        Guard(tmp_path / "missing.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("categories: [unclosed", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid YAML"):
        Guard(broken)


def test_concurrent_checks_on_a_cold_guard_agree_with_serial_ones() -> None:
    from concurrent.futures import ThreadPoolExecutor

    # The rules' lazily built automaton, shared by threads, on every labelled text three times.
    texts = [item["text"] for item in labelled()] * 3
    serial = Guard(RULES_PATH, semantic=False)
    expected = [serial.check(text) for text in texts]
    cold = Guard(RULES_PATH, semantic=False)
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(cold.check, texts))
    assert results == expected
    # The whole guard (shared sentence-vector cache too) on a sample.
    sample = [item["text"] for item in labelled()][::6] * 2
    whole = Guard(RULES_PATH)
    expected = [whole.check(text) for text in sample]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(Guard(RULES_PATH).check, sample)) == expected
