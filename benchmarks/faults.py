"""Every capability and chat against every model-server fault: who answered, and how fast.

Run: ``.venv/bin/python benchmarks/faults.py`` (the real defaults: 20 s per request, 2 retries,
45 s deadline; about 2 minutes, the hang and drip rows running their capabilities side by side)
or ``--deadline 3 --timeout 1`` for a quick look.

Builds the index in a temporary data directory, then for each fault starts the fault-injecting
server (``tests/faults/fault_server.py``, loopback only) and calls each capability once through
the facade, as the CLI does. Prints a Markdown table of seconds until the user had an answer; a
cell is marked ``offline`` when the offline engine answered with a notice (as it should), and the
longest time against the 60 s promise.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from assistant.config import Settings  # noqa: E402
from assistant.retrieval import KnowledgeBase  # noqa: E402
from assistant.service import Assistant  # noqa: E402
from tests.faults.capabilities import CAPABILITIES, caller  # noqa: E402
from tests.faults.fault_server import FAULT_TITLES, FAULTS, FaultServer  # noqa: E402

PROMISE_SECONDS = 60.0
WAITING_FAULTS = frozenset({"hang", "drip"})  # these wait for the deadline: run side by side


@dataclass(frozen=True)
class Cell:
    seconds: float
    provider: str
    notice: str | None
    has_content: bool
    error: str | None = None

    def show(self) -> str:
        if self.error:
            return f"**error** {self.error}"
        mark = "offline" if self.provider == "offline" and self.notice else self.provider
        ok = "" if self.has_content else " (empty)"
        return f"{self.seconds:.1f} s {mark}{ok}"


def run_cell(fault: str, capability: str, settings: Settings, kb: KnowledgeBase) -> Cell:
    with FaultServer(fault, lifetime=settings.deadline + 60) as server:
        assistant = Assistant(settings.model_copy(update={"base_url": server.url}), kb=kb)
        call = caller(capability, assistant)
        started = time.monotonic()
        try:
            answered = call()
        except Exception as error:  # a benchmark reports failures instead of stopping
            return Cell(time.monotonic() - started, "-", None, False, type(error).__name__)
        return Cell(
            time.monotonic() - started, answered.provider, answered.notice, answered.has_content
        )


def main() -> None:
    defaults = Settings(home=Path("."))
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--deadline", type=float, default=defaults.deadline)
    parser.add_argument("--timeout", type=float, default=defaults.timeout)
    parser.add_argument("--retries", type=int, default=defaults.max_retries)
    parser.add_argument("--faults", nargs="*", default=list(FAULTS), choices=FAULTS)
    parser.add_argument("--notices", action="store_true", help="also print each fault's notice")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        settings = Settings(
            home=Path(home),
            provider="openai",
            base_url="http://127.0.0.1:9/v1",
            model="fault-model",
            deadline=args.deadline,
            timeout=args.timeout,
            max_retries=args.retries,
        )
        kb = KnowledgeBase(settings)
        kb.ensure_ready()
        offline = Assistant(Settings(home=Path(home)), kb=kb)
        for capability in CAPABILITIES:  # warm the offline engine: the fallback's own time
            caller(capability, offline)()
        print(
            f"deadline {args.deadline:g} s, {args.timeout:g} s per request, {args.retries} "
            f"retries; seconds until the user had an answer\n"
        )
        print("| fault | " + " | ".join(CAPABILITIES) + " |")
        print("|---|" + "---|" * len(CAPABILITIES))
        longest = 0.0
        notices: dict[str, str] = {}
        for fault in args.faults:
            if fault in WAITING_FAULTS:
                with ThreadPoolExecutor(len(CAPABILITIES)) as pool:
                    futures = [pool.submit(run_cell, fault, c, settings, kb) for c in CAPABILITIES]
                    cells = [future.result() for future in futures]
            else:
                cells = [run_cell(fault, c, settings, kb) for c in CAPABILITIES]
            longest = max([longest, *(cell.seconds for cell in cells)])
            notices[fault] = next((c.notice for c in cells if c.notice), "") or ""
            row = " | ".join(cell.show() for cell in cells)
            print(f"| {FAULT_TITLES[fault]} | {row} |", flush=True)
        verdict = "within" if longest <= PROMISE_SECONDS else "OVER"
        print(f"\nlongest: {longest:.1f} s ({verdict} the {PROMISE_SECONDS:g} s promise)")
        if args.notices:
            print()
            for fault, notice in notices.items():
                print(f"- {FAULT_TITLES[fault]}: {notice}")


if __name__ == "__main__":
    main()
