"""The timing helper tells linear work from quadratic work."""

from __future__ import annotations

import pytest
from scaling import assert_linear


def _pairs(n: int) -> int:
    return sum(1 for i in range(n) for _ in range(i))


def test_linear_work_passes() -> None:
    assert_linear(lambda n: sum(range(n)), lambda size: size, 400_000)


def test_quadratic_work_fails() -> None:
    with pytest.raises(AssertionError, match="4x the input"):
        assert_linear(_pairs, lambda size: size, 1_200)
