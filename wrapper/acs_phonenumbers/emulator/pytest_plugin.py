"""pytest fixture ``acs_emulator``: one emulator per session, reset before each test, operations instant.

Enable with ``pytest_plugins = ["acs_phonenumbers.emulator.pytest_plugin"]`` in a conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import Emulator


@pytest.fixture(scope="session")
def acs_emulator_session() -> Iterator[Emulator]:
    with Emulator(lro_seconds=0.0) as emulator:
        yield emulator


@pytest.fixture
def acs_emulator(acs_emulator_session: Emulator) -> Emulator:
    acs_emulator_session.reset()
    acs_emulator_session.set_lro_seconds(0.0)
    acs_emulator_session.clear_faults()
    return acs_emulator_session
