"""The `acs-phonenumbers` Typer application: global options, the command groups, and error handling."""

from __future__ import annotations

import logging
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from .. import __version__
from .connection import ENV_ACCESS_KEY, ENV_CONNECTION_STRING, ENV_ENDPOINT, ConnectionOptions
from .errors import EXIT_INTERRUPTED, report
from .metavars import name_metavars
from .output import OutputFormat
from .state import CliState, disable_debug_logging, enable_debug_logging

EPILOG = f"""\
Connection: {ENV_CONNECTION_STRING} or --connection-string env:NAME|file:PATH|-; or --endpoint (or {ENV_ENDPOINT})
with {ENV_ACCESS_KEY} or --identity (Microsoft Entra ID, needs azure-identity).\n\n
Exit status: 0 success; 1 service or network error (or failures in a bulk run); 2 usage error (bad option,
argument or input file); 3 authentication error (no or malformed connection, no Entra ID credential, HTTP 401);
130 interrupted."""


class GuardedGroup(TyperGroup):
    """Runs the chosen command and turns any exception into one error line and an exit status."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        name_metavars(self)  # the whole tree is built by now: plain metavars, no Python types in --help

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise  # exits, help, and usage errors (exit 2) are Typer's to print
        except KeyboardInterrupt:
            typer.echo("interrupted", err=True)
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except Exception as exc:
            state = ctx.obj if isinstance(ctx.obj, CliState) else None
            action = state.action if state is not None else None
            code = report(exc, action=action, debug=bool(state and state.debug))
            raise typer.Exit(code) from None


app = typer.Typer(
    name="acs-phonenumbers",
    cls=GuardedGroup,
    help="Manage Azure Communication Services phone numbers, reservations, short codes and program briefs.",
    epilog=EPILOG,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"acs-phonenumbers {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    ctx: typer.Context,
    connection_string: Annotated[
        str | None,
        typer.Option(
            "--connection-string",
            help="Where the connection string (endpoint=...;accesskey=...) is: env:NAME, file:PATH or - "
            f"(standard input); never the string itself. Default: ${ENV_CONNECTION_STRING}.",
            show_default=False,
        ),
    ] = None,
    endpoint: Annotated[
        str | None,
        typer.Option(
            "--endpoint",
            help=f"The resource's endpoint URL; the key comes from ${ENV_ACCESS_KEY}, or use --identity. "
            f"Default: ${ENV_ENDPOINT}.",
            show_default=False,
        ),
    ] = None,
    identity: Annotated[
        bool,
        typer.Option(
            "--identity", help="Authenticate with Microsoft Entra ID (azure-identity DefaultAzureCredential)."
        ),
    ] = False,
    ca_file: Annotated[
        str | None,
        typer.Option(
            "--ca-file", help="CA certificate (PEM) to trust, e.g. the emulator's with --tls.", show_default=False
        ),
    ] = None,
    polling_interval: Annotated[
        float | None,
        typer.Option(
            "--poll-interval",
            min=0.0,
            help="Seconds between status checks of long-running operations (default: the client's, or Retry-After).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        OutputFormat,
        typer.Option("--output", "-o", help="Output format for every command.", case_sensitive=False),
    ] = OutputFormat.TABLE,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress lines or spinners.")] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Log the HTTP exchange (secrets redacted) and show tracebacks.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Manage Azure Communication Services phone numbers, reservations, short codes and program briefs."""
    # The connection options are parameters named as the fields of ConnectionOptions.
    state = CliState(options=ConnectionOptions.among(ctx.params), output=output, debug=debug, quiet=quiet)
    ctx.obj = state
    ctx.call_on_close(state.close)
    if debug:
        enable_debug_logging()
        ctx.call_on_close(disable_debug_logging)
    else:
        # azure-identity warns at length on stderr when no credential works; our one error line says it, and
        # --debug shows azure-identity's account of every credential it tried.
        logging.getLogger("azure.identity").setLevel(logging.ERROR)


def _register() -> None:
    from . import catalog, demo, emulator, numbers, reservations, short_codes, sip

    app.add_typer(numbers.app, name="numbers")
    catalog.register(app)
    app.add_typer(reservations.app, name="reservations")
    app.add_typer(short_codes.short_codes_app, name="short-codes")
    app.add_typer(short_codes.program_briefs_app, name="program-briefs")
    app.add_typer(sip.app, name="sip")
    app.add_typer(emulator.app, name="emulator")
    app.command("demo")(demo.demo)


_register()


def main(argv: list[str] | None = None) -> Any:
    """Console-script entry point."""
    return app(args=argv, prog_name="acs-phonenumbers")
