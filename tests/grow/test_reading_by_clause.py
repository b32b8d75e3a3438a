"""Reading what new writers say: how an answer opens, asides, corrections, steps named back."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.grow import hear
from assistant.grow.options import extract_options
from assistant.grow.will import commitments_to_items

TODAY = date(2026, 12, 1)  # a Tuesday


def items(*answers: tuple[str, str]) -> list[tuple[str, str, date | None]]:
    heard = [(stage, text, hear(text, stage, TODAY)) for stage, text in answers]
    return [(i.task, i.owner, i.due) for i in commitments_to_items(heard, TODAY)]


# ------------------------------------------------------------------ options


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # how an answer opens is not an option
        (
            "Okay. Fine. Ask for a transfer. Or retrain as a nurse.",
            ["Ask for a transfer", "Retrain as a nurse"],
        ),
        (
            "One more idea: teach evening classes. Or tutor online.",
            ["Teach evening classes", "Tutor online"],
        ),
        # a vague tail closes the option
        ("Could buy a planner, a Moleskine or something.", ["Buy a planner, a Moleskine"]),
        # an aside between commas belongs to the option
        (
            "Or ask a senior, Tom maybe, and go through the cases with him.",
            ["Ask a senior and go through the cases with him"],
        ),
        # a description of an option is not another option
        (
            "I could move to Leeds, where the rents are lower. Or stay and share a flat.",
            ["Move to Leeds", "Stay and share a flat"],
        ),
        (
            "Apply for team lead at a start-up, like a fintech.",
            ["Apply for team lead at a start-up"],
        ),
        # a tentative question offers an option; a question to the mentor does not
        (
            "Take a bookkeeping course? Or hire someone.",
            ["Take a bookkeeping course", "Hire someone"],
        ),
        # "there's also" and an opening someone has are offers, not reports
        ("There's also that podcast about negotiation.", ["That podcast about negotiation"]),
        (
            "The library has an internship for archivists, closes soon.",
            ["The library has an internship for archivists"],
        ),
    ],
)
def test_options_are_read_by_clause(answer: str, expected: list[str]) -> None:
    got = extract_options(answer)
    assert len(got) == len(expected), got
    for want, option in zip(expected, got, strict=True):
        assert want.lower() in option.lower() or option.lower() in want.lower(), got


@pytest.mark.parametrize(
    "answer", ["Which one would you pick?", "Am I being silly?", "You know?", "Right?"]
)
def test_a_question_that_asks_is_not_an_option(answer: str) -> None:
    assert extract_options(answer) == []


def test_a_question_that_offers_is_an_option() -> None:
    assert extract_options("Could I ask for a secondment?") == ["Ask for a secondment"]


def test_options_weighed_as_a_run_of_questions_are_options_not_a_request() -> None:
    said = "Should I cut the takeaways? Move back in with my parents for a year? Get a weekend job?"
    assert extract_options(said) == [
        "Cut the takeaways",
        "Move back in with my parents for a year",
        "Get a weekend job",
    ]
    heard = hear(said, "options", TODAY)
    assert not heard.has("ask_to_decide") and len(heard.options) == 3


@pytest.mark.parametrize(
    "said",
    [
        "Should I quit? What would you do?",
        "Should I quit? Or stay?",
        "Should I go into UX or stay in marketing?",
    ],
)
def test_a_should_i_question_put_to_the_mentor_is_still_a_request(said: str) -> None:
    assert hear(said, "options", TODAY).has("ask_to_decide")


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "Option one, set Slack to snooze. Option two, ask the US team to batch. "
            "Option three is to hand the liaison to Ravi.",
            ["Set Slack to snooze", "Ask the US team to batch", "Hand the liaison to Ravi"],
        ),
        ("Option A: go part time. Option B - hire a cleaner.", ["Go part time", "Hire a cleaner"]),
        (
            "One thing would be to walk to work, another would be a cooking class, and the third "
            "is an app to track what I eat.",
            ["Walk to work", "A cooking class", "An app to track what I eat"],
        ),
        ("One idea is to move, the other is to commute.", ["Move", "Commute"]),
    ],
)
def test_options_counted_by_label_or_ordinal_are_each_an_option(
    answer: str, expected: list[str]
) -> None:
    assert extract_options(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "I was wondering about going part time, or maybe asking for a sabbatical.",
            ["Going part time", "Asking for a sabbatical"],
        ),
        (
            "What if I asked my manager for a secondment? Or applied for the internal vacancy?",
            ["Asked my manager for a secondment", "Applied for the internal vacancy"],
        ),
        (
            "Maybe a bootcamp? Or would a part-time course be better?",
            ["A bootcamp", "A part-time course"],
        ),
        (
            "Or I take the prep course, and there is also a study group on Facebook.",
            ["Take the prep course", "A study group on Facebook"],
        ),
        (
            "I've thought about hiring a VA and also about cutting my client list.",
            ["Hiring a VA", "Cutting my client list"],
        ),
        ("What if it doesn't work?", []),
        ("Would it be better to wait?", []),
    ],
)
def test_options_wondered_about_or_weighed_as_questions(answer: str, expected: list[str]) -> None:
    assert extract_options(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "My options are: 1. negotiate 2. walk away 3. wait until the new year",
            ["Negotiate", "Walk away", "Wait until the new year"],
        ),
        ("Join a gym, or run outside, or both maybe.", ["Join a gym", "Run outside"]),
        ("perhaps a night class, perhaps nothing", ["A night class"]),
        ("Do nothing and wait, or ask to move.", ["Do nothing and wait", "Ask to move"]),
        ("i could talk to my boss or just leave lol", ["Talk to my boss", "Leave"]),
    ],
)
def test_what_ends_or_numbers_a_list_is_not_part_of_an_option(
    answer: str, expected: list[str]
) -> None:
    assert extract_options(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "Or find a company that trains people. My old lecturer also said I should look at "
            "KTP schemes.",
            ["Find a company that trains people", "Look at KTP schemes"],
        ),
        (
            "There are a few routes. The obvious one is an internal move. Then there's the "
            "apprenticeship. And I've always fancied freelancing on the side.",
            ["An internal move", "The apprenticeship", "Freelancing on the side"],
        ),
        (
            "I've considered quitting, going travelling, retraining. None of them feel right.",
            ["Quitting", "Going travelling", "Retraining"],
        ),
        (
            "Things like going to bed earlier, not checking emails after 8, and maybe yoga.",
            ["Going to bed earlier", "Not checking emails after 8", "Yoga"],
        ),
        (
            "I've got three ideas - a podcast, a newsletter, and speaking at conferences.",
            ["A podcast", "A newsletter", "Speaking at conferences"],
        ),
        (
            "Or take a gap year. My art teacher mentioned a foundation course too.",
            ["Take a gap year", "A foundation course"],
        ),
        ("Or retrain. My manager mentioned that she was leaving.", ["Retrain"]),
        (
            "Or retrain. My supervisor thinks I should email PIs directly.",
            ["Retrain", "Email PIs directly"],
        ),
        ("Or retrain. My manager thinks it's a bad idea.", ["Retrain"]),
        (
            "charity shop, facebook marketplace, tip",
            ["Charity shop", "Facebook marketplace", "Tip"],
        ),
        (
            "I've been offered Lisbon, obviously. Or I could ask for a later start.",
            ["Lisbon", "Ask for a later start"],
        ),
        (
            "Well, there's night school. And my company pays for the CIPD.",
            ["Night school", "My company pays for the CIPD"],
        ),
    ],
)
def test_options_said_through_how_the_mentee_came_by_them(answer: str, expected: list[str]) -> None:
    assert extract_options(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("I could ask my manager or HR.", ["Ask my manager", "Ask HR"]),
        (
            "I might apply to Google, Meta or Amazon.",
            ["Apply to Google", "Apply to Meta", "Apply to Amazon"],
        ),
        (
            "Talk to my sister or my mum about childcare.",
            ["Talk to my sister", "Talk to my mum about childcare"],
        ),
        ("I could take the bus or cycle.", ["Take the bus", "Cycle"]),
        (
            "Get a tutor, Khan Academy, a study group.",
            ["Get a tutor", "Khan Academy", "A study group"],
        ),
    ],
)
def test_an_alternative_named_by_its_noun_alone_shares_the_verb(
    answer: str, expected: list[str]
) -> None:
    assert extract_options(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "I don't want to leave, but I could ask for a transfer to Leeds.",
            ["Ask for a transfer to Leeds"],
        ),
        ("I could freelance, but it's risky.", ["Freelance"]),
        (
            "Definitely not quitting. But maybe reduce hours, or switch teams.",
            ["Reduce hours", "Switch teams"],
        ),
        (
            "Or see my GP. My friend swears by the Headspace app too.",
            ["See my GP", "The Headspace app"],
        ),
        (
            "I was thinking a few things: 1) move to part-time 2) swap to days",
            ["Move to part-time", "Swap to days"],
        ),
    ],
)
def test_an_option_after_but_or_a_label_is_still_one(answer: str, expected: list[str]) -> None:
    assert extract_options(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("I could just wait it out, the restructure might change everything.", ["Wait it out"]),
        ("Honestly the only thing I can think of is to talk to her.", ["Talk to her"]),
        (
            "Go to the meetup, join the Slack group, and I guess ask around at work.",
            ["Go to the meetup", "Join the Slack group", "Ask around at work"],
        ),
        (
            "Part of me wants to quit, part of me wants to stay and fight.",
            ["Quit", "Stay and fight"],
        ),
        (
            "I've got the savings, so I could take three months off. Or work weekends.",
            ["Take three months off", "Work weekends"],
        ),
        (
            "First option, negotiate with the landlord. If that fails, find a flatmate.",
            ["Negotiate with the landlord", "Find a flatmate"],
        ),
    ],
)
def test_how_an_option_is_framed_or_reasoned_is_not_part_of_it(
    answer: str, expected: list[str]
) -> None:
    assert extract_options(answer) == expected


@pytest.mark.parametrize("thanks", ["Thanks.", "Thank you, that helps.", "Cheers."])
def test_thanks_is_how_an_answer_opens_not_an_option(thanks: str) -> None:
    said = f"{thanks} I could block mornings for writing. Or ask my supervisor for a chat."
    assert extract_options(said) == ["Block mornings for writing", "Ask my supervisor for a chat"]


def test_a_report_of_how_things_are_is_still_not_an_option() -> None:
    assert extract_options("Our firm has a design team. Or I could freelance.") == ["Freelance"]


# ------------------------------------------------------------------ steps


def test_a_corrected_time_stands_corrected() -> None:
    got = items(("will", "I'll call the bank today... actually, by Thursday."))
    assert got == [("Call the bank", "mentee", date(2026, 12, 3))]


def test_chat_spellings_of_times_are_read() -> None:
    got = items(("will", "ill ring the gym 2moro"))
    assert got == [("Ring the gym", "mentee", date(2026, 12, 2))]


@pytest.mark.parametrize(
    ("answer", "due"),
    [
        ("I will ask Ana tomorow", date(2026, 12, 2)),
        ("I'll ask Ana on thursay", date(2026, 12, 3)),
        ("ill ask Ana by wendsday", date(2026, 12, 2)),
        ("I'll ask Ana tonite", date(2026, 12, 1)),
    ],
)
def test_a_misspelt_day_still_dates_the_step(answer: str, due: date) -> None:
    assert items(("will", answer)) == [("Ask Ana", "mentee", due)]


def test_chat_shorthand_for_the_weekend_dates_the_steps() -> None:
    got = items(("will", "sort boxes this wknd, sat. charity shop run sun"))
    assert got == [
        ("Sort boxes", "mentee", date(2026, 12, 5)),
        ("Charity shop run", "mentee", date(2026, 12, 6)),
    ]


@pytest.mark.parametrize("said", ["I sat down.", "we sat in the sun.", "Mum sat."])
def test_sat_and_sun_are_days_only_where_a_time_goes(said: str) -> None:
    from assistant.grow.cues import flatten

    assert flatten(said) == said


def test_a_word_near_a_day_is_not_respelt() -> None:
    from assistant.grow.cues import flatten

    assert flatten("sundry costs, a sundae on mondays") == "sundry costs, a sundae on mondays"


@pytest.mark.parametrize(
    "answer",
    [
        "My sister's going to look after the kids on Saturday.",
        "Our landlord's gonna fix the boiler by Friday.",
    ],
)
def test_someone_elses_step_with_a_contraction_is_not_the_mentees(answer: str) -> None:
    assert all(owner != "mentee" for _, owner, _ in items(("will", answer)))


def test_a_step_given_to_a_named_person_with_a_deadline_is_theirs() -> None:
    got = items(
        (
            "will",
            "Kemi will draft the buddy list by Friday, I'll chase HR tomorrow, and Sam is "
            "setting up the IT accounts by the 28th.",
        )
    )
    assert got == [
        ("Draft the buddy list", "Kemi", date(2026, 12, 4)),
        ("Chase HR", "mentee", date(2026, 12, 2)),
        ("Setting up the IT accounts", "Sam", date(2026, 12, 28)),
    ]


def test_a_named_colleague_introduced_by_role_is_the_one_who_acts() -> None:
    got = items(
        (
            "will",
            "I'll write the plan by Friday. My accountant Piotr will do the numbers by the 10th.",
        )
    )
    assert got == [
        ("Write the plan", "mentee", date(2026, 12, 4)),
        ("Do the numbers", "Piotr", date(2026, 12, 10)),
    ]
    got = items(("will", "I'll book the exam today. My tutor Dave will send me notes by Friday."))
    assert got == [
        ("Book the exam", "mentee", date(2026, 12, 1)),
        ("Send me notes", "Dave", date(2026, 12, 4)),
    ]


@pytest.mark.parametrize(
    ("answer", "owner"),
    [
        ("Dave will send me his notes by Friday. I'll book the exam tomorrow.", "Dave"),
        ("Lena will handle the data room. I'll send the deck by Wednesday.", "Lena"),
        ("Tom will take the Tuesday call from January. I'll book the exam tomorrow.", "Tom"),
    ],
)
def test_a_named_persons_step_beside_the_mentees_is_an_item_of_theirs(
    answer: str, owner: str
) -> None:
    assert [who for _, who, _ in items(("will", answer))] == [owner, "mentee"]


def test_a_step_the_mentee_needs_to_take_on_a_day_is_theirs() -> None:
    assert items(("will", "I need to call the GP tomorrow.")) == [
        ("Call the GP", "mentee", date(2026, 12, 2))
    ]
    assert items(("will", "I needed to call the GP yesterday.")) == []


@pytest.mark.parametrize(
    ("answer", "task"),
    [
        ("I join the Facebook group today.", "Join the Facebook group"),
        ("i will to send the email to HR today", "Send the email to HR"),
        ("OK so first thing tomorrow I'm calling the landlord.", "Calling the landlord"),
        ("Definitely going to message Tom in a week or so.", "Message Tom"),
        ("Over the next month I'll read two books.", "Read two books"),
        ("By Easter I'll have applied to five jobs.", "Have applied to five jobs"),
        ("Ok, I'll ask her at our 1:1 on Thursday.", "Ask her at our 1:1"),
        ("Yeah fine, I'll call her Friday.", "Call her"),
        ("I'll do the Friday shift.", "Do the Friday shift"),
        ("I'll sign up before the end of term.", "Sign up before the end of term"),
        ("I'll book them all in today.", "Book them all in"),
        ("I'll email Sam by tomorrow.", "Email Sam"),
    ],
)
def test_a_step_said_in_the_present_or_loosely_is_worded_as_a_step(answer: str, task: str) -> None:
    assert [t for t, _, _ in items(("will", answer))] == [task]


def test_a_step_shared_with_a_colleague_named_is_both() -> None:
    got = items(("will", "My recruiter Lisa and I will rewrite the ad on Friday."))
    assert got == [("Rewrite the ad", "both", date(2026, 12, 4))]
    got = items(("will", "My partner and I will do a budget on Sunday."))
    assert got == [("Do a budget", "mentee", date(2026, 12, 6))]


def test_steps_numbered_or_counted_on_one_line_are_each_a_step() -> None:
    got = items(("will", "Right: 1) email Jo by Wed 2) book the venue by the 15th"))
    assert got == [
        ("Email Jo", "mentee", date(2026, 12, 2)),
        ("Book the venue", "mentee", date(2026, 12, 15)),
    ]
    got = items(
        ("will", "Step one is to get quotes, by the 20th. Step two, pick a builder by the 31st.")
    )
    assert got == [
        ("Get quotes", "mentee", date(2026, 12, 20)),
        ("Pick a builder", "mentee", date(2026, 12, 31)),
    ]
    got = items(("will", "I'm gonna book the test on Friday."))
    assert got == [("Book the test", "mentee", date(2026, 12, 4))]


def test_first_before_a_noun_dated_at_once_is_part_of_the_step() -> None:
    got = items(("will", "intranet post tomorrow, first run next thursday at 12:30"))
    assert [task for task, _, _ in got] == ["Intranet post", "First run at 12:30"]
    got = items(("will", "First run the numbers, then email Sam by Friday."))
    assert [task for task, _, _ in got] == ["Run the numbers", "Email Sam"]


def test_meeting_the_person_a_step_is_about_dates_it() -> None:
    got = items(("will", "I'll ask Hannah if I can shadow her, I'll catch her on Friday."))
    assert got == [("Ask Hannah if I can shadow her", "mentee", date(2026, 12, 4))]
    got = items(("will", "I'll call the bank. I'll see her on Monday."))
    assert got == [("Call the bank", "mentee", None), ("See her", "mentee", date(2026, 12, 7))]


def test_a_time_said_again_more_exactly_dates_the_step() -> None:
    got = items(("will", "I'll talk it through with my sister at the weekend, on Saturday."))
    assert got == [("Talk it through with my sister at the weekend", "mentee", date(2026, 12, 5))]
    got = items(("will", "vinted this weekend, like saturday. gym pause today"))
    assert got == [
        ("Vinted", "mentee", date(2026, 12, 5)),
        ("Gym pause", "mentee", date(2026, 12, 1)),
    ]
    got = items(("will", "Taster night next week, on the Friday."))
    assert got == [("Taster night", "mentee", date(2026, 12, 11))]
    got = items(
        ("will", "We'll do the client visits the week of the 14th, starting Monday the 14th.")
    )
    assert [(owner, due) for _, owner, due in got] == [("both", date(2026, 12, 14))]


@pytest.mark.parametrize(
    "answer",
    ["I'll do the washing tomorrow. Mum's birthday on Saturday.", "Sam's leaving do on Friday."],
)
def test_someone_elses_day_is_no_step(answer: str) -> None:
    assert all("birthday" not in t and "leaving" not in t for t, _, _ in items(("will", answer)))


def test_i_will_see_is_no_step() -> None:
    got = items(("will", "I'll update my CV by Friday. The recruiters, I will see."))
    assert [task for task, _, _ in got] == ["Update my CV"]


def test_ill_do_it_names_nothing_to_do() -> None:
    assert items(("will", "just pick one for me, ill do it")) == []


def test_a_noun_and_a_time_date_the_step_it_names() -> None:
    got = items(
        ("will", "I'll fix the spreadsheet and write the handover notes."),
        ("will", "Spreadsheet by Thursday. The notes next week."),
    )
    assert got == [
        ("Fix the spreadsheet", "mentee", date(2026, 12, 3)),
        ("Write the handover notes", "mentee", date(2026, 12, 11)),
    ]


def test_a_noun_and_a_time_that_name_no_step_are_no_step() -> None:
    got = items(("will", "I'll book the venue on Monday. The conference next month."))
    assert [task for task, _, _ in got] == ["Book the venue"]


def test_a_one_word_follow_up_dates_the_step_even_when_it_could_be_a_verb() -> None:
    got = items(
        ("will", "submit the form and phone grandad"),
        ("will", "form by fri. grandad on saturday when he's back."),
    )
    assert [(task, due) for task, _, due in got] == [
        ("Submit the form", date(2026, 12, 4)),
        ("Phone grandad", date(2026, 12, 5)),
    ]


def test_the_topic_said_first_names_the_person() -> None:
    got = items(("will", "My old boss, I'll message him on Friday."))
    assert got == [("Message My old boss", "mentee", date(2026, 12, 4))]


def test_a_day_before_a_plural_noun_is_part_of_a_name() -> None:
    got = items(("will", "saturday parkruns deffo, first one this saturday"))
    assert got == [("Saturday parkruns", "mentee", date(2026, 12, 5))]


# ------------------------------------------------------------------ acts


def test_one_off_topic_word_in_a_description_does_not_make_it_off_topic() -> None:
    heard = hear(
        "i work nights at the depot. two hours each way on the bus. "
        "my dad has the kids and cooks dinner",
        "reality",
        TODAY,
    )
    assert "off_topic" not in heard.acts and "situation" in heard.acts


def test_a_remark_about_something_else_is_still_off_topic() -> None:
    # A known limit: with one cued sentence of two, the whole answer still reads as off topic.
    assert "off_topic" in hear("Did you see the match last night?", "reality", TODAY).acts


def test_crying_is_a_feeling() -> None:
    assert "feeling" in hear("I cry every time I open the inbox.", "goal", TODAY).acts


def test_a_month_that_names_an_event_is_a_time_frame() -> None:
    goal = hear("Join the data team at the April reshuffle.", "goal", TODAY).goal
    assert goal is not None and goal.timeframe == "at the April reshuffle"


def test_a_step_named_by_one_word_of_an_option_takes_the_options_words() -> None:
    answers = [("will", "Methods by next Friday. Postdoc tomorrow.")]
    heard = [(stage, text, hear(text, stage, TODAY)) for stage, text in answers]
    options = ["Write the methods first", "Finish the analysis", "Ask the postdoc for help"]
    got = commitments_to_items(heard, TODAY, options)
    assert [(i.task, i.due) for i in got] == [
        ("Write the methods first", date(2026, 12, 11)),
        ("Ask the postdoc for help", date(2026, 12, 2)),
    ]


def test_a_word_two_options_share_is_left_as_said() -> None:
    heard = [("will", "Analysis by Friday.", hear("Analysis by Friday.", "will", TODAY))]
    got = commitments_to_items(heard, TODAY, ["Redo the analysis", "Outsource the analysis"])
    assert [i.task for i in got] == ["Analysis"]


def test_a_step_that_waits_on_someone_else_is_no_item_yet() -> None:
    got = items(("will", "I'll ring the gym tonight. Join the club if my boss signs it off."))
    assert [task for task, _, _ in got] == ["Ring the gym"]


def test_asking_someone_if_is_a_question_to_put_not_a_condition() -> None:
    got = items(("will", "I'll ask Omar tomorrow if he can cover Friday."))
    assert [(task, due) for task, _, due in got] == [
        ("Ask Omar if he can cover Friday", date(2026, 12, 2))
    ]


def test_a_hope_is_asked_about_once_and_no_item() -> None:
    first = hear("text the coach tonight. and stretch more i guess", "will", TODAY)
    assert [c.tentative for c in first.commitments] == [False, True]
    got = items(
        ("will", "text the coach tonight. and stretch more i guess"),
        ("will", "ok, ten minutes of stretching every morning starting tomorrow"),
    )
    assert [task for task, _, _ in got] == [
        "Text the coach",
        "Ten minutes of stretching every morning",
    ]


def test_a_thing_left_for_some_time_is_a_hope() -> None:
    heard = hear("book the dentist today. the filing... at some point", "will", TODAY)
    assert [c.tentative for c in heard.commitments] == [False, True]
    got = items(("will", "book the dentist today. the filing... at some point"))
    assert [task for task, _, _ in got] == ["Book the dentist"]


def test_the_other_persons_time_said_after_an_undated_step_dates_it() -> None:
    got = items(("will", "I'll go through the budget with my accountant, she's in on the 10th."))
    assert got == [("Go through the budget with my accountant", "mentee", date(2026, 12, 10))]


def test_a_thing_said_first_is_what_it_stands_for() -> None:
    got = items(("will", "The dentist appointment, I'll book it tomorrow."))
    assert got == [("Book The dentist appointment", "mentee", date(2026, 12, 2))]


def test_a_remark_about_someone_after_a_dated_step_leaves_the_step_whole() -> None:
    got = items(("will", "Birthday card to Mo by Friday, he really helped me last week."))
    assert got == [("Birthday card to Mo", "mentee", date(2026, 12, 4))]


def test_a_hedged_choice_is_no_hope_to_ask_about() -> None:
    heard = hear("Evening classes, probably. I'll enrol by Friday.", "will", TODAY)
    assert not any(c.tentative for c in heard.commitments)


def test_a_step_said_with_might_or_maybe_is_nothing_to_ask_about() -> None:
    heard = hear(
        "I'll send the form by Friday. Might look at the night course, idk.", "will", TODAY
    )
    assert [c.tentative for c in heard.commitments] == [False]


def test_not_knowing_when_leaves_the_step_undated() -> None:
    got = items(
        ("will", "block my calendar monday. and ill talk to my boss about it, not sure when")
    )
    assert ("Talk to my boss about it", "mentee", None) in got


def test_a_bare_word_or_i_will_go_names_no_step() -> None:
    got = items(
        ("will", "Ok. Schedule. The open day is on Thursday, I'll go. I'll email Sam tomorrow.")
    )
    assert [task for task, _, _ in got] == ["Email Sam"]


def test_a_year_event_is_a_goals_time_frame() -> None:
    heard = hear("join two societies and go to their socials before reading week", "goal", TODAY)
    assert heard.goal is not None and heard.goal.timeframe


# ------------------------------------------------------------------ whose step, and when


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("raise prices / stop doing custom / do the christmas markets",
         ["Raise prices", "Stop doing custom", "Do the christmas markets"]),
        ("In no particular order: tune the alerts; fund a sprint.",
         ["Tune the alerts", "Fund a sprint"]),
        ("Ask to move the standup. Or, I don't know, a job closer to home.",
         ["Ask to move the standup", "A job closer to home"]),
        # a report said as an alternative is an option
        ("Compressed hours. Or Tom drops to four days instead of me.",
         ["Compressed hours", "Tom drops to four days instead of me"]),
    ],
)  # fmt: skip
def test_slashes_labels_and_fillers_in_option_lists(answer: str, expected: list[str]) -> None:
    assert extract_options(answer) == expected


def test_someone_elses_step_reported_in_will_is_theirs_not_the_mentees() -> None:
    got = items(("will", "ill go to the tutoring centre on monday. maya said she'll take my shift"))
    assert [(task, owner) for task, owner, _ in got] == [
        ("Go to the tutoring centre", "mentee"),
        ("Take my shift", "Maya"),
    ]
    got = items(("will", "price up leases by thursday. cousin is gonna send me his numbers"))
    assert [owner for _, owner, _ in got if owner == "mentee"] == ["mentee"]


def test_then_takes_the_time_named_earlier_in_the_answer() -> None:
    got = items(("will", "bank appointment is on the 20th so ill talk to them about a loan then"))
    assert ("Talk to them about a loan", "mentee", date(2026, 12, 20)) in got


def test_a_habit_is_a_time_for_a_step_but_no_time_frame_for_a_goal() -> None:
    heard = hear("I'll text Marguerite tomorrow. I'll also record the Strauss every morning.",
                 "will", TODAY)  # fmt: skip
    assert [c.when for c in heard.commitments] == ["tomorrow", "every morning"]
    goal = hear("I want to stop taking marking home every night.", "goal", TODAY).goal
    assert goal is not None and goal.timeframe is None


def test_a_holiday_naming_a_thing_is_not_its_date() -> None:
    got = items(("will", "Book the Christmas market stall by the 9th."))
    assert got == [("Book the Christmas market stall", "mentee", date(2026, 12, 9))]


def test_leaving_something_for_now_is_not_a_step() -> None:
    got = items(("will", "I'll call both cafés on Monday. Tuesdays I'll leave for now."))
    assert [task for task, _, _ in got] == ["Call both cafés"]


def test_a_time_said_alone_dates_the_step_before_it() -> None:
    got = items(
        ("will", "Join the writing group. On Wednesday. And the 500 words starts tomorrow.")
    )
    assert ("Join the writing group", "mentee", date(2026, 12, 2)) in got


def test_a_time_said_first_dates_the_steps_of_earlier_answers() -> None:
    got = items(
        ("will", "left foot drills on my own three times a week"),
        ("will", "starting wednesday. and i'll ask coach for the clips at training thursday"),
    )
    assert got[0][0].startswith("Left foot drills") and got[0][2] == date(2026, 12, 2)
    assert got[1][2] == date(2026, 12, 3)


def test_an_occasion_dates_the_step_said_with_it() -> None:
    got = items(("will", "study day tomorrow, I'll do the first reflection."))
    assert got == [("Do the first reflection", "mentee", date(2026, 12, 2))]
    got = items(("will", "rerun the ad next week. college fair is on the 4th, I'll go"))
    assert [due for _, _, due in got] == [date(2026, 12, 11), date(2026, 12, 4)]


def test_being_free_is_no_step() -> None:
    got = items(("will", "Start the charity redesign tomorrow, I'm free Saturday anyway."))
    assert [task for task, _, _ in got] == ["Start the charity redesign"]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a measure or a quality describes the option before it, and "and then" goes on
        # with it (the course is offered at the taster night)
        ("A taster night, two hours, cheap, and then offer the course at the end.",
         ["A taster night, two hours, cheap, and then offer the course at the end"]),
        # a relative clause says who, it is no option
        ("Apply for the clinic post, or ask my manager to swap me with Priya, who wants nights.",
         ["Apply for the clinic post", "Ask my manager to swap me with Priya"]),
    ],
)  # fmt: skip
def test_what_describes_an_option_stays_with_it(answer: str, expected: list[str]) -> None:
    assert extract_options(answer) == expected


def test_small_talk_with_a_tag_question_is_off_topic() -> None:
    heard = hear("the weather's been mad this week hasn't it, pitches are like concrete",
                 "reality", TODAY)  # fmt: skip
    assert heard.has("off_topic")


def test_an_option_said_beside_a_request_still_counts_but_the_requests_choices_do_not() -> None:
    heard = hear("or volunteer to run the retro first, it's smaller. what would you do?",
                 "options", TODAY)  # fmt: skip
    assert heard.has("ask_to_decide") and heard.options == ("Volunteer to run the retro first",)
    heard = hear("Just tell me which one is right, renegotiate or get a loan. I'm too close to it.",
                 "options", TODAY)  # fmt: skip
    assert heard.has("ask_to_decide") and heard.options == ()


def test_a_dated_step_said_among_options_is_not_an_option() -> None:
    got = extract_options("ok ill volunteer for the retro next week. maybe toastmasters")
    assert got == ["Toastmasters"]


def test_the_verb_alone_names_back_the_step_it_starts() -> None:
    got = items(
        ("will", "I'll draft the letter and I'll ask my head of department about the codes."),
        ("will", "I'll ask her on Wednesday, we've got a meeting."),
    )
    assert ("Ask my head of department about the codes", "mentee", date(2026, 12, 2)) in got
    assert all(task != "Ask her" for task, _, _ in got)
    got = items(
        ("will", "I'll email the head about the policy and try the new sheets with 9C."),
        ("will", "Email by Wednesday."),
    )
    assert got[0] == ("Email the head about the policy", "mentee", date(2026, 12, 2))
    # two undated steps with the same verb: the verb alone names neither
    got = items(
        ("will", "I'll ask Sam about the rota and ask Jo about the budget."),
        ("will", "Ask by Friday."),
    )
    assert ("Ask Sam about the rota", "mentee", None) in got


def test_a_possible_later_step_is_no_step() -> None:
    got = items(
        ("will", "I'll submit the application on the 15th. Shadowing Mr Patel may follow later "
                 "in the year.")
    )  # fmt: skip
    assert [task for task, _, _ in got] == ["Submit the application"]


def test_first_before_a_noun_is_part_of_the_step() -> None:
    got = items(("will", "First session Saturday the 5th. I'll ring round the group by Friday."))
    assert got[0][0].startswith("First session")
    assert items(("will", "First, update my CV by Friday."))[0][0] == "Update my CV"


def test_a_step_named_by_its_noun_takes_the_option_it_names() -> None:
    heard = [
        ("options", text, hear(text, "options", TODAY))
        for text in ("Gift vouchers for Christmas, or a taster night.",)
    ]
    later = "Vouchers up tomorrow."
    heard.append(("will", later, hear(later, "will", TODAY)))
    options = ["Gift vouchers for Christmas", "A taster night"]
    got = commitments_to_items(heard, TODAY, options)
    assert [(i.task, i.due) for i in got] == [("Gift vouchers for Christmas", date(2026, 12, 2))]


def test_a_step_named_back_with_a_hedge_is_withdrawn() -> None:
    first = "I'll email Professor Haas by Monday, write a summary, and ask my PI for a reference."
    got = items(("will", first), ("will", "Summary on the 10th. The PI thing, maybe, if it works."))
    assert [task for task, _, _ in got] == ["Email Professor Haas", "Write a summary"]
    # named back with a time, it is dated, not withdrawn
    got = items(("will", first), ("will", "Summary on the 10th. The PI thing by Friday."))
    assert ("Ask my PI for a reference", "mentee", date(2026, 12, 4)) in got


def test_a_step_the_mentee_hands_to_someone_is_listed_as_theirs() -> None:
    said = (
        "I'll call our accountant on Thursday, and Mia will write the job description by the 10th."
    )
    got = items(("will", f"{said} I'm assigning that to her."))
    assert ("Write the job description", "Mia", date(2026, 12, 10)) in got
    # a deadline the mentee sets hands it over too
    assert ("Write the job description", "Mia", date(2026, 12, 10)) in items(("will", said))
    # not handed over and undated, it is still hers to do
    got = items(("will", "I'll call our accountant on Thursday, and Mia will write the job ad."))
    assert [(owner, due) for _, owner, due in got] == [("mentee", date(2026, 12, 3)), ("Mia", None)]


def test_a_later_count_replaces_a_vague_one() -> None:
    got = items(
        ("will", "i'll redo the photos and add a few more listings"),
        ("will", "photos by saturday. 4 new listings by the end of next month"),
    )
    assert ("Add 4 new listings", "mentee", date(2027, 1, 31)) in got


@pytest.mark.parametrize(
    "answer",
    [
        "I'll run through it with the team on Friday, and Jo will book the March slot for me.",
        "I'll join Toastmasters by Friday and Jo will book the March slot for me.",
    ],
)
def test_a_named_persons_step_after_and_is_theirs_not_part_of_the_mentees(answer: str) -> None:
    steps = hear(answer, "will", TODAY).commitments
    assert [c.owner for c in steps] == ["mentee", "Jo"]
    assert "Jo" not in steps[0].text and steps[1].text.startswith("Jo will book")


def test_a_step_done_for_the_mentee_is_their_errand_handed_on_dated_or_not() -> None:
    got = items(
        ("will", "I'll practise with the team on Friday. Jo will book the March slot for me.")
    )
    assert [(owner, due) for _, owner, due in got] == [("mentee", date(2026, 12, 4)), ("Jo", None)]
    assert got[1][0].startswith("Book the March slot")
    # their own part of it, or something for the mentee to act on, is an item of theirs too
    for said, who in (
        ("Priya will review my outline.", "Priya"),
        ("Sam will send the form for me to sign.", "Sam"),
    ):
        got = items(("will", f"I'll practise with the team on Friday. {said}"))
        assert [owner for _, owner, _ in got] == ["mentee", who]


@pytest.mark.parametrize(
    ("answer", "options"),
    [
        (
            "Freelancing on the side is one. Teaching evening classes is another.",
            ["Freelancing on the side", "Teaching evening classes"],
        ),
        (
            "Probably the cheapest thing is to repair the old van; buying new is the other option.",
            ["Repair the old van", "Buying new"],
        ),
        ("Honestly the choices are stay, move teams, or leave.", ["Stay", "Move teams", "Leave"]),
        (
            "I've thought about hiring a VA and I've thought about dropping the Friday clients.",
            ["Hiring a VA", "Dropping the Friday clients"],
        ),
        (
            "I'm torn between applying internally and waiting for the restructure.",
            ["Applying internally", "Waiting for the restructure"],
        ),
    ],
)
def test_options_counted_labelled_or_weighed_against_each_other(
    answer: str, options: list[str]
) -> None:
    assert extract_options(answer) == options


def test_a_step_after_and_if_waits_on_the_answer_and_is_no_part_of_the_first() -> None:
    got = items(("will", "I'll ask my boss on Monday and if she says yes I'll enrol in January."))
    assert got == [("Ask my boss", "mentee", date(2026, 12, 7))]


@pytest.mark.parametrize(
    ("answer", "task"),
    [
        ("Next week I'll start running three times a week.", "Start running three times a week"),
        ("Next, I'll email Dana on Friday.", "Email Dana"),
        ("I'll grab coffee with Ali next week sometime.", "Grab coffee with Ali"),
    ],
)
def test_a_time_said_first_or_loosely_is_no_part_of_the_task(answer: str, task: str) -> None:
    assert [t for t, _, _ in items(("will", answer))] == [task]


@pytest.mark.parametrize(
    ("answer", "options"),
    [
        (
            "I'm thinking volunteer at the food bank, or start a community garden.",
            ["Volunteer at the food bank", "Start a community garden"],
        ),
        (
            "I could go part-time. That would mean less money though. Or I could ask about a "
            "sabbatical, my friend did that last year.",
            ["Go part-time", "Ask about a sabbatical"],
        ),
        ("Honestly the only realistic thing is night classes.", ["Night classes"]),
        (
            "One thing I keep coming back to is asking for a secondment. The other is just "
            "applying externally.",
            ["Asking for a secondment", "Applying externally"],
        ),
    ],
)
def test_how_an_option_is_led_and_what_is_said_of_it_are_no_part_of_it(
    answer: str, options: list[str]
) -> None:
    assert extract_options(answer) == options


def test_a_time_said_first_before_a_comma_dates_the_steps_after_it() -> None:
    assert items(
        ("will", "First thing tomorrow, update the CV. Then apply to three jobs by Friday.")
    ) == [
        ("Update the CV", "mentee", date(2026, 12, 2)),
        ("Apply to three jobs", "mentee", date(2026, 12, 4)),
    ]
    got = items(("will", "On Friday, email Sam and book the room."))
    assert [(t, d) for t, _, d in got] == [
        ("Email Sam", date(2026, 12, 4)),
        ("Book the room", date(2026, 12, 4)),
    ]


@pytest.mark.parametrize(
    ("answer", "task"),
    [
        ("Let me book the driving lesson tomorrow.", "Book the driving lesson"),
        ("My plan is to do 20 minutes of Spanish every morning.", "Do 20 minutes of Spanish"),
    ],
)
def test_how_a_step_is_introduced_is_no_part_of_its_task(answer: str, task: str) -> None:
    assert items(("will", answer))[0][0].startswith(task)


def test_another_persons_step_is_read_by_role_by_pronoun_or_after_said() -> None:
    got = items(
        (
            "will",
            "I'll ask Mark for a coffee by Friday. And Priya: I mentioned it to her in the "
            "corridor and she said she'll add a round-robin slot to the agenda by Friday too.",
        )
    )
    assert [(owner, due) for _, owner, due in got] == [
        ("mentee", date(2026, 12, 4)),
        ("Priya", date(2026, 12, 4)),
    ]
    assert got[1][0].startswith("Add a round-robin slot")
    got = items(
        (
            "will",
            "I'll email the councillor by Friday. And Mei from the group said she'll write the "
            "grant application by 20 December.",
        )
    )
    assert got[1] == ("Write the grant application", "Mei", date(2026, 12, 20))
    got = items(
        ("will", "I'll ring the council tomorrow, and my sister will book the visit by Friday.")
    )
    assert got[1] == ("Book the visit", "sister", date(2026, 12, 4))
    # without a deadline, or done for the mentee, it is still an item of theirs, undated
    for said, who in (
        ("my husband is going to set up the auto-replies for me", "husband"),
        ("my sister will call the home", "sister"),
    ):
        got = items(("will", f"I'll ring the council tomorrow, and {said}."))
        assert [(owner, due) for _, owner, due in got] == [
            ("mentee", date(2026, 12, 2)),
            (who, None),
        ]


@pytest.mark.parametrize(
    ("stage", "answer", "task", "due"),
    [
        (
            "reality",
            "The lot belongs to the council. I promised the group I'd post a first meeting date "
            "by Friday.",
            "Post a first meeting date",
            date(2026, 12, 4),
        ),
        (
            "will",
            "I will speak with my wife about the cooking this evening.",
            "Speak with my wife",
            TODAY,
        ),
        (
            "will",
            "And I'll book the October retreat by Friday, if it's still under £300.",
            "Book the October retreat",
            date(2026, 12, 4),
        ),
    ],
)
def test_a_step_promised_said_for_this_evening_or_on_a_price_is_still_a_step(
    stage: str, answer: str, task: str, due: date
) -> None:
    got = items((stage, answer))
    assert len(got) == 1 and got[0][0].startswith(task) and got[0][1:] == ("mentee", due)


def test_doing_both_options_is_no_step_of_its_own() -> None:
    got = items(
        (
            "will",
            "I'll do both actually. I'll ask my manager to cut my hours by Friday and message the "
            "stats tutor today.",
        )
    )
    assert [t for t, _, _ in got] == ["Ask my manager to cut my hours", "Message the stats tutor"]


@pytest.mark.parametrize(
    ("stage", "answer", "expected"),
    [
        (
            "reality",
            "My manager said she'll sign off the budget by Friday.",
            [("Sign off the budget", "manager", date(2026, 12, 4))],
        ),
        (
            "options",
            "My cousin will read it over Christmas.",
            [("Read it over Christmas", "cousin", date(2026, 12, 25))],
        ),
        (
            "will",
            "I'll ring the council tomorrow. My sister's going to send me the list by next week.",
            [
                ("Ring the council", "mentee", date(2026, 12, 2)),
                ("Send me the list", "sister", date(2026, 12, 11)),
            ],
        ),
    ],
)
def test_a_step_someone_else_takes_on_is_theirs_in_any_stage(
    stage: str, answer: str, expected: list[tuple[str, str, date | None]]
) -> None:
    assert items((stage, answer)) == expected


@pytest.mark.parametrize(
    "answer",
    [
        "My sister sent me the list yesterday.",  # done already
        "I hope my sister will send me the list.",  # a hope, not her word
        "My sister always sends me the list.",  # a habit of hers
    ],
)
def test_what_someone_else_did_or_may_do_is_no_item(answer: str) -> None:
    assert items(("will", answer)) == []


def test_asking_someone_else_is_the_mentees_step() -> None:
    got = items(("will", "I'll ask my boss if she can cover Friday."))
    assert [owner for _, owner, _ in got] == ["mentee"]


def test_someone_coming_or_hearing_back_names_no_step() -> None:
    got = items(("will", "I'll run the numbers with my accountant, she's coming in on the 15th."))
    assert [owner for _, owner, _ in got] == ["mentee"]
    got = items(("will", "My partner's going to ask about shifts, she'll hear in two weeks."))
    assert [(task, owner) for task, owner, _ in got] == [("Ask about shifts", "partner")]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a promise reported with "already", "has", or the bare verb of a learner of English
        (
            "I'll ring the bank tomorrow. And Amina already promise she check my essay by Friday.",
            [
                ("Ring the bank", "mentee", date(2026, 12, 2)),
                ("Check my essay", "Amina", date(2026, 12, 4)),
            ],
        ),
        (
            "My mum's already said she'll do the pickups on the 10th.",
            [("Do the pickups", "mum", date(2026, 12, 10))],
        ),
        # someone named by where they are from, whose relation, or by two words
        (
            "Maria from number 14 said she'll talk to the head next week.",
            [("Talk to the head", "Maria", date(2026, 12, 11))],
        ),
        (
            "I'll put up a poll tonight, and Jenny's dad said he'd help out at the session on "
            "Friday.",
            [
                ("Put up a poll", "mentee", date(2026, 12, 1)),
                ("Help out at the session", "Jenny's dad", date(2026, 12, 4)),
            ],
        ),
        (
            "My business partner Lena already said she'll pull the sales data by Friday.",
            [("Pull the sales data", "Lena", date(2026, 12, 4))],
        ),
        # a body named by what it is
        (
            "I'll email Leiden today, and the finance office has offered to draft the budget by 12 "
            "December.",
            [
                ("Email Leiden", "mentee", date(2026, 12, 1)),
                ("Draft the budget", "finance office", date(2026, 12, 12)),
            ],
        ),
        # a relation typed in lower case stays a relation, not a name
        (
            "dad said he'll take me out tmrw",
            [("Take me out", "dad", date(2026, 12, 2))],
        ),
        # the step of the person just named, after "who"
        (
            "I'll send it to my lead, who promised to review it by 8 January.",
            [("Send it to my lead", "mentee", None), ("Review it", "lead", date(2027, 1, 8))],
        ),
    ],
)
def test_a_step_someone_else_takes_on_however_they_are_named(
    answer: str, expected: list[tuple[str, str, date | None]]
) -> None:
    assert items(("will", answer)) == expected


def test_a_meeting_with_its_own_day_is_where_the_step_happens() -> None:
    got = items(("will", "I'll raise it at our next 1:1 on Thursday."))
    assert got == [("Raise it at our next 1:1", "mentee", date(2026, 12, 3))]
    got = items(("will", "I'll raise it at our next 1:1."))
    assert [task for task, _, _ in got] == ["Raise it"]


def test_what_a_dated_step_made_is_sent_on_in_the_same_time() -> None:
    got = items(("will", "I'll draft the abstract by Friday and send it to my lead."))
    assert got == [("Draft the abstract and send it to my lead", "mentee", date(2026, 12, 4))]
    got = items(("will", "I'll write the report by Friday and email Sam."))
    assert got == [("Write the report", "mentee", date(2026, 12, 4)), ("Email Sam", "mentee", None)]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # an acknowledgement of several words opens the answer; it is no option
        (
            "Alright, fair. We could ask the pub, or hire the hall.",
            ["Ask the pub", "Hire the hall"],
        ),
        (
            "Yes, quite right, sorry. We could post online, or ask the church.",
            ["Post online", "Ask the church"],
        ),
        # a feeling said on after another is still the feeling
        ("I'm nervous, and a bit embarrassed about even saying this out loud.", []),
        ("A less stressful job, or going part-time.", ["A less stressful job", "Going part-time"]),
        ("Sad songs or happy songs", ["Sad songs", "Happy songs"]),
        # what was tried and is ruled out
        ("Vape, or see the GP. Not doing cold turkey again.", ["Vape", "See the GP"]),
        # where or when the same thing is done, after "or"; days listed after an option
        (
            "Move the calls earlier or onto two fixed days, tell my boss I leave at 5:30 on "
            "Mondays, Wednesdays and Fridays.",
            [
                "Move the calls earlier or onto two fixed days",
                "Tell my boss I leave at 5:30 on Mondays, Wednesdays and Fridays",
            ],
        ),
        # "I" before a hyphenated verb, "ought to"
        (
            "Either I write it myself, or I co-present with Marco, who's done it before.",
            ["Write it myself", "Co-present with Marco"],
        ),
        ("Perhaps I ought simply to practise more.", ["Practise more"]),
        # a remark tagged for agreement offers nothing
        ("Terrible weather we've been having, hasn't it? The van got stuck.", []),
    ],
)
def test_what_opens_rules_out_or_goes_on_an_option_is_not_another(
    answer: str, expected: list[str]
) -> None:
    assert extract_options(answer) == expected


def test_three_questions_weighed_aloud_are_options_even_with_an_or() -> None:
    answer = (
        "Should I go to the council meeting in person? Or get our ward councillor involved? "
        "Maybe ask the school next door to back us?"
    )
    heard = hear(answer, "options", TODAY)
    assert "ask_to_decide" not in heard.acts
    assert len(heard.options) == 3
    assert "ask_to_decide" in hear("Should I quit? Or stay?", "options", TODAY).acts


def test_steps_listed_for_options_are_options_not_small_talk() -> None:
    heard = hear("Charge the phone in the kitchen. No coffee after 2.", "options", TODAY)
    assert "options" in heard.acts and "off_topic" not in heard.acts
    assert list(heard.options) == ["Charge the phone in the kitchen", "No coffee after 2"]
    heard = hear("Terrible weather, hasn't it? The van got stuck in the mud.", "options", TODAY)
    assert heard.acts == ("off_topic",)


def test_a_step_set_aside_for_now_is_no_item() -> None:
    got = items(
        ("will", "I'll email the councillor by Friday. The council meeting I'll skip for now.")
    )
    assert got == [("Email the councillor", "mentee", date(2026, 12, 4))]
    got = items(("will", "I'll skip the Friday drinks so I can study on Saturday."))
    assert [task for task, _, _ in got][:1] == ["Skip the Friday drinks"]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "New rate on all new quotes from tomorrow. Letter to regulars by 15 December.",
            [
                ("New rate on all new quotes", "mentee", date(2026, 12, 2)),
                ("Letter to regulars", "mentee", date(2026, 12, 15)),
            ],
        ),
        ("The interview on the 3rd.", []),  # an occasion
        ("The application closes on the 30th.", []),  # what happens, not a step
    ],
)
def test_a_noun_and_a_time_said_alone_in_will_is_a_step(
    answer: str, expected: list[tuple[str, str, date | None]]
) -> None:
    assert items(("will", answer)) == expected


def test_a_noun_and_a_time_said_before_the_step_is_its_topic() -> None:
    got = items(("will", "the saturday gym, i'll go on the 9th for a trial."))
    assert "The saturday gym" not in [task for task, _, _ in got]


def test_let_us_do_that_dates_the_step_just_named_whoever_takes_it() -> None:
    got = items(
        (
            "will",
            "I'll write the case by the end of the month, and since you offered to role-play it "
            "with me, let's do that on the 9th.",
        )
    )
    assert got == [
        ("Write the case", "mentee", date(2026, 12, 31)),
        ("Role-play it with me", "mentor", date(2026, 12, 9)),
    ]


@pytest.mark.parametrize(
    ("said", "unfronted"),
    [
        (
            "The baking numbers Lena and I will change together once her data's in.",
            "Lena and I will change the baking numbers together once her data's in.",
        ),
        (
            "Okay. Too Good To Go I'll register for by Friday.",
            "Okay. I'll register for Too Good To Go by Friday.",
        ),
        ("The council meeting I'll skip for now.", "I'll skip the council meeting for now."),
        # left as said: a verb with its own object, a time first, a name alone, no subject
        ("The department email, I'll send it on Monday.", None),
        ("Tomorrow I'll call Sam.", None),
        ("The first thing I'll do is call Sam.", None),
        ("The hall is too much hassle.", None),
    ],
)
def test_an_object_said_first_goes_back_after_its_verb(said: str, unfronted: str | None) -> None:
    from assistant.grow.steps import unfront

    assert unfront(said) == (unfronted or said)


def test_a_step_with_its_object_said_first_is_read_whole() -> None:
    got = items(
        (
            "will",
            "Too Good To Go I'll register for by Friday. The baking numbers Lena and I will "
            "change together once her data's in, say next week.",
        )
    )
    assert got == [
        ("Register for Too Good To Go", "mentee", date(2026, 12, 4)),
        ("Change the baking numbers together once her data's in", "both", date(2026, 12, 11)),
    ]


def test_a_body_named_by_its_letters_or_just_named_before_who_takes_a_step() -> None:
    got = items(("will", "HR will send the contract by Friday."))
    assert got == [("Send the contract", "HR", date(2026, 12, 4))]
    got = items(
        ("will", "I'll write to the landlord, who has said he'll fix the boiler by Friday.")
    )
    assert got == [
        ("Write to the landlord", "mentee", None),
        ("Fix the boiler", "landlord", date(2026, 12, 4)),
    ]
    assert items(("will", "I'll ask Sam, who will know.")) == [("Ask Sam", "mentee", None)]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "First project done by 30 December.",
            [("First project done", "mentee", date(2026, 12, 30))],
        ),
        (
            "Plan: email Jo Monday, CV by the 20th.",
            [("Email Jo", "mentee", date(2026, 12, 7)), ("CV", "mentee", date(2026, 12, 20))],
        ),
        (
            "I've decided to apply for the internal role by the end of the month.",
            [("Apply for the internal role", "mentee", date(2026, 12, 31))],
        ),
        (
            "We agreed that Mark will cover my Fridays from the 10th.",
            [("Cover my Fridays from the 10th", "Mark", date(2026, 12, 10))],
        ),
    ],
)
def test_steps_named_by_a_noun_a_decision_or_an_agreement(
    answer: str, expected: list[tuple[str, str, date | None]]
) -> None:
    assert items(("will", answer)) == expected


def test_another_one_said_with_there_is_is_an_option_of_its_own() -> None:
    said = (
        "Well, there's the evening course at the college, there's an online one, and my friend "
        "said I could shadow her at the clinic."
    )
    assert extract_options(said) == [
        "The evening course at the college",
        "An online one",
        "Shadow her at the clinic",
    ]
    # "there's one that meets near the office" still describes the option before it
    assert extract_options("I could join a choir, there's one that meets near the office.") == [
        "Join a choir"
    ]


def test_a_plan_for_a_while_is_the_plan_and_the_day_in_it_dates_the_step() -> None:
    got = items(("will", "My plan this week is to finish the slides by Thursday."))
    assert got == [("Finish the slides", "mentee", date(2026, 12, 3))]
    got = items(("will", "I'll email Sam this week and send the report on Friday."))
    assert got == [
        ("Email Sam", "mentee", date(2026, 12, 4)),
        ("Send the report", "mentee", date(2026, 12, 4)),
    ]


def test_a_name_and_its_own_time_after_and_shares_the_verb() -> None:
    got = items(("will", "I'll meet Leila on Thursday and Sam on Friday."))
    assert got == [
        ("Meet Leila", "mentee", date(2026, 12, 3)),
        ("Meet Sam", "mentee", date(2026, 12, 4)),
    ]
    got = items(("will", "I'll email Jo on Monday and Sam will call on Friday."))
    assert [owner for _, owner, _ in got] == ["mentee", "Sam"]


@pytest.mark.parametrize("said", ["I'll work on it.", "I'll get on with it.", "I'll sort it out."])
def test_a_step_that_names_nothing_to_do_is_no_item(said: str) -> None:
    assert items(("will", said)) == []


# ------------------------------------------------------------------ discourse markers


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "Okay, concretely: I could go through my bank statements, set up a standing order, "
            "or ask the bank about a balance transfer card.",
            [
                "Go through my bank statements",
                "Set up a standing order",
                "Ask the bank about a balance transfer card",
            ],
        ),
        ("To be fair, I could ask Sam or take a course.", ["Ask Sam", "Take a course"]),
        (
            "Right, so, in short: ask Sam, take a course, or quit.",
            ["Ask Sam", "Take a course", "Quit"],
        ),
        # a participle said of the option before describes it
        (
            "I could build a portfolio project with our old data, anonymised obviously, or go "
            "back to logistics.",
            ["Build a portfolio project with our old data, anonymised", "Go back to logistics"],
        ),
    ],
)
def test_markers_and_descriptions_are_no_options(answer: str, expected: list[str]) -> None:
    assert extract_options(answer) == expected


def test_a_feeling_led_by_a_marker_is_a_feeling_not_a_wish() -> None:
    heard = hear("To be honest, I feel quite anxious whenever I think about it.", "reality", TODAY)
    assert heard.acts == ("feeling",)
    assert hear("To pass my resit by March.", "goal", TODAY).goal is not None


# ------------------------------------------------------------------ steps placed among others


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "I shall request the meeting with Dr Okafor by Friday, and in the meantime I will "
            "code the first three interviews by 17 December.",
            [
                ("Request the meeting with Dr Okafor", "mentee", date(2026, 12, 4)),
                ("Code the first three interviews", "mentee", date(2026, 12, 17)),
            ],
        ),
        (
            "I'll email Jo by Friday and, in the meantime, I'll draft the plan by Monday.",
            [
                ("Email Jo", "mentee", date(2026, 12, 4)),
                ("Draft the plan", "mentee", date(2026, 12, 7)),
            ],
        ),
        # an idea let go is no step
        (
            "I'll record a run-through by Friday. The pictures-only idea I'll skip.",
            [("Record a run-through", "mentee", date(2026, 12, 4))],
        ),
        (
            "I'll drop the agency idea, and I'll call Sam on Monday.",
            [("Call Sam", "mentee", date(2026, 12, 7))],
        ),
    ],
)
def test_a_second_step_after_a_connective_and_an_idea_let_go(
    answer: str, expected: list[tuple[str, str, date | None]]
) -> None:
    assert items(("will", answer)) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "Things I could do: block out mornings for deep work, say no to more meetings, and "
            "delegate the reporting to Sam.",
            [
                "Block out mornings for deep work",
                "Say no to more meetings",
                "Delegate the reporting to Sam",
            ],
        ),
        (
            "Maybe I should go through an agency? Or I could ask my cousin to go in person.",
            ["Go through an agency", "Ask my cousin to go in person"],
        ),
        ("A cheaper city, say Lisbon, or stay put.", ["A cheaper city, say Lisbon", "Stay put"]),
    ],
)
def test_say_and_should_lead_steps_among_options(answer: str, expected: list[str]) -> None:
    assert extract_options(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # what names the list before it is no option
        (
            "I guess the main ones are talking to my GP, trying therapy through work, and just "
            "taking some annual leave.",
            ["Talking to my GP", "Trying therapy through work", "Taking some annual leave"],
        ),
        (
            "I've ruled out selling the car. What's left: cancel the gym, cook in bulk, or pick up "
            "extra shifts.",
            ["Cancel the gym", "Cook in bulk", "Pick up extra shifts"],
        ),
        ("When I think about it, the options are quitting or staying.", ["Quitting", "Staying"]),
        # "it's either A or B" offers both
        (
            "Quitting is off the table. So it's either a transfer to the Leeds office or a "
            "secondment.",
            ["A transfer to the Leeds office", "A secondment"],
        ),
        # the condition an option hangs on is not the option
        (
            "If the promotion doesn't come through, I could start looking elsewhere; otherwise I "
            "stay and take on the new project.",
            ["Start looking elsewhere", "Stay and take on the new project"],
        ),
        (
            "When the kids are back at school, I could go back to three days a week.",
            ["Go back to three days a week"],
        ),
        # a lettered list is a list
        (
            "Probably: a) ask for feedback, b) shadow a senior, c) do the course.",
            ["Ask for feedback", "Shadow a senior", "Do the course"],
        ),
    ],
)
def test_how_a_list_of_options_is_introduced(answer: str, expected: list[str]) -> None:
    assert extract_options(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a remark between dashes ends at the second dash
        (
            "There's the evening MBA — expensive, though — and there's the company's own "
            "leadership programme.",
            ["The evening MBA", "The company's own leadership programme"],
        ),
        # what someone suggested, said without a modal
        (
            "My mum suggested I move back home for a bit. I could also get a lodger.",
            ["Move back home for a bit", "Get a lodger"],
        ),
        (
            "One thing I've wondered about is volunteering at the hospice. The other is getting a "
            "part-time job at the garden centre.",
            ["Volunteering at the hospice", "Getting a part-time job at the garden centre"],
        ),
    ],
)
def test_options_beside_asides_suggestions_and_counted_heads(
    answer: str, expected: list[str]
) -> None:
    assert extract_options(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a time said alone between dashes, with how far it may give, dates no step of its own
        (
            "I'll get the CV done this week - Friday at the latest - and email Mark on Monday.",
            [
                ("Get the CV done", "mentee", date(2026, 12, 4)),
                ("Email Mark", "mentee", date(2026, 12, 7)),
            ],
        ),
        # "the easiest one" points at the step named after the colon
        (
            "I'll just start with the easiest one: clearing my inbox tomorrow morning.",
            [("Clearing my inbox", "mentee", date(2026, 12, 2))],
        ),
    ],
)
def test_a_time_limit_and_a_pointer_name_no_step(
    answer: str, expected: list[tuple[str, str, date | None]]
) -> None:
    assert items(("will", answer)) == expected


@pytest.mark.parametrize(
    "answer",
    [
        "I'll message my cousin tomorrow. The province we'll decide after IELTS.",
        "I'll message my cousin tomorrow, and I'll decide on the course once I've spoken to Sam.",
    ],
)
def test_a_decision_put_off_until_something_happens_is_no_step(answer: str) -> None:
    assert items(("will", answer)) == [("Message my cousin", "mentee", date(2026, 12, 2))]


@pytest.mark.parametrize(
    "answer",
    [
        "I can't stop worrying about money.",
        "It's worrying me sick, honestly.",
        "My worry is that I fail.",
    ],
)
def test_worry_is_a_feeling(answer: str) -> None:
    assert "feeling" in hear(answer, "reality", TODAY).acts


@pytest.mark.parametrize(
    ("answer", "frame"),
    [
        ("I'd like to be debt-free by the time I turn 40.", "by the time I turn 40"),
        ("I want to lose 10 kilos by my wedding.", "by my wedding"),
        ("Get my driving licence this side of summer.", "this side of summer"),
        ("I want to be promoted by my manager.", None),  # who, not when
    ],
)
def test_a_goal_timed_by_an_event_in_the_mentees_life(answer: str, frame: str | None) -> None:
    goal = hear(answer, "goal", TODAY).goal
    assert goal is not None and goal.timeframe == frame
