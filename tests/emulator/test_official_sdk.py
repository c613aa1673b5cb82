"""The official azure-communication-phonenumbers 1.4 client, unmodified, runs the whole lifecycle on the emulator."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from azure.communication.phonenumbers import (
    OperatorInformationOptions,
    PhoneNumberAssignmentType,
    PhoneNumberCapabilities,
    PhoneNumbersClient,
    PhoneNumberType,
)
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import HttpResponseError, ResourceNotFoundError

from acs_phonenumbers.emulator import Emulator

POLL = {"polling_interval": 0.01}


def run_lifecycle(client: PhoneNumbersClient, emulator: Emulator) -> None:
    # catalogue
    countries = [c.country_code for c in client.list_available_countries()]
    assert {"US", "CA", "IE"} <= set(countries)
    localities = list(client.list_available_localities("US", administrative_division="WA"))
    assert {loc.localized_name for loc in localities} == {"Seattle", "Redmond"}
    assert localities[0].administrative_division.abbreviated_name == "WA"
    area_codes = [a.area_code for a in client.list_available_area_codes("US", PhoneNumberType.TOLL_FREE)]
    assert "800" in area_codes
    geo_codes = client.list_available_area_codes(
        "US", PhoneNumberType.GEOGRAPHIC, locality="Redmond", administrative_division="WA"
    )
    assert [a.area_code for a in geo_codes] == ["425"]
    offerings = list(client.list_available_offerings("US"))
    assert any(o.phone_number_type == "tollFree" and o.cost.amount > 0 for o in offerings)

    # search, purchase, get, list, update, release
    search = client.begin_search_available_phone_numbers(
        "US",
        PhoneNumberType.TOLL_FREE,
        PhoneNumberAssignmentType.APPLICATION,
        PhoneNumberCapabilities(calling="inbound", sms="inbound+outbound"),
        quantity=2,
        **POLL,
    ).result()
    assert len(search.phone_numbers) == 2
    assert search.is_agreement_to_not_resell_required is False
    client.begin_purchase_phone_numbers(search.search_id, **POLL).result()
    number = search.phone_numbers[0]
    bought = client.get_purchased_phone_number(number)
    assert bought.phone_number == number
    assert bought.capabilities.sms == "inbound+outbound"
    owned = {n.phone_number for n in client.list_purchased_phone_numbers()}
    assert set(search.phone_numbers) <= owned
    updated = client.begin_update_phone_number_capabilities(number, sms="outbound", calling="outbound", **POLL).result()
    assert (updated.capabilities.calling, updated.capabilities.sms) == ("outbound", "outbound")
    client.begin_release_phone_number(number, **POLL).result()
    with pytest.raises(ResourceNotFoundError):
        client.get_purchased_phone_number(number)

    # agreement to not resell (Ireland requires it)
    irish = client.begin_search_available_phone_numbers(
        "IE",
        PhoneNumberType.GEOGRAPHIC,
        PhoneNumberAssignmentType.APPLICATION,
        PhoneNumberCapabilities(calling="inbound+outbound", sms="none"),
        **POLL,
    ).result()
    assert irish.is_agreement_to_not_resell_required is True
    with pytest.raises(HttpResponseError) as refused:
        client.begin_purchase_phone_numbers(irish.search_id, **POLL).result()
    assert refused.value.status_code == 400
    client.begin_purchase_phone_numbers(irish.search_id, agree_to_not_resell=True, **POLL).result()
    assert client.get_purchased_phone_number(irish.phone_numbers[0]).country_code == "IE"

    # operator information
    info = client.search_operator_information(
        [number], options=OperatorInformationOptions(include_additional_operator_details=True)
    )
    assert info.values[0].phone_number == number
    assert info.values[0].iso_country_code == "US"
    assert info.values[0].international_format.startswith("+1 ")

    # browse and reservations
    browsed = client.browse_available_phone_numbers(
        country_code="US",
        phone_number_type=PhoneNumberType.GEOGRAPHIC,
        assignment_type=PhoneNumberAssignmentType.APPLICATION,
        calling_capability="inbound+outbound",
        sms_capability="none",
        phone_number_prefixes=["1425"],
    ).phone_numbers
    assert browsed and all(n.phone_number.startswith("+1425") for n in browsed)
    reservation_id = str(uuid.uuid4())
    first, second = browsed[0], browsed[1]
    reservation = client.create_or_update_reservation(reservation_id=reservation_id, numbers_to_add=[first, second])
    assert set(reservation.phone_numbers) == {first.id, second.id}
    assert reservation.status == "active"
    reservation = client.create_or_update_reservation(reservation_id=reservation_id, numbers_to_remove=[second.id])
    assert set(reservation.phone_numbers) == {first.id}
    assert client.get_reservation(reservation_id).phone_numbers[first.id].status == "reserved"
    assert reservation_id in {r.id for r in client.list_reservations()}
    client.begin_purchase_reservation(reservation_id, **POLL).result()
    assert client.get_reservation(reservation_id).status == "completed"
    assert client.get_purchased_phone_number(first.phone_number).phone_number == first.phone_number

    throwaway = str(uuid.uuid4())
    held = client.create_or_update_reservation(reservation_id=throwaway, numbers_to_add=[second])
    assert held.phone_numbers[second.id].status == "reserved"
    client.delete_reservation(throwaway)
    with pytest.raises(ResourceNotFoundError):
        client.get_reservation(throwaway)


def test_lifecycle_over_http_with_key_credential(acs_emulator: Emulator) -> None:
    # The SDK signs the endpoint's host as given: pass it without the trailing slash, as for the real service.
    client = PhoneNumbersClient(acs_emulator.endpoint.rstrip("/"), AzureKeyCredential(acs_emulator.access_key))
    run_lifecycle(client, acs_emulator)


@pytest.fixture(scope="module")
def tls_emulator() -> Iterator[Emulator]:
    with Emulator(lro_seconds=0.0, tls=True) as emulator:
        yield emulator


def test_lifecycle_over_https_with_connection_string(tls_emulator: Emulator) -> None:
    assert tls_emulator.connection_string.startswith("endpoint=https://127.0.0.1:")
    client = PhoneNumbersClient.from_connection_string(
        tls_emulator.connection_string, connection_verify=tls_emulator.ca_file
    )
    run_lifecycle(client, tls_emulator)
