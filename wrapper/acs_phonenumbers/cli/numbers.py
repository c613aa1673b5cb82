"""`acs-phonenumbers numbers ...`: search, purchase, update, show, list, release, and resume an operation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from . import bulk
from .commands import Message, Operation, built_by, command, said
from .errors import UsageProblem
from .files import read_text
from .options import (
    AgreeOpt,
    Assignment,
    AssignmentOpt,
    Capability,
    CountryOpt,
    NoWaitOpt,
    NumberType,
    TypeOpt,
    command_group,
)
from .output import OutputFormat
from .state import CliState

if TYPE_CHECKING:
    from .._models import PhoneNumberCapabilityType


def _capability(value: str | None) -> PhoneNumberCapabilityType | None:
    """A capability from the command line or a file, as the (open) enum: the service judges values it lacks."""
    from .._models import PhoneNumberCapabilityType
    from .._validation import ensure_enum

    return None if value is None else ensure_enum(value, PhoneNumberCapabilityType, "capability")


app = command_group("Search, purchase, configure, list and release phone numbers.")

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


@dataclass(frozen=True)
class PerNumber:
    """The numbers a command works on, from its arguments or --from-file, and how many to work on at once."""

    rows: list[bulk.Row]
    from_file: Path | None
    concurrency: int


def per_number(numbers: NumbersArg = None, from_file: FromFileOpt = None, concurrency: ConcurrencyOpt = 4) -> PerNumber:
    """The options of commands that work on one number, several, or a file of them (UsageProblem: none, or both)."""
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
        return PerNumber(rows, from_file, concurrency)
    if not numbers:
        raise UsageProblem("give at least one phone number, or --from-file FILE")
    return PerNumber([bulk.Row(n) for n in dict.fromkeys(numbers)], None, concurrency)


PER_NUMBER = built_by(per_number)


def _each_number(
    state: CliState,
    job: PerNumber,
    no_wait: bool,
    label: str,
    doing: tuple[str, str],
    begin: Callable[[bulk.Row], Any],
    key: Callable[[bulk.Row], str],
    done: Callable[[str], Message] | None = None,
) -> Operation | None:
    """One number on the command line: its operation, like any other; more, or a file: a bulk run and its summary.
    ``doing`` says what is done to one number ("releasing {}") and to several."""
    if len(job.rows) == 1 and job.from_file is None:
        number = job.rows[0].number
        state.doing(doing[0].format(number))
        return Operation(begin(job.rows[0]), f"{label} {number}", no_wait, done(number) if done else None)
    if no_wait:
        raise UsageProblem("--no-wait works with a single phone number")
    state.doing(doing[1])
    tasks = [bulk.Task(row.number, key(row), partial(_finish, begin, row)) for row in job.rows]
    _run_bulk(state, label, tasks, job)
    return None


def _finish(begin: Callable[[bulk.Row], Any], row: bulk.Row) -> Any:
    return begin(row).result()


def _run_bulk(state: CliState, label: str, tasks: list[bulk.Task], job: PerNumber) -> None:
    # Several numbers on the command line: no state file (nothing to resume from), same runner and summary.
    state_file = bulk.StateFile.next_to(job.from_file) if job.from_file is not None else bulk.StateFile(None)
    state_name = str(state_file.path) if state_file.path is not None else ""
    summary = bulk.Summary(operation=label, state_file=state_name)
    with state.reporter().bar(label, len(tasks)) as advance:
        bulk.run_bulk(tasks, state=state_file, concurrency=job.concurrency, summary=summary, on_done=advance)
    renderer = state.renderer()
    if state.output is OutputFormat.JSON:
        renderer.one(summary.to_dict())
    elif state.output is OutputFormat.CSV:
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
        if summary.failed and job.from_file is not None:
            renderer.message(f"Successes are recorded in {state_name}; run the same command again to retry the rest.")
    if summary.failed:
        raise typer.Exit(summary.exit_code())


@app.command("search")
@command("searching for {quantity} {number_type} number(s) in {country}")
def search(
    state: CliState,
    country: CountryOpt = "US",
    number_type: TypeOpt = NumberType.GEOGRAPHIC,
    assignment: AssignmentOpt = Assignment.APPLICATION,
    sms: Annotated[Capability, typer.Option("--sms", help="SMS capability wanted.")] = Capability.NONE,
    calling: Annotated[
        Capability, typer.Option("--calling", help="Calling capability wanted.")
    ] = Capability.INBOUND_OUTBOUND,
    area_code: Annotated[
        str | None, typer.Option("--area-code", help="Area code, e.g. 425.", show_default=False)
    ] = None,
    quantity: Annotated[int, typer.Option("--quantity", "-n", min=1, help="How many numbers to find.")] = 1,
    no_wait: NoWaitOpt = False,
) -> Operation:
    """Search for numbers to buy; prints the search id (use it with `numbers purchase`), numbers and cost."""
    from .._models import PhoneNumberCapabilities, PhoneNumberCapabilityType

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
    return Operation(poller, "search", no_wait)


@app.command("purchase")
@command("purchasing the numbers of search {search_id}")
def purchase(
    state: CliState,
    search_id: Annotated[str, typer.Argument(help="The search id printed by `numbers search`.", show_default=False)],
    agree_to_not_resell: AgreeOpt = False,
    no_wait: NoWaitOpt = False,
) -> Operation:
    """Buy the numbers a search found."""
    poller = state.phone_numbers().begin_purchase_phone_numbers(search_id, agree_to_not_resell=agree_to_not_resell)
    done = said(f"Purchased the numbers of search {search_id}.", searchId=search_id, status="succeeded")
    return Operation(poller, "purchase", no_wait, done)


@app.command("release")
@command()
def release(state: CliState, job: PerNumber = PER_NUMBER, no_wait: NoWaitOpt = False) -> Operation | None:
    """Release (give back) purchased numbers: one, several, or a whole file of them."""
    client = state.phone_numbers()
    return _each_number(
        state,
        job,
        no_wait,
        "release",
        ("releasing {}", "releasing numbers"),
        begin=lambda row: client.begin_release_phone_number(row.number),
        key=lambda row: "release",
        done=lambda number: said(f"Released {number}.", phoneNumber=number, status="released"),
    )


@app.command("update")
@command()
def update(
    state: CliState,
    sms: SmsOpt = None,
    calling: CallingOpt = None,
    job: PerNumber = PER_NUMBER,
    no_wait: NoWaitOpt = False,
) -> Operation | None:
    """Change the SMS and/or calling capabilities of purchased numbers: one, several, or a whole file of them."""
    default_sms = sms.value if sms else None
    default_calling = calling.value if calling else None
    for row in job.rows:
        if (row.sms or default_sms) is None and (row.calling or default_calling) is None:
            raise UsageProblem(f"nothing to change for {row.number}: give --sms and/or --calling")
    client = state.phone_numbers()

    def begin(row: bulk.Row) -> Any:
        return client.begin_update_phone_number_capabilities(
            row.number, sms=_capability(row.sms or default_sms), calling=_capability(row.calling or default_calling)
        )

    return _each_number(
        state,
        job,
        no_wait,
        "update",
        ("updating the capabilities of {}", "updating capabilities"),
        begin=begin,
        key=lambda row: f"update sms={row.sms or default_sms or '-'} calling={row.calling or default_calling or '-'}",
    )


@app.command("show")
@command("getting {number}")
def show(
    state: CliState,
    number: Annotated[str, typer.Argument(help="A purchased number in E.164 format.", show_default=False)],
) -> Any:
    """Show one purchased number: type, capabilities, cost, purchase date."""
    return state.phone_numbers().get_purchased_phone_number(number)


@app.command("list")
@command("listing purchased numbers", view="purchased")
def list_numbers(state: CliState) -> Any:
    """List purchased numbers (streamed page by page)."""
    return state.phone_numbers().list_purchased_phone_numbers()


@app.command("wait")
@command("resuming the operation")
def wait_for(
    state: CliState,
    token: Annotated[str, typer.Argument(help="The continuation token printed by --no-wait.", show_default=False)],
) -> Operation:
    """Resume an operation started with --no-wait and wait for it to finish."""
    # The token alone says what to poll: the client's public resume.
    poller = state.phone_numbers().resume_operation(token)
    kind = poller.polling_method().kind.value.replace("_", " ")
    state.doing(f"waiting for the {kind} operation")
    return Operation(poller, kind, done=said(f"The {kind} operation succeeded.", status="succeeded"))
