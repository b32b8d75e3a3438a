from assistant.ask import answer_question
from assistant.citations import Passage
from assistant.outline import asks_for_list, find_outline, numbered_steps
from assistant.retrieval import KnowledgeBase

TITLE = "Building Successful Mentoring Relationships"


def _p(section: str, text: str = "Some text.", score: float = 0.7) -> Passage:
    return Passage(
        source="b.md", title=TITLE, section=section, text=text, score=score, chunk_id=section
    )


DOCUMENT = [
    _p("Renewing Commitment", "Monitor the quality of the mentoring."),
    _p("Renewing Commitment > Step 1 - Reaffirm original goals"),
    _p("Renewing Commitment > Step 2 - Redefine goals"),
    _p("Renewing Commitment > Step 2 - Redefine goals", "A second chunk of step 2."),
    _p("Renewing Commitment > Step 3 - Address problems"),
    _p("Celebrate Success > Why it matters"),
    _p("Celebrate Success > Step 1 - Take stock"),
    _p("About the Author"),
]


def test_the_steps_under_a_heading_are_found_once_each_in_order() -> None:
    steps = numbered_steps("Renewing Commitment", TITLE, DOCUMENT)
    assert [s.section.split(" > ")[-1] for s in steps] == [
        "Step 1 - Reaffirm original goals",
        "Step 2 - Redefine goals",
        "Step 3 - Address problems",
    ]
    # A section with an unnumbered child is no list of steps; nor are the top-level sections.
    assert numbered_steps("Celebrate Success", TITLE, DOCUMENT) == ()
    assert numbered_steps("", TITLE, DOCUMENT) == ()


def test_a_question_naming_the_steps_heading_gets_the_steps() -> None:
    kept = [DOCUMENT[2], DOCUMENT[0]]  # a step ranked first, its section's introduction second
    outline = find_outline("What are the steps for renewing commitment?", kept, {"b.md": DOCUMENT})
    assert outline is not None
    assert outline.text() == (
        "Renewing Commitment:\n"
        "- Step 1 - Reaffirm original goals [1]\n"
        "- Step 2 - Redefine goals [2]\n"
        "- Step 3 - Address problems [3]"
    )


def test_no_list_is_given_unless_asked_for_by_its_heading_and_count() -> None:
    kept = [DOCUMENT[0]]
    table = {"b.md": DOCUMENT}
    # Not asked for a list, a list under a heading the question does not name, a wrong count.
    assert find_outline("How do I renew commitment?", kept, table) is None
    assert find_outline("What are mentoring agreements?", kept, table) is None
    assert find_outline("What are the five steps for renewing commitment?", kept, table) is None
    assert find_outline("What are the 3 steps for renewing commitment?", kept, table) is not None
    assert asks_for_list("List the stages of mentoring")
    assert not asks_for_list("What should I do in the first 30 days?")


def test_the_seven_things_are_answered_with_their_seven_headings(kb: KnowledgeBase) -> None:
    answer = answer_question("What are the 7 things to do in a mentoring relationship?", kb)
    lines = answer.answer.splitlines()
    assert lines[0] == "7 Things to Do in a Mentoring Relationship:"
    assert [line.split(".")[0] for line in lines[1:]] == [str(n) for n in range(1, 8)]
    assert lines[1].endswith("[1]") and lines[7].endswith("[7]")
    assert len(answer.citations) == 7 and answer.grounded
    # Each step is cited to its own section, never to "About the Author".
    assert all(c.section.startswith(f"{n}.") for n, c in enumerate(answer.citations, start=1))
