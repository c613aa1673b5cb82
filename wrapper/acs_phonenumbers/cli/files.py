"""Reading the files commands are given: any file's text, and JSON or YAML documents (chosen by the suffix).

Whatever goes wrong is a UsageProblem (exit 2) that names the file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import UsageProblem

DOCUMENT_SUFFIXES = (".json", ".yaml", ".yml")


def read_text(path: Path) -> str:
    """The text of ``path`` (UTF-8)."""
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageProblem(f"cannot read {path}: {exc.strerror or exc}") from exc


def read_document(path: Path, what: str) -> Any:
    """The JSON or YAML document in ``path``; ``what`` ("a routes file") is what must have one of those suffixes."""
    text = read_text(path)
    suffix = path.suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES:
        raise UsageProblem(f"{path}: {what} must end in .json, .yaml or .yml")
    try:
        if suffix == ".json":
            return json.loads(text)
        import yaml

        return yaml.safe_load(text)
    except Exception as exc:  # json.JSONDecodeError, yaml.YAMLError
        raise UsageProblem(f"{path} is not valid {suffix.lstrip('.').upper()}: {exc}") from exc
