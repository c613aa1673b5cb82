"""What can be bought: `countries`, `localities`, `area-codes`, `offerings`, `browse`; and `lookup` (operator data)."""

from __future__ import annotations

from typing import Annotated

import typer

from .options import Assignment, Capability, CountryArg, NumberType, OutputOpt
from .state import get_state

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


def countries(ctx: typer.Context, output: OutputOpt = None) -> None:
    """List the countries where numbers can be bought."""
    state = get_state(ctx)
    state.doing("listing countries")
    state.renderer(output).pages(state.phone_numbers().list_available_countries().by_page(), "countries")


def localities(
    ctx: typer.Context,
    country: CountryArg,
    number_type: OptionalTypeOpt = None,
    division: DivisionOpt = None,
    output: OutputOpt = None,
) -> None:
    """List the cities and towns of a country that have numbers available."""
    state = get_state(ctx)
    state.doing(f"listing localities in {country}")
    pager = state.phone_numbers().list_available_localities(
        country,
        phone_number_type=number_type.value if number_type else None,
        administrative_division=division,
    )
    state.renderer(output).pages(pager.by_page(), "localities")


def area_codes(
    ctx: typer.Context,
    country: CountryArg,
    number_type: Annotated[NumberType, typer.Option("--type", help="Phone number type.")] = NumberType.GEOGRAPHIC,
    assignment: OptionalAssignmentOpt = None,
    locality: Annotated[
        str | None,
        typer.Option(
            "--locality", help="City or town, e.g. Seattle (needed for geographic numbers).", show_default=False
        ),
    ] = None,
    division: DivisionOpt = None,
    output: OutputOpt = None,
) -> None:
    """List the area codes with numbers available."""
    state = get_state(ctx)
    state.doing(f"listing area codes in {country}")
    pager = state.phone_numbers().list_available_area_codes(
        country,
        number_type.value,
        assignment_type=assignment.value if assignment else None,
        locality=locality,
        administrative_division=division,
    )
    state.renderer(output).pages(pager.by_page(), "area-codes")


def offerings(
    ctx: typer.Context,
    country: CountryArg,
    number_type: OptionalTypeOpt = None,
    assignment: OptionalAssignmentOpt = None,
    output: OutputOpt = None,
) -> None:
    """List the offerings of a country: number types, capabilities and monthly prices."""
    state = get_state(ctx)
    state.doing(f"listing offerings in {country}")
    pager = state.phone_numbers().list_available_offerings(
        country,
        phone_number_type=number_type.value if number_type else None,
        assignment_type=assignment.value if assignment else None,
    )
    state.renderer(output).pages(pager.by_page(), "offerings")


def lookup(
    ctx: typer.Context,
    numbers: Annotated[list[str], typer.Argument(help="Phone numbers in E.164 format.", show_default=False)],
    details: Annotated[
        bool, typer.Option("--details", help="Include operator details (may cost more on the real service).")
    ] = False,
    output: OutputOpt = None,
) -> None:
    """Look up operator information (format, country, number type, operator) for phone numbers."""
    from .._models import OperatorInformationOptions

    state = get_state(ctx)
    state.doing(f"looking up {', '.join(numbers)}")
    result = state.phone_numbers().search_operator_information(
        numbers, options=OperatorInformationOptions(include_additional_operator_details=details)
    )
    values = result.values if isinstance(result.values, list) else []
    state.renderer(output).items(values, "operator")


def browse(
    ctx: typer.Context,
    country: CountryArg,
    number_type: Annotated[NumberType, typer.Option("--type", help="Phone number type.")] = NumberType.GEOGRAPHIC,
    assignment: OptionalAssignmentOpt = None,
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
    output: OutputOpt = None,
) -> None:
    """Browse a random sample of available numbers (their ids can be put in a reservation)."""
    state = get_state(ctx)
    state.doing(f"browsing numbers in {country}")
    result = state.phone_numbers().browse_available_phone_numbers(
        country_code=country,
        phone_number_type=number_type.value,
        assignment_type=assignment.value if assignment else None,
        sms_capability=sms.value if sms else None,
        calling_capability=calling.value if calling else None,
        phone_number_prefixes=prefix or None,
    )
    state.renderer(output).items(result.phone_numbers, "available")


def register(app: typer.Typer) -> None:
    app.command("countries")(countries)
    app.command("localities")(localities)
    app.command("area-codes")(area_codes)
    app.command("offerings")(offerings)
    app.command("lookup")(lookup)
    app.command("browse")(browse)
