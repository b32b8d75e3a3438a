"""The decline decision: questions that ask for something the passages found do not say."""

from __future__ import annotations

import pytest

from assistant.citations import Passage
from assistant.retrieval import KnowledgeBase
from assistant.retrieval.decline import (
    Vocabulary,
    about_the_program,
    decide,
    done_by_the_program,
    evidence,
    pairing_asked,
    specific_terms,
    support_received,
    uncompared,
    undefined_term,
    unknown_name,
    unnamed_kind,
    unnamed_thing,
    unstated_quantity,
    vocabulary,
    without_asides,
    without_idioms,
)


def _passage(text: str, section: str = "Renewing Commitment") -> Passage:
    return Passage(source="guide.md", title="Guide", section=section, text=text, score=0.5)


NO_NUMBERS = [_passage("Reaffirm your commitment to the goals you set together.")]


@pytest.mark.parametrize(
    "question",
    [
        "How long will the commitment be?",
        "What is the time commitment?",
        "How often and for how long should we meet?",
        "Can I have more than one mentor?",
        "Does it cost anything?",
        "How many sessions are there?",
        # How much time, asked as whether it takes a lot, or as which commitment.
        "Does mentoring take a lot of time?",
        "Will the programme require much of my time?",
        "What time commitment is expected of each partner?",
    ],
)
def test_a_quantity_no_passage_states_is_unstated(question: str) -> None:
    assert unstated_quantity(question, NO_NUMBERS)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("How often should we meet?", _passage("Most pairs meet once a month for an hour.")),
        ("How long should a session last?", _passage("Allow 45 minutes for each session.")),
        ("How many goals should we work on?", _passage("List your goals.", "Top 3 Goals")),
        ("Can I have more than one mentor?", _passage("Many people have several mentors.")),
        ("Does it take a lot of time?", _passage("Expect to give two hours a month.")),
    ],
)
def test_a_passage_that_states_the_quantity_answers_it(question: str, passage: Passage) -> None:
    assert not unstated_quantity(question, [passage])


@pytest.mark.parametrize(
    "question",
    [
        # Something else is asked as well: left to the other evidence.
        "How often should we meet, and who is responsible for booking the sessions?",
        # The quantity is part of what to do, not what is asked.
        "How do we estimate how long each learning activity will take?",
        "How much should I push my mentee to reach their goals?",
        "What should we talk about at our first meeting?",
        # Taking something, not time.
        "Does my mentee take my advice too much?",
    ],
)
def test_questions_that_do_not_ask_only_for_a_quantity(question: str) -> None:
    assert not unstated_quantity(question, NO_NUMBERS)


@pytest.mark.parametrize(
    ("question", "passage", "unstated"),
    [
        # A number of other things counts nothing of what is asked.
        ("How many mentors should you have?", _passage("Do these.", "7 Things to Do"), True),
        ("How many mentors can I have?", _passage("Meet for two sessions a month."), True),
        # A number of the thing asked, in the heading or the text, answers it.
        ("How many mentors should you have?", _passage("Many people have several mentors."), False),
        ("How many sessions are there?", _passage("The pair meets for six sessions."), False),
        ("How many goals should we set?", _passage("Pick three mentoring goals."), False),
        # A count of times is a frequency, stated as one.
        ("How many times should we meet?", _passage("Most pairs meet once a month."), False),
        ("How many hours a month should I give?", _passage("Meet weekly if you can."), False),
    ],
)
def test_a_count_is_stated_only_by_a_number_of_the_thing_asked(
    question: str, passage: Passage, unstated: bool
) -> None:
    assert unstated_quantity(question, [passage]) is unstated


def test_how_often_is_answered_by_a_frequency_named_as_a_thing_to_settle() -> None:
    schedule = _passage(
        "- Establish a meeting schedule.\n  - Where?\n  - When?\n  - Frequency?",
        "Step 3 - Create a Mentoring Agreement",
    )
    assert not unstated_quantity("How frequently should we meet?", [schedule])
    # found by the question's topic wording, not its own words
    assert not unstated_quantity("How often should we meet?", NO_NUMBERS, [schedule])
    # a frequency named answers how often, not how long
    assert unstated_quantity("How long will the programme run for?", [schedule])
    assert unstated_quantity("How often should we meet?", NO_NUMBERS)


