"""`acs-phonenumbers emulator serve`: the local emulator, the same server as `python -m acs_phonenumbers.emulator`."""

from __future__ import annotations

import typer

from .options import command_group

app = command_group("Run the local emulator of the phone numbers and short codes APIs.")

PROG = "acs-phonenumbers emulator serve"


@app.command(
    "serve",
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []},
    add_help_option=False,
)
def serve(ctx: typer.Context) -> None:
    """Serve the emulator until Ctrl-C; prints its connection string first. Takes the options of
    `python -m acs_phonenumbers.emulator` (--host, --port, --db, --tls, --lro-seconds, ...; see --help)."""
    from ..emulator.__main__ import main as emulator_main

    try:
        code = emulator_main(list(ctx.args), prog=PROG)  # so that --help and usage errors name this command
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        code = exc.code if isinstance(exc.code, int) else 2
    raise typer.Exit(code or 0)
