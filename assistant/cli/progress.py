"""Progress lines on stderr: one updating line on a terminal, plain lines otherwise."""

from __future__ import annotations

import sys

from assistant.retrieval import IndexProgress


class StderrProgress:
    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = ""

    def __call__(self, step: IndexProgress) -> None:
        counter = f"[{step.done}/{step.total}] " if step.total else ""
        line = f"{counter}{step.message}"
        if line == self.last:
            return
        self.last = line
        if self.tty:
            sys.stderr.write("\r\033[K" + line)
            if step.total and step.done == step.total:
                sys.stderr.write("\n")
        else:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()
