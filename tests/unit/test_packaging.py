"""What the published metadata says, and where the tooling lives (PEP 735 groups are not published)."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import acs_phonenumbers

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
PROJECT = PYPROJECT["project"]


def test_the_license_file_is_the_mit_license_the_metadata_names() -> None:
    assert PROJECT["license"] == "MIT"
    assert PROJECT["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text().startswith("MIT License\n")


def test_the_metadata_has_urls_authors_python_versions_and_status() -> None:
    assert {"Homepage", "Source", "Issues", "Changelog"} <= set(PROJECT["urls"])
    assert PROJECT["authors"]
    classifiers = PROJECT["classifiers"]
    assert {"Programming Language :: Python :: 3.11", "Programming Language :: Python :: 3.12"} <= set(classifiers)
    assert [c for c in classifiers if c.startswith("Development Status ::")]


def test_the_version_lives_in_one_place() -> None:
    assert "version" not in PROJECT and PROJECT["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "wrapper/acs_phonenumbers/_version.py"
    installed = subprocess.run(
        [sys.executable, "-c", "from importlib.metadata import version; print(version('acs-phonenumbers'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert installed == acs_phonenumbers.__version__


def test_tooling_is_in_an_unpublished_dependency_group_that_make_installs() -> None:
    extras = PROJECT["optional-dependencies"]
    assert "dev" not in extras
    tooling = " ".join(PYPROJECT["dependency-groups"]["dev"])
    for tool in ("mypy", "ruff", "pytest", "schemathesis", "openapi-python-client", "opentelemetry-sdk"):
        assert tool in tooling
    makefile = (ROOT / "Makefile").read_text()
    assert "--group dev" in makefile
    assert "'pip>=25.1'" in makefile  # the first pip with --group


def test_the_cli_extra_does_not_pull_the_emulator_stack() -> None:
    cli = " ".join(PROJECT["optional-dependencies"]["cli"])
    for package in ("starlette", "uvicorn", "jsonschema", "cryptography", "phonenumbers", "acs-phonenumbers["):
        assert package not in cli
    assert re.search(r"\bopentelemetry-api\b", " ".join(PROJECT["optional-dependencies"]["opentelemetry"]))