def test_how_long_a_thing_lasts_is_answered_by_a_condition_on_that_thing() -> None:
    """ "As long as a mentoring relationship is mutually beneficial ..." says how long a
    relationship lasts; it says nothing of how long mentors are available."""
    ending = _passage(
        "As long as a mentoring relationship is mutually beneficial, there is no reason it "
        "would need to end.",
        "The end of the relationship",
    )
    assert not unstated_quantity("How long should a mentoring relationship last?", [ending])
    assert unstated_quantity("How long will the mentors be available?", [ending])
    assert unstated_quantity("How long will the programme run for?", [ending])


def test_step_numbers_in_a_heading_state_no_count() -> None:
    step = _passage("List your goals.", "First Month > Step 2 - Review goals")
    assert unstated_quantity("How many goals should we work on?", [step])


@pytest.mark.parametrize(
    "question",
    [
        "Is it better to have a mentor of the same gender?",
        "Should I ask my mentor to write a reference for me?",
        "What if my mentee has a crush on me?",
    ],
)
def test_matters_the_guidance_never_speaks_of_are_declined(
    kb: KnowledgeBase, question: str
) -> None:
    from assistant.ask import answer_question

    assert not answer_question(question, kb).grounded


def test_a_time_commitment_question_is_declined_on_the_shipped_guidance(
    kb: KnowledgeBase,
) -> None:
    words = vocabulary(kb.corpus())
    question = "What is the time commitment?"
    decision = decide(question, kb.search(question, 5), words)
    assert decision.evidence.outside == 1.0
    assert not decision.covered
    covered = "How often should we meet, and who is responsible for booking the sessions?"
    assert decide(covered, kb.search(covered, 5), words).covered


def _parser_or_skip() -> None:
    from assistant.understanding import syntax

    if not syntax.available():
        pytest.skip("the English parser is unavailable here")


KNOWN = {"mentor", "mentee", "propos", "goal", "program", "critiqu", "meet", "email"}


@pytest.mark.parametrize(
    "question",
    [
        "Is it appropriate to give your mentee a gift?",
        "Can I meet with my mentee after school or on weekends?",
        "As a mentor, may I lend my mentee my car?",
        "Where can I find the handbook?",
        # Every clause asks leave; one is about a thing never named.
        "Can I email my mentee? Can I send them a gift?",
    ],
)
def test_asking_leave_to_do_something_with_a_thing_never_named_is_unnamed(question: str) -> None:
    _parser_or_skip()
    assert unnamed_thing(question, KNOWN)


@pytest.mark.parametrize(
    "question",
    [
        # Every noun is known to the guidance.
        "Is it okay to ask my mentor to critique a proposal?",
        "Can we change our goals partway through the program?",
        "Where do you find a good mentor?",
        # Advice, not permission: nouns may be examples around a covered topic.
        "Should I only talk about things like the weather and sports?",
        # Something else is asked as well.
        "Can I give my mentee a gift, and how do we set goals?",
    ],
)
def test_permission_about_known_things_or_other_questions_is_not(question: str) -> None:
    _parser_or_skip()
    assert not unnamed_thing(question, KNOWN)


def test_a_gift_question_is_declined_on_the_shipped_guidance(kb: KnowledgeBase) -> None:
    _parser_or_skip()
    words = vocabulary(kb.corpus())
    question = "Is it appropriate to give your mentee a gift?"
    decision = decide(question, kb.search(question, 5), words)
    assert decision.evidence.outside == 1.0
    assert not decision.covered
    covered = "Is it okay to ask my mentor to critique a proposal I wrote?"
    assert decide(covered, kb.search(covered, 5), words).covered


@pytest.mark.parametrize(
    ("question", "unnamed"),
    [
        # Whether a thing exists, or whether an arrangement holds, when the guidance never names it.
        ("Are there any age restrictions on participating?", True),
        ("Is there a handbook for mentors?", True),
        ("Will my mentor be in my direct chain of command?", True),
        # The same forms about things the guidance does name.
        ("Are there any goals we should set first?", False),
        ("Will the program be over when we meet our goals?", False),
    ],
)
def test_asking_whether_a_thing_exists_or_an_arrangement_holds(
    question: str, unnamed: bool
) -> None:
    _parser_or_skip()
    assert unnamed_thing(question, KNOWN) is unnamed


