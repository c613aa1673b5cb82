"""What a type checker sees of the public surface: misspelt imports are errors, error attributes carry no `Any`.

The packages load most names lazily (module ``__getattr__``); that function is hidden from type checkers, so mypy
resolves every exported name through the ``TYPE_CHECKING`` imports and refuses the rest. One mypy run on a small
user script checks it all (with the project's mypy cache, warmed by ``make typecheck``).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

USER_SCRIPT = """
from acs_phonenumbers import PurchasedPhoneNumbr
from acs_phonenumbers.aio import ShortCodesClent
from acs_phonenumbers import HttpResponseError, PurchasedPhoneNumber, ShortCodesClient
from acs_phonenumbers import PhoneNumberCapabilities, PhoneNumberCapabilityType, PhoneNumbersClient, PhoneNumberType
from acs_phonenumbers.aio import ShortCodesClient as AsyncShortCodesClient

def inspect(error: HttpResponseError) -> None:
    reveal_type(error.status_code)
    reveal_type(error.ms_cv)
    reveal_type(error.request_id)
    reveal_type(error.client_request_id)
    reveal_type(error.reason)
    reveal_type(error.attempts)
    reveal_type(error.error)
    reveal_type(error.response)

CAPS = PhoneNumberCapabilities(calling=PhoneNumberCapabilityType.INBOUND, sms=PhoneNumberCapabilityType.NONE)

def search(client: PhoneNumbersClient) -> None:
    client.begin_search_available_phone_numbers("US", "tollFre", "application", CAPS)
    client.begin_search_available_phone_numbers(
        "US", PhoneNumberType("satellite"), "person", CAPS
    )
    client.begin_update_phone_number_capabilities("+14255550123", sms="inbound+outbound", calling="none")

reveal_type(PurchasedPhoneNumber)
reveal_type(ShortCodesClient)
reveal_type(AsyncShortCodesClient)

# An enum-typed model field takes the enum or its string, and reads back as the enum (as the official SDK's do).
reveal_type(PhoneNumberCapabilities(calling="inbound", sms=PhoneNumberCapabilityType.NONE).calling)
from acs_phonenumbers_generated.models import PhoneNumberCapabilitiesRequest
reveal_type(PhoneNumberCapabilitiesRequest(sms="outbound").sms)
# The async clients are generated from the sync ones (openapi/tools/twins.py): their signatures stay precise.
from acs_phonenumbers.aio import PhoneNumbersClient as AsyncPhoneNumbersClient
from acs_phonenumbers.siprouting.aio import SipRoutingClient as AsyncSipRoutingClient

async def use(client: AsyncPhoneNumbersClient, sip: AsyncSipRoutingClient) -> None:
    reveal_type(await client.begin_search_available_phone_numbers("US", "tollFree", "application", CAPS))
    reveal_type(client.list_purchased_phone_numbers())
    reveal_type(await client.with_raw_response.get_purchased_phone_number("+14255550123"))
    reveal_type(await sip.get_trunk("sbc.contoso.com"))
