from assistant.unstated import NO_NUMBER, asked_measure, lead_with_no_number, states_quantity

AGREEMENT = (
    "Set up the partnership:\n"
    "- Agree what each of you wants from the pairing. [1]\n"
    "- Settle on a schedule: Where? How often? For how long? [1][2]\n"
    "- Decide who arranges each session. [1]"
)


def test_only_a_question_asking_for_a_measure_alone_is_read_as_one() -> None:
    assert asked_measure("How frequently do mentoring pairs get together?") == "often"
    assert asked_measure("What's the usual length of a pairing?") == "long"
    assert asked_measure("How much time does it take each week?") == "long"
    assert asked_measure("How many goals should a mentee set?") == "many"
    assert asked_measure("How many times a term should we talk?") == "often"
    # Asking something else too, or not asking a measure, is left as it is.
    assert asked_measure("How often should we meet, and where?") == ""
    assert asked_measure("Our sessions keep slipping. How often should we meet?") == ""
    assert asked_measure("How do I prepare for a session?") == ""


def test_a_measure_named_as_a_thing_to_settle_leads_with_a_cited_direct_sentence() -> None:
    answer = lead_with_no_number("How frequently should we get together?", AGREEMENT, False)
    first, rest = answer.split("\n\n", 1)
    assert first.startswith("The guidance does not set a number for this")
    # ... says what it does say (agree it, under the line's heading), cited as that line is.
    assert "agree" in first and "“Set up the partnership”" in first and first.endswith("[1][2]")
    assert rest == AGREEMENT


def test_no_number_is_said_plainly_and_nothing_when_a_number_is_stated() -> None:
    said = "As long as the pairing helps both of you, it can go on. [1]"
    assert lead_with_no_number("How long does a pairing last?", said, False) == (
        f"{NO_NUMBER} {said}"
    )
    # A passage that states one ("once a month"), or a question asking no measure, is left.
    assert lead_with_no_number("How often do pairs meet?", AGREEMENT, True) == AGREEMENT
    assert lead_with_no_number("What goes in an agreement?", AGREEMENT, False) == AGREEMENT
    # A count asked for is answered by a number the answer says ("your top 3 goals").
    counted = "Pick your top 3 goals for the year. [1]"
    assert lead_with_no_number("How many goals should I set?", counted, False) == counted
    one = "One. [1]"
    assert lead_with_no_number("How many goals should I set?", one, False) == one
    assert states_quantity("Most pairs meet once a month for an hour.")
    assert not states_quantity("Agree a schedule that suits you both.")