@pytest.mark.parametrize(
    ("question", "program"),
    [
        # How people are dealt with, or how it is decided, with no one named as doing it.
        ("How are students matched with mentors?", True),
        ("How do we get matched?", True),
        ("How is it decided about continuing the same relationship the following year?", True),
        # Capitals that make the parser read "Mentors" as a name and "are" as a plain auxiliary.
        ("How are Mentors and Proteges matched?", True),
        # Each clause read as the question it is, its question mark dropped by the split: without
        # it "selected" would describe the mentees.
        ("How are mentors and mentees selected and matched?", True),
        ("How are mentees selected and paired", True),
        ("How Are Goals Set?", False),
        ("How Are Goals Set In A Mentoring Relationship?", False),
        # The practice is not the people in it.
        ("How is mentoring evaluated?", False),
        # Someone who is no party to it pairing people; a party, or one's own mentee, is not.
        ("How do you match a mentor with their mentee?", True),
        ("How do they pair mentors with mentees?", True),
        ("How do I introduce my mentee to people?", False),
        ("How do you introduce your mentee to people?", False),
        ("How do you connect with a mentor?", False),
        # How the pairing itself is done; a match or pair spoken of as a thing is the relationship.
        ("How do you match people?", True),
        ("How will matching be done?", True),
        ("How do we know we are a good match?", False),
        ("How do I match my goals to my mentor's strengths?", False),
        ("Three months in, how can we tell whether this pairing is working?", False),
        # A doer named, advice, what is expected of someone, a thing done, or a second question.
        ("How are mentors chosen by the coordinator?", False),
        ("How should mentees be supported?", False),
        ("How am I supposed to know what to talk about?", False),
        ("How are goals set?", False),
        ("How are mentees selected, and what should we talk about?", False),
        ("How do we agree on goals?", False),
    ],
)
def test_asking_how_a_program_deals_with_people(question: str, program: bool) -> None:
    _parser_or_skip()
    assert done_by_the_program(question) is program


def test_a_matching_question_is_declined_on_the_shipped_guidance(kb: KnowledgeBase) -> None:
    _parser_or_skip()
    words = vocabulary(kb.corpus())
    question = "How are students matched with mentors?"
    decision = decide(question, kb.search(question, 5), words)
    assert decision.evidence.outside == 1.0
    assert not decision.covered
    covered = "What if I don't feel like my match is a good fit?"
    assert decide(covered, kb.search(covered, 5), words).covered


@pytest.mark.parametrize(
    ("question", "undefined"),
    [
        # A kind of thing, named in two or three nouns, that the guidance never names.
        ("What is distance mentoring?", True),
        ("What is Mentor Match?", True),
        # An adjective the guidance never uses names a kind too; one it uses says how well.
        ("What is reverse mentoring?", True),
        ("What is good mentoring?", False),
        # Names the guidance uses, as written or a word apart ("Mentoring Action Plan").
        ("What are mentoring agreements?", False),
        ("What is the GROW model?", False),
        ("What is a mentoring plan?", False),
        # A topic of the guidance said another way ("the responsibilities of a mentee"), a
        # name of what every question is about, or capitals on every word.
        ("What are mentee responsibilities?", False),
        ("What is the mentee role?", False),
        ("What is a mentorship program?", False),
        ("What Is Mentor Match?", False),
        # No name of a kind of thing, or more than a definition asked.
        ("What is the aim of mentoring?", False),
        ("What is expected of mentees?", False),
        ("What is distance mentoring, and how do we set goals?", False),
    ],
)
def test_asking_what_a_thing_the_guidance_never_names_is(question: str, undefined: bool) -> None:
    _parser_or_skip()
    known = Vocabulary(
        KNOWN | {"distanc", "match"},
        ["Mentoring agreements set out goals.", "The GROW Model", "Write a Mentoring Action Plan."],
    )
    assert undefined_term(question, known) is undefined


def test_a_definition_of_an_unnamed_kind_is_declined_on_the_shipped_guidance(
    kb: KnowledgeBase,
) -> None:
    _parser_or_skip()
    words = vocabulary(kb.corpus())
    question = "What is distance mentoring?"
    decision = decide(question, kb.search(question, 5), words)
    assert decision.evidence.outside == 1.0
    assert not decision.covered
    covered = "What are mentoring agreements?"
    assert decide(covered, kb.search(covered, 5), words).covered


