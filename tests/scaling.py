"""Timing that holds on a busy machine: how work grows with its input, not a wall-clock budget.

A fixed budget ("5 MB of notes in under 20 s") fails when other processes share the machine and
passes a quadratic algorithm on a fast one. Timing the same work at two sizes in the same run,
best of ``repeat`` each, compares like with like: linear work grows about ``factor`` times,
quadratic work ``factor`` squared.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# Seconds below which a timing is noise: the smaller run is counted as at least this long.
FLOOR = 0.02


def _best(run: Callable[[T], object], value: T, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run(value)
        times.append(time.perf_counter() - started)
    return min(times)


def assert_linear(
    run: Callable[[T], object],
    make: Callable[[int], T],
    size: int,
    *,
    factor: int = 4,
    repeat: int = 2,
) -> None:
    """Fail when ``run(make(factor * size))`` takes more than ``2.5 * factor`` times as long as
    ``run(make(size))``: well above linear growth (``factor``), below quadratic (``factor**2``)."""
    small = max(_best(run, make(size), repeat), FLOOR)
    large = _best(run, make(factor * size), repeat)
    assert large < 2.5 * factor * small, (
        f"{factor}x the input took {large / small:.1f}x as long ({small:.3f} s -> {large:.3f} s)"
    )
