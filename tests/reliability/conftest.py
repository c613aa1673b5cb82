"""Fixtures of the reliability and security tests (the session ``acs_emulator`` comes from the emulator's plugin)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from acs_phonenumbers.emulator import Emulator


@pytest.fixture
def emulator(acs_emulator: Emulator) -> Emulator:
    """The session emulator, reset, operations instant, no faults."""
    return acs_emulator


@pytest.fixture(scope="module")
def bearer_emulator() -> Iterator[Emulator]:
    """An emulator in development bearer mode (accepts any bearer token, and HMAC with the dev key)."""
    with Emulator(lro_seconds=0.0, dev_bearer=True) as emu:
        yield emu