def test_a_name_is_looked_up_in_the_guidance_only_when_asked_about() -> None:
    class Corpus:
        def __init__(self) -> None:
            self.documents = ["Write your Mentoring Action Plan together.", "Plan the mentoring."]
            self.metadatas = [{"title": "Guide", "section": "Step 1"}, {"title": "Guide"}]

    words = vocabulary(Corpus())
    assert {"mentor", "plan", "guid"} <= words
    assert words.uses(["mentoring", "plan"])  # "Mentoring Action Plan", one word apart
    assert words.uses(["action", "plan"])
    assert not words.uses(["plan", "action"])
    assert not words.uses(["mentor", "match"])


@pytest.mark.parametrize(
    ("question", "unnamed"),
    [
        # A kind of mentoring no passage speaks of, in what is asked.
        ("Is this individual or group mentoring?", True),
        ("How do I make career mentoring work?", True),
        # A kind the guidance names, a quality, or a kind named only around the question.
        ("Is informal mentoring right for us?", False),
        ("What makes good mentoring?", False),
        ("I'm in group mentoring. How do we set goals?", False),
        ("What should we do together while taking part in peer mentoring?", False),
    ],
)
def test_asking_about_a_kind_of_mentoring_the_guidance_never_names(
    question: str, unnamed: bool
) -> None:
    _parser_or_skip()
    known = Vocabulary(KNOWN | {"group", "career", "inform"}, ["Informal Mentoring How-To's"])
    assert unnamed_kind(question, known) is unnamed


def test_pay_said_as_compensation_is_a_program_matter_unless_the_passages_speak_of_it(
    kb: KnowledgeBase,
) -> None:
    words = vocabulary(kb.corpus())
    question = "Should mentors be compensated?"
    decision = decide(question, kb.search(question, 5), words)
    assert decision.evidence.outside == 1.0
    assert not decision.covered
    covered = "Could my mentor introduce me to people who know about compensation?"
    assert decide(covered, kb.search(covered, 5), words).covered


@pytest.mark.parametrize(
    ("question", "program"),
    [
        # A fact of the program itself: when, where or whether it does something.
        ("When does the program start?", True),
        ("Does the program offer travel funding?", True),
        ("Where does the programme take place?", True),
        # The program named elsewhere in the clause, or how it works.
        ("How do we stay in touch after the formal program is over?", False),
        ("How does the program work?", False),
        ("When should I contact the program coordinator?", False),
        # Who takes part in the program or speaks for it; not its people named as a modifier, nor
        # the program as a thing's.
        ("Who can take part in the programme?", True),
        ("Who do I talk to about the program?", True),
        ("Who is my program coordinator?", False),
        ("Who is responsible for the success of the mentoring program?", False),
        ("Who should I invite to our meetings?", False),
        # What the program does for people is what mentoring does.
        ("Does the mentoring program help mentees grow?", False),
    ],
)
def test_asking_a_fact_of_the_program_itself(question: str, program: bool) -> None:
    _parser_or_skip()
    assert about_the_program(question) is program


@pytest.mark.parametrize("question", ["How do I sign up to be a mentor?", "How do I log in?"])
def test_a_program_matter_said_in_two_words_is_one(kb: KnowledgeBase, question: str) -> None:
    words = vocabulary(kb.corpus())
    decision = decide(question, kb.search(question, 5), words)
    assert decision.evidence.outside == 1.0
    assert not decision.covered


def test_a_rule_of_the_programme_reads_as_outside_the_guidance(kb: KnowledgeBase) -> None:
    """Who may take part (an age limit) is the programme's own rule, read by the question_scope
    bank in wordings it does not hold; a question about running the relationship is not."""
    words = vocabulary(kb.corpus())
    rule = "What is the youngest a mentee can be?"
    decision = decide(rule, kb.search(rule, 5, own_words=True), words)
    assert decision.evidence.scope < 0
    assert not decision.covered
    practice = "How should I prepare for my first session with my mentee?"
    assert decide(practice, kb.search(practice, 5, own_words=True), words).covered


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # An acronym, capitals inside a word, a capitalised word in a clause not in title case.
        ("Why is IEEE offering a mentoring program?", True),
        ("How MentorLIB Mentors' Directory Works?", True),
        ("What is the difference between the Grammarian and the Wordmaster?", True),
        # Names the guidance uses, shared mentoring words, "I" and "OK", title case.
        ("What is the GROW model?", False),
        ("Is it OK to ask my Mentor for feedback?", False),
        ("What Distinguishes a Mentor from a Coach?", False),
        # A name among examples, or outside the asking clause.
        ("How do you meet, whether in person or via Skype, FaceTime, phone, or email?", False),
        ("She is moving to China for a year. How realistic is it to keep meeting?", False),
        # A name that only sets the scene of what is asked, in a clause of circumstance.
        ("What activities should I expect to do while participating in the ACDA program?", False),
        ("How do I set goals when my mentee joins the IEEE scheme?", False),
        ("Why does IEEE run a scheme while others do not?", True),
    ],
)
def test_a_name_the_guidance_never_uses(question: str, named: bool) -> None:
    known = {"mentor", "mentee", "program", "grow", "model", "coach", "feedback", "meet"}
    assert unknown_name(question, known | {"differ", "phone", "email"}) is named


