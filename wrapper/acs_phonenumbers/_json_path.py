"""Dotted paths into JSON documents, the way the service names a field (``companyInformation.contactInformation``).

One rule, used by the program-brief checks (``_program_briefs``) and the CLI's columns (``cli.output``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["lookup"]


def lookup(node: object, path: str) -> Any:
    """The value at a dotted path, or None when any part of it is missing (or not an object)."""
    for key in path.split("."):
        if not isinstance(node, Mapping) or key not in node:
            return None
        node = node[key]
    return node
