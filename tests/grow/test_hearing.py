"""Reading one answer: what the mentee did, with the words that showed it."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.grow import hear
from assistant.grow.hearing import leads_with_feeling
from assistant.grow.options import extract_options

TODAY = date(2026, 12, 1)  # a Tuesday


@pytest.mark.parametrize(
    ("answer", "stage", "act"),
    [
        ("Just tell me what to do.", "options", "ask_to_decide"),
        ("Should I take the job or stay?", "goal", "ask_to_decide"),
        ("What would you do in my shoes?", "will", "ask_to_decide"),
        ("You decide, honestly.", "options", "ask_to_decide"),
        ("not sure, it's all a bit stuck", "reality", "unsure"),
        ("idk", "goal", "unsure"),
        ("Meh.", "reality", "unsure"),
        ("I'm exhausted and scared of failing.", "reality", "feeling"),
        ("Honestly I'm terrified of speaking up.", "goal", "feeling"),
        ("By the way, did you see the match last night?", "reality", "off_topic"),
        ("Did you know octopuses have three hearts?", "reality", "off_topic"),
        ("I want to move into product management by next summer.", "goal", "goal"),
        ("I present to my team every two weeks.", "reality", "situation"),
        ("My manager won't give me the time to practise.", "reality", "obstacle"),
        ("I could ask Sam, or take a course, or shadow a PM.", "options", "options"),
        ("I'll email Dana by Friday.", "will", "commitment"),
    ],
)
def test_each_act_is_heard(answer: str, stage: str, act: str) -> None:
    heard = hear(answer, stage, TODAY)
    assert act in heard.acts, heard.describe()
    assert heard.evidence[act]


@pytest.mark.parametrize(
    ("answer", "not_act"),
    [
        ("not sure, it's all a bit stuck", "obstacle"),  # vague, not a barrier
        ("Just tell me what to do.", "commitment"),  # a request, not a step
        ("Just tell me what to do.", "options"),
        ("I could ask for a stretch project, or take a course.", "commitment"),  # options
        ("I'll know I've made it when I can present without notes.", "commitment"),
        ("I'm exhausted and scared of failing.", "situation"),
    ],
)
def test_what_is_not_heard(answer: str, not_act: str) -> None:
    stage = "options" if "could" in answer else "reality"
    assert not_act not in hear(answer, stage, TODAY).acts


def test_a_goal_is_read_for_specific_time_frame_and_ownership() -> None:
    vague = hear("I'd like to get better at presenting.", "goal", TODAY).goal
    assert vague is not None and not vague.specific and vague.timeframe is None
    sharp = hear("Pass the B2 exam in June.", "goal", TODAY).goal
    assert sharp is not None and sharp.specific and sharp.timeframe == "in June"
    borrowed = hear("My manager wants me to get the PMP certification.", "goal", TODAY).goal
    assert borrowed is not None and not borrowed.theirs


def test_commitments_have_owners_and_dates() -> None:
    heard = hear(
        "I'll ask my manager for the stretch project by the end of next month, and I'll email "
        "Mia by Friday about shadowing.",
        "will",
        TODAY,
    )
    assert [(c.owner, c.due) for c in heard.commitments] == [
        ("mentee", date(2027, 1, 31)),
        ("mentee", date(2026, 12, 4)),
    ]
    shared = hear("Ana and I will plan the joint show by January 31st.", "will", TODAY)
    assert [c.owner for c in shared.commitments] == ["both"]
    named = hear("Mia will send me the job description by Thursday.", "will", TODAY)
    assert [(c.owner, c.due) for c in named.commitments] == [("Mia", date(2026, 12, 3))]


def test_options_are_split_from_lists() -> None:
    assert extract_options("I could ask Sam, or take a course, or shadow a PM.") == [
        "Ask Sam",
        "Take a course",
        "Shadow a PM",
    ]
    assert extract_options("Accept it, negotiate a remote start, or turn it down.") == [
        "Accept it",
        "Negotiate a remote start",
        "Turn it down",
    ]
    assert extract_options("Should we go to accelerators or straight to VCs?") == []
    assert extract_options("A running club. A coach. A plan from an app.") == [
        "A running club",
        "A coach",
        "A plan from an app",
    ]


def test_the_reading_explains_itself_and_serialises() -> None:
    heard = hear("Just tell me what to do.", "options", TODAY)
    assert heard.describe() == "a request for you to decide (“Just tell me what to do”)"
    assert heard.describe(quotes=False) == "a request for you to decide"
    data = heard.to_dict()
    assert data["acts"] == ["ask_to_decide"] and data["summary"] == heard.describe()


def test_rules_alone_still_read_answers_without_the_exemplar_bank() -> None:
    heard = hear("Just tell me what to do.", "options", TODAY, use_bank=False)
    assert heard.acts == ("ask_to_decide",)
    assert "unsure" in hear("not sure, it's all a bit stuck", "reality", TODAY, use_bank=False).acts


@pytest.mark.parametrize(
    ("answer", "options"),
    [
        # Reactions, remarks to the mentor and prices said with options are not options.
        (
            "Fair enough. Ask the library about their room. Or start in my own kitchen.",
            ["Ask the library about their room", "Start in my own kitchen"],
        ),
        (
            "Right. I could ask Omar, or take the evening course.",
            ["Ask Omar", "Take the evening course"],
        ),
        ("You'd know better than me. I could retrain, or stay put.", ["Retrain", "Stay put"]),
        (
            "or there's a weekend workshop at the college. 250 quid tho",
            ["A weekend workshop at the college"],
        ),
        # A report of how things are, said as a sentence of its own, is not an option; the option
        # beside it is.
        (
            "Most hospitals fund this for their nurses. So I could ask my ward manager.",
            ["Ask my ward manager"],
        ),
        ("My cousin's firm took on two apprentices. Or I apply there.", ["Apply there"]),
        # A noun with a clause of its own is still an option ("the course my tutor runs").
        (
            "Or that evening course the union keeps mentioning in its emails.",
            ["That evening course the union keeps mentioning in its emails"],
        ),
        # "get X to tell me how" asks someone else; it is not a request to the mentor.
        (
            "Write to the dean. Or get Ana in admissions to tell me how she did hers.",
            ["Write to the dean", "Get Ana in admissions to tell me how she did hers"],
        ),
    ],
)
def test_options_are_what_the_mentee_could_do_not_what_they_remark(
    answer: str, options: list[str]
) -> None:
    assert extract_options(answer) == options


@pytest.mark.parametrize(
    ("answer", "options"),
    [
        (
            "One: write a rough draft. Two: ask Tomás first. Three: fix the figures now.",
            ["Write a rough draft", "Ask Tomás first", "Fix the figures now"],
        ),
        ("Options... call the dean. Or skip this round.", ["Call the dean", "Skip this round"]),
        (
            "could shadow dave, or buy the test kit. gonna do the kit for sure",
            ["Shadow dave", "Buy the test kit"],
        ),
    ],
)
def test_labels_and_choices_already_made_are_not_options(answer: str, options: list[str]) -> None:
    assert extract_options(answer) == options


def test_a_past_time_is_no_time_frame_for_a_goal() -> None:
    # "since August" says how long things have been so, not by when the mentee wants a change.
    heard = hear("I haven't had a day off since August and I want more time off.", "goal", TODAY)
    assert heard.times == ()
    dated = hear("I want two days off a week from January.", "goal", TODAY)
    assert dated.times


def test_not_knowing_what_they_want_is_no_goal_yet() -> None:
    heard = hear("I go back to work in March and I honestly don't know what I want.", "goal", TODAY)
    assert "goal" not in heard.acts
    assert "unsure" in heard.acts
    assert "goal" in hear("I want to go back three days a week from March.", "goal", TODAY).acts


@pytest.mark.parametrize(
    ("answer", "options"),
    [
        # a title's full stop ends no option
        (
            "One: rewrite the discussion. Two: email Dr. Lindqvist with a firm deadline.",
            ["Rewrite the discussion", "Email Dr. Lindqvist with a firm deadline"],
        ),
        # who a person is, said after the name, goes with them
        (
            "Ask Dr Okafor to be my supervisor, or ask Sue, the nurse consultant.",
            ["Ask Dr Okafor to be my supervisor", "Ask Sue, the nurse consultant"],
        ),
        # what the option does on its own, and who would do it, describe it
        (
            "There's the open call at the arts centre, closes on the 30th. Or the space on "
            "Mill Street.",
            ["The open call at the arts centre", "The space on Mill Street"],
        ),
        ("Find an assistant coach, maybe one of the dads.", ["Find an assistant coach"]),
        # a noun the next option spells out is that option
        (
            "And there's the bank, I could pick up day shifts through the bank.",
            ["Pick up day shifts through the bank"],
        ),
        # "and then" goes on with the same option
        (
            "A taster night, two hours, cheap, and then offer the course at the end. Or ask "
            "the returners to bring a friend.",
            [
                "A taster night, two hours, cheap, and then offer the course at the end",
                "Ask the returners to bring a friend",
            ],
        ),
        ("Also I can look for a bridging program.", ["Look for a bridging program"]),
        # what someone close puts forward, or uses, is an option said through them
        (
            "I could do a half-price hour. My sister keeps saying do online orders.",
            ["Do a half-price hour", "Do online orders"],
        ),
        (
            "shopify? or a google form. my cousin uses square for her salon",
            ["Shopify", "A google form", "Square"],
        ),
        ("My manager said it was a bad idea.", []),
        # what a thing named is for goes with it; a gerund that is its own option does not
        (
            "Either a second shift, baking for next-day delivery, or rent the community kitchen.",
            ["A second shift, baking for next-day delivery", "Rent the community kitchen"],
        ),
        (
            "A gym membership, cycling to work, or a bike.",
            ["A gym membership", "Cycling to work", "A bike"],
        ),
        # ", and" before a verb adds a second option to one led by "or"...
        (
            "or mentor the new grad, and write up the design doc nobody has done",
            ["Mentor the new grad", "Write up the design doc nobody has done"],
        ),
        # ...but not when the comma closes an aside
        (
            "Or grab one of the journeymen, Ray probably, and do practice calcs at lunch.",
            ["Grab one of the journeymen and do practice calcs at lunch"],
        ),
    ],
)
def test_options_are_split_where_the_mentee_meant(answer: str, options: list[str] | None) -> None:
    if options is None:
        options = ["Shopify", "A google form", "Square"]
    assert extract_options(answer) == options


@pytest.mark.parametrize(
    ("answer", "leads"),
    [
        ("honestly? I'm burnt out. day job is brutal, I open the laptop at 9pm and stare.", True),
        ("Sometimes I feel very frustrated. In my country I was the boss of projects.", True),
        ("im knackered tbh, doing this on top of a full time job", True),
        ("I have a 2:1 and a dissertation I'm proud of, but no publications.", False),
        ("I'm working full time and studying six hours a week. I feel like a fraud.", False),
        ("last time my voice went shaky and i read it off the slides", False),
    ],
)
def test_an_answer_that_opens_with_a_feeling(answer: str, leads: bool) -> None:
    assert leads_with_feeling(answer) is leads


def test_a_goal_that_only_avoids_something_is_not_yet_specific() -> None:
    said = "My contract ends in September and I'd quite like not to be unemployed."
    goal = hear(said, "goal", TODAY).goal
    assert goal is not None and not goal.specific
    reached = hear("I'd like a fellowship by September, not to be unemployed.", "goal", TODAY)
    assert reached.goal is not None and reached.goal.specific


@pytest.mark.parametrize(
    ("answer", "framed"),
    [
        ("Spring 2027. A solo show in a real space.", True),
        ("I want a summer internship in data analysis, June to August, in Berlin.", True),
        ("ok the licensing exam, march sitting. i want to pass it first go", True),
        ("I'd like to be in a policy advisor role by the start of 2028.", True),
        ("Winter. Every year I burn through my savings November to February.", False),
        ("I want a solo show in a real space.", False),
    ],
)
def test_goal_time_frames_said_without_a_day(answer: str, framed: bool) -> None:
    goal = hear(answer, "goal", TODAY).goal
    assert goal is not None
    assert (goal.timeframe is not None) is framed


def test_a_step_offered_with_a_hedge_is_no_request_to_decide() -> None:
    offered = hear("Hmm, not sure. Apply for that one I suppose?", "options", TODAY)
    assert "ask_to_decide" not in offered.acts
    assert offered.options == ("Apply for that one",)
    assert "ask_to_decide" in hear("Would you apply for that one?", "options", TODAY).acts


@pytest.mark.parametrize(
    "answer",
    ["Honestly I'm bricking it. What if nobody calls?", "what if they say no", "What if I fail?"],
)
def test_a_worry_said_as_a_question_is_a_feeling_not_a_request(answer: str) -> None:
    heard = hear(answer, "will", TODAY)
    assert heard.has("feeling") and not heard.has("ask_to_decide")


def test_an_offer_said_with_what_if_is_no_worry() -> None:
    heard = hear("What if I asked the care home to pay? Or take the course.", "options", TODAY)
    assert not heard.has("feeling") and heard.has("options")


@pytest.mark.parametrize(
    ("answer", "specific"),
    [
        ("I want to be better at my job by June", False),
        ("I want to be a better manager by the end of the year.", False),
        ("I want to improve my presentation skills before the conference in October.", False),
        ("I want to be a senior manager by the end of the year.", True),
        ("Improve my IELTS score to 7 by January.", True),
        ("Get better at public speaking so that I can present without notes by June.", True),
    ],
)
def test_doing_something_better_is_specific_only_with_what_is_reached(
    answer: str, specific: bool
) -> None:
    goal = hear(answer, "goal", TODAY).goal
    assert goal is not None and goal.specific is specific


@pytest.mark.parametrize(
    "answer",
    [
        "The rent went up 200 a month so I need more hours.",
        "My landlord is selling the flat, so I have to move by June anyway.",
        "We had a holiday booked in May which eats the budget.",
        "I coach the kids' football on Saturdays, so I can't do weekends.",
    ],
)
def test_a_remark_said_with_what_it_means_for_the_mentee_is_on_topic(answer: str) -> None:
    heard = hear(answer, "reality", TODAY)
    assert not heard.has("off_topic") and heard.substantive


def test_chat_is_off_topic_whatever_it_means_for_them() -> None:
    assert hear("Did you see the match? So I had to stay up late lol", "reality", TODAY).has(
        "off_topic"
    )


@pytest.mark.parametrize(
    "answer", ["Maybe to feel less stressed at work", "I guess be more confident in meetings"]
)
def test_a_hedged_wish_to_feel_better_is_a_goal_not_a_feeling(answer: str) -> None:
    heard = hear(answer, "goal", TODAY)
    assert heard.has("goal") and not heard.has("feeling")


@pytest.mark.parametrize(
    ("answer", "asks"),
    [
        ("Your call, honestly.", True),
        ("honestly, your call", True),
        ("It's your choice.", True),
        ("Your call to HR yesterday helped. I'll email them Friday.", False),
    ],
)
def test_handing_the_choice_over_without_a_question_mark(answer: str, asks: bool) -> None:
    assert hear(answer, "will", TODAY).has("ask_to_decide") is asks


@pytest.mark.parametrize(
    ("answer", "feeling"),
    [
        ("My goal is to be happy", False),
        ("I just want to feel confident at work", False),
        ("I want to be happy but I'm exhausted", True),
    ],
)
def test_a_state_set_as_the_goal_is_no_feeling_to_acknowledge(answer: str, feeling: bool) -> None:
    heard = hear(answer, "goal", TODAY)
    assert heard.has("goal") and heard.has("feeling") is feeling


@pytest.mark.parametrize(
    ("answer", "feeling"),
    [
        ("I mumble and rush, I've only spoken twice this year. Honestly it terrifies me.", True),
        ("It scares me.", True),
        ("Work stresses me out.", True),
        ("The commute drains me.", True),
        ("It's exhausting me.", True),
        ("My manager told me to apply.", False),
        ("He sent me the notes last week.", False),
    ],
)
def test_a_verb_that_frightens_or_drains_the_speaker_is_a_feeling(
    answer: str, feeling: bool
) -> None:
    heard = hear(answer, "reality", TODAY)
    assert heard.has("feeling") is feeling, heard.describe()
    if feeling:
        assert not heard.has("unsure")  # short, but not vague


@pytest.mark.parametrize(
    ("answer", "stage", "situation"),
    [
        ("you've done loads of talks, what should I do?", "options", False),
        ("Pass the B2 exam in June.", "goal", False),
        ("500k closed by the end of March, before our runway runs out.", "goal", False),
        (
            "Hand off the reporting to my team so I get four hours a week back, by March.",
            "goal",
            False,
        ),
        ("My manager wants me to get the PMP certification.", "goal", False),
        ("I started a new job three weeks ago and I want to belong there by March.", "goal", True),
        ("I want a ten minute slot in March. There's one at the all-hands.", "goal", True),
        ("I present to my team every two weeks.", "reality", True),
    ],
)
def test_the_goal_itself_and_a_request_are_no_situation(
    answer: str, stage: str, situation: bool
) -> None:
    heard = hear(answer, stage, TODAY)
    assert heard.has("situation") is situation, heard.describe()


@pytest.mark.parametrize(
    ("answer", "stage"),
    [
        (
            "Incidentally, did you see the council is closing the library on Tuesdays? "
            "Disgraceful.",
            "options",
        ),
        ("Anyway, are you going to the offsite in May? I heard the venue is amazing.", "options"),
        (
            "Have you ever been to Lisbon? I keep thinking about moving there, the light is "
            "unreal.",
            "reality",
        ),
        ("Watch the rugby Saturday? Shocking ref.", "reality"),
    ],
)
def test_an_aside_put_to_the_mentor_is_off_topic_not_options_or_the_situation(
    answer: str, stage: str
) -> None:
    heard = hear(answer, stage, TODAY)
    assert heard.acts == ("off_topic",), heard.describe()


@pytest.mark.parametrize(
    ("answer", "options"),
    [
        (
            "So, I can write again to my professor, or ask another professor, Dr. Okafor, for the "
            "letter.",
            ("Write again to my professor", "Ask another professor, Dr. Okafor, for the letter"),
        ),
        (
            "No coffee after lunch. Or a wind-down routine with a book.",
            ("No coffee after lunch", "A wind-down routine with a book"),
        ),
        ("Magic eight ball says...? Come on, you decide. Then I can blame you.", ()),
        ("Which would you do first, honestly? I trust your judgement more than mine.", ()),
    ],
)
def test_who_an_option_names_goes_with_it_and_words_to_the_mentor_are_none(
    answer: str, options: tuple[str, ...]
) -> None:
    assert hear(answer, "options", TODAY).options == options


@pytest.mark.parametrize(
    ("answer", "stage", "act"),
    [
        ("what wd u do tho honestly", "options", "ask_to_decide"),
        ("which one shd i do, just say", "will", "ask_to_decide"),
        (
            "I have a topic but no abstract, and I have only ever spoken at internal "
            "lunch-and-learns of about ten people.",
            "reality",
            "situation",
        ),
    ],
)
def test_chat_shorthand_and_compounds_are_read_as_meant(answer: str, stage: str, act: str) -> None:
    heard = hear(answer, stage, TODAY)
    assert act in heard.acts and not heard.has("off_topic"), heard.describe()


def test_the_whole_of_a_month_is_a_time_frame() -> None:
    heard = hear(
        "I want no more than two drinking days a week, for the whole of October and November.",
        "goal",
        TODAY,
    )
    assert heard.goal is not None and heard.goal.timeframe


@pytest.mark.parametrize(
    ("answer", "leads"),
    [
        ("It makes me feel so small, honestly. Like I'm the new kid all over again.", True),
        ("Embarrassed, if I'm honest. It's not something I say out loud.", True),
        ("Busy, we have three projects and two are late.", False),
        ("It makes the deadline tight, we have two weeks.", False),
    ],
)
def test_an_answer_opened_by_what_it_makes_them_feel_or_a_feeling_word_leads_with_it(
    answer: str, leads: bool
) -> None:
    assert leads_with_feeling(answer) is leads


def test_a_word_of_small_talk_inside_the_situation_as_it_is_now_is_no_aside() -> None:
    heard = hear(
        "Right now I go to his flat every evening after work to do dinner and his tablets, and my "
        "sister lives 200 miles away, so it all falls on me.",
        "reality",
        TODAY,
    )
    assert heard.has("situation") and not heard.has("off_topic")


@pytest.mark.parametrize(
    ("answer", "feeling"),
    [
        ("Oh dear. Just thinking about all those people watching makes my hands shake.", True),
        ("I read from the slides and my voice shakes.", True),
        ("I can play the first page, but the middle section with the arpeggios defeats me.", False),
    ],
)
def test_the_bodys_fright_is_a_feeling_and_a_task_too_hard_is_not(
    answer: str, feeling: bool
) -> None:
    assert hear(answer, "reality", TODAY).has("feeling") is feeling
