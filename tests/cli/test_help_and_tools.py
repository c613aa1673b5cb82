"""`--help` on every command, `emulator serve` (a real process) and `demo` end to end."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer

from acs_phonenumbers.cli import app

from .conftest import invoke


def _commands() -> Iterator[tuple[list[str], Any]]:
    def walk(command: Any, path: list[str]) -> Iterator[tuple[list[str], Any]]:
        yield path, command
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            yield from walk(sub, [*path, name])

    yield from walk(typer.main.get_command(app), [])


ALL_COMMANDS = [path for path, _ in _commands() if path != ["emulator", "serve"]]


def test_every_area_of_the_spec_has_a_command() -> None:
    paths = {" ".join(path) for path, _ in _commands()}
    expected = {
        *(f"numbers {c}" for c in ("search", "purchase", "release", "update", "show", "list", "wait")),
        "countries",
        "localities",
        "area-codes",
        "offerings",
        "lookup",
        "browse",
        *(f"reservations {c}" for c in ("create", "add", "remove", "show", "list", "delete", "purchase")),
        "short-codes list",
        *(f"program-briefs {c}" for c in ("create", "update", "show", "list", "submit", "delete")),
        "emulator serve",
        "demo",
    }
    assert expected <= paths


@pytest.mark.parametrize("path", ALL_COMMANDS, ids=lambda p: " ".join(p) or "(top)")
def test_help_is_accurate(path: list[str]) -> None:
    command = dict((tuple(p), c) for p, c in _commands())[tuple(path)]
    result = invoke([*path, "--help"])
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    assert "Usage:" in text and " ".join(path) in text
    # The first sentence of the docstring, and every option the command really takes, are in its help.
    summary = (command.help or "").split(".")[0]
    assert "".join(summary.split()) in "".join(text.split())  # help wraps lines, even inside hyphenated words
    for param in command.params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("-"):
                assert opt in text, f"{opt} missing from help of {' '.join(path)}"
    if getattr(command, "commands", None):
        for name in command.commands:
            assert name in text


def test_release_help_documents_bulk_state_file() -> None:
    text = " ".join(invoke(["numbers", "release", "--help"]).stdout.split())
    assert "--from-file" in text and "FILE.done" in text and "--concurrency" in text


def test_top_help_documents_exit_statuses() -> None:
    text = " ".join(invoke(["--help"]).stdout.split())
    for status in ("0 success", "1 service", "2 usage", "3 authentication"):
        assert status in text


def test_version() -> None:
    result = invoke(["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("acs-phonenumbers ")


def test_emulator_serve_help_is_the_emulators() -> None:
    result = invoke(["emulator", "serve", "--help"])
    assert result.exit_code == 0
    assert "--lro-seconds" in result.output and "--port" in result.output


def _script() -> list[str]:
    exe = Path(sys.executable).with_name("acs-phonenumbers")
    return [str(exe)] if exe.exists() else [sys.executable, "-c", "from acs_phonenumbers.cli import main; main()"]


def test_emulator_serve_runs_the_server_until_terminated() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACS_")}
    proc = subprocess.Popen(
        [*_script(), "emulator", "serve", "--port", "0", "--lro-seconds", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        connection_string = proc.stdout.readline().strip()
        assert connection_string.startswith("endpoint=http://127.0.0.1:")
        listed = subprocess.run(
            [*_script(), "--connection-string", "-", "-o", "json", "countries"],
            input=connection_string + "\n",
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert listed.returncode == 0, listed.stderr
        assert '"countryCode": "US"' in listed.stdout
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    assert proc.returncode == 0


def test_demo_end_to_end() -> None:
    """What `make demo` runs: a fresh process, an embedded emulator, exit 0, the whole lifecycle narrated."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACS_")}
    result = subprocess.run([*_script(), "demo"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for step in (
        "Search",
        "Purchase",
        "Turn on SMS",
        "List the numbers",
        "Release",
        "Draft",
        "Submit",
        "approve",
        "List the short codes",
        "Demo finished",
    ):
        assert step in out, f"{step!r} missing from the demo output"
    assert "Traceback" not in out + result.stderr


def test_emulator_serve_help_names_this_command(capsys: pytest.CaptureFixture[str]) -> None:
    result = invoke(["emulator", "serve", "--help"])
    assert result.exit_code == 0
    usage = " ".join((result.stdout + capsys.readouterr().out).split())
    assert "usage: acs-phonenumbers emulator serve" in usage
    assert "--lro-seconds" in usage and "--db" in usage
