"""What Microsoft's own 1.4.0 tests ask of France, Ireland's mobile numbers and localities by number type, done
here with the official client against the emulator (the same calls, our assertions)."""

from __future__ import annotations

import uuid

import pytest
from azure.communication.phonenumbers import (
    PhoneNumberAssignmentType,
    PhoneNumberCapabilities,
    PhoneNumberCapabilityType,
    PhoneNumbersClient,
    PhoneNumberType,
)
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import HttpResponseError

from acs_phonenumbers.emulator import Emulator


@pytest.fixture
def official(acs_emulator: Emulator) -> PhoneNumbersClient:
    return PhoneNumbersClient(acs_emulator.endpoint.rstrip("/"), AzureKeyCredential(acs_emulator.access_key))


def test_france_refuses_a_purchase_without_the_agreement_not_to_resell(official: PhoneNumbersClient) -> None:
    capabilities = PhoneNumberCapabilities(
        calling=PhoneNumberCapabilityType.OUTBOUND, sms=PhoneNumberCapabilityType.NONE
    )
    search = official.begin_search_available_phone_numbers(
        "FR", PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, capabilities, polling_interval=0.01
    ).result()
    assert search.is_agreement_to_not_resell_required is True
    with pytest.raises(HttpResponseError) as refused:
        official.begin_purchase_phone_numbers(search.search_id, agree_to_not_resell=False, polling=True)
    assert refused.value.status_code == 400 and refused.value.message


def test_a_french_reservation_is_refused_at_purchase_without_the_agreement(official: PhoneNumbersClient) -> None:
    browsed = official.browse_available_phone_numbers(country_code="FR", phone_number_type=PhoneNumberType.TOLL_FREE)
    number = browsed.phone_numbers[0]
    reservation_id = str(uuid.uuid4())
    reservation = official.create_or_update_reservation(reservation_id=reservation_id, numbers_to_add=[number])
    assert reservation.phone_numbers[number.id].status == "reserved"
    with pytest.raises(HttpResponseError) as refused:
        official.begin_purchase_reservation(reservation_id, agree_to_not_resell=False, polling=True)
    assert refused.value.status_code == 400
    official.delete_reservation(reservation_id)


def test_irish_mobile_localities_lead_to_mobile_area_codes(official: PhoneNumbersClient) -> None:
    locality = official.list_available_localities("IE", phone_number_type=PhoneNumberType.MOBILE).next()
    area_codes = official.list_available_area_codes(
        "IE",
        PhoneNumberType.MOBILE,
        assignment_type=PhoneNumberAssignmentType.APPLICATION,
        locality=locality.localized_name,
    )
    assert area_codes.next().area_code.startswith("8")
