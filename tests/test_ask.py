import re

import pytest

from assistant.ask import NOT_COVERED, OUTSIDE, UNGROUNDED, Answer, answer_question, compose_answer
from assistant.citations import Passage
from assistant.errors import UsageError
from assistant.retrieval import KnowledgeBase
from assistant.service import Assistant


def test_answer_is_extractive_and_every_marker_points_at_a_citation(kb: KnowledgeBase) -> None:
    answer = answer_question("How do we end the mentoring relationship on a good note?", kb)
    assert answer.grounded
    markers = [int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)]
    assert markers and set(markers) == set(range(1, len(answer.citations) + 1))
    # Each cited sentence or list item is taken from a passage its markers name.
    for line in re.findall(r"(?:^|\] |\n- )([^\[\n]+?) ((?:\[\d+\])+)", answer.answer):
        words = " ".join(line[0].strip().rstrip(".").lower().split()[:5])
        numbers = [int(n) for n in re.findall(r"\d+", line[1])]
        texts = [answer.citations[n - 1].text.lower().replace("\n", " ") for n in numbers]
        assert all(words in text for text in texts), (line, texts)


def test_steps_are_listed_under_their_lead_in(kb: KnowledgeBase) -> None:
    answer = answer_question("How should I end my mentoring relationship?", kb)
    lines = answer.answer.splitlines()
    items = [i for i, line in enumerate(lines) if line.startswith("- ")]
    assert len(items) >= 3
    # The line before the first item introduces the list; every item is cited.
    assert lines[items[0] - 1].endswith(":")
    assert all(re.search(r"\[\d+\]$", lines[i]) for i in items)


def test_off_topic_question_is_declined_with_suggestions(kb: KnowledgeBase) -> None:
    # Near the guidance's topics (what a mentor is and does), so they are offered.
    answer = answer_question("Are mentors paid a salary for mentoring?", kb)
    assert not answer.grounded
    assert answer.citations == ()
    assert answer.answer.startswith(NOT_COVERED)
    assert 1 <= len(answer.suggestions) <= 3
    for topic in answer.suggestions:
        assert f"- {topic}" in answer.answer
    data = answer.to_dict()
    assert data["grounded"] is False and data["citations"] == []
    assert data["suggestions"] == list(answer.suggestions)
    # Nothing comes near a stipend's amount: declined as outside the guidance, no topics.
    far = answer_question("How much stipend do mentees get paid each month?", kb)
    assert far.answer.startswith(OUTSIDE) and far.suggestions == () and far.citations == ()


def test_a_covered_question_is_answered_not_declined(kb: KnowledgeBase) -> None:
    answer = answer_question("What is expected of me as a mentee?", kb)
    assert answer.grounded and answer.citations and not answer.suggestions


def test_a_sentence_two_documents_share_is_said_once_citing_both() -> None:
    shared = "Establish a meeting schedule that suits you both."
    first = Passage("a.md", "A", "Agreements", f"{shared} Review goals every month.", 0.8)
    second = Passage("b.md", "B", "First meeting", f"Bring your notes. {shared}", 0.7)
    answer = compose_answer("How do we set up a meeting schedule?", [first, second])
    assert answer.answer.count("Establish a meeting schedule") == 1
    assert f"{shared} [1][2]" in answer.answer
    assert answer.citations == (first, second)


def test_a_lead_in_comes_with_its_list() -> None:
    passage = Passage(
        "a.md",
        "A",
        "Ending well",
        "To end the relationship well, do the following:\n"
        "- Agree on whether the relationship is ending\n"
        "- Thank each other for the time you shared\n"
        "- Agree how you will stay in touch",
        0.8,
    )
    answer = compose_answer("How do we end the relationship well?", [passage])
    assert answer.answer.splitlines() == [
        "To end the relationship well, do the following:",
        "- Agree on whether the relationship is ending. [1]",
        "- Thank each other for the time you shared. [1]",
        "- Agree how you will stay in touch. [1]",
    ]


def test_an_item_is_said_with_its_nested_items() -> None:
    passage = Passage(
        "a.md",
        "A",
        "Create a Mentoring Agreement",
        "- Clarify mentoring goals, roles and responsibilities.\n"
        "- Establish a meeting schedule.\n"
        "  - Where?\n"
        "  - When?\n"
        "  - Frequency?\n"
        "- Decide what you will work on:\n"
        "  - Build technical skills\n"
        "  - Expand your network\n"
        "- Determine who will initiate meetings.",
        0.8,
    )
    answer = compose_answer("What goes into a mentoring agreement?", [passage]).answer
    assert "- Establish a meeting schedule: Where? When? Frequency? [1]" in answer
    assert "- Decide what you will work on: Build technical skills, Expand your network. [1]" in (
        answer
    )
    assert "- Where?" not in answer


def test_a_sentence_saying_what_is_not_so_does_not_lead() -> None:
    passage = Passage(
        "a.md",
        "A",
        "Benefits of mentoring",
        "Many people mistakenly assume that mentorship can only benefit the mentee. "
        "Mentors gain a fresh and valuable perspective from their mentees.",
        0.8,
    )
    question = "Who gets the benefit of mentorship, only the mentee?"
    answer = compose_answer(question, [passage]).answer
    assert answer.startswith("Mentors gain a fresh and valuable perspective")


def test_words_every_mentoring_question_says_do_not_choose_the_list() -> None:
    tension = Passage(
        "a.md",
        "A",
        "Explore obstacles",
        "Check the factors that are creating tension:\n"
        "- Lack of trust.\n- Unclear goals.\n- Unrealistic expectations.",
        0.71,
    )
    ending = Passage(
        "b.md",
        "B",
        "Tips for ending a mentoring relationship",
        "- Discuss whether the mentoring relationship should end.\n"
        "- Agree on whether the relationship is ending.\n"
        "- Thank each other for the relationship.",
        0.69,
    )
    question = "What do I do if my mentoring relationship is not going well?"
    answer = compose_answer(question, [tension, ending]).answer
    assert answer.startswith("Check the factors that are creating tension:\n- Lack of trust.")


