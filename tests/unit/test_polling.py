"""The LRO state machine (pure), the sync and async pollers over httpx.MockTransport, and continuation tokens.

Scripts follow the real service recordings (azure-sdk-for-python / -js test recordings): relative
Operation-Location with api-version, Location with an unencoded ``+``, notStarted/running/succeeded sequences.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from fake_time import FakeTime

from acs_phonenumbers._errors import HttpResponseError, OperationFailedError, ResourceNotFoundError
from acs_phonenumbers._polling import (
    AsyncLROPoller,
    Failed,
    FetchFinal,
    LROKind,
    LROPoller,
    LROState,
    Poll,
    Succeeded,
)
from acs_phonenumbers._retry import parse_retry_after

ENDPOINT = "https://contoso.communication.azure.com/"
API = "2025-06-01"
OP_PATH = "/phoneNumbers/operations/search_583cf67a"
OP_URL = f"https://contoso.communication.azure.com{OP_PATH}?api-version={API}"
SEARCH_LOCATION = f"/availablePhoneNumbers/searchResults/583cf67a?api-version={API}"
SEARCH_URL = f"https://contoso.communication.azure.com{SEARCH_LOCATION}"
CAPS_LOCATION = f"/phoneNumbers/+14255550100?api-version={API}"  # unencoded '+', as the service sends it


def search_headers(**extra: str) -> dict[str, str]:
    return {
        "Location": SEARCH_LOCATION,
        "operation-id": "search_583cf67a",
        "Operation-Location": f"{OP_PATH}?api-version={API}",
        **extra,
    }


def operation(status: str, **extra: Any) -> dict[str, Any]:
    return {"id": "search_583cf67a", "operationType": "search", "status": status, **extra}


def body(status: str, **extra: Any) -> bytes:
    return json.dumps(operation(status, **extra)).encode()


# -- pure state machine --------------------------------------------------------------------------------------------


def test_search_runs_notstarted_running_succeeded_then_fetches_location() -> None:
    state = LROState.from_initial_response(
        LROKind.SEARCH, status_code=202, headers=search_headers(), endpoint=ENDPOINT, api_version=API
    )
    assert state.next_action(2.0) == Poll(OP_URL, 0.0)  # no Retry-After on the 202: the first poll is due at once
    state.on_status({}, body("notStarted"))
    assert state.status == "notStarted"
    assert state.next_action(2.0) == Poll(OP_URL, 2.0)
    state.on_status({}, body("running"))
    assert state.next_action(2.0) == Poll(OP_URL, 2.0)
    state.on_status({}, body("succeeded"))
    assert state.next_action(2.0) == FetchFinal(SEARCH_URL)
    assert not state.finished
    state.on_final()
    assert state.next_action(2.0) == Succeeded()
    assert state.finished


def test_failed_carries_the_operation_and_its_error() -> None:
    state = LROState.from_initial_response(
        LROKind.PURCHASE, status_code=202, headers=search_headers(), endpoint=ENDPOINT, api_version=API
    )
    error = {"code": "BadRequest", "message": "Consent not provided", "target": "isconsentprovided"}
    state.on_status({}, body("failed", error=error))
    action = state.next_action(2.0)
    assert isinstance(action, Failed)
    assert action.error == error
    assert action.operation["id"] == "search_583cf67a"
    assert state.finished


def test_canceled_status_ends_as_failed() -> None:
    state = LROState(LROKind.RELEASE, endpoint=ENDPOINT, api_version=API, operation_location=OP_PATH)
    state.on_status({}, body("Canceled"))
    assert isinstance(state.next_action(1.0), Failed)


@pytest.mark.parametrize("payload", [b"not json", b"[]", b'{"status": "paused"}', b'{"status": 3}', b"{}"])
def test_a_status_body_that_is_no_operation_is_refused(payload: bytes) -> None:
    state = LROState(LROKind.RELEASE, endpoint=ENDPOINT, api_version=API, operation_location=OP_PATH)
    with pytest.raises(ValueError):
        state.on_status({}, payload)
    assert state.status == "notStarted"


def test_status_matching_is_case_insensitive() -> None:
    state = LROState(LROKind.RELEASE, endpoint=ENDPOINT, api_version=API, operation_location=OP_PATH)
    state.on_status({}, body("Succeeded"))
    assert state.status == "succeeded"
    assert state.next_action(1.0) == Succeeded()


def test_retry_after_is_honoured_then_the_interval_resumes() -> None:
    state = LROState.from_initial_response(
        LROKind.SEARCH,
        status_code=202,
        headers=search_headers(**{"Retry-After": "7"}),
        endpoint=ENDPOINT,
        api_version=API,
    )
    assert state.next_action(2.0) == Poll(OP_URL, 7.0)
    state.on_status({"retry-after-ms": "1500"}, body("running"))
    assert state.next_action(2.0) == Poll(OP_URL, 1.5)
    state.on_status({}, body("running"))
    assert state.next_action(2.0) == Poll(OP_URL, 2.0)


def test_parse_retry_after_forms() -> None:
    assert parse_retry_after({"Retry-After": "3"}) == 3.0
    assert parse_retry_after({"retry-after": "-4"}) == 0.0
    assert parse_retry_after({"x-ms-retry-after-ms": "250"}) == 0.25
    now = datetime.fromtimestamp(1445412480.0, UTC)
    assert parse_retry_after({"Retry-After": "Wed, 21 Oct 2015 07:28:10 GMT"}, now=now) == 10.0
    assert parse_retry_after({"Retry-After": "soon"}) is None
    assert parse_retry_after({}) is None


def test_operation_location_relative_without_api_version_gets_it() -> None:
    headers = {"Operation-Location": OP_PATH, "operation-id": "search_583cf67a", "Location": "/x/1"}
    state = LROState.from_initial_response(
        LROKind.SEARCH, status_code=202, headers=headers, endpoint=ENDPOINT, api_version=API
    )
    assert state.operation_location == OP_URL
    assert state.resource_location == f"https://contoso.communication.azure.com/x/1?api-version={API}"


def test_absolute_operation_location_keeps_its_exact_query() -> None:
    headers = {
        "Operation-Location": "https://contoso.communication.azure.com/phoneNumbers/operations/x?api-version=2022-12-01"
    }
    state = LROState.from_initial_response(
        LROKind.RELEASE, status_code=202, headers=headers, endpoint=ENDPOINT, api_version=API
    )
    assert state.operation_location.endswith("/phoneNumbers/operations/x?api-version=2022-12-01")


def test_operation_location_on_another_host_is_never_followed() -> None:
    headers = {"Operation-Location": "https://evil.example/phoneNumbers/operations/x"}
    with pytest.raises(ValueError, match="must not redirect"):
        LROState.from_initial_response(
            LROKind.RELEASE, status_code=202, headers=headers, endpoint=ENDPOINT, api_version=API
        )


def test_malformed_operation_location_falls_back_to_operation_id() -> None:
    # Verbatim shape of the upstream PurchaseReservation example.
    headers = {
        "Operation-Location": "https://resourcename.communication.azure.comoperations/reservationPurchase_1?api-version=2023-11-01-preview",
        "operation-id": "reservationPurchase_1",
    }
    state = LROState.from_initial_response(
        LROKind.RESERVATION_PURCHASE, status_code=202, headers=headers, endpoint=ENDPOINT, api_version=API
    )
    assert state.operation_location == (
        f"https://contoso.communication.azure.com/phoneNumbers/operations/reservationPurchase_1?api-version={API}"
    )


def test_initial_response_needs_a_2xx_and_an_operation() -> None:
    with pytest.raises(ValueError, match="2xx"):
        LROState.from_initial_response(
            LROKind.SEARCH, status_code=400, headers=search_headers(), endpoint=ENDPOINT, api_version=API
        )
    with pytest.raises(ValueError, match="Operation-Location"):
        LROState.from_initial_response(LROKind.SEARCH, status_code=202, headers={}, endpoint=ENDPOINT, api_version=API)


def test_final_location_with_unencoded_plus_is_kept() -> None:
    headers = {
        "Operation-Location": f"/phoneNumbers/operations/capabilities_1?api-version={API}",
        "Location": CAPS_LOCATION,
    }
    state = LROState.from_initial_response(
        LROKind.UPDATE_CAPABILITIES, status_code=202, headers=headers, endpoint=ENDPOINT, api_version=API
    )
    state.on_status({}, body("succeeded"))
    action = state.next_action(2.0)
    assert action == FetchFinal(f"https://contoso.communication.azure.com{CAPS_LOCATION}")
    assert httpx.URL(action.url).raw_path == CAPS_LOCATION.encode()


def test_resource_location_from_the_operation_when_202_had_no_location() -> None:
    state = LROState(LROKind.SEARCH, endpoint=ENDPOINT, api_version=API, operation_location=OP_PATH)
    state.on_status({}, body("succeeded", resourceLocation=SEARCH_LOCATION))
    assert state.next_action(2.0) == FetchFinal(SEARCH_URL)


def test_succeeded_without_any_location_is_a_failure_not_a_hang() -> None:
    state = LROState(LROKind.SEARCH, endpoint=ENDPOINT, api_version=API, operation_location=OP_PATH)
    state.on_status({}, body("succeeded"))
    action = state.next_action(2.0)
    assert isinstance(action, Failed)
    assert action.error["code"] == "MissingLocation"


@pytest.mark.parametrize(
    ("kind", "has_final"),
    [
        (LROKind.SEARCH, True),
        (LROKind.UPDATE_CAPABILITIES, True),
        (LROKind.PURCHASE, False),
        (LROKind.RELEASE, False),
        (LROKind.RESERVATION_PURCHASE, False),
    ],
)
def test_which_kinds_have_a_final_resource(kind: LROKind, has_final: bool) -> None:
    assert kind.has_final_resource is has_final
    state = LROState.from_initial_response(
        kind, status_code=202, headers=search_headers(), endpoint=ENDPOINT, api_version=API
    )
    state.on_status({}, body("succeeded"))
    assert isinstance(state.next_action(1.0), FetchFinal if has_final else Succeeded)


# -- continuation tokens -------------------------------------------------------------------------------------------


def make_token(**fields: Any) -> str:
    data: dict[str, Any] = {
        "v": 1,
        "kind": "search",
        "endpoint": ENDPOINT,
        "api_version": API,
        "operation_location": OP_URL,
        "resource_location": SEARCH_URL,
    }
    data.update(fields)
    data = {k: v for k, v in data.items() if v is not ...}
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def test_token_round_trip_is_plain_json() -> None:
    state = LROState.from_initial_response(
        LROKind.SEARCH, status_code=202, headers=search_headers(), endpoint=ENDPOINT, api_version=API
    )
    token = state.continuation_token()
    decoded = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    assert decoded == {
        "v": 1,
        "kind": "search",
        "endpoint": ENDPOINT,
        "api_version": API,
        "operation_location": OP_URL,
        "resource_location": SEARCH_URL,
    }
    resumed = LROState.from_continuation_token(token, endpoint=ENDPOINT.rstrip("/"), kind=LROKind.SEARCH)
    assert resumed.kind is LROKind.SEARCH
    assert resumed.next_action(2.0) == Poll(OP_URL, 0.0)  # look at once
    assert resumed.resource_location == SEARCH_URL


@pytest.mark.parametrize(
    ("token", "message"),
    [
        ("", "expected the string"),
        ("x" * 9000, "expected the string"),
        ("!!!not-base64!!!", "base64url"),
        (base64.urlsafe_b64encode(b"\x80\x81").decode(), "base64url"),
        (base64.urlsafe_b64encode(b"[1, 2]").decode(), "JSON object"),
        (make_token(v=2), "version 2"),
        (make_token(v=True), "version True"),
        (make_token(v="1"), "version"),
        (make_token(kind="delete_everything"), "unknown operation kind"),
        (make_token(kind="purchase"), "for a 'purchase' operation"),
        (make_token(extra="x"), "fields must be exactly"),
        (make_token(resource_location=...), "fields must be exactly"),
        (make_token(api_version=""), "api_version must be a non-empty string"),
        (make_token(operation_location=5), "operation_location must be"),
        (make_token(resource_location=["x"]), "resource_location must be"),
        (make_token(endpoint="https://evil.example/"), "another endpoint"),
        (make_token(endpoint="http://contoso.communication.azure.com/"), "another endpoint"),
        (make_token(endpoint="https://contoso.communication.azure.com:8443/"), "another endpoint"),
        (make_token(operation_location="https://evil.example/phoneNumbers/operations/x"), "must not redirect"),
        (make_token(resource_location="//evil.example/steal"), "must not redirect"),
    ],
)
def test_bad_tokens_are_refused_clearly(token: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        LROState.from_continuation_token(token, endpoint=ENDPOINT, kind=LROKind.SEARCH)


def test_token_is_accepted_with_an_explicit_default_port() -> None:
    state = LROState.from_continuation_token(make_token(), endpoint="https://contoso.communication.azure.com:443")
    assert state.kind is LROKind.SEARCH


# -- pollers over MockTransport ------------------------------------------------------------------------------------


class Script:
    """Answers each GET with the next scripted response for its URL; records the raw paths requested."""

    def __init__(self, routes: dict[str, list[httpx.Response]]) -> None:
        self.routes = routes
        self.requests: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request.url.raw_path.decode())
        queue = self.routes[str(request.url)]
        return queue.pop(0) if len(queue) > 1 else queue[0]


def ok(status: str, headers: dict[str, str] | None = None, **extra: Any) -> httpx.Response:
    return httpx.Response(200, json=operation(status, **extra), headers=headers)


SEARCH_RESULT = {"searchId": "583cf67a", "phoneNumbers": ["+14255550100"]}


def search_script(*statuses: str, final: httpx.Response | None = None) -> Script:
    return Script({OP_URL: [ok(s) for s in statuses], SEARCH_URL: [final or httpx.Response(200, json=SEARCH_RESULT)]})


def search_state() -> LROState:
    return LROState.from_initial_response(
        LROKind.SEARCH, status_code=202, headers=search_headers(), endpoint=ENDPOINT, api_version=API
    )


def deserialize_json(response: httpx.Response | None) -> Any:
    return None if response is None else response.json()


def sync_poller(
    script: Script, fake: FakeTime, state: LROState | None = None, deserialize: Callable[..., Any] = deserialize_json
) -> tuple[LROPoller[Any], httpx.Client]:
    client = httpx.Client(transport=httpx.MockTransport(script))
    poller: LROPoller[Any] = LROPoller(
        state or search_state(),
        get=client.get,
        deserialize_final=deserialize,
        polling_interval=2.0,
        sleep=fake.sleep,
        clock=fake.clock,
    )
    return poller, client


def test_sync_poller_replays_a_search_with_exact_polls_and_delays() -> None:
    fake, script = FakeTime(1000.0), search_script("notStarted", "running", "succeeded")
    poller, _ = sync_poller(script, fake)
    assert script.requests == []  # begin_* returned without any request
    assert poller.status() == "notStarted"
    assert poller.result() == SEARCH_RESULT
    assert script.requests == [f"{OP_PATH}?api-version={API}"] * 3 + [SEARCH_LOCATION]
    assert fake.sleeps == [2.0, 2.0]  # before each poll but the first, none before the final GET
    assert poller.done() and poller.status() == "succeeded"
    assert poller.result() == SEARCH_RESULT  # cached: no more requests
    assert len(script.requests) == 4


def test_sync_poller_follows_retry_after_from_202_and_polls() -> None:
    fake = FakeTime(1000.0)
    script = Script({OP_URL: [ok("running", {"Retry-After": "5"}), ok("succeeded")], SEARCH_URL: [httpx.Response(200)]})
    state = LROState.from_initial_response(
        LROKind.SEARCH,
        status_code=202,
        headers=search_headers(**{"Retry-After": "1"}),
        endpoint=ENDPOINT,
        api_version=API,
    )
    poller, _ = sync_poller(script, fake, state, deserialize=lambda r: r.status_code)
    assert poller.result() == 200
    assert fake.sleeps == [1.0, 5.0]


def test_update_capabilities_fetches_the_plus_location_verbatim() -> None:
    caps_op = f"https://contoso.communication.azure.com/phoneNumbers/operations/capabilities_1?api-version={API}"
    caps_url = f"https://contoso.communication.azure.com{CAPS_LOCATION}"
    number = {"id": "14255550100", "phoneNumber": "+14255550100"}
    script = Script(
        {
            caps_op: [ok("running"), ok("running"), ok("running"), ok("succeeded")],
            caps_url: [httpx.Response(200, json=number)],
        }
    )
    headers = {
        "Operation-Location": f"/phoneNumbers/operations/capabilities_1?api-version={API}",
        "Location": CAPS_LOCATION,
    }
    state = LROState.from_initial_response(
        LROKind.UPDATE_CAPABILITIES, status_code=202, headers=headers, endpoint=ENDPOINT, api_version=API
    )
    fake = FakeTime(1000.0)
    poller, _ = sync_poller(script, fake, state)
    assert poller.result() == number
    assert script.requests[-1] == CAPS_LOCATION  # '/phoneNumbers/+1425...' sent as is
    assert fake.sleeps == [2.0] * 3


def test_operation_without_final_resource_returns_none() -> None:
    fake = FakeTime(1000.0)
    purchase_op = f"https://contoso.communication.azure.com/phoneNumbers/operations/purchase_1?api-version={API}"
    script = Script({purchase_op: [ok("running"), ok("notStarted"), ok("succeeded")]})
    seen: list[httpx.Response | None] = []
    state = LROState.from_initial_response(
        LROKind.PURCHASE,
        status_code=202,
        headers={"Operation-Location": f"/phoneNumbers/operations/purchase_1?api-version={API}"},
        endpoint=ENDPOINT,
        api_version=API,
    )
    poller, _ = sync_poller(script, fake, state, deserialize=lambda r: seen.append(r))
    assert poller.result() is None
    assert seen == [None]
    assert len(script.requests) == 3


def test_failed_operation_raises_operation_failed_error_every_time() -> None:
    fake = FakeTime(1000.0)
    error = {"code": "BadRequest", "message": "Consent not provided to not resell", "target": "isconsentprovided"}
    script = Script({OP_URL: [ok("running"), ok("failed", error=error)]})
    poller, _ = sync_poller(script, fake)
    poller.wait()  # wait never raises for a failed operation
    assert poller.done() and poller.status() == "failed"
    for _ in range(2):
        with pytest.raises(OperationFailedError) as info:
            poller.result()
        assert info.value.error is not None
        assert info.value.error.code == "BadRequest"
        assert info.value.error.target == "isconsentprovided"
        assert "Consent not provided" in str(info.value)
        assert info.value.operation_id == "search_583cf67a"
    assert len(script.requests) == 2


def test_done_and_status_poll_only_when_due_and_never_sleep() -> None:
    fake, script = FakeTime(1000.0), search_script("running", "succeeded")
    poller, _ = sync_poller(script, fake)
    assert script.requests == []
    assert not poller.done()  # the first poll is due at once
    assert poller.status() == "running"
    assert len(script.requests) == 1
    assert not poller.done()  # the next one is not due yet: nothing is sent
    assert len(script.requests) == 1
    fake.now += 2.0
    assert not poller.done()  # the poll says succeeded; done() sends at most one request
    assert len(script.requests) == 2
    assert poller.done()  # the final GET is due at once
    assert len(script.requests) == 3
    assert fake.sleeps == []


def test_wait_with_timeout_sleeps_no_longer_than_the_deadline() -> None:
    fake = FakeTime(1000.0)
    script = Script(
        {OP_URL: [ok("running", {"Retry-After": "10"}), ok("succeeded")], SEARCH_URL: [httpx.Response(200)]}
    )
    poller, _ = sync_poller(script, fake, deserialize=lambda r: r.status_code)
    poller.wait(timeout=5.0)  # poll at once, then the next is due at 10 s: sleep 5 s and give up
    assert fake.sleeps == [5.0]
    assert len(script.requests) == 1
    with pytest.raises(TimeoutError, match="still running"):
        poller.result(timeout=1.0)
    assert fake.sleeps == [5.0, 1.0]
    assert poller.result() == 200  # the remaining 4 s, not a fresh 10 s
    assert fake.sleeps == [5.0, 1.0, 4.0]


def test_a_poll_error_is_raised_and_polling_can_go_on() -> None:
    fake = FakeTime(1000.0)
    gone = httpx.Response(404, json={"error": {"code": "NotFound", "message": "no such operation"}})
    script = Script({OP_URL: [gone, ok("succeeded")], SEARCH_URL: [httpx.Response(200, json=SEARCH_RESULT)]})
    poller, _ = sync_poller(script, fake)
    with pytest.raises(ResourceNotFoundError, match="no such operation"):
        poller.result()
    assert poller.status() == "succeeded"  # due at once: the next poll runs
    assert poller.result() == SEARCH_RESULT


def test_a_final_fetch_error_is_raised() -> None:
    fake = FakeTime(1000.0)
    script = search_script(
        "succeeded", final=httpx.Response(404, json={"error": {"code": "NotFound", "message": "gone"}})
    )
    poller, _ = sync_poller(script, fake)
    with pytest.raises(ResourceNotFoundError):
        poller.result()
    with pytest.raises(ResourceNotFoundError):  # done() drives the same request, so it reports the same error
        poller.done()
    assert repr(poller) == "<LROPoller search status=succeeded done=False>"


def test_an_unparseable_status_becomes_an_http_response_error() -> None:
    fake = FakeTime(1000.0)
    script = Script({OP_URL: [httpx.Response(200, text="<html>proxy</html>")]})
    poller, _ = sync_poller(script, fake)
    with pytest.raises(HttpResponseError, match="not JSON"):
        poller.result()


def test_sync_poller_resumes_from_its_token_in_a_new_poller() -> None:
    fake = FakeTime(1000.0)
    first, _ = sync_poller(search_script("running"), fake)
    fake.now += 2.0
    assert first.status() == "running"
    token = first.continuation_token()
    fake2, script2 = FakeTime(1000.0), search_script("succeeded")
    resumed, _ = sync_poller(script2, fake2, LROState.from_continuation_token(token, endpoint=ENDPOINT))
    assert resumed.result() == SEARCH_RESULT
    assert fake2.sleeps == []  # the first poll of a resumed operation is due at once
    assert script2.requests == [f"{OP_PATH}?api-version={API}", SEARCH_LOCATION]


def test_repr_does_no_io() -> None:
    fake, script = FakeTime(1000.0), search_script("succeeded")
    poller, _ = sync_poller(script, fake)
    assert repr(poller) == "<LROPoller search status=notStarted done=False>"
    assert script.requests == []


# -- async poller --------------------------------------------------------------------------------------------------


def async_poller(script: Script, fake: FakeTime, state: LROState | None = None) -> AsyncLROPoller[Any]:
    client = httpx.AsyncClient(transport=httpx.MockTransport(script))
    return AsyncLROPoller(
        state or search_state(),
        get=client.get,
        deserialize_final=deserialize_json,
        polling_interval=2.0,
        sleep=fake.asleep,
        clock=fake.clock,
    )


async def test_async_poller_replays_a_search() -> None:
    fake, script = FakeTime(1000.0), search_script("notStarted", "running", "succeeded")
    poller = async_poller(script, fake)
    assert not poller.done() and poller.status() == "notStarted"
    assert script.requests == []
    assert await poller.result() == SEARCH_RESULT
    assert script.requests == [f"{OP_PATH}?api-version={API}"] * 3 + [SEARCH_LOCATION]
    assert fake.sleeps == [2.0, 2.0]
    assert poller.done() and poller.status() == "succeeded"
    assert await poller == SEARCH_RESULT  # awaiting the poller is awaiting result()
    assert len(script.requests) == 4


async def test_async_done_and_status_never_do_io() -> None:
    fake, script = FakeTime(1000.0), search_script("succeeded")
    poller = async_poller(script, fake)
    fake.now += 100
    assert not poller.done() and poller.status() == "notStarted"
    assert script.requests == []


async def test_async_failed_operation_raises() -> None:
    fake = FakeTime(1000.0)
    error = {"code": "InsufficientPermissions", "message": "Phone number not owned by this resource."}
    poller = async_poller(Script({OP_URL: [ok("failed", error=error)]}), fake)
    await poller.wait()
    assert poller.done() and poller.status() == "failed"
    with pytest.raises(OperationFailedError, match="not owned"):
        await poller.result()


async def test_async_wait_timeout_and_resume_from_token() -> None:
    fake = FakeTime(1000.0)
    poller = async_poller(search_script("running"), fake)
    with pytest.raises(TimeoutError):
        await poller.result(timeout=3.0)
    assert fake.sleeps == [2.0, 1.0]
    token = poller.continuation_token()
    fake2, script2 = FakeTime(1000.0), search_script("succeeded")
    resumed = async_poller(
        script2, fake2, LROState.from_continuation_token(token, endpoint=ENDPOINT, kind=LROKind.SEARCH)
    )
    assert await resumed.result() == SEARCH_RESULT
    assert fake2.sleeps == []
