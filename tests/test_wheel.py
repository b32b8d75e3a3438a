"""An installed wheel (not the checkout) finds and indexes the shipped knowledge base."""

import json
import os
import subprocess
import sys
from pathlib import Path


def test_wheel_install_answers_from_the_shipped_knowledge_base(
    installed_wheel: Path, tmp_path: Path
) -> None:
    target = installed_wheel
    assert (target / "assistant" / "knowledge" / "informal-mentoring-how-tos.md").is_file()

    script = (
        "import json, assistant\n"
        "from assistant.retrieval.knowledge_base import shipped_documents\n"
        "from assistant.cli import main\n"
        "print(json.dumps({'file': assistant.__file__,"
        " 'docs': [p.name for p in shipped_documents()]}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target), "MENTOR_ASSIST_HOME": str(tmp_path / "home")}
    probe = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert probe.returncode == 0, probe.stderr
    found = json.loads(probe.stdout)
    assert found["file"].startswith(str(target))
    assert len(found["docs"]) == 5 and "README.md" not in found["docs"]

    ask = subprocess.run(
        [sys.executable, "-m", "assistant", "ask", "What is the role of a mentee?", "--json"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert ask.returncode == 0, ask.stderr
    answer = json.loads(ask.stdout)
    assert answer["grounded"] and answer["citations"]