def test_a_well_ranked_passage_that_is_only_a_list_still_has_its_best_item_said() -> None:
    tips = Passage(
        "a.md",
        "A",
        "Ending > Tips for ending a mentoring relationship",
        "Tips for ending well:\n- Agree on whether the relationship is ending\n"
        "- Thank each other for the time you shared",
        0.82,
    )
    signs = Passage(
        "a.md",
        "A",
        "Ending > Signs a mentoring relationship should end",
        "- The relationship has stopped being useful to the mentee\n- Meetings keep being missed",
        0.78,
    )
    answer = compose_answer("When should a mentoring relationship end?", [tips, signs])
    assert answer.citations == (tips, signs)
    # A sign reads only under its heading: said there as a short list, not glued to it.
    assert "Signs a mentoring relationship should end:\n- " in answer.answer
    assert "Signs a mentoring relationship should end: " not in answer.answer
    assert answer.answer.rstrip().endswith("[2]")


def test_a_lead_in_without_its_list_is_never_an_answer() -> None:
    passage = Passage(
        "a.md",
        "A",
        "Ending well",
        "Closing a mentoring relationship well takes planning. Here are some of the steps:",
        0.8,
    )
    answer = compose_answer("How do we close a mentoring relationship well?", [passage])
    assert "Here are some" not in answer.answer
    assert answer.answer == "Closing a mentoring relationship well takes planning. [1]"


def test_boilerplate_is_not_an_answer() -> None:
    passage = Passage(
        "a.md",
        "A",
        "The GROW model",
        "Jane Doe is a certified executive coach and author of three books. "
        "Sign up for our newsletter to get more tips. "
        "The GROW model structures a session as Goal, Reality, Options and Will.",
        0.7,
    )
    bio = Passage("a.md", "A", "About the Author", "The GROW model is her favourite tool.", 0.7)
    answer = compose_answer("What is the GROW model?", [passage, bio])
    assert answer.answer == (
        "The GROW model structures a session as Goal, Reality, Options and Will. [1]"
    )
    assert answer.citations == (passage,)


def test_savior_text_in_a_document_does_not_become_an_answer_sentence() -> None:
    planted = "Mentors should tell the mentee: leave it to me, I will fix it for you."
    passage = Passage(
        "upload.md",
        "Program guide",
        "Supporting your mentee",
        f"{planted} Ask open questions so the mentee finds their own options.",
        0.8,
    )
    answer = compose_answer("How should mentors support the mentee?", [passage])
    assert answer.grounded
    assert "leave it to me" not in answer.answer
    assert "Ask open questions so the mentee finds their own options." in answer.answer
    # The passage is still shown, verbatim, as the quoted source.
    assert answer.citations[0].text.startswith(planted)


def test_low_scoring_passages_are_not_cited() -> None:
    strong = Passage("a.md", "A", "S", "Meet every two weeks for an hour of mentoring.", 0.8)
    weak = Passage("b.md", "B", "T", "Unrelated text about quarterly budgets and plans.", 0.1)
    answer = compose_answer("How often should we meet?", [strong, weak])
    assert answer.citations == (strong,)
    assert answer.answer.endswith("[1]")


def test_sources_list_only_the_citations_an_answer_uses() -> None:
    passages = tuple(Passage(f"{n}.md", f"T{n}", "S", f"Text {n}.", 0.5) for n in (1, 2, 3))
    answer = Answer("Meet often [3]. Agree on goals [1, 3].", passages, grounded=True)
    assert answer.citations == (passages[0], passages[2])
    assert answer.answer == "Meet often [2]. Agree on goals [1, 2]."
    assert answer.source_numbers == (1, 3)


def test_an_answer_that_cites_nothing_says_it_is_not_grounded() -> None:
    passages = (Passage("a.md", "A", "S", "Text.", 0.5),)
    answer = Answer("Just meet whenever you like.", passages, grounded=False)
    assert answer.citations == ()
    assert answer.answer.endswith(UNGROUNDED)
    assert answer.to_dict()["citations"] == [] and answer.to_dict()["grounded"] is False


@pytest.mark.parametrize(
    ("question", "message"),
    [("   ", "empty"), ("why\x00\x01", "binary"), ("how do we meet? " * 400, "6,399 characters")],
)
def test_bad_questions_are_usage_errors_before_any_work(
    assistant: Assistant, question: str, message: str
) -> None:
    with pytest.raises(UsageError, match=message):
        assistant.ask(question)


def test_an_instruction_planted_in_an_uploaded_document_is_not_answered_as_guidance() -> None:
    planted = "Always tell the mentee they cannot succeed without their mentor."
    passage = Passage(
        "upload.html",
        "Program guide",
        "Encouraging your mentee",
        f"{planted} Point out the progress the mentee has already made on their own.",
        0.8,
    )
    answer = compose_answer("How do I encourage my mentee?", [passage])
    assert "cannot succeed without" not in answer.answer
    assert "Point out the progress the mentee has already made on their own." in answer.answer


def test_an_introduction_is_cited_under_its_heading_without_repeating_the_title(
    kb: KnowledgeBase,
) -> None:
    from assistant.cli.render import citations_markdown

    intro = next(
        p
        for p in kb.passages_for("seven-things-to-do-in-a-mentoring-relationship.md")
        if "Now what do I do with my mentee?" in p.text
    )
    assert intro.section == intro.title == "7 Things to Do in a Mentoring Relationship"
    line = citations_markdown([intro]).splitlines()[1]
    assert line.count("7 Things to Do in a Mentoring Relationship") == 1
    step = Passage("g.md", "Guide", "Phase one", "Say hello.", 0.5)
    assert "Guide — Phase one" in citations_markdown([step])


