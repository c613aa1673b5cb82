"""`acs-phonenumbers reservations ...`: hold browsed numbers in a reservation, then buy them all at once."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .commands import Message, Operation, built_by, command, said
from .errors import UsageProblem
from .files import read_text
from .options import AgreeOpt, Assignment, Capability, NoWaitOpt, NumberType, command_group
from .output import Renderer
from .state import CliState

if TYPE_CHECKING:
    from .._models import AvailablePhoneNumber
    from .._phone_numbers import PhoneNumbersClient

app = command_group("Reserve browsed numbers for a while, then purchase the whole reservation.")

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


def numbers_to_add(
    ids: NumberIdsArg = None,
    from_browse: FromBrowseOpt = None,
    country: CountryOpt = "US",
    number_type: TypeOpt = NumberType.GEOGRAPHIC,
    assignment: AssignmentOpt = Assignment.APPLICATION,
    sms: SmsOpt = Capability.NONE,
    calling: CallingOpt = Capability.INBOUND_OUTBOUND,
) -> list[AvailablePhoneNumber]:
    """The numbers to put in a reservation: by id (with what they are), and from a saved `browse --output json`."""
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


NUMBERS_TO_ADD = built_by(numbers_to_add)


@app.command("create")
@command(shows=Renderer.reservation)
def create(
    state: CliState,
    reservation_id: Annotated[
        str | None, typer.Option("--id", help="Reservation id to use (default: a new UUID).", show_default=False)
    ] = None,
    numbers: list[AvailablePhoneNumber] = NUMBERS_TO_ADD,
) -> Any:
    """Create a reservation, optionally holding numbers right away; prints the reservation."""
    rid = reservation_id or str(uuid.uuid4())
    state.doing(f"creating reservation {rid}")
    return state.phone_numbers().create_or_update_reservation(reservation_id=rid, numbers_to_add=numbers)


@app.command("add")
@command(shows=Renderer.reservation)
def add(state: CliState, reservation_id: ReservationArg, numbers: list[AvailablePhoneNumber] = NUMBERS_TO_ADD) -> Any:
    """Add available numbers to a reservation (by id, or from a saved `browse --output json`)."""
    if not numbers:
        raise UsageProblem("give the ids of numbers to add, or --from-browse FILE")
    state.doing(f"adding {len(numbers)} number(s) to reservation {reservation_id}")
    return state.phone_numbers().create_or_update_reservation(reservation_id=reservation_id, numbers_to_add=numbers)


@app.command("remove")
@command(shows=Renderer.reservation)
def remove(
    state: CliState,
    reservation_id: ReservationArg,
    ids: Annotated[list[str], typer.Argument(help="Ids of the numbers to take out.", show_default=False)],
) -> Any:
    """Take numbers out of a reservation."""
    state.doing(f"removing {len(ids)} number(s) from reservation {reservation_id}")
    return state.phone_numbers().create_or_update_reservation(reservation_id=reservation_id, numbers_to_remove=ids)


@app.command("show")
@command("getting reservation {reservation_id}", shows=Renderer.reservation)
def show(state: CliState, reservation_id: ReservationArg) -> Any:
    """Show a reservation and the numbers it holds."""
    return state.phone_numbers().get_reservation(reservation_id)


@app.command("list")
@command("listing reservations", view="reservations")
def list_reservations(state: CliState) -> Iterator[list[Any]]:
    """List reservations with the numbers each holds (page by page; the service lists reservations without their
    numbers, so each is fetched once)."""
    client = state.phone_numbers()
    for page in client.list_reservations().by_page():
        yield [_with_numbers(client, item) for item in page]


def _with_numbers(client: PhoneNumbersClient, reservation: Any) -> Any:
    """The reservation with the numbers it holds (the listing leaves them out: then it is fetched)."""
    numbers = getattr(reservation, "phone_numbers", None)
    return reservation if getattr(numbers, "additional_properties", None) else client.get_reservation(reservation.id)


@app.command("delete")
@command("deleting reservation {reservation_id}")
def delete(state: CliState, reservation_id: ReservationArg) -> Message:
    """Delete a reservation; its numbers become available to others again."""
    state.phone_numbers().delete_reservation(reservation_id)
    return said(f"Deleted reservation {reservation_id}.", reservationId=reservation_id, status="deleted")


@app.command("purchase")
@command("purchasing reservation {reservation_id}")
def purchase(
    state: CliState, reservation_id: ReservationArg, agree_to_not_resell: AgreeOpt = False, no_wait: NoWaitOpt = False
) -> Operation:
    """Buy every number in a reservation."""
    poller = state.phone_numbers().begin_purchase_reservation(reservation_id, agree_to_not_resell=agree_to_not_resell)
    done = said(
        f"Purchased the numbers of reservation {reservation_id}.", reservationId=reservation_id, status="succeeded"
    )
    return Operation(poller, "reservation purchase", no_wait, done)
