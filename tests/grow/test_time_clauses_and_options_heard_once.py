"""An answer that only says by when is the goal's time frame, not a fact about the situation;
options and steps said in a sentence are options and steps, not also the situation or an
obstacle."""

from __future__ import annotations

from coaching import TODAY

from assistant.grow import hear


def test_a_time_clause_alone_is_no_situation() -> None:
    heard = hear("Before we move on the 14th of March.", "goal", TODAY)
    assert "situation" not in heard.acts
    assert heard.times


def test_a_time_clause_beside_a_fact_leaves_the_fact() -> None:
    heard = hear("I've been teaching for 12 years, and I want out by June.", "goal", TODAY)
    assert "situation" in heard.acts


def test_options_said_as_a_list_are_not_the_situation() -> None:
    said = "Either I hire a tutor, or I join the study group at my college."
    heard = hear(said, "options", TODAY)
    assert len(heard.options) == 2
    assert "situation" not in heard.acts, heard.acts


def test_a_turn_from_a_feeling_to_options_is_no_obstacle() -> None:
    said = "I'm worried, but I could either ask for a mentor or take the online course"
    heard = hear(said, "options", TODAY)
    assert "feeling" in heard.acts and len(heard.options) == 2
    assert "obstacle" not in heard.acts, heard.evidence


def test_a_real_obstacle_after_but_stays_one() -> None:
    heard = hear("I could take the course, but it costs too much", "options", TODAY)
    assert "obstacle" in heard.acts


def test_someone_elses_dated_step_is_no_situation() -> None:
    heard = hear(
        "I'll draft the budget by Friday. Priya will check the figures by December 10.",
        "will",
        TODAY,
    )
    assert len(heard.commitments) == 2
    assert "situation" not in heard.acts, heard.evidence
