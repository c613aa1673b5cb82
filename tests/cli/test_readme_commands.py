"""Every command line in the README's command-line section parses: real commands, real options, right arguments."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer

from acs_phonenumbers.cli import app
from acs_phonenumbers.emulator.__main__ import _parser as emulator_parser

README = Path(__file__).parents[2] / "README.md"


def readme_command_lines() -> list[str]:
    section = README.read_text(encoding="utf-8").split("## The command line", 1)[1].split("\n## ", 1)[0]
    (block,) = re.findall(r"^```console\n(.*?)^```", section, re.DOTALL | re.MULTILINE)
    return [line for line in block.splitlines() if line.strip()]


def test_the_readme_shows_commands() -> None:
    assert len(readme_command_lines()) >= 15


@pytest.mark.parametrize("line", readme_command_lines())
def test_a_readme_command_line_parses(line: str) -> None:
    program, *args = shlex.split(line)
    assert program == "acs-phonenumbers"
    command = typer.main.get_command(app)
    path = []
    while args and args[0] in getattr(command, "commands", {}):
        path.append(args[0])
        command = command.commands[args.pop(0)]  # type: ignore[attr-defined]
    assert path, f"no command in {line!r}"
    if path == ["emulator", "serve"]:
        emulator_parser("acs-phonenumbers emulator serve").parse_args(args)  # exits 2 on a bad option
        return
    # Parsing only (no callback runs): an unknown option, a missing argument or a bad choice raises UsageError.
    with command.make_context(" ".join(path), list(args)):
        pass
