"""PhoneNumbersClient (sync and async) against scripted responses through an injected ``httpx.MockTransport``.

Every test runs twice, once per client: the ``client`` fixture wraps the sync client so that its calls can be
awaited like the async ones (``await call(...)``, ``await collect(pager)``), so one test body covers both twins.
"""

from __future__ import annotations

import base64
import json
import uuid
import weakref
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from async_twins import SyncAsAsync, collect
from async_twins import done as call

import acs_phonenumbers
from acs_phonenumbers import (
    AvailablePhoneNumber,
    AzureKeyCredential,
    HttpResponseError,
    InvalidArgumentError,
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
    ResourceNotFoundError,
    RetryPolicy,
    ServiceResponseError,
)
from acs_phonenumbers.aio import PhoneNumbersClient as AsyncPhoneNumbersClient
from acs_phonenumbers_generated.client import Client as GeneratedClient

ENDPOINT = "https://contoso.communication.azure.com"
KEY = base64.b64encode(b"not-a-real-key-but-long-enough-32b").decode()
NUMBER = "+14255550123"
RESERVATION_ID = "6227aeb8-8086-4824-9586-05cafe96f37b"

PURCHASED = {
    "id": "14255550123",
    "phoneNumber": NUMBER,
    "countryCode": "US",
    "phoneNumberType": "geographic",
    "capabilities": {"calling": "inbound", "sms": "inbound+outbound"},
    "assignmentType": "application",
    "purchaseDate": "2024-01-02T03:04:05+00:00",
    "cost": {"amount": 1.0, "currencyCode": "USD", "billingFrequency": "monthly"},
}
SEARCH_RESULT = {
    "searchId": "s-1",
    "phoneNumbers": [NUMBER],
    "phoneNumberType": "geographic",
    "assignmentType": "application",
    "capabilities": {"calling": "inbound", "sms": "none"},
    "cost": {"amount": 1.0, "currencyCode": "USD", "billingFrequency": "monthly"},
    "searchExpiresBy": "2024-01-02T03:20:05+00:00",
}


def operation(status: str, kind: str = "search", **extra: Any) -> dict[str, Any]:
    return {"operationType": kind, "status": status, "createdDateTime": "2024-01-02T03:04:05Z", "id": "op-1", **extra}


def reply(status: int, body: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
    headers = {"MS-CV": "cv-test.0", **(headers or {})}
    if body is None:
        return httpx.Response(status, headers=headers)
    return httpx.Response(status, json=body, headers=headers)


def not_found(message: str = "Input phoneNumber cannot be found.") -> httpx.Response:
    return reply(404, {"error": {"code": "NotFound", "message": message, "target": "phonenumber"}})


@dataclass
class FakeService:
    """Scripted answers by (method, path); each route is a queue, its last answer repeats."""

    routes: dict[tuple[str, str], list[httpx.Response | Callable[[httpx.Request], httpx.Response]]] = field(
        default_factory=dict
    )
    requests: list[httpx.Request] = field(default_factory=list)

    def on(self, method: str, path: str, *answers: httpx.Response | Callable[[httpx.Request], httpx.Response]) -> None:
        self.routes[(method, path)] = list(answers)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        key = (request.method, request.url.path)
        if key not in self.routes:
            return reply(404, {"error": {"code": "NoRoute", "message": f"no route for {key}"}})
        queue = self.routes[key]
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        return answer(request) if callable(answer) else answer

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) if r.content else None for r in self.requests]


async def collect_pages(pages: Any) -> list[Any]:
    if hasattr(pages, "__aiter__"):
        return [page async for page in pages]
    return list(pages)


@pytest.fixture
def service() -> FakeService:
    return FakeService()


ClientFactory = Callable[..., Any]


@pytest.fixture(params=["sync", "async"])
async def make_client(request: pytest.FixtureRequest, service: FakeService) -> AsyncIterator[ClientFactory]:
    made: list[Any] = []

    def factory(**options: Any) -> Any:
        options.setdefault("polling_interval", 0)
        options.setdefault("retry", RetryPolicy.disabled())
        options.setdefault("transport", httpx.MockTransport(service))
        endpoint = options.pop("endpoint", ENDPOINT)
        credential = options.pop("credential", AzureKeyCredential(KEY))
        if request.param == "sync":
            sync = PhoneNumbersClient(endpoint, credential, **options)
            made.append(sync)
            return SyncAsAsync(sync)
        client = AsyncPhoneNumbersClient(endpoint, credential, **options)
        made.append(client)
        return client

    yield factory
    for client in made:
        await call(client.close())


@pytest.fixture
def client(make_client: ClientFactory) -> Any:
    return make_client()


# -- plain calls ----------------------------------------------------------------------------------------------------


