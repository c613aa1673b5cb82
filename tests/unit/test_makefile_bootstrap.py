"""The Makefile's bootstrap: a .venv left broken by a failed first run is rebuilt, never reused.

Runs the real Makefile's `install` target in a scratch folder with stand-in interpreters (shell scripts), so no
virtual environment is built and nothing is downloaded.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# A stand-in python: `-c CODE` answers the version check with $VERSION_OK, `-m venv DIR` makes DIR/bin/python a
# good stand-in, anything else (pip) is logged and succeeds.
FAKE_PYTHON = """#!/bin/sh
echo "$0 $*" >> "$LOG"
case "$1" in
  -c) exit $VERSION_OK ;;
  -m) if [ "$2" = venv ]; then mkdir -p "$3/bin"; cp "$GOOD" "$3/bin/python"; echo new > "$3/marker"; fi ;;
esac
exit 0
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    good = tmp_path / "good-python"
    good.write_text(FAKE_PYTHON.replace("$VERSION_OK", "0"))
    old = tmp_path / "old-python"
    old.write_text(FAKE_PYTHON.replace("$VERSION_OK", "1"))
    for script in (good, old):
        script.chmod(0o755)
    return tmp_path


def _make(project: Path, python: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "LOG": str(project / "log"), "GOOD": str(project / "good-python")}
    return subprocess.run(
        ["make", "-s", "install", f"PYTHON={project / python}"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_too_old_python_is_refused_before_a_venv_is_made(project: Path) -> None:
    completed = _make(project, "old-python")

    assert completed.returncode != 0
    assert "is not Python 3.11 or newer" in completed.stderr
    assert not (project / ".venv").exists()


def test_a_venv_from_a_failed_bootstrap_is_rebuilt(project: Path) -> None:
    broken = project / ".venv" / "bin"
    broken.mkdir(parents=True)
    shutil.copy(project / "old-python", broken / "python")  # e.g. made by Python 3.10, then pip failed: no stamp

    completed = _make(project, "good-python")

    assert completed.returncode == 0, completed.stderr
    assert (project / ".venv" / "marker").exists()  # made afresh
    assert (project / ".venv" / ".installed").exists()
    assert "--group dev" in (project / "log").read_text()


def test_a_venv_whose_interpreter_is_too_old_is_rebuilt_even_with_a_stamp(project: Path) -> None:
    assert _make(project, "good-python").returncode == 0
    (project / ".venv" / "marker").unlink()
    shutil.copy(project / "old-python", project / ".venv" / "bin" / "python")
    (project / "pyproject.toml").touch()
    (project / ".venv" / ".installed").touch()
    # make the stamp older than pyproject.toml so that make looks again
    subprocess.run(["touch", "-d", "2000-01-01", str(project / ".venv" / ".installed")], check=True)

    assert _make(project, "good-python").returncode == 0
    assert (project / ".venv" / "marker").exists()


def test_a_good_venv_is_reused(project: Path) -> None:
    assert _make(project, "good-python").returncode == 0
    (project / ".venv" / "marker").unlink()
    subprocess.run(["touch", "-d", "2000-01-01", str(project / ".venv" / ".installed")], check=True)

    assert _make(project, "good-python").returncode == 0
    assert not (project / ".venv" / "marker").exists()
