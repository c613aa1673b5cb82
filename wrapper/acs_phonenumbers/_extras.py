"""Optional extras: which modules each one brings, and the one-line message when a command needs a missing one.

``pip install acs-phonenumbers`` gives the clients only. The command line needs ``[cli]``; the emulator (and the
CLI's ``emulator serve`` and ``demo``) need ``[emulator]``. A program that reaches for a missing extra gets one
line naming the extra to install and exit status 2, never an import traceback.
"""

from __future__ import annotations

import sys
from typing import NoReturn

__all__ = ["EXIT_USAGE", "MissingExtraError", "extra_missing", "missing_extra_message", "require_or_exit"]

EXIT_USAGE = 2

# Top-level modules that come with each extra (what `pip install 'acs-phonenumbers[<extra>]'` adds).
EXTRA_MODULES: dict[str, frozenset[str]] = {
    "cli": frozenset({"typer", "click", "rich", "yaml", "shellingham"}),
    "emulator": frozenset({"starlette", "uvicorn", "phonenumbers", "yaml", "jsonschema", "cryptography"}),
    "opentelemetry": frozenset({"opentelemetry"}),
}


class MissingExtraError(ModuleNotFoundError):
    """A feature was used whose optional extra is not installed; the message names the extra."""


def extra_missing(extra: str, exc: ModuleNotFoundError) -> bool:
    """True when ``exc`` is the absence of one of the modules that ``extra`` installs (not some other bug)."""
    top = (exc.name or "").partition(".")[0]
    return top in EXTRA_MODULES.get(extra, frozenset())


def missing_extra_message(extra: str, what: str, exc: ModuleNotFoundError) -> str:
    """``"<what> needs the 'cli' extra (no module 'typer'): pip install 'acs-phonenumbers[cli]'"``."""
    return f"{what} needs the '{extra}' extra (no module {exc.name!r}): pip install 'acs-phonenumbers[{extra}]'"


def require_or_exit(extra: str, what: str, exc: ModuleNotFoundError) -> NoReturn:
    """For a command line: print the one-line message to stderr and exit 2, or re-raise an unrelated import error."""
    if not extra_missing(extra, exc):
        raise exc
    print(f"acs-phonenumbers: {missing_extra_message(extra, what, exc)}", file=sys.stderr)
    raise SystemExit(EXIT_USAGE)