async def test_get_purchased_phone_number_sends_a_signed_request_and_returns_the_model(
    client: Any, service: FakeService
) -> None:
    service.on("GET", f"/phoneNumbers/{NUMBER}", reply(200, PURCHASED))
    number = await client.get_purchased_phone_number(NUMBER)
    assert isinstance(number, PurchasedPhoneNumber)
    assert number.phone_number == NUMBER
    assert number.capabilities.sms is PhoneNumberCapabilityType.INBOUND_OUTBOUND
    (sent,) = service.requests
    assert sent.url.raw_path == b"/phoneNumbers/%2B14255550123?api-version=2025-06-01"
    assert sent.headers["Authorization"].startswith("HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&")
    assert "x-ms-date" in sent.headers
    assert sent.headers["User-Agent"].startswith("acs-phonenumbers/")


async def test_leading_plus_given_as_percent_2b_is_accepted(client: Any, service: FakeService) -> None:
    service.on("GET", f"/phoneNumbers/{NUMBER}", reply(200, PURCHASED))
    assert (await client.get_purchased_phone_number("%2B14255550123")).phone_number == NUMBER


async def test_404_raises_resource_not_found_with_code_and_ms_cv(client: Any, service: FakeService) -> None:
    service.on("GET", f"/phoneNumbers/{NUMBER}", not_found())
    with pytest.raises(ResourceNotFoundError) as caught:
        await client.get_purchased_phone_number(NUMBER)
    error = caught.value
    assert error.status_code == 404
    assert error.error is not None and error.error.code == "NotFound"
    assert error.error.target == "phonenumber"
    assert error.ms_cv == "cv-test.0"
    assert "cv-test.0" in str(error) and "NotFound" in str(error)


async def test_search_operator_information_accepts_one_string_and_sends_default_options(
    client: Any, service: FakeService
) -> None:
    body = {"values": [{"phoneNumber": NUMBER, "nationalFormat": "(425) 555-0123", "isoCountryCode": "US"}]}
    service.on("POST", "/operatorInformation/:search", reply(200, body))
    result = await client.search_operator_information(NUMBER)
    assert result.values[0].national_format == "(425) 555-0123"
    assert service.bodies() == [{"phoneNumbers": [NUMBER], "options": {"includeAdditionalOperatorDetails": False}}]


async def test_search_operator_information_sends_a_list_and_options(client: Any, service: FakeService) -> None:
    service.on("POST", "/operatorInformation/:search", reply(200, {"values": []}))
    options = OperatorInformationOptions(include_additional_operator_details=True)
    await client.search_operator_information([NUMBER, "+14255550124"], options=options)
    assert service.bodies() == [
        {"phoneNumbers": [NUMBER, "+14255550124"], "options": {"includeAdditionalOperatorDetails": True}}
    ]


async def test_browse_builds_the_request_from_plain_strings(client: Any, service: FakeService) -> None:
    available = {
        "id": "14255550123",
        "phoneNumber": NUMBER,
        "countryCode": "US",
        "phoneNumberType": "tollFree",
        "assignmentType": "application",
        "capabilities": {"calling": "none", "sms": "outbound"},
    }
    service.on("POST", "/availablePhoneNumbers/countries/US/:browse", reply(200, {"phoneNumbers": [available]}))
    result = await client.browse_available_phone_numbers(
        country_code="us",
        phone_number_type="TOLLFREE",
        sms_capability="outbound",
        assignment_type=PhoneNumberAssignmentType.APPLICATION,
        phone_number_prefixes=["+1800"],
    )
    assert result.phone_numbers[0].phone_number == NUMBER
    assert service.bodies() == [
        {
            "phoneNumberType": "tollFree",
            "capabilities": {"sms": "outbound"},
            "assignmentType": "application",
            "phoneNumberPrefixes": ["+1800"],
        }
    ]


async def test_create_or_update_reservation_is_a_merge_patch_with_null_removals(
    client: Any, service: FakeService
) -> None:
    added = AvailablePhoneNumber(
        id="14255550123",
        phone_number=NUMBER,
        country_code="US",
        phone_number_type=PhoneNumberType.GEOGRAPHIC,
        assignment_type=PhoneNumberAssignmentType.APPLICATION,
        capabilities=PhoneNumberCapabilities(
            calling=PhoneNumberCapabilityType.INBOUND, sms=PhoneNumberCapabilityType.NONE
        ),
    )
    answer = {"id": RESERVATION_ID, "status": "active", "phoneNumbers": {"14255550123": added.to_dict()}}
    service.on("PATCH", f"/availablePhoneNumbers/reservations/{RESERVATION_ID}", reply(201, answer))
    reservation = await client.create_or_update_reservation(
        reservation_id=RESERVATION_ID.upper(), numbers_to_add=[added], numbers_to_remove=["14255550999"]
    )
    assert str(reservation.id) == RESERVATION_ID
    assert reservation.phone_numbers["14255550123"].phone_number == NUMBER
    (sent,) = service.requests
    assert sent.headers["Content-Type"] == "application/merge-patch+json"
    body = json.loads(sent.content)
    assert body["phoneNumbers"]["14255550999"] is None
    assert body["phoneNumbers"]["14255550123"]["phoneNumber"] == NUMBER


