"""`acs-phonenumbers numbers ...`: search, purchase, update, show, list, release, and resume an operation."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from . import bulk
from .errors import UsageProblem
from .files import read_text
from .options import AgreeOpt, Assignment, Capability, NoWaitOpt, NumberType, OutputOpt
from .output import OutputFormat
from .state import CliState, get_state

if TYPE_CHECKING:
    from .._models import PhoneNumberCapabilityType


def _capability(value: str | None) -> PhoneNumberCapabilityType | None:
    """A capability from the command line or a file, as the (open) enum: the service judges values it lacks."""
    from .._models import PhoneNumberCapabilityType
    from .._validation import ensure_enum

    return None if value is None else ensure_enum(value, PhoneNumberCapabilityType, "capability")


app = typer.Typer(
    help="Search, purchase, configure, list and release phone numbers.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)

SmsOpt = Annotated[
    Capability | None,
    typer.Option("--sms", help="SMS capability: none, inbound, outbound or inbound+outbound.", show_default=False),
]
CallingOpt = Annotated[
    Capability | None,
    typer.Option(
        "--calling", help="Calling capability: none, inbound, outbound or inbound+outbound.", show_default=False
    ),
]
FromFileOpt = Annotated[
    Path | None,
    typer.Option(
        "--from-file",
        help="Phone numbers to work on: one per line, or CSV with a phoneNumber column (for update, optional sms and "
        "calling columns). Successes are recorded in FILE.done; a rerun skips them.",
        dir_okay=False,
        show_default=False,
    ),
]
ConcurrencyOpt = Annotated[
    int,
    typer.Option("--concurrency", min=1, max=bulk.MAX_CONCURRENCY, help="Operations run at the same time (bulk)."),
]
NumbersArg = Annotated[
    list[str] | None,
    typer.Argument(help="Phone numbers in E.164 format, e.g. +14255550123.", show_default=False),
]


def started(state: CliState, poller: Any, output: OutputFormat | None, resume_hint: str = "numbers wait") -> None:
    """--no-wait: print the continuation token (the whole JSON document for --output json)."""
    token = poller.continuation_token()
    fmt = output or state.output
    if fmt is OutputFormat.TABLE:
        typer.echo(token)
        state.reporter().note(f"started; resume with: acs-phonenumbers {resume_hint} {token}")
    else:
        state.renderer(output).one({"continuationToken": token, "status": poller.status()})


@app.command("search")
def search(
    ctx: typer.Context,
    country: Annotated[str, typer.Option("--country", help="ISO 3166 two-letter country code, e.g. US.")] = "US",
    number_type: Annotated[NumberType, typer.Option("--type", help="Phone number type.")] = NumberType.GEOGRAPHIC,
    assignment: Annotated[
        Assignment, typer.Option("--assignment", help="Who the numbers are for.")
    ] = Assignment.APPLICATION,
    sms: Annotated[Capability, typer.Option("--sms", help="SMS capability wanted.")] = Capability.NONE,
    calling: Annotated[
        Capability, typer.Option("--calling", help="Calling capability wanted.")
    ] = Capability.INBOUND_OUTBOUND,
    area_code: Annotated[
        str | None, typer.Option("--area-code", help="Area code, e.g. 425.", show_default=False)
    ] = None,
    quantity: Annotated[int, typer.Option("--quantity", "-n", min=1, help="How many numbers to find.")] = 1,
    no_wait: NoWaitOpt = False,
    output: OutputOpt = None,
) -> None:
    """Search for numbers to buy; prints the search id (use it with `numbers purchase`), numbers and cost."""
    from .._models import PhoneNumberCapabilities, PhoneNumberCapabilityType

    state = get_state(ctx)
    state.doing(f"searching for {quantity} {number_type.value} number(s) in {country}")
    poller = state.phone_numbers().begin_search_available_phone_numbers(
        country,
        number_type.value,
        assignment.value,
        PhoneNumberCapabilities(
            calling=PhoneNumberCapabilityType(calling.value), sms=PhoneNumberCapabilityType(sms.value)
        ),
        area_code=area_code,
        quantity=quantity,
    )
    if no_wait:
        started(state, poller, output)
        return
    result = state.reporter().wait(poller, "search")
    state.renderer(output).one(result)


@app.command("purchase")
def purchase(
    ctx: typer.Context,
    search_id: Annotated[str, typer.Argument(help="The search id printed by `numbers search`.", show_default=False)],
    agree_to_not_resell: AgreeOpt = False,
    no_wait: NoWaitOpt = False,
    output: OutputOpt = None,
) -> None:
    """Buy the numbers a search found."""
    state = get_state(ctx)
    state.doing(f"purchasing the numbers of search {search_id}")
    poller = state.phone_numbers().begin_purchase_phone_numbers(search_id, agree_to_not_resell=agree_to_not_resell)
    if no_wait:
        started(state, poller, output)
        return
    state.reporter().wait(poller, "purchase")
    state.renderer(output).message(
        f"Purchased the numbers of search {search_id}.", searchId=search_id, status="succeeded"
    )


def _bulk_rows(numbers: list[str] | None, from_file: Path | None) -> tuple[list[bulk.Row], Path | None]:
    if from_file is not None and numbers:
        raise UsageProblem("give phone numbers as arguments or --from-file, not both")
    if from_file is not None:
        text = read_text(from_file)
        try:
            rows = bulk.parse_rows(text)
        except ValueError as exc:
            raise UsageProblem(f"{from_file}: {exc}") from exc
        if not rows:
            raise UsageProblem(f"{from_file} lists no phone numbers")
        return rows, from_file
    if not numbers:
        raise UsageProblem("give at least one phone number, or --from-file FILE")
    return [bulk.Row(n) for n in dict.fromkeys(numbers)], None


def _run_bulk(
    state: CliState,
    label: str,
    rows: list[bulk.Row],
    from_file: Path | None,
    concurrency: int,
    output: OutputFormat | None,
    make_task: Any,
) -> None:
    # Several numbers on the command line: no state file (nothing to resume from), same runner and summary.
    state_file = bulk.StateFile.next_to(from_file) if from_file is not None else bulk.StateFile(None)
    state_name = str(state_file.path) if state_file.path is not None else ""
    tasks = [make_task(row) for row in rows]
    summary = bulk.Summary(operation=label, state_file=state_name)
    with state.reporter().bar(label, len(tasks)) as advance:
        bulk.run_bulk(tasks, state=state_file, concurrency=concurrency, summary=summary, on_done=advance)
    fmt = output or state.output
    renderer = state.renderer(output)
    if fmt is OutputFormat.JSON:
        renderer.one(summary.to_dict())
    elif fmt is OutputFormat.CSV:
        records = (
            [{"phoneNumber": n, "result": "succeeded", "error": ""} for n in summary.succeeded]
            + [{"phoneNumber": n, "result": "skipped", "error": ""} for n in summary.skipped]
            + [{"phoneNumber": f.number, "result": "failed", "error": f.reason} for f in summary.failed]
        )
        renderer.items(records, "bulk")
    else:
        line = f"{label}: {len(summary.succeeded)} succeeded, {len(summary.failed)} failed"
        if summary.skipped:
            line += f", {len(summary.skipped)} skipped (already done, recorded in {state_name})"
        renderer.message(line)
        for failure in summary.failed:
            renderer.message(f"  {failure.number}: {failure.reason}")
        if summary.failed and from_file is not None:
            renderer.message(f"Successes are recorded in {state_name}; run the same command again to retry the rest.")
    if summary.failed:
        raise typer.Exit(summary.exit_code())


@app.command("release")
def release(
    ctx: typer.Context,
    numbers: NumbersArg = None,
    from_file: FromFileOpt = None,
    concurrency: ConcurrencyOpt = 4,
    no_wait: NoWaitOpt = False,
    output: OutputOpt = None,
) -> None:
    """Release (give back) purchased numbers: one, several, or a whole file of them."""
    state = get_state(ctx)
    rows, path = _bulk_rows(numbers, from_file)
    client = state.phone_numbers()
    if len(rows) == 1 and path is None:
        number = rows[0].number
        state.doing(f"releasing {number}")
        poller = client.begin_release_phone_number(number)
        if no_wait:
            started(state, poller, output)
            return
        state.reporter().wait(poller, f"release {number}")
        state.renderer(output).message(f"Released {number}.", phoneNumber=number, status="released")
        return
    if no_wait:
        raise UsageProblem("--no-wait works with a single phone number")
    state.doing("releasing numbers")

    def make_task(row: bulk.Row) -> bulk.Task:
        return bulk.Task(row.number, "release", lambda: client.begin_release_phone_number(row.number).result())

    _run_bulk(state, "release", rows, path, concurrency, output, make_task)


@app.command("update")
def update(
    ctx: typer.Context,
    numbers: NumbersArg = None,
    sms: SmsOpt = None,
    calling: CallingOpt = None,
    from_file: FromFileOpt = None,
    concurrency: ConcurrencyOpt = 4,
    no_wait: NoWaitOpt = False,
    output: OutputOpt = None,
) -> None:
    """Change the SMS and/or calling capabilities of purchased numbers: one, several, or a whole file of them."""
    state = get_state(ctx)
    rows, path = _bulk_rows(numbers, from_file)
    default_sms = sms.value if sms else None
    default_calling = calling.value if calling else None
    for row in rows:
        if (row.sms or default_sms) is None and (row.calling or default_calling) is None:
            raise UsageProblem(f"nothing to change for {row.number}: give --sms and/or --calling")
    client = state.phone_numbers()
    if len(rows) == 1 and path is None:
        number = rows[0].number
        state.doing(f"updating the capabilities of {number}")
        poller = client.begin_update_phone_number_capabilities(
            number, sms=_capability(default_sms), calling=_capability(default_calling)
        )
        if no_wait:
            started(state, poller, output)
            return
        result = state.reporter().wait(poller, f"update {number}")
        state.renderer(output).one(result)
        return
    if no_wait:
        raise UsageProblem("--no-wait works with a single phone number")
    state.doing("updating capabilities")

    def make_task(row: bulk.Row) -> bulk.Task:
        row_sms = row.sms or default_sms
        row_calling = row.calling or default_calling
        key = f"update sms={row_sms or '-'} calling={row_calling or '-'}"
        return bulk.Task(
            row.number,
            key,
            lambda: client.begin_update_phone_number_capabilities(
                row.number, sms=_capability(row_sms), calling=_capability(row_calling)
            ).result(),
        )

    _run_bulk(state, "update", rows, path, concurrency, output, make_task)


@app.command("show")
def show(
    ctx: typer.Context,
    number: Annotated[str, typer.Argument(help="A purchased number in E.164 format.", show_default=False)],
    output: OutputOpt = None,
) -> None:
    """Show one purchased number: type, capabilities, cost, purchase date."""
    state = get_state(ctx)
    state.doing(f"getting {number}")
    state.renderer(output).one(state.phone_numbers().get_purchased_phone_number(number))


@app.command("list")
def list_numbers(ctx: typer.Context, output: OutputOpt = None) -> None:
    """List purchased numbers (streamed page by page)."""
    state = get_state(ctx)
    state.doing("listing purchased numbers")
    state.renderer(output).pages(state.phone_numbers().list_purchased_phone_numbers().by_page(), "purchased")


@app.command("wait")
def wait_for(
    ctx: typer.Context,
    token: Annotated[str, typer.Argument(help="The continuation token printed by --no-wait.", show_default=False)],
    output: OutputOpt = None,
) -> None:
    """Resume an operation started with --no-wait and wait for it to finish."""
    state = get_state(ctx)
    state.doing("resuming the operation")
    client = state.phone_numbers()
    # The token alone says what to poll: the client's public resume.
    poller = client.resume_operation(token)
    kind = poller.polling_method().kind
    state.doing(f"waiting for the {kind.value.replace('_', ' ')} operation")
    result = state.reporter().wait(poller, kind.value.replace("_", " "))
    if result is None:
        state.renderer(output).message(f"The {kind.value.replace('_', ' ')} operation succeeded.", status="succeeded")
    else:
        state.renderer(output).one(result)
