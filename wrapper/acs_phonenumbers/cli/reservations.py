"""`acs-phonenumbers reservations ...`: hold browsed numbers in a reservation, then buy them all at once."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .errors import UsageProblem
from .files import read_text
from .numbers import started
from .options import AgreeOpt, Assignment, Capability, NoWaitOpt, NumberType, OutputOpt
from .state import get_state

if TYPE_CHECKING:
    from .._models import AvailablePhoneNumber

app = typer.Typer(
    help="Reserve browsed numbers for a while, then purchase the whole reservation.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)

ReservationArg = Annotated[str, typer.Argument(help="The reservation id (a UUID).", show_default=False)]
NumberIdsArg = Annotated[
    list[str] | None,
    typer.Argument(help="Ids of available numbers, as printed by `browse`.", show_default=False),
]
FromBrowseOpt = Annotated[
    Path | None,
    typer.Option(
        "--from-browse",
        help="Add the numbers saved from `browse --output json` (a JSON array, or an object with phoneNumbers).",
        dir_okay=False,
        show_default=False,
    ),
]
CountryOpt = Annotated[str, typer.Option("--country", help="Country of numbers given by id.")]
TypeOpt = Annotated[NumberType, typer.Option("--type", help="Type of numbers given by id.")]
AssignmentOpt = Annotated[Assignment, typer.Option("--assignment", help="Assignment of numbers given by id.")]
SmsOpt = Annotated[Capability, typer.Option("--sms", help="SMS capability of numbers given by id.")]
CallingOpt = Annotated[Capability, typer.Option("--calling", help="Calling capability of numbers given by id.")]


def _numbers_to_add(
    ids: list[str] | None,
    from_browse: Path | None,
    country: str,
    number_type: NumberType,
    assignment: Assignment,
    sms: Capability,
    calling: Capability,
) -> list[AvailablePhoneNumber]:
    from .._models import (
        AvailablePhoneNumber,
        PhoneNumberAssignmentType,
        PhoneNumberCapabilities,
        PhoneNumberCapabilityType,
        PhoneNumberType,
    )

    numbers: list[AvailablePhoneNumber] = []
    if from_browse is not None:
        text = read_text(from_browse)
        try:
            data: Any = json.loads(text)
        except ValueError as exc:
            raise UsageProblem(f"{from_browse} is not JSON: {exc}") from exc
        items = data.get("phoneNumbers") if isinstance(data, dict) else data
        if not isinstance(items, list):
            raise UsageProblem(f"{from_browse}: expected a JSON array of available numbers")
        for item in items:
            try:
                numbers.append(AvailablePhoneNumber.from_dict(item))
            except (KeyError, TypeError, ValueError) as exc:
                raise UsageProblem(f"{from_browse}: not an available number: {item!r} ({exc})") from exc
    for number_id in ids or []:
        numbers.append(
            AvailablePhoneNumber(
                id=number_id,
                country_code=country,
                phone_number_type=PhoneNumberType(number_type.value),
                assignment_type=PhoneNumberAssignmentType(assignment.value),
                capabilities=PhoneNumberCapabilities(
                    calling=PhoneNumberCapabilityType(calling.value), sms=PhoneNumberCapabilityType(sms.value)
                ),
            )
        )
    return numbers


@app.command("create")
def create(
    ctx: typer.Context,
    ids: NumberIdsArg = None,
    reservation_id: Annotated[
        str | None, typer.Option("--id", help="Reservation id to use (default: a new UUID).", show_default=False)
    ] = None,
    from_browse: FromBrowseOpt = None,
    country: CountryOpt = "US",
    number_type: TypeOpt = NumberType.GEOGRAPHIC,
    assignment: AssignmentOpt = Assignment.APPLICATION,
    sms: SmsOpt = Capability.NONE,
    calling: CallingOpt = Capability.INBOUND_OUTBOUND,
    output: OutputOpt = None,
) -> None:
    """Create a reservation, optionally holding numbers right away; prints the reservation."""
    state = get_state(ctx)
    rid = reservation_id or str(uuid.uuid4())
    numbers = _numbers_to_add(ids, from_browse, country, number_type, assignment, sms, calling)
    state.doing(f"creating reservation {rid}")
    reservation = state.phone_numbers().create_or_update_reservation(reservation_id=rid, numbers_to_add=numbers)
    state.renderer(output).reservation(reservation)


@app.command("add")
def add(
    ctx: typer.Context,
    reservation_id: ReservationArg,
    ids: NumberIdsArg = None,
    from_browse: FromBrowseOpt = None,
    country: CountryOpt = "US",
    number_type: TypeOpt = NumberType.GEOGRAPHIC,
    assignment: AssignmentOpt = Assignment.APPLICATION,
    sms: SmsOpt = Capability.NONE,
    calling: CallingOpt = Capability.INBOUND_OUTBOUND,
    output: OutputOpt = None,
) -> None:
    """Add available numbers to a reservation (by id, or from a saved `browse --output json`)."""
    state = get_state(ctx)
    numbers = _numbers_to_add(ids, from_browse, country, number_type, assignment, sms, calling)
    if not numbers:
        raise UsageProblem("give the ids of numbers to add, or --from-browse FILE")
    state.doing(f"adding {len(numbers)} number(s) to reservation {reservation_id}")
    reservation = state.phone_numbers().create_or_update_reservation(
        reservation_id=reservation_id, numbers_to_add=numbers
    )
    state.renderer(output).reservation(reservation)


@app.command("remove")
def remove(
    ctx: typer.Context,
    reservation_id: ReservationArg,
    ids: Annotated[list[str], typer.Argument(help="Ids of the numbers to take out.", show_default=False)],
    output: OutputOpt = None,
) -> None:
    """Take numbers out of a reservation."""
    state = get_state(ctx)
    state.doing(f"removing {len(ids)} number(s) from reservation {reservation_id}")
    reservation = state.phone_numbers().create_or_update_reservation(
        reservation_id=reservation_id, numbers_to_remove=ids
    )
    state.renderer(output).reservation(reservation)


@app.command("show")
def show(ctx: typer.Context, reservation_id: ReservationArg, output: OutputOpt = None) -> None:
    """Show a reservation and the numbers it holds."""
    state = get_state(ctx)
    state.doing(f"getting reservation {reservation_id}")
    state.renderer(output).reservation(state.phone_numbers().get_reservation(reservation_id))


@app.command("list")
def list_reservations(ctx: typer.Context, output: OutputOpt = None) -> None:
    """List reservations with the numbers each holds (page by page; the service lists reservations without their
    numbers, so each is fetched once)."""
    state = get_state(ctx)
    state.doing("listing reservations")
    client = state.phone_numbers()

    def with_numbers(pages: Iterable[Iterable[Any]]) -> Iterator[list[Any]]:
        for page in pages:
            yield [item if _holds_numbers(item) else client.get_reservation(item.id) for item in page]

    state.renderer(output).pages(with_numbers(client.list_reservations().by_page()), "reservations")


def _holds_numbers(reservation: Any) -> bool:
    numbers = getattr(reservation, "phone_numbers", None)
    return bool(getattr(numbers, "additional_properties", None))


@app.command("delete")
def delete(ctx: typer.Context, reservation_id: ReservationArg, output: OutputOpt = None) -> None:
    """Delete a reservation; its numbers become available to others again."""
    state = get_state(ctx)
    state.doing(f"deleting reservation {reservation_id}")
    state.phone_numbers().delete_reservation(reservation_id)
    state.renderer(output).message(
        f"Deleted reservation {reservation_id}.", reservationId=reservation_id, status="deleted"
    )


@app.command("purchase")
def purchase(
    ctx: typer.Context,
    reservation_id: ReservationArg,
    agree_to_not_resell: AgreeOpt = False,
    no_wait: NoWaitOpt = False,
    output: OutputOpt = None,
) -> None:
    """Buy every number in a reservation."""
    state = get_state(ctx)
    state.doing(f"purchasing reservation {reservation_id}")
    poller = state.phone_numbers().begin_purchase_reservation(reservation_id, agree_to_not_resell=agree_to_not_resell)
    if no_wait:
        started(state, poller, output)
        return
    state.reporter().wait(poller, "reservation purchase")
    state.renderer(output).message(
        f"Purchased the numbers of reservation {reservation_id}.", reservationId=reservation_id, status="succeeded"
    )