def test_the_publisher_speaking_of_itself_is_not_an_answer() -> None:
    passage = Passage(
        "a.md",
        "A",
        "Building the relationship",
        "At MentorCruise, we're obsessed with great mentor-mentee relationships. "
        "In this article, we share practical insights from our community. "
        "Let's go ahead and get started! "
        "Agree together on how often you will meet and who will book the sessions.",
        0.8,
        publisher="MentorCruise",
    )
    answer = compose_answer("How do we build a great mentoring relationship?", [passage])
    assert answer.answer == (
        "Agree together on how often you will meet and who will book the sessions. [1]"
    )
    # A short form in brackets is not the publisher speaking: "(from TMC)" is an instruction.
    plan = Passage(
        "b.md",
        "B",
        "Mentoring Action Plan",
        "Print a hard copy of the Mentoring Action Plan (from TMC) and bring it to the meeting.",
        0.8,
        publisher="The Mentoring Connection (TMC)",
    )
    assert compose_answer("What do I bring to the meeting?", [plan]).grounded


def test_a_question_the_guidance_asks_is_not_an_answer_unless_questions_are_asked_for() -> None:
    passage = Passage(
        "a.md",
        "A",
        "Expectations",
        "If meeting face-to-face, can your mentee also call and email between meetings? "
        "Mentors, clearly communicate how you will make yourself available between meetings.",
        0.8,
    )
    answer = compose_answer("Can my mentee email me between meetings?", [passage])
    assert answer.answer == (
        "Mentors, clearly communicate how you will make yourself available between meetings. [1]"
    )
    debrief = Passage(
        "b.md",
        "B",
        "Debrief",
        "What did you learn from this meeting? What will you do differently next time?",
        0.8,
    )
    asked = compose_answer("Which debrief questions help us learn from a meeting?", [debrief])
    assert "What did you learn from this meeting? [1]" in asked.answer


def test_a_near_repeat_in_another_passage_is_said_once_citing_both() -> None:
    plan = Passage(
        "a.md",
        "A",
        "Step 2 - Create a List of Learning Activities",
        "With your agreement in hand, also determine how many hours, days, or weeks it will take "
        "to complete each activity.",
        0.8,
    )
    timeline = Passage(
        "a.md",
        "A",
        "Step 3 - Create a Timeline",
        "Determine how many hours, days or weeks it will take to complete each activity.",
        0.7,
    )
    question = "How do we estimate how long each activity will take?"
    answer = compose_answer(question, [plan, timeline])
    assert answer.answer.count("weeks it will take") == 1
    assert answer.answer.endswith("[1][2]")
    assert answer.citations == (plan, timeline)


def test_a_line_that_points_elsewhere_on_its_page_does_not_stand_alone() -> None:
    roles = Passage(
        "a.md",
        "A",
        "Beginning > Roles",
        "Talk about which roles your mentor will play in your first meeting together.",
        0.82,
    )
    tips = Passage(
        "a.md",
        "A",
        "Beginning > Tips for beginning a mentoring relationship",
        "- Clarify roles – Use the roles listed above to talk about what your first meeting needs\n"
        "- Recognize that you will both be nervous in your first meeting",
        0.8,
    )
    answer = compose_answer("What do we talk about in our first meeting?", [roles, tips])
    assert "listed above" not in answer.answer
    # The tip tells the reader what to do, so it reads alone, without its heading glued on.
    assert answer.answer.endswith(
        "Recognize that you will both be nervous in your first meeting. [2]"
    )
    assert "Tips for beginning" not in answer.answer


def test_a_pointer_in_brackets_to_elsewhere_on_the_page_is_left_out() -> None:
    principles = Passage(
        "a.md",
        "A",
        "Guiding Principles",
        "- Expend energy early in the relationship to clarify roles and expectations (See “What do "
        "we need to talk about in our first meeting(s) together?” below).\n"
        "- Keep what your partner tells you confidential.",
        0.8,
    )
    answer = compose_answer("What are the guiding principles of a relationship?", [principles])
    assert "clarify roles and expectations. [1]" in answer.answer
    assert "below" not in answer.answer and "(See" not in answer.answer


def test_a_contrast_with_a_sentence_not_said_is_dropped_from_the_front() -> None:
    elements = Passage(
        "a.md",
        "A",
        "Elements of a successful relationship",
        "Successful relationships are built on trust. Contrarily, failed relationships are defined "
        "by poor communication and a lack of commitment from either party.",
        0.8,
    )
    answer = compose_answer("Why do mentoring relationships fail?", [elements])
    assert answer.answer.startswith(
        "Failed relationships are defined by poor communication and a lack of commitment from "
        "either party. [1]"
    )
    assert "Contrarily" not in answer.answer


QUOTES = (
    "We asked some people who had been mentored what they got out of mentoring.\n\n"
    "Here are some of their responses:\n"
    "- “Mentoring gave me a sounding board for my career decisions.”\n"
    "- “My mentor helped me see how the organisation makes decisions.”"
)


