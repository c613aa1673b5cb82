"""Missing extras: one line naming the extra and exit status 2, never an import traceback.

Most checks run the real entry points in a fresh interpreter whose imports of the extra's modules are refused by a
meta path finder (fast, and exactly what Python does when a package is not installed). One check builds a real
virtual environment that has the clients' dependencies and nothing else.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import textwrap
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

BLOCKER = """
import sys
class _Missing:
    def __init__(self, names):
        self.names = set(names)
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in self.names:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, _Missing(BLOCKED))
"""


def _run(blocked: set[str], code: str, *argv: str) -> subprocess.CompletedProcess[str]:
    script = f"BLOCKED = {sorted(blocked)!r}\n" + BLOCKER + textwrap.dedent(code)
    env = {**os.environ, "COLUMNS": "80"}
    env.pop("ACS_CONNECTION_STRING", None)
    return subprocess.run(
        [sys.executable, "-c", script, *argv], capture_output=True, text=True, timeout=60, env=env, check=False
    )


CLI_MAIN = "import sys\nfrom acs_phonenumbers.cli import main\nsys.argv[0] = 'acs-phonenumbers'\nmain(sys.argv[1:])\n"
EMULATOR_MAIN = "import runpy\nrunpy.run_module('acs_phonenumbers.emulator', run_name='__main__')\n"
EMULATOR_STACK = {"starlette", "uvicorn", "jsonschema", "cryptography", "phonenumbers"}


def _one_line(completed: subprocess.CompletedProcess[str]) -> str:
    lines = completed.stderr.strip().splitlines()
    assert len(lines) == 1, completed.stderr
    assert "Traceback" not in completed.stderr
    return lines[0]


def test_the_command_line_without_the_cli_extra_names_the_extra_and_exits_2() -> None:
    completed = _run({"typer", "click", "rich"}, CLI_MAIN, "countries")

    assert completed.returncode == 2
    line = _one_line(completed)
    assert "'cli' extra" in line and "pip install 'acs-phonenumbers[cli]'" in line
    assert completed.stdout == ""


def test_the_emulator_module_without_the_emulator_extra_names_the_extra_and_exits_2() -> None:
    completed = _run(EMULATOR_STACK, EMULATOR_MAIN, "--port", "0")

    assert completed.returncode == 2
    line = _one_line(completed)
    assert "python -m acs_phonenumbers.emulator needs the 'emulator' extra" in line
    assert "pip install 'acs-phonenumbers[emulator]'" in line


@pytest.mark.parametrize(
    ("argv", "command"),
    [(("demo",), "acs-phonenumbers demo"), (("emulator", "serve", "--port", "0"), "acs-phonenumbers emulator serve")],
)
def test_cli_commands_that_run_an_emulator_say_which_extra_they_need(argv: tuple[str, ...], command: str) -> None:
    completed = _run(EMULATOR_STACK, CLI_MAIN, *argv)

    assert completed.returncode == 2
    line = _one_line(completed)
    assert f"{command} needs the 'emulator' extra" in line


def test_the_cli_itself_needs_nothing_from_the_emulator_stack() -> None:
    completed = _run(EMULATOR_STACK, CLI_MAIN, "--help")

    assert completed.returncode == 0, completed.stderr
    assert "Usage: acs-phonenumbers" in completed.stdout


def test_importing_the_emulator_in_a_program_raises_an_import_error_that_names_the_extra() -> None:
    completed = _run(
        EMULATOR_STACK,
        """
        try:
            from acs_phonenumbers.emulator import Emulator
        except ModuleNotFoundError as exc:
            print(type(exc).__name__, exc)
        """,
    )

    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith("MissingExtraError the emulator needs the 'emulator' extra")


def test_an_unrelated_missing_module_is_not_blamed_on_an_extra() -> None:
    from acs_phonenumbers._extras import extra_missing

    assert extra_missing("cli", ModuleNotFoundError("x", name="typer.core"))
    assert not extra_missing("cli", ModuleNotFoundError("x", name="acs_phonenumbers.cli.nothing"))


# The clients' own dependencies (and theirs): all a plain `pip install acs-phonenumbers` brings.
RUNTIME = ("httpx", "httpcore", "h11", "anyio", "idna", "certifi", "sniffio", "attr", "attrs", "dateutil")


def test_a_real_environment_with_the_clients_only(tmp_path: Path) -> None:
    """A real venv (no pip, so it takes well under a second) that sees our sources and the runtime dependencies."""
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False, symlinks=True)
    python = env_dir / "bin" / "python"
    site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    deps = tmp_path / "deps"
    deps.mkdir()
    for name in RUNTIME:
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin is not None, name
        origin = Path(spec.origin)
        source = origin.parent if origin.name == "__init__.py" else origin
        (deps / source.name).symlink_to(source)
    (site / "acs.pth").write_text(f"{ROOT / 'wrapper'}\n{ROOT / 'generated'}\n{deps}\n")

    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "ACS_CONNECTION_STRING"}}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([python, *args], capture_output=True, text=True, env=env, timeout=60, check=False)

    clients = run("-c", "import acs_phonenumbers, acs_phonenumbers.aio; print(acs_phonenumbers.PhoneNumbersClient)")
    assert clients.returncode == 0, clients.stderr
    cli = run("-c", CLI_MAIN, "countries")
    assert (cli.returncode, cli.stderr.count("\n")) == (2, 1), cli.stderr
    assert "'cli' extra" in cli.stderr
    emulator = run("-m", "acs_phonenumbers.emulator")
    assert (emulator.returncode, emulator.stderr.count("\n")) == (2, 1), emulator.stderr
    assert "'emulator' extra" in emulator.stderr
