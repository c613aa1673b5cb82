"""The status monitor's Retry-After, as a pure rule: whole seconds, rounded down, none below a second."""

from __future__ import annotations

import pytest

from acs_phonenumbers.emulator.core import whole_seconds_left


@pytest.mark.parametrize(
    ("remaining", "expected"),
    [(10.0, 10), (9.97, 10), (9.5, 9), (2.5, 2), (1.9, 1), (1.0, 1), (0.9, None), (0.5, None), (0.0, None), (-1, None)],
)
def test_retry_after_is_the_whole_seconds_left_and_absent_below_one(remaining: float, expected: int | None) -> None:
    assert whole_seconds_left(remaining) == expected
