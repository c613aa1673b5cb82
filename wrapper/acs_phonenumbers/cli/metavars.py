"""Plain metavars in --help: `--country COUNTRY`, `IDS...`, `--from-file FILE`, never a Python type (`<str>`).

Typer derives a metavar from each parameter's Python annotation. We name every value after its parameter instead,
once, over the whole command tree, so that no command has to spell out its metavars. Choices keep their list of
values (`<none|inbound|outbound|inbound+outbound>`), which is what the user needs to see.

Typer ships its own copy of click, so parameters are recognised by what they have, not by click's classes.
"""

from __future__ import annotations

from typing import Any


def _metavar(param: Any) -> str:
    kind = str(getattr(param.type, "name", "")).lower()
    name = str(param.name or "value")
    if kind in {"path", "file", "filename"}:
        text = "FILE"
    elif kind.startswith("float") and ("interval" in name or "seconds" in name):
        text = "SECONDS"
    else:
        text = name.upper()
    return f"{text}..." if param.nargs == -1 else text


def name_metavars(command: Any) -> None:
    """Give every valued parameter of ``command`` and its subcommands a metavar named after the parameter."""
    for param in getattr(command, "params", ()):
        if param.metavar is not None or hasattr(param.type, "choices"):
            continue
        if getattr(param, "is_flag", False) or getattr(param, "count", False):
            continue
        param.metavar = _metavar(param)
    for sub in getattr(command, "commands", {}).values():
        name_metavars(sub)