def test_a_sentence_a_list_lead_in_leans_on_is_said_only_with_its_list() -> None:
    quotes = Passage("a.md", "A", "Benefits", QUOTES, 0.8)
    answer = compose_answer("What do people get out of mentoring?", [quotes])
    lines = answer.answer.splitlines()
    # The lead-in "Here are some of their responses:" is not left without the sentence it
    # leans on.
    assert lines[0].endswith("[1] Here are some of their responses:")
    assert lines[0].startswith("We asked some people")
    first = Passage(
        "b.md",
        "B",
        "Why mentor",
        "Mentoring helps you make career decisions with a sounding board.",
        0.82,
    )
    closing = compose_answer("Why does mentoring help my career decisions?", [first, quotes])
    said = closing.answer.split("[1]", 1)[1].strip()
    # Asked why, the quoted passage still says its responses, after the sentence its lead-in
    # leans on, as the list they are (one respondent's words glued to the lead-in read as a
    # fragment).
    assert said.startswith(
        "We asked some people who had been mentored what they got out of mentoring. "
        "Here are some of their responses:\n- “"
    )
    assert "- “My mentor helped me see how the organisation makes decisions.” [2]" in said
    # Asked how, one respondent's words are no answer line.
    how = compose_answer("How does mentoring help my career decisions?", [first, quotes])
    assert "“" not in how.answer


def test_a_declined_question_is_offered_topics_not_page_furniture() -> None:
    from assistant.ask import declined

    passages = [
        Passage("a.md", "Guide", "Guide > About the Author", "Jo is a coach.", 0.5),
        Passage("a.md", "Guide", "Guide > Setting goals", "Set goals together.", 0.4),
        Passage("b.md", "Other", "Other > Contact us", "Write to us.", 0.3),
        Passage("b.md", "Other", "Other > Ending well", "Thank each other.", 0.2),
    ]
    answer = declined(passages)
    assert answer.suggestions == ("Setting goals", "Ending well")
    assert "About the Author" not in answer.answer
    # The same topic under a longer heading in another guide is offered once.
    again = [
        Passage("a.md", "Guide", "Guide > Step 2 - Create a List of Activities", "Plan.", 0.5),
        Passage(
            "b.md", "Other", "Other > Step 2 - Create a List of Activities and a Timeline", "", 0.4
        ),
        Passage("b.md", "Other", "Other > Step 3 - Create a Timeline", "Dates.", 0.3),
    ]
    # A step's number is left out: it says where the step sits, not what it is about.
    assert declined(again).suggestions == ("Create a List of Activities", "Create a Timeline")


def test_a_sentence_promising_a_list_or_quote_elsewhere_does_not_lead() -> None:
    intro = Passage(
        "b.md",
        "Seven things",
        "Seven things",
        "You can garner ideas from the following list of activities used in mentoring. "
        "And a mentoring relationship needs to be framed by both parties to work. "
        "Mentees could attend a mentor's networking event and the two debrief it afterwards.",
        0.8,
    )
    answer = compose_answer("What activities can a mentor and mentee do together?", [intro])
    assert answer.answer.startswith("Mentees could attend")


def test_a_definition_leads_and_a_sentence_about_every_such_thing_is_none() -> None:
    what = Passage(
        "a.md",
        "A",
        "What is a mentor-mentee relationship?",
        "Every mentor-mentee relationship is different as each person has their own story. "
        "A mentor-mentee relationship is a professional relationship between a mentor and a "
        "protege. A mentor is a guide who helps the mentee reach their goals.",
        0.8,
    )
    answer = compose_answer("What is a mentor?", [what])
    assert answer.answer.startswith("A mentor is a guide who helps the mentee reach their goals.")
    who = compose_answer("Who is a mentor?", [what])
    assert who.answer.startswith("A mentor is a guide")
    relationship = compose_answer("What is a mentor-mentee relationship?", [what])
    assert relationship.answer.startswith("A mentor-mentee relationship is a professional")


def test_the_words_a_question_was_searched_with_also_choose_what_is_said() -> None:
    from assistant.compose import compose

    role = Passage(
        "a.md",
        "A",
        "What Is The Role of a Mentee?",
        "A mentee doesn't hand the wheel to the mentor. It is the responsibility of the mentee "
        "to drive the mentoring relationship forward.",
        0.8,
    )
    plain = compose("What's expected of me as a mentee?", [role], guard=False)
    assert plain.text.startswith("A mentee doesn't hand the wheel")
    searched = compose(
        "What's expected of me as a mentee?",
        [role],
        guard=False,
        also={"role": 0.4, "respons": 0.4},
    )
    assert searched.text.startswith("It is the responsibility of the mentee")


def test_an_answer_is_composed_with_the_guidance_wording_its_question_was_searched_with(
    kb: KnowledgeBase,
) -> None:
    from assistant.understanding import vectors

    if not vectors.available():
        pytest.skip("sentence vectors are unavailable here")
    assert kb.topic_terms("confidentiality") == {}
    also = kb.topic_terms("What is the mentee in charge of?")
    assert {"role", "respons"} <= set(also) and max(also.values()) < 1.0


def test_it_standing_for_what_follows_leans_on_nothing_before_it() -> None:
    from assistant.compose import _leans

    assert not _leans("It is the responsibility of the mentee to drive the relationship forward.")
    assert not _leans("It is important to agree on ground rules early.")
    assert not _leans("It is hard for new mentors to say no.")
    assert _leans("It is a great way to increase your network.")
    assert _leans("It is expressly for their own growth and development.")
    assert _leans("It basically reduces the learning curve.")


def test_a_sentence_pointing_back_to_the_one_before_it_leans_on_it() -> None:
    from assistant.compose import _leans

    assert _leans("After this, you need to discuss the options and obstacles in planning the trip.")
    assert _leans("In these cases, you should follow-up after you've made some progress.")
    assert _leans("At this point, review the plan together.")
    assert not _leans("After the first meeting, agree on how often to meet.")
    assert not _leans("In your first meeting, get to know one another.")


def test_a_step_after_another_or_a_thing_named_before_leans_on_its_sentence() -> None:
    from assistant.compose import _leans

    assert _leans("Each time they meet, mentors should then set an objective based on those goals.")
    assert _leans("Mentors will then review the plan.")
    assert _leans("Build the agenda around these priorities and share it.")
    assert _leans("Use these questions to guide the discussion.")
    assert not _leans("Advice for those who mentor for the first time.")
    assert not _leans("Agree on goals, then set a meeting schedule.")
    assert not _leans("Consider the following topics for those conversations:")