async def test_get_and_delete_reservation(client: Any, service: FakeService) -> None:
    path = f"/availablePhoneNumbers/reservations/{RESERVATION_ID}"
    service.on("GET", path, reply(200, {"id": RESERVATION_ID, "status": "active", "phoneNumbers": {}}))
    service.on("DELETE", path, reply(204))
    assert str((await client.get_reservation(uuid.UUID(RESERVATION_ID))).id) == RESERVATION_ID
    assert await client.delete_reservation(RESERVATION_ID) is None
    assert [r.method for r in service.requests] == ["GET", "DELETE"]


# -- validation before any request ----------------------------------------------------------------------------------


async def test_what_the_service_may_accept_goes_to_the_service(client: Any, service: FakeService) -> None:
    # The service's number id (digits without '+'), a malformed number and an enum value this version does not
    # declare are the service's to judge: its answer is the error, as with the official SDK.
    service.on("GET", "/phoneNumbers/14255550123", reply(200, PURCHASED))
    assert (await client.get_purchased_phone_number("14255550123")).phone_number == NUMBER
    for number in ("invalid_phone_number", "+1 425 555 0123"):
        with pytest.raises(HttpResponseError) as caught:
            await client.get_purchased_phone_number(number)
        assert caught.value.status_code == 404
    service.on("POST", "/availablePhoneNumbers/countries/US/:browse", reply(400, {"error": {"code": "BadRequest"}}))
    with pytest.raises(HttpResponseError) as refused:
        await client.browse_available_phone_numbers(country_code="US", phone_number_type="satellite")
    assert refused.value.status_code == 400
    assert service.bodies()[-1]["phoneNumberType"] == "satellite"


