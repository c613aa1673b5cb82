"""Option and argument types shared by several commands."""

from __future__ import annotations

import enum
from typing import Annotated

import typer

from .output import OutputFormat


def command_group(help: str) -> typer.Typer:
    """A group of commands (`numbers`, `sip trunks`, ...): given no command, it lists them. Like every command, it
    takes -h for --help (the root's context settings, which every command's context inherits)."""
    return typer.Typer(help=help, no_args_is_help=True)


class NumberType(enum.StrEnum):
    """Phone number types (the service's values)."""

    GEOGRAPHIC = "geographic"
    TOLL_FREE = "tollFree"
    MOBILE = "mobile"


class Assignment(enum.StrEnum):
    """Assignment types (the service's values)."""

    APPLICATION = "application"
    PERSON = "person"


class Capability(enum.StrEnum):
    """SMS or calling capability values (the service's values)."""

    NONE = "none"
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    INBOUND_OUTBOUND = "inbound+outbound"


OutputOpt = Annotated[
    OutputFormat | None,
    typer.Option(
        "--output",
        "-o",
        help="table (default), json (one document, wire field names) or csv (lists). Overrides the global --output.",
        case_sensitive=False,
        show_default=False,
    ),
]
NoWaitOpt = Annotated[
    bool,
    typer.Option(
        "--no-wait",
        help="Start the operation, print its continuation token and exit; resume with `numbers wait TOKEN`.",
    ),
]
CountryArg = Annotated[str, typer.Argument(help="ISO 3166 two-letter country code, e.g. US.", show_default=False)]
CountryOpt = Annotated[str, typer.Option("--country", help="ISO 3166 two-letter country code, e.g. US.")]
TypeOpt = Annotated[NumberType, typer.Option("--type", help="Phone number type.")]
AssignmentOpt = Annotated[Assignment, typer.Option("--assignment", help="Who the numbers are for.")]
AgreeOpt = Annotated[
    bool,
    typer.Option(
        "--agree-to-not-resell",
        help="Agree not to resell the numbers (required by the service for some countries).",
    ),
]