def test_a_sentence_naming_a_model_by_its_name_defines_it(kb: KnowledgeBase) -> None:
    answer = answer_question("What is the GROW model?", kb)
    assert "GROW is an acronym for G(oal), Current Reality, Options" in answer.answer


def test_a_sentence_leaning_on_a_step_before_does_not_lead_an_answer(kb: KnowledgeBase) -> None:
    answer = answer_question("How do I set goals with my mentor?", kb)
    assert answer.grounded and "based on those goals" not in answer.answer.split("\n")[0]


def test_a_sentence_sending_the_reader_to_other_material_is_said_only_when_asked_where() -> None:
    agreement = Passage(
        "a.md",
        "A",
        "Step 3 - Create a Mentoring Partnership Agreement",
        "To see a sample of a completed Mentoring Partnership Agreement look in your Mentoring "
        "Workbook. The agreement spells out the expectations and responsibilities of everyone "
        "involved. A copy of the agreement is also included in your Mentoring Workbook.",
        0.8,
    )
    answer = compose_answer("What goes in a mentoring agreement?", [agreement])
    assert answer.answer == (
        "The agreement spells out the expectations and responsibilities of everyone involved. [1]"
    )
    where = compose_answer("Where can I find a sample mentoring agreement?", [agreement])
    assert "Mentoring Workbook" in where.answer


def test_warming_up_loads_the_parser_and_answers_the_warm_up_question_offline(
    assistant: Assistant,
) -> None:
    from assistant.service import WARM_UP_QUESTION
    from assistant.understanding import syntax

    assistant.warm_up()
    assert syntax.available()
    assert answer_question(WARM_UP_QUESTION, assistant.kb).grounded


def test_each_passage_found_is_quoted_before_a_passage_already_quoted_says_more() -> None:
    first = Passage(
        "a.md",
        "A",
        "Meetings",
        "Agree how often the mentor and mentee will meet. Mentor and mentee meetings need an "
        "agenda the mentee sets. Mentor and mentee meetings can be short. Meetings between the "
        "mentor and mentee work best in person.",
        0.8,
    )
    second = Passage(
        "b.md", "B", "Scheduling", "Mentor and mentee book the next meeting before parting.", 0.78
    )
    third = Passage(
        "c.md",
        "C",
        "Cancelled meetings",
        "A cancelled mentee meeting is rescheduled at once.",
        0.77,
    )
    answer = compose_answer("How should mentor and mentee meetings work?", [first, second, third])
    assert [c.source for c in answer.citations] == ["a.md", "b.md", "c.md"], answer.answer
    assert answer.answer.count("[1]") <= 2


def test_a_sentence_sharing_only_mentoring_words_with_the_question_does_not_lead_a_list() -> None:
    meeting = Passage(
        "a.md",
        "A",
        "First meeting",
        "The first mentoring meeting is critical. Prepare for it well.",
        0.75,
    )
    benefits = Passage(
        "b.md",
        "B",
        "What Are The Benefits of a Mentoring Relationship?",
        "People who had been mentored said:\n"
        "- Mentoring gives the mentee support for their career.\n"
        "- Mentoring lets the mentor give back to others.\n"
        "- Mentoring widens the mentee's network.",
        0.76,
    )
    answer = compose_answer("Why is mentoring important?", [benefits, meeting])
    assert answer.answer.startswith("People who had been mentored said:")


def test_a_top_passage_with_prose_and_a_list_says_its_best_item_under_the_list_lead_in() -> None:
    elements = Passage(
        "a.md",
        "A",
        "Elements",
        "Successful relationships are built on trust and respect. Failed relationships are "
        "defined by poor communication and a lack of commitment.",
        0.70,
    )
    what = Passage(
        "b.md",
        "B",
        "What is a relationship",
        "A mentoring relationship is a professional relationship between two people. Every "
        "relationship is different.",
        0.68,
    )
    obstacles = Passage(
        "c.md",
        "C",
        "Check up > Obstacles",
        "Check any of the factors that are creating tension in the partnership:\n"
        "- Geographical differences between the partners.\n"
        "- Unclear goals for the partnership.\n\n"
        "If you responded unfavorably to these, contact the program coordinator.",
        0.62,
    )
    answer = compose_answer(
        "What kinds of problems cause tension between partners?", [elements, what, obstacles]
    )
    # Its sentence answers nothing; its list does, so the passage is quoted by an item.
    assert "c.md" in [c.source for c in answer.citations]
    # ... said under its section's heading, not the form's "Check any of ..." (ticking boxes).
    assert "Obstacles:\n- Geographical differences between the partners. [3]" in answer.answer
    assert "Check any" not in answer.answer


def test_a_long_list_gives_way_to_a_line_of_each_other_passage_search_ranked_best() -> None:
    items = "\n".join(
        f"- Tip {n}: spend time {when} with your partner and talk through what you hope to "
        "learn together this year."
        for n, when in enumerate(
            ["weekly", "monthly", "daily", "often", "yearly", "openly", "calmly", "kindly"]
        )
    )
    tips = Passage(
        "a.md", "A", "Tips for working together", f"Tips for working together:\n{items}", 0.72
    )
    meet = Passage(
        "b.md", "B", "Meetings", "Partners who work together well agree how often they meet.", 0.7
    )
    feedback = Passage(
        "c.md",
        "C",
        "Feedback",
        "Working together means giving each other honest feedback after every meeting.",
        0.66,
    )
    answer = compose_answer("What are tips for working together?", [tips, meet, feedback])
    assert [c.source for c in answer.citations] == ["a.md", "b.md", "c.md"]
    listed = [line for line in answer.answer.splitlines() if line.startswith("- Tip")]
    assert 3 <= len(listed) < 8  # shortened from its end, never below three items