@pytest.mark.parametrize(
    ("method", "args", "kwargs"),
    [
        ("get_purchased_phone_number", ("",), {}),
        ("search_operator_information", ([],), {}),
        ("get_reservation", ("not-a-uuid",), {}),
        ("delete_reservation", ("",), {}),
        ("create_or_update_reservation", (), {"reservation_id": "123"}),
        ("begin_purchase_reservation", ("abc",), {}),
        ("begin_purchase_phone_numbers", ("  ",), {}),
        ("begin_release_phone_number", (None,), {}),
        ("begin_update_phone_number_capabilities", (42,), {"sms": "outbound"}),
        ("begin_update_phone_number_capabilities", (NUMBER,), {"sms": ""}),
        ("search_operator_information", ([NUMBER, ""],), {}),
        (
            "begin_search_available_phone_numbers",
            ("", "tollFree", "application", {"calling": "none", "sms": "none"}),
            {},
        ),
        ("list_available_offerings", ("",), {}),
        ("list_purchased_phone_numbers", (), {"skip": -1}),
        ("list_reservations", (), {"max_page_size": 0}),
        (
            "begin_search_available_phone_numbers",
            ("US", "tollFree", "application", {"calling": "none", "sms": "none"}),
            {"quantity": 0},
        ),
    ],
)
async def test_bad_input_raises_value_error_before_any_request(
    client: Any, service: FakeService, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    with pytest.raises(ValueError) as caught:
        await call(getattr(client, method)(*args, **kwargs))
    assert isinstance(caught.value, InvalidArgumentError)
    assert service.requests == []


@pytest.mark.parametrize(
    ("method", "args", "kwargs"),
    [
        ("get_purchased_phone_number", (NUMBER,), {"timeot": 3}),
        ("begin_release_phone_number", (NUMBER,), {"poling": False}),
        ("list_purchased_phone_numbers", (), {"page_size": 3}),
        ("create_or_update_reservation", (), {"reservation_id": RESERVATION_ID, "numbers": []}),
    ],
)
async def test_unknown_keyword_raises_type_error(
    client: Any, service: FakeService, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    with pytest.raises(TypeError):
        await call(getattr(client, method)(*args, **kwargs))
    assert service.requests == []


@pytest.mark.parametrize("client_class", [PhoneNumbersClient, AsyncPhoneNumbersClient])
def test_constructor_rejects_unknown_options_and_bad_endpoints(client_class: Any) -> None:
    with pytest.raises(TypeError):
        client_class(ENDPOINT, AzureKeyCredential(KEY), api_versoin="2025-06-01")
    with pytest.raises(ValueError):
        client_class("ftp://example.com", AzureKeyCredential(KEY))
    with pytest.raises(ValueError):
        client_class(ENDPOINT, AzureKeyCredential(KEY), polling_interval=-1)
    with pytest.raises(TypeError):
        client_class(ENDPOINT, None)


# -- long-running operations ------------------------------------------------------------------------------------------


def script_search(service: FakeService, *statuses: str) -> None:
    service.on(
        "POST",
        "/availablePhoneNumbers/countries/US/:search",
        reply(
            202,
            None,
            {
                "Operation-Location": "/phoneNumbers/operations/search_s-1?api-version=2025-06-01",
                "Location": "/availablePhoneNumbers/searchResults/s-1?api-version=2025-06-01",
                "operation-id": "search_s-1",
                "search-id": "s-1",
            },
        ),
    )
    service.on("GET", "/phoneNumbers/operations/search_s-1", *(reply(200, operation(s)) for s in statuses))
    service.on("GET", "/availablePhoneNumbers/searchResults/s-1", reply(200, SEARCH_RESULT))


async def test_search_polls_operation_location_then_fetches_the_result_from_location(
    client: Any, service: FakeService
) -> None:
    script_search(service, "notStarted", "running", "succeeded")
    poller = await client.begin_search_available_phone_numbers(
        "US",
        "geographic",
        PhoneNumberAssignmentType.APPLICATION,
        PhoneNumberCapabilities(calling="inbound", sms="none"),  # type: ignore[arg-type]  # plain strings work
        area_code="425",
        quantity=2,
    )
    assert len(service.requests) == 1  # begin_* returns without polling
    result = await call(poller.result())
    assert isinstance(result, PhoneNumberSearchResult)
    assert result.search_id == "s-1"
    assert poller.done() and poller.status() == "succeeded"
    paths = [(r.method, r.url.path) for r in service.requests]
    assert paths == [
        ("POST", "/availablePhoneNumbers/countries/US/:search"),
        ("GET", "/phoneNumbers/operations/search_s-1"),
        ("GET", "/phoneNumbers/operations/search_s-1"),
        ("GET", "/phoneNumbers/operations/search_s-1"),
        ("GET", "/availablePhoneNumbers/searchResults/s-1"),
    ]
    assert service.bodies()[0] == {
        "phoneNumberType": "geographic",
        "assignmentType": "application",
        "capabilities": {"calling": "inbound", "sms": "none"},
        "areaCode": "425",
        "quantity": 2,
    }
    assert all(r.url.params["api-version"] == "2025-06-01" for r in service.requests)
    assert all(r.headers["Authorization"].startswith("HMAC-SHA256") for r in service.requests)


async def test_failed_operation_raises_operation_failed_error_with_the_service_code(
    client: Any, service: FakeService
) -> None:
    failed = operation("failed", error={"code": "NoNumbersAvailable", "message": "No numbers match."})
    script_search(service, "running")
    service.on("GET", "/phoneNumbers/operations/search_s-1", reply(200, operation("running")), reply(200, failed))
    poller = await client.begin_search_available_phone_numbers(
        "US", "geographic", "application", PhoneNumberCapabilities(calling="inbound", sms="none")
    )
    with pytest.raises(OperationFailedError) as caught:
        await call(poller.result())
    assert caught.value.error is not None and caught.value.error.code == "NoNumbersAvailable"
    assert "No numbers match." in str(caught.value)


async def test_an_error_on_the_initial_request_raises_from_begin(client: Any, service: FakeService) -> None:
    service.on(
        "POST",
        "/availablePhoneNumbers/:purchase",
        reply(400, {"error": {"code": "BadRequest", "message": "Consent not provided", "target": "isconsentprovided"}}),
    )
    with pytest.raises(HttpResponseError) as caught:
        await client.begin_purchase_phone_numbers("s-1")
    assert caught.value.status_code == 400
    assert caught.value.error is not None and caught.value.error.code == "BadRequest"
    assert service.bodies() == [{"searchId": "s-1", "agreeToNotResell": False}]


async def test_update_capabilities_returns_at_once_and_tolerates_the_real_202_body(
    client: Any, service: FakeService
) -> None:
    updated = {**PURCHASED, "capabilities": {"calling": "none", "sms": "outbound"}}
    service.on(
        "PATCH",
        f"/phoneNumbers/{NUMBER}/capabilities",
        # what the real service sends (not a PurchasedPhoneNumber, whatever its swagger says)
        reply(
            202,
            {"capabilitiesUpdateId": "c-1"},
            {"Operation-Location": "/phoneNumbers/operations/capabilities_c-1", "Location": f"/phoneNumbers/{NUMBER}"},
        ),
    )
    service.on(
        "GET",
        "/phoneNumbers/operations/capabilities_c-1",
        reply(200, operation("succeeded", "updatePhoneNumberCapabilities")),
    )
    service.on("GET", f"/phoneNumbers/{NUMBER}", reply(200, updated))
    poller = await client.begin_update_phone_number_capabilities(
        NUMBER, sms="outbound", calling=PhoneNumberCapabilityType.NONE
    )
    assert len(service.requests) == 1, "the sync begin_update_phone_number_capabilities must not block"
    assert service.bodies() == [{"calling": "none", "sms": "outbound"}]
    result = await call(poller.result())
    assert isinstance(result, PurchasedPhoneNumber)
    assert result.capabilities.sms is PhoneNumberCapabilityType.OUTBOUND
    # the relative links gained the client's api-version
    assert all(r.url.params["api-version"] == "2025-06-01" for r in service.requests)


@pytest.mark.parametrize(
    ("method", "args", "kind", "path"),
    [
        ("begin_purchase_phone_numbers", ("s-1",), "purchase", "/availablePhoneNumbers/:purchase"),
        ("begin_release_phone_number", (NUMBER,), "releasePhoneNumber", f"/phoneNumbers/{NUMBER}"),
        (
            "begin_purchase_reservation",
            (RESERVATION_ID,),
            "reservationPurchase",
            f"/availablePhoneNumbers/reservations/{RESERVATION_ID}/:purchase",
        ),
    ],
)
async def test_operations_without_a_resource_end_with_none(
    client: Any, service: FakeService, method: str, args: tuple[Any, ...], kind: str, path: str
) -> None:
    http_method = "DELETE" if method == "begin_release_phone_number" else "POST"
    service.on(http_method, path, reply(202, None, {"Operation-Location": "/phoneNumbers/operations/op-1"}))
    service.on(
        "GET",
        "/phoneNumbers/operations/op-1",
        reply(200, operation("running", kind)),
        reply(200, operation("succeeded", kind)),
    )
    kwargs = {} if method == "begin_release_phone_number" else {"agree_to_not_resell": True}
    poller = await getattr(client, method)(*args, **kwargs)
    assert await call(poller.result()) is None
    assert [r.method for r in service.requests] == [http_method, "GET", "GET"]
    if kwargs:
        assert service.bodies()[0]["agreeToNotResell"] is True


async def test_continuation_token_resumes_in_a_new_client(make_client: ClientFactory, service: FakeService) -> None:
    script_search(service, "running", "succeeded")
    first = make_client()
    poller = await first.begin_search_available_phone_numbers(
        "US", "geographic", "application", PhoneNumberCapabilities(calling="inbound", sms="none")
    )
    token = poller.continuation_token()
    assert isinstance(token, str)
    second = make_client()
    resumed = await second.begin_search_available_phone_numbers(
        "US",
        "geographic",
        "application",
        PhoneNumberCapabilities(calling="inbound", sms="none"),
        continuation_token=token,
    )
    result = await call(resumed.result())
    assert result.search_id == "s-1"
    assert [r.method for r in service.requests].count("POST") == 1  # resuming sends no new search


async def test_a_token_of_another_kind_or_endpoint_is_refused(make_client: ClientFactory, service: FakeService) -> None:
    script_search(service, "running")
    client = make_client()
    poller = await client.begin_search_available_phone_numbers(
        "US", "geographic", "application", PhoneNumberCapabilities(calling="inbound", sms="none")
    )
    token = poller.continuation_token()
    with pytest.raises(ValueError):
        await client.begin_release_phone_number(NUMBER, continuation_token=token)
    elsewhere = make_client(endpoint="https://fabrikam.communication.azure.com")
    with pytest.raises(ValueError):
        await elsewhere.begin_search_available_phone_numbers(
            "US",
            "geographic",
            "application",
            PhoneNumberCapabilities(calling="inbound", sms="none"),
            continuation_token=token,
        )
    with pytest.raises(ValueError):
        await client.begin_release_phone_number(NUMBER, continuation_token="gARjb3MKc3lzdGVtCi4=")  # pickle
    assert len(service.requests) == 1


async def test_per_call_polling_interval_overrides_the_clients(
    make_client: ClientFactory, service: FakeService
) -> None:
    script_search(service, "succeeded")
    client = make_client(polling_interval=30)
    poller = await client.begin_search_available_phone_numbers(
        "US", "geographic", "application", PhoneNumberCapabilities(calling="inbound", sms="none"), polling_interval=0
    )
    assert (await call(poller.result(timeout=5))).search_id == "s-1"


# -- listings -----------------------------------------------------------------------------------------------------


def number_page(numbers: list[str], next_link: str | None) -> dict[str, Any]:
    return {"phoneNumbers": [{**PURCHASED, "phoneNumber": n, "id": n[1:]} for n in numbers], "nextLink": next_link}


async def test_pages_follow_relative_and_absolute_next_links_carrying_api_version(
    client: Any, service: FakeService
) -> None:
    service.on(
        "GET",
        "/phoneNumbers",
        lambda r: (
            reply(200, number_page(["+14255550001"], "/phoneNumbers?skip=1&top=1"))
            if r.url.params["skip"] == "0"
            else reply(200, number_page(["+14255550002"], f"{ENDPOINT}/phoneNumbers?skip=2&top=1"))
            if r.url.params["skip"] == "1"
            else reply(200, number_page(["+14255550003"], None))
        ),
    )
    pager = client.list_purchased_phone_numbers(top=1)
    assert service.requests == []  # lazy
    numbers = [n.phone_number for n in await collect(pager)]
    assert numbers == ["+14255550001", "+14255550002", "+14255550003"]
    assert [r.url.params["api-version"] for r in service.requests] == ["2025-06-01"] * 3
    assert [r.url.params["skip"] for r in service.requests] == ["0", "1", "2"]


async def test_by_page_resumes_from_a_continuation_token(client: Any, service: FakeService) -> None:
    service.on(
        "GET",
        "/phoneNumbers",
        lambda r: (
            reply(200, number_page(["+14255550001"], "/phoneNumbers?skip=1&top=1"))
            if r.url.params["skip"] == "0"
            else reply(200, number_page(["+14255550002"], None))
        ),
    )
    pages = client.list_purchased_phone_numbers(top=1).by_page()
    first = await (pages.__anext__() if hasattr(pages, "__anext__") else call(next(pages)))
    token = first.continuation_token
    assert token == "/phoneNumbers?skip=1&top=1"
    rest = await collect_pages(client.list_purchased_phone_numbers(top=1).by_page(continuation_token=token))
    assert [[n.phone_number for n in page] for page in rest] == [["+14255550002"]]


async def test_a_next_link_to_another_host_is_refused(client: Any, service: FakeService) -> None:
    service.on("GET", "/phoneNumbers", reply(200, number_page(["+14255550001"], "https://evil.example/phoneNumbers")))
    with pytest.raises(ValueError):
        await collect(client.list_purchased_phone_numbers())
    assert len(service.requests) == 1


async def test_an_error_page_raises(client: Any, service: FakeService) -> None:
    first = {
        "countries": [{"localizedName": "Canada", "countryCode": "CA"}],
        "nextLink": "/availablePhoneNumbers/countries?skip=1",
    }
    service.on(
        "GET",
        "/availablePhoneNumbers/countries",
        reply(200, first),
        reply(500, {"error": {"code": "InternalError", "message": "boom"}}),
    )
    with pytest.raises(HttpResponseError) as caught:
        await collect(client.list_available_countries())
    assert caught.value.status_code == 500


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "path", "items_key", "item", "params"),
    [
        (
            "list_available_countries",
            (),
            {},
            "/availablePhoneNumbers/countries",
            "countries",
            {"localizedName": "Canada", "countryCode": "CA"},
            {"skip": "0", "maxPageSize": "100"},
        ),
        (
            "list_available_localities",
            ("us",),
            {"phone_number_type": "geographic", "administrative_division": "WA"},
            "/availablePhoneNumbers/countries/US/localities",
            "phoneNumberLocalities",
            {
                "localizedName": "Seattle",
                "administrativeDivision": {"localizedName": "Washington", "abbreviatedName": "WA"},
            },
            {"phoneNumberType": "geographic", "administrativeDivision": "WA"},
        ),
        (
            "list_available_offerings",
            ("US",),
            {"phone_number_type": PhoneNumberType.TOLL_FREE, "assignment_type": "application"},
            "/availablePhoneNumbers/countries/US/offerings",
            "phoneNumberOfferings",
            {
                "phoneNumberType": "tollFree",
                "assignmentType": "application",
                "availableCapabilities": {"calling": "inbound", "sms": "outbound"},
                "cost": {"amount": 2.0, "currencyCode": "USD", "billingFrequency": "monthly"},
            },
            {"phoneNumberType": "tollFree", "assignmentType": "application"},
        ),
        (
            "list_available_area_codes",
            ("US", "tollFree"),
            {"assignment_type": "application"},
            "/availablePhoneNumbers/countries/US/areaCodes",
            "areaCodes",
            {"areaCode": "800"},
            {"phoneNumberType": "tollFree", "assignmentType": "application", "skip": "0"},
        ),
        (
            "list_reservations",
            (),
            {"max_page_size": 10},
            "/availablePhoneNumbers/reservations",
            "reservations",
            {"id": RESERVATION_ID, "status": "active"},
            {"maxPageSize": "10"},
        ),
    ],
)
async def test_every_listing_sends_its_filters_and_returns_items(
    make_client: ClientFactory,
    service: FakeService,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    path: str,
    items_key: str,
    item: dict[str, Any],
    params: dict[str, str],
) -> None:
    client = make_client(accepted_language="fr-FR")
    service.on("GET", path, reply(200, {items_key: [item], "nextLink": None}))
    items = await collect(getattr(client, method)(*args, **kwargs))
    assert len(items) == 1
    (sent,) = service.requests
    for name, value in params.items():
        assert sent.url.params[name] == value
    assert sent.headers["Accept-Language"] == "fr-FR"


