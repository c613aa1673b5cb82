"""Turning failures into one line and an exit status.

Exit statuses (also in `acs-phonenumbers --help`):

    0  success
    1  the service (or the network) reported an error, or a bulk run had failures
    2  usage error: a bad option or argument, an unreadable input file, a value the client rejected before sending
    3  authentication error: no connection configured, a malformed connection string, no Entra ID credential
       available, or the service refused the credential (HTTP 401)
  130  interrupted (Ctrl-C)

An expected error never prints a traceback: it prints `error: <what failed>: <code>: <message> (HTTP <status>,
MS-CV <cv>)` on standard error. An unexpected exception prints one line too, and its traceback only with --debug.
"""

from __future__ import annotations

import sys
import traceback
from typing import Any, Final, TextIO

import typer

EXIT_OK: Final = 0
EXIT_SERVICE: Final = 1
EXIT_USAGE: Final = 2
EXIT_AUTH: Final = 3
EXIT_INTERRUPTED: Final = 130

# 403 is not here: the caller is known but may not do this (e.g. release a number it does not own).
_AUTH_STATUSES: Final = frozenset({401})


class CliError(Exception):
    """An expected failure found by the command line itself (not by the service)."""

    exit_code: int = EXIT_USAGE

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if exit_code is not None:
            self.exit_code = exit_code


class UsageProblem(CliError):
    """Arguments that parse but do not make sense together, or an input file that cannot be used (exit 2)."""

    exit_code = EXIT_USAGE


class ConnectionProblem(CliError):
    """No usable connection or credential (exit 3)."""

    exit_code = EXIT_AUTH


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else ""


def _is_azure_auth_error(exc: BaseException) -> bool:
    # azure-identity raises azure.core.exceptions.ClientAuthenticationError (and CredentialUnavailableError, a
    # subclass) when no Entra ID credential can be obtained; we check by name so azure-core stays optional.
    return any(
        cls.__name__ in {"ClientAuthenticationError", "CredentialUnavailableError"}
        and cls.__module__.startswith("azure.")
        for cls in type(exc).__mro__
    )


def _expiry_hint(exc: BaseException) -> str:
    """What to do about an expired search or reservation (the service's code is ReservationExpired for both)."""
    error: Any = getattr(exc, "error", None)
    if getattr(error, "code", None) != "ReservationExpired":
        return ""
    if "search" in str(getattr(error, "message", "")).lower():
        return "; a search holds its numbers for about 15 minutes: run `numbers search` again and purchase sooner"
    return "; create a new reservation (`reservations create`) and purchase it before it expires"


def _service_details(exc: BaseException, *, show_status: bool = True) -> tuple[str, int | None]:
    """Service error code, message and MS-CV of an HttpResponseError-like exception, as one line."""
    status: int | None = getattr(exc, "status_code", None) if show_status else None
    error: Any = getattr(exc, "error", None)
    code = getattr(error, "code", None) if error is not None else None
    message = getattr(error, "message", None) if error is not None else None
    target = getattr(error, "target", None) if error is not None else None
    ms_cv = getattr(exc, "ms_cv", None)
    if not code and not message:
        # No decoded service error: the exception's own text is the best we have.
        text = _first_line(str(exc)) or type(exc).__name__
    else:
        text = f"{code}: {message}" if code and message else str(code or message)
        if target:
            text += f" (target: {target})"
        inner = getattr(error, "innererror", None)
        inner_text = ": ".join(str(p) for p in (getattr(inner, "code", None), getattr(inner, "message", None)) if p)
        if inner_text:
            text += f" [{inner_text}]"
    extras = []
    if status is not None:
        extras.append(f"HTTP {status}")
    if ms_cv:
        extras.append(f"MS-CV {ms_cv}")
    elif status is not None:
        extras.append("MS-CV none")
    if extras and "MS-CV" not in text:
        text += f" ({', '.join(extras)})"
    return text, status if isinstance(status, int) else None


def classify(exc: BaseException) -> tuple[str, int]:
    """The one-line description of `exc` (without "what failed") and the exit status it maps to."""
    from .. import _errors

    if isinstance(exc, CliError):
        return exc.message, exc.exit_code
    if isinstance(exc, _errors.OperationFailedError):
        # The operation's own failure: the HTTP status of the poll that saw it (200) says nothing.
        text, _ = _service_details(exc, show_status=False)
        return text + _expiry_hint(exc), EXIT_SERVICE
    if isinstance(exc, _errors.HttpResponseError):
        text, status = _service_details(exc)
        if isinstance(exc, _errors.ClientAuthenticationError) or status in _AUTH_STATUSES:
            return text, EXIT_AUTH
        return text, EXIT_SERVICE
    if isinstance(exc, ValueError):
        # Includes InvalidArgumentError: the client refused a value before sending anything.
        return _first_line(str(exc)) or "invalid value", EXIT_USAGE
    if isinstance(exc, _errors.AcsError):
        # ServiceRequestError and friends: their message names the cause and the attempts made.
        text, _ = _service_details(exc)
        return text, EXIT_SERVICE
    if _is_azure_auth_error(exc):
        return (
            f"could not get an Entra ID token: {_first_line(str(exc))} (--debug shows each credential tried)",
            EXIT_AUTH,
        )
    if isinstance(exc, FileNotFoundError):
        return f"no such file: {exc.filename}", EXIT_USAGE
    if isinstance(exc, OSError):
        return _first_line(str(exc)), EXIT_USAGE
    return f"unexpected {type(exc).__name__}: {_first_line(str(exc))}", EXIT_SERVICE


def report(exc: BaseException, *, action: str | None, debug: bool, stream: TextIO | None = None) -> int:
    """Print the one-line error for `exc` on standard error and return the exit status."""
    out = stream if stream is not None else sys.stderr
    text, code = classify(exc)
    # Our own problems (no connection, bad input file) say what is wrong by themselves.
    prefix = f"error: {action} failed: " if action and not isinstance(exc, CliError) else "error: "
    typer.echo(typer.style(prefix + text, fg="red"), file=out, color=None)
    if debug and not isinstance(exc, CliError):
        out.write("".join(traceback.format_exception(exc)))
    elif code == EXIT_SERVICE and text.startswith("unexpected "):
        typer.echo("(run again with --debug for the traceback)", file=out)
    return code