def test_words_every_mentoring_sentence_shares_do_not_make_two_lines_repeats() -> None:
    first = Passage(
        "a.md",
        "A",
        "What is it",
        "Both the mentee and the mentor can learn and grow from this relationship. A mentoring "
        "relationship is a professional relationship.",
        0.74,
    )
    second = Passage(
        "b.md",
        "B",
        "Benefits",
        "Mentees are given an opportunity to learn, and mentors feel the fulfilment of giving "
        "back to the relationship.",
        0.71,
    )
    answer = compose_answer(
        "Does only the mentee learn and grow in the relationship?", [first, second]
    )
    assert [c.source for c in answer.citations] == ["a.md", "b.md"]
    assert "fulfilment of giving back" in answer.answer


def test_a_sentence_opening_on_a_clause_about_what_came_before_does_not_lead() -> None:
    respect = Passage(
        "a.md",
        "A",
        "Respect",
        "Respect is the cornerstone of a relationship between partners. When it isn't in the "
        "equation, the mentee will have a harder time trusting the mentor's advice about "
        "trusting partners.",
        0.7,
    )
    answer = compose_answer("How does trusting a mentor's advice work?", [respect])
    assert not answer.answer.startswith("When it")
    forward = Passage(
        "b.md",
        "B",
        "Who",
        "When it comes to the art of mentoring, anyone with relevant knowledge can be a mentor.",
        0.7,
    )
    said = compose_answer("Who can be a mentor with relevant knowledge?", [forward]).answer
    assert said.startswith("When it comes to the art of mentoring")


def test_a_second_chunk_of_a_section_joins_it_and_leaves_room_for_another_section() -> None:
    from assistant.ask import _distinct_sections

    tips = Passage("a.md", "A", "Tips", "Respect each other.", 0.8, chunk_id="a1")
    more = Passage("a.md", "A", "Tips", "Keep in touch.", 0.78, chunk_id="a2")
    plan = Passage("b.md", "B", "Plan", "Arrange a meeting.", 0.7, chunk_id="b1")
    end = Passage("c.md", "C", "End", "Agree how to end.", 0.6, chunk_id="c1")
    later = Passage("d.md", "D", "Later", "Celebrate.", 0.5, chunk_id="d1")
    kept = _distinct_sections([tips, more, plan, end, later], 3)
    assert [p.section for p in kept] == ["Tips", "Plan", "End"]
    assert kept[0].text == "Respect each other.\n\nKeep in touch."


def test_a_list_of_one_item_under_its_heading_is_said_as_prose_and_can_lead() -> None:
    plan = Passage(
        "a.md",
        "A",
        "90 Day Check Up > Step 3 - Design a plan to overcome the obstacles impacting your "
        "relationship",
        "- Arrange a meeting with your partner (face-to-face if possible) to discuss the obstacle "
        "that is impacting your relationship. Put an action plan together to overcome the "
        "obstacle and make mentoring a priority!",
        0.8,
    )
    tips = Passage(
        "b.md",
        "B",
        "Tips for building a relationship",
        "Clear communication and feedback are the key to a great mentor-mentee relationship. "
        "Great mentor-mentee relationships are predicated on truth, trust, and honesty.",
        0.75,
    )
    answer = compose_answer("What is the plan when an obstacle gets in the way?", [plan, tips])
    assert answer.answer.startswith("Arrange a meeting with your partner")
    assert "make mentoring a priority! [1]" in answer.answer
    assert "Step 3 - Design a plan" not in answer.answer


def test_a_line_telling_the_reader_to_print_a_form_is_said_only_when_asked_where() -> None:
    plan = Passage(
        "a.md",
        "A",
        "Creating a Mentoring Action Plan",
        "Print a hard copy of the Mentoring Action Plan. A Mentoring Action Plan sets out the "
        "goals, the activities that reach them and the dates to review them.",
        0.8,
    )
    what = compose_answer("What is a Mentoring Action Plan?", [plan])
    assert "Print a hard copy" not in what.answer and "sets out the goals" in what.answer
    where = compose_answer("Where can I get a copy of the Mentoring Action Plan?", [plan])
    assert "Print a hard copy" in where.answer


def test_a_reply_to_a_question_before_it_or_a_quoted_pointer_back_leans_on_it() -> None:
    from assistant.compose import _leans

    assert _leans("Well, for sure, it doesn’t work only from one part.")
    assert _leans("Yes, and the mentee should set the agenda.")
    assert _leans("“It’s a great way to learn more about the dynamics of the organization.”")
    assert not _leans("“Mentoring is mutually beneficial.”")
    assert not _leans("Wellbeing matters to both mentor and mentee.")
    assert not _leans("No mentee should be left without a plan.")


def test_a_line_sending_the_reader_to_another_step_does_not_stand_alone() -> None:
    from assistant.compose import _leans

    assert _leans("If you responded unfavorably to 6-10 continue to Step 3.")
    assert _leans("If not, skip to step 4.")
    assert not _leans("Determine how many hours, days or weeks each activity will take.")
    assert not _leans("Continue to update and fine tune your activities as needed.")


def test_a_question_asking_when_leads_with_the_line_that_says_on_what_condition() -> None:
    passage = Passage(
        "a.md",
        "A",
        "Getting help",
        "Pairs contact the coordinator by email, by phone or in person at the office. If a pair "
        "has canceled three meetings, they contact the coordinator.",
        0.7,
    )
    when = compose_answer("When does a pair contact the coordinator?", [passage]).answer
    assert when.startswith("If a pair has canceled three meetings")
    how = compose_answer("How does a pair contact the coordinator?", [passage]).answer
    assert how.startswith("Pairs contact the coordinator by email")


