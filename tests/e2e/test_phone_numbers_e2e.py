"""PhoneNumbersClient, sync and async, against the local emulator over real HTTP (HMAC signed, real sockets).

Each test runs once per client: the ``client`` fixture gives the sync client behind the async calling convention,
or the async client itself, so every scenario covers both twins. The emulator (fixture ``acs_emulator``) is reset
before each test and finishes operations at once unless a test says otherwise.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from async_twins import SyncAsAsync, collect, done

from acs_phonenumbers import (
    AzureKeyCredential,
    ClientAuthenticationError,
    HttpResponseError,
    OperationFailedError,
    OperatorInformationOptions,
    PhoneNumberAssignmentType,
    PhoneNumberCapabilities,
    PhoneNumberCapabilityType,
    PhoneNumbersClient,
    PhoneNumberSearchResult,
    PhoneNumberType,
    PurchasedPhoneNumber,
    RawResponse,
    ReservationStatus,
    ResourceNotFoundError,
)
from acs_phonenumbers.aio import PhoneNumbersClient as AsyncPhoneNumbersClient
from acs_phonenumbers.emulator import Emulator

CAPS = PhoneNumberCapabilities(
    calling=PhoneNumberCapabilityType.INBOUND_OUTBOUND, sms=PhoneNumberCapabilityType.INBOUND_OUTBOUND
)


async def pages_of(pages: Any) -> list[list[Any]]:
    if hasattr(pages, "__aiter__"):
        return [list(page) async for page in pages]
    return [list(page) for page in pages]


Factory = Callable[..., Any]


@pytest.fixture(params=["sync", "async"])
async def make_client(request: pytest.FixtureRequest, acs_emulator: Emulator) -> AsyncIterator[Factory]:
    made: list[Any] = []
    given: list[Any] = []

    def factory(emulator: Emulator = acs_emulator, record: list[httpx.Request] | None = None, **options: Any) -> Any:
        """A client; with ``record``, every request it sends (over real HTTP) is appended there."""
        options.setdefault("polling_interval", 0)
        if record is not None:
            if request.param == "sync":
                options["http_client"] = httpx.Client(event_hooks={"request": [record.append]})
            else:

                async def remember(sent: httpx.Request) -> None:
                    record.append(sent)

                options["http_client"] = httpx.AsyncClient(event_hooks={"request": [remember]})
            given.append(options["http_client"])
        if "credential" in options:
            credential = options.pop("credential")
            cls = PhoneNumbersClient if request.param == "sync" else AsyncPhoneNumbersClient
            client = cls(emulator.endpoint, credential, **options)
        elif request.param == "sync":
            client = PhoneNumbersClient.from_connection_string(emulator.connection_string, **options)
        else:
            client = AsyncPhoneNumbersClient.from_connection_string(emulator.connection_string, **options)
        made.append(client)
        return SyncAsAsync(client) if request.param == "sync" else client

    yield factory
    for client in made:
        await done(client.close())
    for http_client in given:
        await done(http_client.close() if isinstance(http_client, httpx.Client) else http_client.aclose())


@pytest.fixture
def client(make_client: Factory) -> Any:
    return make_client()


async def buy_numbers(client: Any, quantity: int = 1, country: str = "US") -> PhoneNumberSearchResult:
    search = await client.begin_search_available_phone_numbers(
        country, PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, CAPS, quantity=quantity
    )
    result = await done(search.result())
    purchase = await client.begin_purchase_phone_numbers(result.search_id, agree_to_not_resell=True)
    assert await done(purchase.result()) is None
    return result


# -- the whole lifecycle ----------------------------------------------------------------------------------------------


async def test_catalogue_listings(client: Any) -> None:
    countries = {c.country_code for c in await collect(client.list_available_countries())}
    assert {"US", "CA"} <= countries
    offerings = await collect(client.list_available_offerings("US", phone_number_type="tollFree"))
    assert offerings and all(o.phone_number_type is PhoneNumberType.TOLL_FREE for o in offerings)
    localities = await collect(client.list_available_localities("US", administrative_division="WA"))
    assert "Seattle" in {loc.localized_name for loc in localities}
    toll_free = await collect(client.list_available_area_codes("US", PhoneNumberType.TOLL_FREE))
    assert "800" in {a.area_code for a in toll_free}
    seattle = await collect(
        client.list_available_area_codes(
            "US", "geographic", locality="Seattle", administrative_division="WA", assignment_type="application"
        )
    )
    assert [a.area_code for a in seattle] == ["206"]


async def test_search_purchase_get_update_release(client: Any) -> None:
    search = await client.begin_search_available_phone_numbers(
        "US", "tollFree", "application", PhoneNumberCapabilities(calling="inbound", sms="outbound"), quantity=2
    )
    result = await done(search.result())
    assert isinstance(result, PhoneNumberSearchResult)
    assert len(result.phone_numbers) == 2
    assert search.done() and search.status() == "succeeded"

    purchase = await client.begin_purchase_phone_numbers(result.search_id)
    assert await done(purchase.result()) is None
    owned = {n.phone_number for n in await collect(client.list_purchased_phone_numbers())}
    assert set(result.phone_numbers) <= owned

    number = result.phone_numbers[0]
    details = await client.get_purchased_phone_number(number)
    assert isinstance(details, PurchasedPhoneNumber)
    assert details.capabilities.sms is PhoneNumberCapabilityType.OUTBOUND

    update = await client.begin_update_phone_number_capabilities(number, sms="inbound+outbound", calling="none")
    updated = await done(update.result())
    assert isinstance(updated, PurchasedPhoneNumber)
    assert (updated.capabilities.sms, updated.capabilities.calling) == (
        PhoneNumberCapabilityType.INBOUND_OUTBOUND,
        PhoneNumberCapabilityType.NONE,
    )

    release = await client.begin_release_phone_number(number)
    assert await done(release.result()) is None
    with pytest.raises(ResourceNotFoundError) as caught:
        await client.get_purchased_phone_number(number)
    assert caught.value.error is not None and caught.value.error.code == "NotFound"
    assert caught.value.ms_cv and caught.value.ms_cv in str(caught.value)


async def test_operator_information(client: Any, acs_emulator: Emulator) -> None:
    (number,) = acs_emulator.seed_purchased_numbers(1)
    options = OperatorInformationOptions(include_additional_operator_details=True)
    result = await client.search_operator_information(number, options=options)
    (info,) = result.values
    assert info.phone_number == number
    assert info.iso_country_code == "US"
    with pytest.raises(HttpResponseError) as caught:
        await client.search_operator_information([number, number], options=options)
    assert caught.value.status_code == 400 and caught.value.error is not None


async def test_operator_information_without_details(client: Any, acs_emulator: Emulator) -> None:
    (number,) = acs_emulator.seed_purchased_numbers(1)
    result = await client.search_operator_information(number)
    assert result.values[0].national_format
    # as the live service does (see the recordings), details are null unless asked for
    assert result.values[0].operator_details is None


async def test_reservations(client: Any) -> None:
    browse = await client.browse_available_phone_numbers(
        country_code="US",
        phone_number_type="tollFree",
        sms_capability="inbound+outbound",
        assignment_type="application",
    )
    assert len(browse.phone_numbers) >= 3
    first, second, third = browse.phone_numbers[:3]
    reservation_id = str(uuid.uuid4())

    created = await client.create_or_update_reservation(reservation_id=reservation_id, numbers_to_add=[first, second])
    assert created.status is ReservationStatus.ACTIVE
    assert set(created.phone_numbers) == {first.id, second.id}

    changed = await client.create_or_update_reservation(
        reservation_id=reservation_id, numbers_to_add=[third], numbers_to_remove=[first.id]
    )
    assert set(changed.phone_numbers) == {second.id, third.id}

    fetched = await client.get_reservation(reservation_id)
    assert fetched.phone_numbers[third.id].phone_number == third.phone_number
    listed = await collect(client.list_reservations(max_page_size=1))
    assert str(fetched.id) in {str(r.id) for r in listed}

    purchase = await client.begin_purchase_reservation(reservation_id, agree_to_not_resell=True)
    assert await done(purchase.result()) is None
    owned = {n.phone_number for n in await collect(client.list_purchased_phone_numbers())}
    assert {second.phone_number, third.phone_number} <= owned

    other = str(uuid.uuid4())
    fourth = (
        await client.browse_available_phone_numbers(country_code="US", phone_number_type="tollFree")
    ).phone_numbers[0]
    await client.create_or_update_reservation(reservation_id=other, numbers_to_add=[fourth])
    assert await client.delete_reservation(other) is None
    with pytest.raises(ResourceNotFoundError):
        await client.get_reservation(other)


# -- failures -------------------------------------------------------------------------------------------------------


async def test_a_failed_operation_raises_operation_failed_error(client: Any) -> None:
    poller = await client.begin_search_available_phone_numbers("US", "tollFree", "application", CAPS, quantity=100_000)
    with pytest.raises(OperationFailedError) as caught:
        await done(poller.result())
    assert caught.value.error is not None and caught.value.error.code == "OutOfStock"
    assert poller.status() == "failed"


async def test_purchase_without_the_required_agreement_fails_at_once(client: Any) -> None:
    search = await client.begin_search_available_phone_numbers(
        "IE", "geographic", "application", PhoneNumberCapabilities(calling="inbound+outbound", sms="none")
    )
    result = await done(search.result())
    assert result.is_agreement_to_not_resell_required is True
    with pytest.raises(HttpResponseError) as caught:
        await client.begin_purchase_phone_numbers(result.search_id)
    assert caught.value.status_code == 400 and caught.value.error is not None


async def test_an_expired_search_cannot_be_purchased(client: Any, acs_emulator: Emulator) -> None:
    search = await client.begin_search_available_phone_numbers("US", "tollFree", "application", CAPS)
    result = await done(search.result())
    acs_emulator.advance_clock(16 * 60)
    purchase = await client.begin_purchase_phone_numbers(result.search_id)
    with pytest.raises(OperationFailedError) as caught:
        await done(purchase.result())
    assert caught.value.error is not None and caught.value.error.code == "ReservationExpired"


async def test_a_wrong_key_is_refused(make_client: Factory) -> None:
    client = make_client(credential=AzureKeyCredential("d3Jvbmcta2V5LXdyb25nLWtleQ=="))
    with pytest.raises(ClientAuthenticationError) as caught:
        await collect(client.list_available_countries())
    assert caught.value.status_code == 401


async def test_bad_input_sends_nothing(make_client: Factory) -> None:
    sent: list[httpx.Request] = []
    client = make_client(record=sent)
    with pytest.raises(ValueError):
        await client.get_purchased_phone_number("")
    with pytest.raises(ValueError):
        await client.get_reservation("not-a-uuid")
    with pytest.raises(TypeError):
        await client.begin_release_phone_number("+14255550123", wait=True)
    assert sent == []


# -- resuming, paging, escape hatches --------------------------------------------------------------------------------


async def test_continuation_token_resumes_in_a_new_client(make_client: Factory, acs_emulator: Emulator) -> None:
    acs_emulator.set_lro_seconds(30)
    first = make_client()
    poller = await first.begin_search_available_phone_numbers("US", "tollFree", "application", CAPS)
    assert not poller.done()
    token = poller.continuation_token()
    await done(first.close())

    acs_emulator.advance_clock(31)
    second = make_client()
    resumed = await second.begin_search_available_phone_numbers(
        "US", "tollFree", "application", CAPS, continuation_token=token
    )
    result = await done(resumed.result())
    assert isinstance(result, PhoneNumberSearchResult) and result.phone_numbers


async def test_pages_carry_the_api_version(make_client: Factory, acs_emulator: Emulator) -> None:
    seeded = acs_emulator.seed_purchased_numbers(5)
    seen: list[httpx.Request] = []
    client = make_client(record=seen)
    pages = await pages_of(client.list_purchased_phone_numbers(top=2).by_page())
    assert [len(p) for p in pages] == [2, 2, 1]
    assert sorted(n.phone_number for p in pages for n in p) == sorted(seeded)
    assert [r.url.params["api-version"] for r in seen] == ["2025-06-01"] * 3
    assert all(r.headers["Authorization"].startswith("HMAC-SHA256") for r in seen)


async def test_by_page_continuation_token(client: Any, acs_emulator: Emulator) -> None:
    acs_emulator.seed_purchased_numbers(3)
    pages = client.list_purchased_phone_numbers(top=2).by_page()
    first = await (pages.__anext__() if hasattr(pages, "__anext__") else done(next(pages)))
    assert len(first) == 2 and first.continuation_token
    rest = await pages_of(
        client.list_purchased_phone_numbers(top=2).by_page(continuation_token=first.continuation_token)
    )
    assert [len(p) for p in rest] == [1]


async def test_with_raw_response_over_http(client: Any, acs_emulator: Emulator) -> None:
    (number,) = acs_emulator.seed_purchased_numbers(1)
    raw = await client.with_raw_response.get_purchased_phone_number(number)
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200 and raw.headers.get("MS-CV")
    assert raw.parsed.phone_number == number
    started = await client.with_raw_response.begin_release_phone_number(number)
    assert started.status_code == 202 and "Operation-Location" in started.headers
    assert await done(started.parsed.result()) is None


async def test_bearer_tokens_in_development_mode(make_client: Factory) -> None:
    class Token:
        token = "dev-token"
        expires_on = 4_102_444_800

    class Credential:
        def get_token(self, *scopes: str, **kwargs: Any) -> Token:
            return Token()

    with Emulator(lro_seconds=0.0, dev_bearer=True) as emulator:
        client = make_client(emulator, credential=Credential())
        assert await collect(client.list_available_countries())
        await done(client.close())


async def test_tls_with_the_emulator_ca(make_client: Factory) -> None:
    with Emulator(lro_seconds=0.0, tls=True) as emulator:
        assert emulator.endpoint.startswith("https://") and emulator.ca_file
        client = make_client(emulator, verify=emulator.ca_file)
        assert await collect(client.list_available_countries())
        await done(client.close())