def test_a_programme_asked_about_by_its_own_name_is_declined(kb: KnowledgeBase) -> None:
    words = vocabulary(kb.corpus())
    question = "Why is IEEE offering a mentoring program?"
    decision = decide(question, kb.search(question, 5, own_words=True), words)
    assert decision.evidence.outside == 1.0
    assert not decision.covered


COACH = _passage("A mentor is more of a guide than a coach.", "What is mentoring?")
NETWORK = _passage("A mentor can help the mentee build a strong network.", "Networking")
UNLIKE = _passage("Unlike networking, mentoring is a relationship over time.", "What is mentoring?")
APART = [
    _passage("Performance should not be part of any formal evaluation process.", "Principles"),
    _passage("Informal mentoring starts when two people click.", "Informal mentoring"),
]


@pytest.mark.parametrize(
    ("question", "passages", "uncompared_"),
    [
        ("What is the difference between a coach and a mentor?", [COACH], False),
        ("Coach vs. Mentor: What's the Difference?", [COACH], False),
        ("What Distinguishes a Mentor from a Coach?", [COACH], False),
        ("What's better? Formal mentoring or informal mentoring?", APART, True),
        ("How does mentoring differ from leading a workshop?", [COACH], True),
        # Not a comparison of two things: a choice of what to do.
        ("When should a mentor give advice versus ask questions?", [COACH], False),
        # Said as "different from" or "different between".
        ("How is a mentor different from a coach?", [COACH], False),
        ("How is mentoring different from networking?", [NETWORK], True),
        # A line naming both in passing sets nothing side by side.
        ("What is the difference between networking and mentoring?", [NETWORK], True),
        ("What is the difference between networking and mentoring?", [UNLIKE], False),
        # A short prefix names a kind of its own: "e-mentoring" is not "mentoring".
        ("So what is different between E-Mentoring & Mentoring?", [COACH], True),
    ],
)
def test_two_things_compared_are_answered_only_where_one_line_names_both(
    question: str, passages: list[Passage], uncompared_: bool
) -> None:
    assert uncompared(question, passages) is uncompared_


@pytest.mark.parametrize(
    ("question", "provided"),
    [
        ("What help will I have?", True),
        ("What kinds of support should I expect in my mentoring role?", True),
        ("Do students get any training before taking on their role?", True),
        ("What support is available for mentors?", True),
        ("Will I be given any training?", True),
        # Help from someone named, or given, is the relationship's own matter.
        ("What support can I expect from my mentor?", False),
        ("How can I get help from my mentor?", False),
        ("What support should I give my mentee?", False),
        ("What help can I offer?", False),
        ("What help does my mentee need?", False),
        # Every asking clause must ask it.
        ("What help will I have? How do I set goals with my mentee?", False),
    ],
)
def test_asking_what_a_program_provides_its_participants(question: str, provided: bool) -> None:
    assert support_received(question) is provided


@pytest.mark.parametrize(
    ("question", "pairing"),
    [
        ("How does the matching process work? Can I pick my mentor?", True),
        ("What time line for matching do we need to follow?", True),
        ("Is it wise to be matching men with women?", True),
        ("Do participants get to choose who their mentors will be?", True),
        ("Can I choose my own mentor or student?", True),
        # The pair as a thing, matching other things, choosing other things, or how to choose.
        ("Can the pairing still be effective without chemistry?", False),
        ("How do I find a matching mentor?", False),
        ("How do I match my goals to my mentor's strengths?", False),
        ("Can I choose what we talk about?", False),
        ("How do I pick the right mentor for my career switch?", False),
        # Every asking clause must ask it.
        ("Can I pick my mentor? How do we set goals?", False),
    ],
)
def test_asking_how_people_are_paired_or_may_choose_a_partner(question: str, pairing: bool) -> None:
    assert pairing_asked(question) is pairing