async def test_a_listing_keeps_one_page_of_models_alive_however_long_it_is(client: Any, service: FakeService) -> None:
    # What keeps `make bench`'s "memory stays flat from 1k to 10k numbers" true, checked without timing anything.
    size, pages = 5, 12

    def page(request: httpx.Request) -> httpx.Response:
        skip = int(request.url.params.get("skip", 0))
        items = [{**PURCHASED, "id": str(n), "phoneNumber": f"+1425555{n:04d}"} for n in range(skip, skip + size)]
        more = skip + size < size * pages
        return reply(200, {"phoneNumbers": items, "nextLink": f"/phoneNumbers?skip={skip + size}" if more else None})

    service.on("GET", "/phoneNumbers", page)
    refs: list[weakref.ref[Any]] = []  # models are unhashable (attrs eq), so no WeakSet
    most_alive = 0
    pager = client.list_purchased_phone_numbers(top=size)
    iterator = pager.__aiter__() if hasattr(pager, "__aiter__") else None
    while True:
        try:
            number = await iterator.__anext__() if iterator is not None else next(pager)
        except (StopAsyncIteration, StopIteration):
            break
        refs.append(weakref.ref(number))
        del number
        most_alive = max(most_alive, sum(ref() is not None for ref in refs))

    assert len(refs) == size * pages
    assert most_alive <= size  # only the page being read