"""


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    script = tmp_path_factory.mktemp("user") / "user_script.py"
    script.write_text(textwrap.dedent(USER_SCRIPT))
    completed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-error-codes", str(script)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 1, completed.stdout + completed.stderr
    return completed.stdout.splitlines()


def test_a_misspelt_import_or_enum_value_is_a_mypy_error(mypy_output: list[str]) -> None:
    errors = [line for line in mypy_output if ": error:" in line]

    assert any('Module "acs_phonenumbers" has no attribute "PurchasedPhoneNumbr"' in line for line in errors), errors
    assert any('Module "acs_phonenumbers.aio" has no attribute "ShortCodesClent"' in line for line in errors), errors
    typo = [line for line in errors if "tollFre'" in line]
    assert len(typo) == 1 and "Literal['geographic', 'mobile', 'tollFree'] | PhoneNumberType" in typo[0], errors
    assert len(errors) == 3, errors  # nothing else in the script is wrong (an undeclared value via the enum is fine)


def test_error_attributes_and_lazy_names_reveal_no_any(mypy_output: list[str]) -> None:
    revealed = [
        line.split("Revealed type is ", 1)[1].strip('"').replace("builtins.", "")
        for line in mypy_output
        if "Revealed type is" in line
    ]

    assert revealed[:8] == [
        "int | None",
        "str | None",
        "str | None",
        "str | None",
        "str | None",
        "int | None",
        "acs_phonenumbers._errors.ErrorDetail | None",
        "httpx._models.Response | None",
    ]
    assert all("Any" not in line for line in revealed[:8]), revealed
    assert "PurchasedPhoneNumber" in revealed[8]
    assert "acs_phonenumbers._short_codes.ShortCodesClient" in revealed[9]
    assert "acs_phonenumbers_twins.short_codes_aio.ShortCodesClient" in revealed[10]
    assert revealed[11].endswith("phone_number_capability_type.PhoneNumberCapabilityType")
    assert revealed[12].endswith("phone_number_capability_type.PhoneNumberCapabilityType | None")


def test_an_enum_field_given_a_string_holds_the_enum() -> None:
    from acs_phonenumbers import PhoneNumberCapabilities, PhoneNumberCapabilityType, PhoneNumberType
    from acs_phonenumbers_generated.models import PhoneNumberCapabilitiesRequest, PhoneNumberOffering

    capabilities = PhoneNumberCapabilities(calling="INBOUND", sms="inbound+outbound")
    assert capabilities.calling is PhoneNumberCapabilityType.INBOUND
    assert capabilities.sms is PhoneNumberCapabilityType.INBOUND_OUTBOUND
    assert capabilities.to_dict() == {"calling": "inbound", "sms": "inbound+outbound"}
    assert PhoneNumberCapabilitiesRequest(sms="none").sms is PhoneNumberCapabilityType.NONE
    assert PhoneNumberCapabilitiesRequest().calling is None
    offering = PhoneNumberOffering.from_dict(
        {"cost": {"amount": 1, "currencyCode": "USD", "billingFrequency": "monthly"}}
    )
    assert offering.phone_number_type is None
    assert str(PhoneNumberOffering(offering.cost, phone_number_type="satellite").phone_number_type) == "satellite"
    assert PhoneNumberType("satellite") not in list(PhoneNumberType)  # open: kept, not made a declared member


def test_the_generated_async_methods_reveal_their_precise_types(mypy_output: list[str]) -> None:
    revealed = [line.split("Revealed type is ", 1)[1].strip('"') for line in mypy_output if "Revealed type is" in line]

    assert revealed[13:] == [
        "acs_phonenumbers._polling.AsyncLROPoller["
        "acs_phonenumbers_generated.models.phone_number_search_result.PhoneNumberSearchResult]",
        "acs_phonenumbers._paging.AsyncItemPaged["
        "acs_phonenumbers_generated.models.purchased_phone_number.PurchasedPhoneNumber]",
        "acs_phonenumbers._base.RawResponse["
        "acs_phonenumbers_generated.models.purchased_phone_number.PurchasedPhoneNumber]",
        "acs_phonenumbers.siprouting._models.SipTrunk",
    ]


@pytest.mark.parametrize(
    ("literal", "enum"),
    [
        ("PhoneNumberTypeLiteral", "PhoneNumberType"),
        ("PhoneNumberCapabilityTypeLiteral", "PhoneNumberCapabilityType"),
        ("PhoneNumberAssignmentTypeLiteral", "PhoneNumberAssignmentType"),
    ],
)
def test_each_literal_alias_lists_its_enums_values(literal: str, enum: str) -> None:
    import typing

    import acs_phonenumbers

    values = typing.get_args(getattr(acs_phonenumbers, literal))
    assert sorted(values) == sorted(member.value for member in getattr(acs_phonenumbers, enum))
