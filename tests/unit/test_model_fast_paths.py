"""The models' cheap paths (tests/bench/micro_models.py) give exactly what the general ones gave.

``as_<enum>`` looks an exact value up in a dict before calling the enum; ``from_dict`` reads the body without
copying it and calls the class positionally; ``to_dict`` reads a member's ``_value_``. Every enum of the three
generated packages is checked against the enum call itself, which is what ``from_dict`` used before.
"""

from __future__ import annotations

import datetime
import importlib
from collections.abc import Callable
from enum import Enum
from types import MappingProxyType
from typing import Any

import pytest

from acs_phonenumbers_generated.models import (
    BillingFrequency,
    PhoneNumberAssignmentType,
    PhoneNumberCapabilities,
    PhoneNumberCapabilityType,
    PhoneNumberCost,
    PhoneNumberType,
    PurchasedPhoneNumber,
    PurchasedPhoneNumbers,
)

PACKAGES = ("acs_phonenumbers_generated", "acs_shortcodes_generated", "acs_siprouting_generated")


def _enums() -> list[tuple[type[Enum], Callable[[Any], Any]]]:
    found = []
    for package in PACKAGES:
        models = importlib.import_module(f"{package}.models")
        for name in models.__all__:
            value = getattr(models, name)
            if isinstance(value, type) and issubclass(value, Enum):
                module = importlib.import_module(value.__module__)
                found.append((value, getattr(module, "as_" + value.__module__.rsplit(".", 1)[1])))
    return found


ENUMS = _enums()


def test_every_enum_of_every_package_is_found() -> None:
    assert len(ENUMS) > 20 and PhoneNumberType in [enum for enum, _ in ENUMS]


@pytest.mark.parametrize(("enum", "read"), ENUMS, ids=[enum.__name__ for enum, _ in ENUMS])
def test_reading_a_value_gives_what_calling_the_enum_gives(enum: type[Enum], read: Callable[[Any], Any]) -> None:
    for member in enum:
        value = member.value
        assert read(value) is enum(value) is member
        assert read(member) is member
        for spelling in (value.upper(), value.lower(), value.swapcase()):
            assert read(spelling) is enum(spelling) is member
    unknown = read("SomethingNew")
    assert type(unknown) is enum and unknown == "SomethingNew" and unknown.value == "SomethingNew"
    assert unknown.name == enum("SomethingNew").name == "SomethingNew" and read(unknown) is unknown
    for wrong in (5, None, ["a"]):
        with pytest.raises(ValueError) as slow:
            enum(wrong)
        with pytest.raises(ValueError) as fast:
            read(wrong)
        assert str(fast.value) == str(slow.value)


def test_a_case_insensitive_match_takes_the_first_member_in_order() -> None:
    assert PhoneNumberCapabilityType("INBOUND+OUTBOUND") is PhoneNumberCapabilityType.INBOUND_OUTBOUND
    assert PhoneNumberType("TOLLFREE") is PhoneNumberType.TOLL_FREE


def test_enum_fields_still_convert_what_a_caller_gives() -> None:
    cost = PhoneNumberCost(2.0, "USD", "MONTHLY")
    assert cost.billing_frequency is BillingFrequency.MONTHLY
    capabilities = PhoneNumberCapabilities(calling="inbound", sms="Brand-New")
    assert capabilities.calling is PhoneNumberCapabilityType.INBOUND
    assert type(capabilities.sms) is PhoneNumberCapabilityType and capabilities.sms == "Brand-New"
    # An assignment after __init__ is not converted (no on_setattr hook); to_dict sends the string as it is.
    capabilities.sms = "outbound"
    assert capabilities.to_dict() == {"calling": "inbound", "sms": "outbound"}


NUMBER = {
    "id": "14255550123",
    "phoneNumber": "+14255550123",
    "countryCode": "US",
    "phoneNumberType": "geographic",
    "capabilities": {"calling": "inbound", "sms": "none"},
    "assignmentType": "application",
    "purchaseDate": "2026-01-01T00:00:00+00:00",
    "cost": {"amount": 2.0, "currencyCode": "USD", "billingFrequency": "monthly"},
}


def test_a_number_reads_typed_and_writes_back_the_same_json() -> None:
    number = PurchasedPhoneNumber.from_dict(NUMBER)
    assert number.phone_number_type is PhoneNumberType.GEOGRAPHIC
    assert number.assignment_type is PhoneNumberAssignmentType.APPLICATION
    assert number.capabilities.sms is PhoneNumberCapabilityType.NONE
    assert number.purchase_date == datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    assert number.additional_properties == {} and number.capabilities.additional_properties == {}
    written = number.to_dict()
    assert written == NUMBER and list(written) == list(NUMBER)
    assert all(type(written[key]) is str for key in ("phoneNumberType", "assignmentType"))


def test_additional_properties_are_kept_apart_from_the_body() -> None:
    body = {**NUMBER, "capabilities": {"calling": "INBOUND", "sms": "none", "mms": "inbound"}, "extra": [1]}
    before = {**body, "capabilities": dict(body["capabilities"])}
    number = PurchasedPhoneNumber.from_dict(body)
    assert body == before  # the body itself is left as it was
    assert number.additional_properties == {"extra": [1]} and number["extra"] is body["extra"]
    assert number.capabilities.additional_properties == {"mms": "inbound"}
    number["added"] = True
    assert "added" not in body
    assert number.to_dict() == {
        **NUMBER,
        "capabilities": {"calling": "inbound", "sms": "none", "mms": "inbound"},
        "extra": [1],
        "added": True,
    }
    # Each model without extra keys has its own (empty) dict.
    first, second = PurchasedPhoneNumber.from_dict(NUMBER), PurchasedPhoneNumber.from_dict(NUMBER)
    first["mine"] = 1
    assert second.additional_properties == {}


def test_an_optional_field_present_is_not_taken_for_an_additional_property() -> None:
    page = PurchasedPhoneNumbers.from_dict({"phoneNumbers": [], "nextLink": "https://x/next"})
    assert page.next_link == "https://x/next" and page.additional_properties == {}
    page = PurchasedPhoneNumbers.from_dict({"phoneNumbers": [], "nextLink": None, "other": 1})
    assert page.additional_properties == {"other": 1} and page.to_dict() == {
        "other": 1,
        "phoneNumbers": [],
        "nextLink": None,
    }


def test_a_missing_required_field_fails_as_before() -> None:
    body = {key: value for key, value in NUMBER.items() if key != "countryCode"}
    with pytest.raises(KeyError) as missing:
        PurchasedPhoneNumber.from_dict(body)
    assert missing.value.args == ("countryCode",)


@pytest.mark.parametrize("model", [PurchasedPhoneNumber, PhoneNumberCapabilities, PurchasedPhoneNumbers])
def test_a_body_that_is_no_json_object_fails_as_dict_of_it_does(model: Any) -> None:
    # The clients turn KeyError, TypeError and ValueError from from_dict into "could not be decoded".
    for wrong in ("text", 5, None, [1]):
        with pytest.raises(Exception) as expected:
            dict(wrong)  # type: ignore[call-overload]
        with pytest.raises(type(expected.value)):
            model.from_dict(wrong)


def test_any_mapping_is_read() -> None:
    assert PurchasedPhoneNumber.from_dict(MappingProxyType(NUMBER)).to_dict() == NUMBER
    extra = PhoneNumberCapabilities.from_dict(MappingProxyType({"calling": "none", "sms": "none", "mms": "none"}))
    assert extra.additional_properties == {"mms": "none"}