# -- escape hatches and options ---------------------------------------------------------------------------------------


async def test_with_raw_response_returns_the_http_response_and_the_value(client: Any, service: FakeService) -> None:
    service.on("GET", f"/phoneNumbers/{NUMBER}", reply(200, PURCHASED, {"x-ms-request-id": "req-1"}))
    raw = await client.with_raw_response.get_purchased_phone_number(NUMBER)
    assert isinstance(raw, RawResponse)
    assert isinstance(raw.response, httpx.Response)
    assert raw.status_code == 200 and raw.headers["MS-CV"] == "cv-test.0"
    assert raw.response.request.url.path == f"/phoneNumbers/{NUMBER}"
    assert raw.parsed.phone_number == NUMBER


async def test_with_raw_response_of_a_begin_call_is_the_initial_202_and_the_poller(
    client: Any, service: FakeService
) -> None:
    script_search(service, "succeeded")
    raw = await client.with_raw_response.begin_search_available_phone_numbers(
        "US", "geographic", "application", PhoneNumberCapabilities(calling="inbound", sms="none")
    )
    assert raw.status_code == 202
    assert raw.headers["search-id"] == "s-1"
    assert (await call(raw.parsed.result())).search_id == "s-1"


async def test_raw_response_errors_still_raise(client: Any, service: FakeService) -> None:
    service.on("GET", f"/phoneNumbers/{NUMBER}", not_found())
    with pytest.raises(ResourceNotFoundError):
        await client.with_raw_response.get_purchased_phone_number(NUMBER)
    # and a later plain call is not captured by the failed raw one
    service.on("GET", f"/phoneNumbers/{NUMBER}", reply(200, PURCHASED))
    assert (await client.get_purchased_phone_number(NUMBER)).phone_number == NUMBER


