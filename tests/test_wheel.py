"""An installed wheel (not the checkout) finds and indexes the shipped knowledge base."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_install_answers_from_the_shipped_knowledge_base(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
         "-q", "-w", str(dist)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr
    wheel = next(dist.glob("*.whl"))
    target = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
         str(wheel)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr
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
