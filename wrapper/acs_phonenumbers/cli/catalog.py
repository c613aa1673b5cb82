"""What can be bought: `countries`, `localities`, `area-codes`, `offerings`, `browse`; and `lookup` (operator data)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

import typer

from .commands import built_by, command
from .options import Assignment, Capability, CountryArg, NumberType, TypeOpt
from .state import CliState

OptionalTypeOpt = Annotated[
    NumberType | None, typer.Option("--type", help="Only this phone number type.", show_default=False)
]
OptionalAssignmentOpt = Annotated[
    Assignment | None, typer.Option("--assignment", help="Only this assignment type.", show_default=False)
]
DivisionOpt = Annotated[
    str | None,
    typer.Option("--division", help="State or province, e.g. WA or Washington.", show_default=False),
]


@dataclass(frozen=True)
class Kind:
    """The kind of numbers a listing is about: a country's, of a type, for an assignment type (any if not given)."""

    country: CountryArg
    number_type: TypeOpt = NumberType.GEOGRAPHIC
    assignment: OptionalAssignmentOpt = None

    @property
    def assignment_type(self) -> Literal["application", "person"] | None:
        return self.assignment.value if self.assignment else None


KIND = built_by(Kind)


@command("listing countries", view="countries")
def countries(state: CliState) -> Any:
    """List the countries where numbers can be bought."""
    return state.phone_numbers().list_available_countries()


@command("listing localities in {country}", view="localities")
def localities(
    state: CliState, country: CountryArg, number_type: OptionalTypeOpt = None, division: DivisionOpt = None
) -> Any:
    """List the cities and towns of a country that have numbers available."""
    return state.phone_numbers().list_available_localities(
        country, phone_number_type=number_type.value if number_type else None, administrative_division=division
    )


@command("listing area codes in {kind.country}", view="area-codes")
def area_codes(
    state: CliState,
    kind: Kind = KIND,
    locality: Annotated[
        str | None,
        typer.Option(
            "--locality", help="City or town, e.g. Seattle (needed for geographic numbers).", show_default=False
        ),
    ] = None,
    division: DivisionOpt = None,
) -> Any:
    """List the area codes with numbers available."""
    return state.phone_numbers().list_available_area_codes(
        kind.country,
        kind.number_type.value,
        assignment_type=kind.assignment_type,
        locality=locality,
        administrative_division=division,
    )


@command("listing offerings in {country}", view="offerings")
def offerings(
    state: CliState, country: CountryArg, number_type: OptionalTypeOpt = None, assignment: OptionalAssignmentOpt = None
) -> Any:
    """List the offerings of a country: number types, capabilities and monthly prices."""
    return state.phone_numbers().list_available_offerings(
        country,
        phone_number_type=number_type.value if number_type else None,
        assignment_type=assignment.value if assignment else None,
    )


@command(view="operator")
def lookup(
    state: CliState,
    numbers: Annotated[list[str], typer.Argument(help="Phone numbers in E.164 format.", show_default=False)],
    details: Annotated[
        bool, typer.Option("--details", help="Include operator details (may cost more on the real service).")
    ] = False,
) -> Any:
    """Look up operator information (format, country, number type, operator) for phone numbers."""
    from .._models import OperatorInformationOptions

    state.doing(f"looking up {', '.join(numbers)}")
    result = state.phone_numbers().search_operator_information(
        numbers, options=OperatorInformationOptions(include_additional_operator_details=details)
    )
    return [result.values if isinstance(result.values, list) else []]  # one page


@command("browsing numbers in {kind.country}", view="available")
def browse(
    state: CliState,
    kind: Kind = KIND,
    sms: Annotated[Capability | None, typer.Option("--sms", help="SMS capability wanted.", show_default=False)] = None,
    calling: Annotated[
        Capability | None, typer.Option("--calling", help="Calling capability wanted.", show_default=False)
    ] = None,
    prefix: Annotated[
        list[str] | None,
        typer.Option(
            "--prefix", help="Only numbers starting with this prefix, e.g. +1425 (repeatable).", show_default=False
        ),
    ] = None,
) -> Any:
    """Browse a random sample of available numbers (their ids can be put in a reservation)."""
    result = state.phone_numbers().browse_available_phone_numbers(
        country_code=kind.country,
        phone_number_type=kind.number_type.value,
        assignment_type=kind.assignment_type,
        sms_capability=sms.value if sms else None,
        calling_capability=calling.value if calling else None,
        phone_number_prefixes=prefix or None,
    )
    return [result.phone_numbers]  # one page


def register(app: typer.Typer) -> None:
    app.command("countries")(countries)
    app.command("localities")(localities)
    app.command("area-codes")(area_codes)
    app.command("offerings")(offerings)
    app.command("lookup")(lookup)
    app.command("browse")(browse)