def test_raw_responses_of_concurrent_calls_are_their_own(service: FakeService) -> None:
    # The response comes back with the call itself (no per-thread side channel, no hook on the httpx client).
    from concurrent.futures import ThreadPoolExecutor

    numbers = [f"+1425555{i:04d}" for i in range(16)]
    for number in numbers:
        service.on("GET", f"/phoneNumbers/{number}", reply(200, {**PURCHASED, "phoneNumber": number}))
    mine = httpx.Client(transport=httpx.MockTransport(service))
    with (
        PhoneNumbersClient(ENDPOINT, AzureKeyCredential(KEY), http_client=mine) as client,
        ThreadPoolExecutor(8) as pool,
    ):
        raws = list(pool.map(client.with_raw_response.get_purchased_phone_number, numbers))
    assert [raw.response.request.url.path for raw in raws] == [f"/phoneNumbers/{n}" for n in numbers]
    assert [raw.parsed.phone_number for raw in raws] == numbers
    assert mine.event_hooks["response"] == []
    mine.close()


async def test_the_generated_layer_is_reachable_and_shares_auth(client: Any, service: FakeService) -> None:
    from acs_phonenumbers_generated.api.phone_numbers import phone_numbers_get_by_number

    service.on("GET", f"/phoneNumbers/{NUMBER}", reply(200, PURCHASED))
    generated = client.generated
    assert isinstance(generated, GeneratedClient)
    if isinstance(client, SyncAsAsync):
        response = phone_numbers_get_by_number.sync_detailed(NUMBER, client=generated)
    else:
        response = await phone_numbers_get_by_number.asyncio_detailed(NUMBER, client=generated)
    assert response.status_code == 200
    assert service.requests[0].headers["Authorization"].startswith("HMAC-SHA256")


async def test_token_credentials_send_a_bearer_token(make_client: ClientFactory, service: FakeService) -> None:
    scopes: list[tuple[str, ...]] = []

    class Token:
        token = "dev-token"
        expires_on = 4_102_444_800  # 2100

    class Credential:
        def get_token(self, *wanted: str, **_: Any) -> Token:
            scopes.append(wanted)
            return Token()

    service.on("GET", f"/phoneNumbers/{NUMBER}", reply(200, PURCHASED))
    client = make_client(credential=Credential())
    await client.get_purchased_phone_number(NUMBER)
    await client.get_purchased_phone_number(NUMBER)
    assert [r.headers["Authorization"] for r in service.requests] == ["Bearer dev-token"] * 2
    assert scopes == [("https://communication.azure.com//.default",)]  # cached


async def test_user_agent_prefix_and_api_version_option(make_client: ClientFactory, service: FakeService) -> None:
    service.on("GET", f"/phoneNumbers/{NUMBER}", reply(200, PURCHASED))
    client = make_client(user_agent="contoso-app/2.0", api_version="2024-03-01-preview")
    await client.get_purchased_phone_number(NUMBER)
    sent = service.requests[0]
    assert sent.headers["User-Agent"].startswith("contoso-app/2.0 acs-phonenumbers/")
    assert sent.url.params["api-version"] == "2024-03-01-preview"