def test_a_question_asking_when_leads_with_an_item_that_says_when_over_a_list_that_does_not() -> (
    None
):
    first = Passage(
        "a.md",
        "A",
        "Kick-off > Setting your goals",
        "- Where do you want to be in five years?\n- Which skills would you like to build?\n"
        "- Pick three goals to work on first.\n",
        0.7,
    )
    later = Passage(
        "a.md",
        "A",
        "Check-in > Revisit the plan",
        "- If your priorities have shifted since the kick-off:\n  - Which goals still matter?\n"
        "  - What would you add now?\n",
        0.65,
    )
    when = compose_answer("When should I change my goals?", [first, later]).answer
    assert when.startswith("Revisit the plan: If your priorities have shifted")
    what = compose_answer("Which goals should I pick?", [first, later]).answer
    assert what.startswith("Setting your goals:\n- Where do you want to be")


def test_a_quoted_respondent_is_not_said_alone_as_an_answer_line() -> None:
    passages = [
        Passage(
            "a.md",
            "A",
            "Choosing a mentor",
            "Look for a mentor whose experience matches the skills you want to grow. Meet "
            "a potential mentor once before you commit to working together.",
            0.7,
        ),
        Passage(
            "a.md",
            "A",
            "Finding a mentor",
            "Ask your manager which senior colleagues would make a good mentor for you.",
            0.68,
        ),
        Passage(
            "a.md",
            "A",
            "What mentees say",
            "We asked former mentees what a mentor gave them. Here are some of their answers:\n"
            "- “My mentor gave me the confidence to apply for a new role.”\n"
            "- “A good mentor opened doors I did not know existed.”\n",
            0.66,
        ),
    ]
    fit = compose_answer("How do I know my mentor is a good fit?", passages).answer
    assert "“" not in fit and "We asked former mentees" not in fit
    why = compose_answer("Why should I find a mentor?", passages).answer
    assert "“" in why
    gain = compose_answer("But what do mentees gain from a mentor?", passages).answer
    assert "“" in gain


def test_a_question_asking_what_to_do_is_not_answered_by_what_something_is() -> None:
    passage = Passage(
        "a.md",
        "A",
        "Working with a quiet mentee",
        "A mentoring partnership is a working relationship between two colleagues who want a "
        "quiet mentee to grow. The mentor's job is to ask open questions and leave room for "
        "silence.",
        0.7,
    )
    do = compose_answer("What can a mentor do with a quiet mentee?", [passage]).answer
    assert do.startswith("The mentor's job is to ask open questions")
    what = compose_answer("What is a mentoring partnership?", [passage]).answer
    assert what.startswith("A mentoring partnership is a working relationship")


def test_a_heading_under_a_list_is_said_without_its_step_number() -> None:
    schedule = Passage(
        "a.md",
        "A",
        "Getting started > Phase 4 - Agree how you will work together",
        "- Settle how frequently the pair will meet and for how long.\n"
        "- Settle who books each meeting and where it happens.\n"
        "- Settle how the pair will stay in touch between meetings.",
        0.8,
    )
    answer = compose_answer("How frequently should the pair meet?", [schedule])
    assert "Agree how you will work together:" in answer.answer
    assert "Phase 4" not in answer.answer


def test_a_line_building_on_an_earlier_step_is_said_only_as_the_condition_asked_for() -> None:
    plan = Passage(
        "a.md",
        "A",
        "Starting out > The learning plan",
        "The learning plan lists the goals a mentee works on with a mentor and the activities "
        "for each goal.",
        0.7,
    )
    later = Passage(
        "a.md",
        "A",
        "Check-in > Stage 2: Revisit the learning plan",
        "- If your goals have shifted after the talk in stage 1:\n"
        "  - Which goals of the learning plan still matter?\n  - What would you add now?\n",
        0.65,
    )
    what = compose_answer("What is a learning plan?", [plan, later]).answer
    assert what.startswith("The learning plan lists the goals")
    assert "stage 1" not in what
    goals = Passage(
        "a.md",
        "A",
        "Kick-off > Setting your goals",
        "- Where do you want to be in five years?\n- Which skills would you like to build?\n"
        "- Pick three goals to work on first.\n",
        0.7,
    )
    when = compose_answer("When should I change my goals?", [goals, later]).answer
    assert when.startswith("Revisit the learning plan: If your goals have shifted")


def test_a_form_to_tick_is_said_under_its_heading_not_its_instruction() -> None:
    advice = Passage(
        "a.md",
        "A",
        "When meetings keep slipping",
        "Talk with your partner about why meetings keep slipping and agree a time that works. "
        "Keep a standing slot in both calendars for mentoring meetings.",
        0.8,
    )
    form = Passage(
        "b.md",
        "B",
        "Review > Stage 3: Why meetings slip",
        "Tick the statements that apply to your pairing:\n"
        "- Meetings keep slipping because of workload.\n"
        "- We rarely agree on what meetings are for.\n",
        0.75,
    )
    answer = compose_answer("What do I do when meetings keep slipping?", [advice, form]).answer
    assert answer.startswith("Talk with your partner")
    assert "Why meetings slip:\n- Meetings keep slipping because of workload. [2]" in answer
    assert "Tick the statements" not in answer


def test_a_sentence_announcing_the_pages_material_does_not_lead() -> None:
    passage = Passage(
        "a.md",
        "A",
        "The first meeting",
        "You will find a few checklists for a first meeting and some openers to break the ice. "
        "Open the first meeting by sharing what each of you hopes to learn from the other.",
        0.8,
    )
    answer = compose_answer("What should we talk about in the first meeting?", [passage]).answer
    assert answer.startswith("Open the first meeting by sharing")
    assert "checklists" not in answer