@pytest.mark.parametrize(
    ("question", "outside"),
    [
        # A program word only as an example set off by a comma or brackets, or in an everyday
        # sense (a duty, a span of time), is not what is asked.
        ("Should the plan list tools, such as books or software, for each goal?", False),
        ("What should we prepare (for example a CV or notes) before we meet?", False),
        ("Whose job is it to book the next meeting?", False),
        ("Is it my job to remind my mentee of what we agreed?", False),
        ("How do we set long-term goals?", False),
        # The same words asked about.
        ("Does the mentoring software have a calendar?", True),
        ("Will mentoring help me get a job?", True),
        ("How long is a term?", True),
    ],
)
def test_a_program_word_as_an_aside_is_not_what_is_asked(question: str, outside: bool) -> None:
    found = evidence(question, [_passage("Agree on goals and meet regularly.")], set())
    assert (found.outside == 1.0) is outside


def test_asides_are_left_out_of_the_question() -> None:
    assert "software" not in without_asides("Do we need tools, like a course or software, first?")
    assert "job" in without_asides("Can my mentor help me find a job?")


@pytest.mark.parametrize(
    ("question", "specific"),
    [
        # Everyday speech names no topic: indefinite pronouns, hedges, a judgment of what was said.
        ("I usually know nothing about it. Is that bad?", set()),
        ("Do we actually need a written contract?", {"contract", "written"}),
        ("Should I send her to someone else?", {"send"}),
        ("Is it normal to talk about our families?", {"talk", "famili"}),
        # "supposed to" asks what is expected, as "should" does.
        ("Am I supposed to set the agenda?", {"set", "agenda"}),
        # "now" places the question in time; the topic is in the words around it.
        ("We have agreed on goals. What do we do now?", {"agre", "goal"}),
    ],
)
def test_everyday_fillers_are_no_specific_words(question: str, specific: set[str]) -> None:
    assert specific_terms(question) == specific


@pytest.mark.parametrize(
    ("question", "specific"),
    [
        # An idiom's words name no topic; the words around it do.
        ("What if my mentee and I never click with each other?", {"never"}),
        ("Should I give my mentor a chance or cut my losses?", set()),
        ("How do we get our goals back on track?", {"goal"}),
        # The same words meant as they say.
        ("Should I give my mentee a list of books?", {"give", "list", "book"}),
    ],
)
def test_idioms_name_no_topic(question: str, specific: set[str]) -> None:
    assert specific_terms(without_idioms(question)) == specific


def test_how_often_is_answered_by_guidance_that_names_frequency_as_a_thing_to_settle() -> None:
    # No passage found states or names a frequency; the guidance elsewhere names it.
    guidance = {"frequenc", "schedul", "meet"}
    for question in (
        "How often should we look back at how our partnership is going?",
        "How frequently should we do mentoring activities?",
    ):
        assert unstated_quantity(question, NO_NUMBERS)
        assert not unstated_quantity(question, NO_NUMBERS, vocabulary=guidance)
    # Asked of a program, or a quantity other than a frequency, it stays unstated.
    assert unstated_quantity("How often does the program run?", NO_NUMBERS, vocabulary=guidance)
    assert unstated_quantity("How long will the commitment be?", NO_NUMBERS, vocabulary=guidance)


@pytest.mark.parametrize(
    ("question", "outside"),
    [
        # A program word as written or inflected: a login account, applying, being paid.
        ("How do I reset my account?", True),
        ("Who reviews the applications?", True),
        ("Are mentors paid?", True),
        ("When are mentees enrolled?", True),
        # A word derived from it is not it: accountability is a mentoring topic.
        ("How do I provide supportive accountability?", False),
        ("How can I hold my mentee accountable?", False),
    ],
)
def test_program_words_are_read_as_written_not_by_their_stem(question: str, outside: bool) -> None:
    passages = [_passage("Agree on how you will keep each other on track.", "Goals")]
    words = Vocabulary({"goal", "track", "mentor"}, ["Goals"])
    found = evidence(question, passages, words)
    assert (found.outside == 1.0) is outside
