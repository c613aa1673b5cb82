"""Service date-times: datetime.fromisoformat first, python-dateutil's isoparse for what Python 3.11 refuses."""

from __future__ import annotations

import datetime

import httpx
import pytest

from acs_phonenumbers import AzureKeyCredential, PhoneNumbersClient
from acs_phonenumbers_generated.models import PhoneNumberOperation, PurchasedPhoneNumber
from acs_phonenumbers_generated.types import parse_iso_datetime

UTC = datetime.UTC

# ISO 8601 / RFC 3339 forms that datetime.fromisoformat on Python 3.11 refuses.
LENIENT = [
    ("2026-01-05t10:30:00z", datetime.datetime(2026, 1, 5, 10, 30, tzinfo=UTC)),  # RFC 3339 5.6: "t" and "z"
    ("2026-01-05T24:00:00Z", datetime.datetime(2026, 1, 6, tzinfo=UTC)),  # ISO 8601 end of day
    ("2026-01-05T10:30:00.1234567z", datetime.datetime(2026, 1, 5, 10, 30, 0, 123456, tzinfo=UTC)),  # "z"
]


@pytest.mark.parametrize(("text", "expected"), LENIENT)
def test_forms_the_standard_library_refuses_are_parsed(text: str, expected: datetime.datetime) -> None:
    with pytest.raises(ValueError):
        datetime.datetime.fromisoformat(text)

    assert parse_iso_datetime(text) == expected
    operation = PhoneNumberOperation.from_dict(
        {"operationType": "search", "status": "running", "id": "o", "createdDateTime": text, "lastActionDateTime": text}
    )
    assert operation.created_date_time == expected and operation.last_action_date_time == expected


def test_what_the_service_sends_takes_the_fast_path() -> None:
    # .NET's seven fractional digits and "+00:00", as in the recordings.
    sent = "2023-01-06T17:31:35.8833059+00:00"
    operation = PhoneNumberOperation.from_dict(
        {"operationType": "search", "status": "running", "createdDateTime": sent, "id": "o"}
    )
    assert operation.created_date_time == datetime.datetime(2023, 1, 6, 17, 31, 35, 883305, tzinfo=UTC)


def test_no_date_time_at_all_is_still_refused() -> None:
    with pytest.raises(ValueError):
        parse_iso_datetime("yesterday")


def test_a_client_reads_a_lowercase_rfc3339_purchase_date() -> None:
    body = {
        "id": "14255550123",
        "phoneNumber": "+14255550123",
        "countryCode": "US",
        "phoneNumberType": "geographic",
        "assignmentType": "application",
        "capabilities": {"calling": "inbound", "sms": "none"},
        "purchaseDate": "2026-01-05t10:30:00z",
        "cost": {"amount": 2.0, "currencyCode": "USD", "billingFrequency": "monthly"},
    }
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    with PhoneNumbersClient("https://x.communication.azure.com", AzureKeyCredential("a2V5"), transport=transport) as c:
        number: PurchasedPhoneNumber = c.get_purchased_phone_number("+14255550123")
    assert number.purchase_date == datetime.datetime(2026, 1, 5, 10, 30, tzinfo=UTC)