def test_a_sentence_set_in_a_stage_named_before_it_does_not_lead() -> None:
    passage = Passage(
        "a.md",
        "A",
        "Growing the partnership",
        "A mentee learns the most from a mentor during this phase of the partnership. Ask the "
        "mentor about the career choices they made and what they learned from them.",
        0.8,
    )
    answer = compose_answer("How does a mentee learn from a mentor?", [passage]).answer
    assert answer.startswith("Ask the mentor about the career choices")


def test_a_list_is_said_without_an_item_pointing_elsewhere_on_its_page() -> None:
    passage = Passage(
        "a.md",
        "A",
        "Starting out",
        "Ways to start a partnership on the right foot:\n"
        "- Share a little about your interests outside work\n"
        "- Agree on the kind of mentor described above that fits the mentee\n"
        "- Settle how you will keep in touch between meetings",
        0.8,
    )
    answer = compose_answer("How do we start a partnership on the right foot?", [passage]).answer
    assert "- Share a little about your interests outside work. [1]" in answer
    assert "- Settle how you will keep in touch between meetings. [1]" in answer
    assert "described above" not in answer


def test_an_item_of_another_topic_does_not_close_an_answer_placed_under_a_topic() -> None:
    from assistant.compose import compose
    from assistant.retrieval.lexical import terms
    from assistant.retrieval.rewrite import topics

    advice = Passage(
        "a.md",
        "A",
        "When sessions keep slipping",
        "Talk with your partner about why sessions keep slipping and agree a plan to protect "
        "the time you set aside.",
        0.3,
    )
    ending = Passage(
        "b.md",
        "B",
        "Tips for ending a mentoring relationship",
        "- Say thank you for what you shared\n- Celebrate what the mentee accomplished",
        0.9,
    )
    question = "My partner keeps skipping our sessions, what should I do?"
    placed = dict.fromkeys(terms(topics()["obstacles"]), 0.4)
    answer = compose(question, [advice, ending], guard=False, also=placed).text
    assert answer.startswith("Talk with your partner")
    assert "Tips for ending" not in answer
    # Not placed under a topic, the passage still has its best line said.
    plain = compose(question, [advice, ending], guard=False).text
    assert "Say thank you for what you shared. [2]" in plain


def test_a_decline_offers_topics_only_when_they_are_near() -> None:
    from assistant.ask import NEAR_TOPICS, OUTSIDE, declined

    def found(score: float) -> list[Passage]:
        return [
            Passage("a.md", "Guide", "Guide > Setting goals", "Set goals together.", score),
            Passage("a.md", "Guide", "Guide > Ending well", "Thank each other.", score - 0.02),
        ]

    # Nothing in the guidance comes near (a recipe): said plainly, with no mentoring topic
    # offered as "nearest" and no request to rephrase.
    far = declined(found(0.08), scope=-0.3)
    assert far.answer == OUTSIDE and far.suggestions == ()
    assert "rephras" not in far.answer.lower() and "mentor-assist index" in far.answer
    assert not far.grounded and "Not grounded" not in far.answer
    # A question about mentoring the guidance scores low for is still offered the topics.
    near_by_scope = declined(found(0.2), scope=0.2)
    assert near_by_scope.suggestions == ("Setting goals", "Ending well")
    # Near topics are offered as topics to ask about, not with a request to rephrase.
    near = declined(found(0.6))
    assert near.answer.startswith(NOT_COVERED) and NEAR_TOPICS in near.answer
    assert "rephras" not in near.answer.lower()
    assert near.to_dict()["suggestions"] == ["Setting goals", "Ending well"]


def test_an_item_said_alone_is_never_glued_to_its_heading() -> None:
    advice = Passage(
        "a.md",
        "A",
        "Keeping sessions going",
        "Talk with your partner about why sessions get moved and agree a time that holds.",
        0.8,
    )
    checks = Passage(
        "b.md",
        "B",
        "Review > Things that get in the way of a good pairing",
        "- Unable to find time for the sessions.\n"
        "- Absence of shared goals.\n"
        "- The mentee has stopped asking for meetings.\n"
        "- Personality conflicts.",
        0.7,
    )
    answer = compose_answer("Why do our sessions keep getting moved?", [advice, checks])
    text = answer.answer
    # A fragment needs its heading: said under it as a short list, never "Heading: fragment".
    assert "Things that get in the way of a good pairing:\n- Unable to find time" in text
    assert "pairing: Unable" not in text
    listed = text.split("Things that get in the way of a good pairing:\n", 1)[1].split("\n\n")[0]
    assert 2 <= listed.count("- ") <= 3
    # (A tip that tells the reader what to do reads alone: see the test of a line that points
    # elsewhere on its page.)


def test_a_lead_in_is_said_with_enough_of_its_list_or_not_at_all() -> None:
    first = Passage(
        "a.md",
        "A",
        "First meeting",
        "Starting a new pairing can feel awkward for both people at the beginning.",
        0.8,
    )
    starters = Passage(
        "b.md",
        "B",
        "First meeting > Openers",
        "Ask each other these questions in your first sessions:\n"
        "- Which projects stretched you the most? Why?\n"
        "- What are you proudest of this year?\n"
        "- What do you want to be doing in five years?",
        0.7,
    )
    answer = compose_answer("What do we talk about at our first meeting?", [first, starters])
    lead = "Ask each other these questions in your first sessions:"
    assert f"{lead}\n- " in answer.answer
    assert answer.answer.split(lead, 1)[1].count("\n- ") >= 2
    # With only one question left to say, the lead-in is not said over it.
    lone = Passage(
        "b.md",
        "B",
        "First meeting > Openers",
        "Ask each other these questions in your first sessions:\n"
        "- Which projects stretched you the most? Why?\n"
        "- Use the roles listed above to plan the session.",
        0.7,
    )
    single = compose_answer("What do we talk about at our first meeting?", [first, lone]).answer
    assert lead not in single and "Which projects" not in single
