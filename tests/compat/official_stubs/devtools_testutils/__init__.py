"""A stand-in for azure-sdk-for-python's ``devtools_testutils``, enough to run the official phone-numbers tests
live against our emulator (no test proxy, no recordings): the decorators call the test, sanitizers do nothing."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Any


def recorded_by_proxy(test: Callable[..., Any]) -> Callable[..., Any]:
    """Run the test as it is (live against the emulator)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> Any:
        return test(*args)

    return run


def add_general_regex_sanitizer(*args: Any, **kwargs: Any) -> None:
    """Recordings are not made: nothing to sanitize."""


def is_live() -> bool:
    return True


class AzureRecordedTestCase:
    """What the official test cases read from their base class."""

    def is_playback(self) -> bool:
        return False

    def is_live(self) -> bool:
        return True


class EnvironmentVariableLoader:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.values = dict(os.environ)
