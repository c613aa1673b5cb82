"""Client-side checks: clear, specific errors before any request."""

from __future__ import annotations

import enum
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acs_phonenumbers._errors import InvalidArgumentError
from acs_phonenumbers._validation import (
    ensure_e164,
    ensure_endpoint,
    ensure_enum,
    ensure_not_empty,
    ensure_uuid,
    reject_unknown_kwargs,
)
from acs_phonenumbers_generated.models import PhoneNumberType


@pytest.mark.parametrize("number", ["+14255550123", "+442071838750", "+12", "+123456789012345"])
def test_e164_accepts(number: str) -> None:
    assert ensure_e164(number) == number


@pytest.mark.parametrize(
    "number", ["14255550123", "+04255550123", "+1 425 555 0123", "+1-425-555-0123", "+1234567890123456", "+", "",
               " +14255550123", "+1425555012\uff13", "+14255550123\n"],
)  # fmt: skip
def test_e164_rejects_with_the_expected_format(number: str) -> None:
    with pytest.raises(InvalidArgumentError, match=r"phone_number must be an E\.164 .*'\+14255550123'"):
        ensure_e164(number)


def test_e164_names_the_field_and_the_type() -> None:
    with pytest.raises(InvalidArgumentError, match=r"phone_numbers\[2\] must be .* got int"):
        ensure_e164(14255550123, "phone_numbers[2]")


@given(st.text(max_size=40))
def test_e164_never_crashes(text: str) -> None:
    try:
        assert ensure_e164(text).startswith("+")
    except InvalidArgumentError as exc:
        assert "phone_number" in str(exc)


def test_uuid() -> None:
    value = uuid.uuid4()
    assert ensure_uuid(value, "reservation_id") == str(value)
    assert ensure_uuid(str(value).upper(), "reservation_id") == str(value)
    assert ensure_uuid("{" + str(value) + "}", "reservation_id") == str(value)
    for bad in ("", "abc", "6227aeb8-8086-4824-9586-05cafe96f37", 12):
        with pytest.raises(InvalidArgumentError, match="reservation_id must be a UUID"):
            ensure_uuid(bad, "reservation_id")


def test_not_empty() -> None:
    assert ensure_not_empty("search-1", "search_id") == "search-1"
    for bad in ("", "  \t", None):
        with pytest.raises(InvalidArgumentError, match="search_id must"):
            ensure_not_empty(bad, "search_id")


class Color(enum.Enum):
    DARK_RED = "darkRed"
    BLUE = "blue"


def test_enum_accepts_members_values_and_names_in_any_case() -> None:
    assert ensure_enum(Color.BLUE, Color, "color") is Color.BLUE
    assert ensure_enum("darkred", Color, "color") is Color.DARK_RED
    assert ensure_enum("DARK_RED", Color, "color") is Color.DARK_RED
    assert ensure_enum("tollfree", PhoneNumberType, "phone_number_type") is PhoneNumberType.TOLL_FREE
    assert ensure_enum(PhoneNumberType.MOBILE, PhoneNumberType, "phone_number_type") is PhoneNumberType.MOBILE


def test_enum_sends_unknown_values_to_the_service_and_rejects_only_non_strings() -> None:
    # The service's enums are open strings: a value this version does not declare is the service's to judge.
    assert ensure_enum("satellite", PhoneNumberType, "phone_number_type") == "satellite"
    assert ensure_enum(PhoneNumberType("satellite"), PhoneNumberType, "phone_number_type") == "satellite"
    with pytest.raises(InvalidArgumentError) as info:
        ensure_enum("  ", PhoneNumberType, "phone_number_type")
    message = str(info.value)
    assert "phone_number_type must be one of" in message
    assert "'geographic', 'mobile', 'tollFree'" in message
    with pytest.raises(InvalidArgumentError):
        ensure_enum(3, Color, "color")


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("https://contoso.communication.azure.com/", "https://contoso.communication.azure.com"),
        ("HTTPS://Contoso.Communication.Azure.com", "https://contoso.communication.azure.com"),
        (" http://127.0.0.1:8443/ ", "http://127.0.0.1:8443"),
        ("http://[::1]:8080/", "http://[::1]:8080"),
        ("https://gateway.example/acs/", "https://gateway.example/acs"),
    ],
)
def test_endpoint_normalised(raw: str, normal: str) -> None:
    assert ensure_endpoint(raw) == normal


def test_endpoint_that_is_a_connection_string_is_refused_without_echo() -> None:
    with pytest.raises(InvalidArgumentError, match="from_connection_string") as info:
        ensure_endpoint("endpoint=https://x/;accesskey=c2VjcmV0")
    assert "c2VjcmV0" not in str(info.value)


@pytest.mark.parametrize("bad", ["", "contoso", "ftp://x", "https://", "https://h?x=1", "https://h#f", None])
def test_endpoint_rejects(bad: object) -> None:
    with pytest.raises(InvalidArgumentError, match="endpoint"):
        ensure_endpoint(bad)


def test_unknown_kwargs() -> None:
    reject_unknown_kwargs({"retry": 1}, ["retry", "timeout"], "PhoneNumbersClient")
    with pytest.raises(TypeError, match=r"unexpected keyword argument 'retyr' \(did you mean 'retry'\?\); valid: "):
        reject_unknown_kwargs({"retyr": 1}, ["retry", "timeout"], "PhoneNumbersClient")
