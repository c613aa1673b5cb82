"""Helpers for command-line tests: run `acs-phonenumbers` in-process against the session emulator."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from acs_phonenumbers.cli import app
from acs_phonenumbers.emulator import Emulator

# No connection from the developer's environment may leak into a test.
CLEAN_ENV: dict[str, str | None] = {"ACS_CONNECTION_STRING": None, "ACS_ENDPOINT": None, "ACS_ACCESS_KEY": None}

Run = Callable[..., Result]


def invoke(args: list[str], env: dict[str, str | None] | None = None) -> Result:
    return CliRunner().invoke(app, args, env={**CLEAN_ENV, **(env or {})})


@pytest.fixture
def cli(acs_emulator: Emulator) -> Run:
    """`cli("numbers", "list", "-o", "json")`: run a command connected to the emulator, polling without delay."""

    def run(*args: str, env: dict[str, str | None] | None = None) -> Result:
        env = {"ACS_TEST_CONNECTION": acs_emulator.connection_string, **(env or {})}
        return invoke(["--connection-string", "env:ACS_TEST_CONNECTION", "--poll-interval", "0", *args], env)

    return run


def as_json(result: Result) -> Any:
    assert result.exit_code == 0, f"exit {result.exit_code}: {result.stderr}"
    return json.loads(result.stdout)
