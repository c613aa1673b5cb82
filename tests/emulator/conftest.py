"""Fixtures of the emulator's own tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from emulator_helpers import Api

from acs_phonenumbers.emulator import Emulator


@pytest.fixture
def api(acs_emulator: Emulator) -> Iterator[Api]:
    caller = Api(acs_emulator)
    yield caller
    caller.close()