async def test_retries_are_on_by_default(make_client: ClientFactory, service: FakeService) -> None:
    service.on(
        "GET",
        f"/phoneNumbers/{NUMBER}",
        reply(503, {"error": {"code": "ServiceUnavailable", "message": "busy"}}, {"Retry-After": "0"}),
        reply(200, PURCHASED),
    )
    client = make_client(retry=RetryPolicy(backoff_factor=0))
    assert (await client.get_purchased_phone_number(NUMBER)).phone_number == NUMBER
    assert len(service.requests) == 2
    signatures = {r.headers["Authorization"] for r in service.requests}
    assert all(s.startswith("HMAC-SHA256") for s in signatures)


async def test_undecodable_success_body_raises_http_response_error(client: Any, service: FakeService) -> None:
    service.on("GET", f"/phoneNumbers/{NUMBER}", reply(200, {"unexpected": True}))
    with pytest.raises(HttpResponseError) as caught:
        await client.get_purchased_phone_number(NUMBER)
    assert caught.value.status_code == 200
    assert "could not be decoded" in str(caught.value)


# -- construction and lifecycle ---------------------------------------------------------------------------------------


def test_from_connection_string_and_context_manager(service: FakeService) -> None:
    service.on("GET", f"/phoneNumbers/{NUMBER}", reply(200, PURCHASED))
    conn = f"endpoint={ENDPOINT}/;accesskey={KEY}"
    with PhoneNumbersClient.from_connection_string(conn, transport=httpx.MockTransport(service)) as client:
        assert client.get_purchased_phone_number(NUMBER).phone_number == NUMBER
        assert KEY not in repr(client)
    assert client._http.is_closed
    assert service.requests[0].url.host == "contoso.communication.azure.com"


async def test_async_from_connection_string_and_context_manager(service: FakeService) -> None:
    service.on("GET", f"/phoneNumbers/{NUMBER}", reply(200, PURCHASED))
    conn = f"accesskey={KEY};ENDPOINT={ENDPOINT}"
    async with AsyncPhoneNumbersClient.from_connection_string(conn, transport=httpx.MockTransport(service)) as client:
        assert (await client.get_purchased_phone_number(NUMBER)).phone_number == NUMBER
    assert client._http.is_closed


def test_a_bare_host_name_means_https(service: FakeService) -> None:
    service.on("GET", f"/phoneNumbers/{NUMBER}", reply(200, PURCHASED))
    with PhoneNumbersClient(
        "contoso.communication.azure.com", AzureKeyCredential(KEY), transport=httpx.MockTransport(service)
    ) as client:
        client.get_purchased_phone_number(NUMBER)
    assert str(service.requests[0].url).startswith("https://contoso.communication.azure.com/phoneNumbers/")


def test_a_given_http_client_is_used_and_left_open(service: FakeService) -> None:
    service.on("GET", f"/phoneNumbers/{NUMBER}", reply(200, PURCHASED))
    mine = httpx.Client(transport=httpx.MockTransport(service))
    with PhoneNumbersClient(ENDPOINT, AzureKeyCredential(KEY), http_client=mine) as client:
        client.get_purchased_phone_number(NUMBER)
    assert not mine.is_closed
    assert service.requests[0].headers["Authorization"].startswith("HMAC-SHA256")
    mine.close()


def test_public_names() -> None:
    for name in acs_phonenumbers.__all__:
        assert hasattr(acs_phonenumbers, name), name
    assert PhoneNumberType.TOLL_FREE.value == "tollFree"
    assert PhoneNumberCapabilityType.INBOUND_OUTBOUND.value == "inbound+outbound"
    assert acs_phonenumbers.PhoneNumberOperationStatus.NOT_STARTED.value == "notStarted"
    assert issubclass(acs_phonenumbers.ResourceNotFoundError, acs_phonenumbers.HttpResponseError)


async def test_a_next_link_that_never_changes_stops_with_an_error(client: Any, service: FakeService) -> None:
    link = "/phoneNumbers?skip=1&top=1"
    service.on("GET", "/phoneNumbers", reply(200, number_page(["+14255550001"], link)))
    with pytest.raises(HttpResponseError, match="same nextLink"):
        await collect(client.list_purchased_phone_numbers(top=1))
    assert len(service.requests) == 2


async def test_a_202_without_operation_location_raises_a_clear_error(client: Any, service: FakeService) -> None:
    service.on("DELETE", f"/phoneNumbers/{NUMBER}", reply(202))
    with pytest.raises(HttpResponseError, match="Operation-Location") as caught:
        await client.begin_release_phone_number(NUMBER)
    assert caught.value.status_code == 202


async def test_an_operation_location_on_another_host_is_never_followed(client: Any, service: FakeService) -> None:
    service.on("DELETE", f"/phoneNumbers/{NUMBER}", reply(202, None, {"Operation-Location": "https://evil.example/op"}))
    with pytest.raises(HttpResponseError, match="redirect"):
        await client.begin_release_phone_number(NUMBER)
    assert len(service.requests) == 1


async def test_a_transport_failure_is_our_service_response_error(client: Any, service: FakeService) -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection reset")

    service.on("GET", f"/phoneNumbers/{NUMBER}", broken)
    with pytest.raises(ServiceResponseError):  # the request may have been sent
        await client.get_purchased_phone_number(NUMBER)
