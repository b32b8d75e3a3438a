"""The guard's compiled rules, kept between processes so a cold start does not recompile them.

Compiling ``rules.yaml`` into the matcher's automata takes about 0.3 s on a 2-core machine;
loading the stored result takes under 0.1 s, which is most of what brings `mentor-assist guard`
under its 1 s cold-start budget. The file lives in the data directory's ``cache/`` folder, named
by a digest of the rules file and of the compiler's own source, so an edited rule or another
version compiles afresh. A file that cannot be read back (truncated, corrupt, written by another
version) is compiled again and replaced; a directory that cannot be written (read-only, full)
only costs the saving. Writes go to a temporary file renamed into place, so two processes
starting at once never read half a file.

The file is read with :mod:`pickle`, and only from the user's own data directory, which this
program alone writes to; it holds nothing the rules file does not.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from assistant.guard import matcher, nfa, pattern, rules
from assistant.guard.matcher import Engine
from assistant.understanding import text as understanding_text

__all__ = ["cache_path", "load_engine"]

# The modules whose code decides what a compiled engine holds.
_COMPILER = (matcher, nfa, pattern, rules, understanding_text)


def _digest(rules_path: Path) -> str:
    digest = hashlib.sha256(rules_path.read_bytes())
    for module in _COMPILER:
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()[:24]


def cache_path(rules_path: Path, home: Path) -> Path:
    """Where the engine compiled from ``rules_path`` is kept under the data directory ``home``."""
    return home / "cache" / f"guard-rules-{_digest(rules_path)}.pickle"


def _home() -> Path | None:
    from assistant.config import Settings

    try:
        return Settings.load().home
    except Exception:  # a bad setting elsewhere must not stop the guard
        return None


def load_engine(rules_path: Path, home: Path | None = None) -> Engine:
    """The compiled engine for ``rules_path``: read from the cache when it is there and sound,
    else compiled (raising :class:`~assistant.errors.ConfigError` for an invalid rules file)
    and stored for the next process."""
    home = home if home is not None else _home()
    if home is None:
        return Engine(rules_path)
    try:
        path = cache_path(rules_path, home)
    except OSError:
        return Engine(rules_path)  # the rules file cannot be read: let the compiler say why
    try:
        with path.open("rb") as stream:
            engine = pickle.load(stream)
        if isinstance(engine, Engine):
            return engine
    except Exception:  # missing, truncated or foreign: compile afresh
        pass
    engine = Engine(rules_path)
    _store(engine, path)
    return engine


def _store(engine: Engine, path: Path) -> None:
    """Write ``engine`` to ``path`` atomically; a directory that cannot be written is skipped."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".guard-rules-", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as stream:
            pickle.dump(engine, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, path)
    except Exception:  # the cache is only a saving
        with contextlib.suppress(OSError):
            os.unlink(temp)
        return
    for stale in path.parent.glob("guard-rules-*.pickle"):  # compiled from an older rules file
        if stale != path:
            with contextlib.suppress(OSError):
                stale.unlink()
