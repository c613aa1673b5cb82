"""Calls keyed to one resource, against the emulator, when the service acted and its answer was lost.

A test transport sends the first request of the chosen call, throws the answer away and returns what a gateway
would (a 502) or cuts the connection: the service acted, the client saw a failure. The client retries, the service
refuses the repeat as already done, the client checks the resource and reports success; nothing is done twice.
Also the emulator's own after-act faults, each kind on its own.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
import pytest

from acs_phonenumbers import (
    OutcomeUnknownError,
    PhoneNumbersClient,
    ProgramBriefStatus,
    RetryPolicy,
    ShortCodesClient,
    load_program_brief,
)
from acs_phonenumbers.aio import PhoneNumbersClient as AsyncPhoneNumbersClient
from acs_phonenumbers.emulator import Emulator
from acs_phonenumbers.emulator.services.phone_numbers import PhoneNumbersBackend

CAPABILITIES = {"calling": "inbound", "sms": "inbound+outbound"}
FAST = RetryPolicy(backoff_factor=0.0)
BRIEF = Path(__file__).parent.parent / "data" / "program_brief.yaml"


class LoseFirstAnswer(httpx.BaseTransport):
    """Sends every request; the first answer to ``method`` on a path ending with ``suffix`` is lost after the
    service acted (replaced by a 502, or the connection cut)."""

    def __init__(self, method: str, suffix: str, how: str = "502") -> None:
        self.inner = httpx.HTTPTransport()
        self.method, self.suffix, self.how = method, suffix, how
        self.lost = 0
        self.sent: list[str] = []

    def _hit(self, request: httpx.Request) -> bool:
        path = request.url.path
        return not self.lost and request.method == self.method and path.endswith(self.suffix)

    def _lose(self, request: httpx.Request) -> httpx.Response:
        self.lost += 1
        if self.how == "cut":
            raise httpx.RemoteProtocolError("peer closed connection mid-response", request=request)
        return httpx.Response(502, json={"error": {"code": "BadGateway", "message": "lost"}}, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(f"{request.method} {request.url.path}")
        response = self.inner.handle_request(request)
        if self._hit(request):
            response.read()
            response.close()
            return self._lose(request)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncLoseFirstAnswer(httpx.AsyncBaseTransport):
    def __init__(self, method: str, suffix: str, how: str = "502") -> None:
        self.sync = LoseFirstAnswer(method, suffix, how)
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if self.sync._hit(request):
            await response.aread()
            await response.aclose()
            return self.sync._lose(request)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def _search(emulator: Emulator) -> tuple[str, list[str]]:
    with PhoneNumbersClient.from_connection_string(emulator.connection_string, polling_interval=0) as client:
        search = client.begin_search_available_phone_numbers("US", "tollFree", "application", CAPABILITIES).result()
    return search.search_id, list(search.phone_numbers)


def _purchases(emulator: Emulator, key: str) -> int:
    emulator.backend.settle()
    return sum(
        1
        for op in emulator.backend.store.list("operation")
        if op["applied"]
        and op["error"] is None
        and key in (op["effect"].get("searchId"), op["effect"].get("reservationId"))
    )


@pytest.mark.parametrize("how", ["502", "cut"])
def test_a_purchase_whose_answer_was_lost_succeeds_once(acs_emulator: Emulator, how: str) -> None:
    search_id, numbers = _search(acs_emulator)
    transport = LoseFirstAnswer("POST", "/availablePhoneNumbers/:purchase", how)
    conn = acs_emulator.connection_string
    with PhoneNumbersClient.from_connection_string(conn, transport=transport, retry=FAST, polling_interval=0) as client:
        client.begin_purchase_phone_numbers(search_id, agree_to_not_resell=True).result()
        assert {client.get_purchased_phone_number(n).phone_number for n in numbers} == set(numbers)
    assert transport.lost == 1
    assert _purchases(acs_emulator, search_id) == 1


async def test_an_async_purchase_whose_answer_was_lost_succeeds_once(acs_emulator: Emulator) -> None:
    search_id, _ = _search(acs_emulator)
    transport = AsyncLoseFirstAnswer("POST", "/availablePhoneNumbers/:purchase")
    async with AsyncPhoneNumbersClient.from_connection_string(
        acs_emulator.connection_string, transport=transport, retry=FAST, polling_interval=0
    ) as client:
        await (await client.begin_purchase_phone_numbers(search_id, agree_to_not_resell=True)).result()
    assert transport.sync.lost == 1
    assert _purchases(acs_emulator, search_id) == 1


def test_a_release_whose_answer_was_lost_succeeds(acs_emulator: Emulator) -> None:
    (number,) = acs_emulator.seed_purchased_numbers(1)
    transport = LoseFirstAnswer("DELETE", number)
    conn = acs_emulator.connection_string
    with PhoneNumbersClient.from_connection_string(conn, transport=transport, retry=FAST, polling_interval=0) as client:
        client.begin_release_phone_number(number).result()
    assert transport.lost == 1
    assert acs_emulator.backend.of(PhoneNumbersBackend).list_numbers(0, 5).items == []  # settled: released


def test_a_reservation_purchase_whose_answer_was_lost_succeeds_once(acs_emulator: Emulator) -> None:
    conn = acs_emulator.connection_string
    transport = LoseFirstAnswer("POST", "/:purchase", "cut")
    with PhoneNumbersClient.from_connection_string(conn, transport=transport, retry=FAST, polling_interval=0) as client:
        available = client.browse_available_phone_numbers(country_code="US", phone_number_type="tollFree").phone_numbers
        reservation_id = str(uuid.uuid4())
        client.create_or_update_reservation(reservation_id=reservation_id, numbers_to_add=[available[0]])
        client.begin_purchase_reservation(reservation_id, agree_to_not_resell=True).result()
        assert client.get_reservation(reservation_id).status == "completed"
    assert transport.lost == 1
    assert _purchases(acs_emulator, reservation_id) == 1


def test_a_brief_submit_whose_answer_was_lost_returns_the_submitted_brief(acs_emulator: Emulator) -> None:
    brief = load_program_brief(BRIEF)
    transport = LoseFirstAnswer("POST", "/:submit")
    with ShortCodesClient.from_connection_string(
        acs_emulator.connection_string, transport=transport, retry=FAST
    ) as client:
        client.upsert_us_program_brief(brief.id, brief)
        submitted = client.submit_us_program_brief(brief.id)
    assert transport.lost == 1
    assert submitted.status is ProgramBriefStatus.SUBMITTED


def test_a_purchase_the_service_never_received_is_outcome_unknown_and_safe_to_repeat(acs_emulator: Emulator) -> None:
    """Every attempt fails with a 500 before the service acts: the state shows nothing bought; the client says
    it cannot know, and repeating the call (faults gone) buys once."""
    search_id, _ = _search(acs_emulator)
    conn = acs_emulator.connection_string
    with PhoneNumbersClient.from_connection_string(conn, retry=RetryPolicy.disabled(), polling_interval=0) as client:
        acs_emulator.set_faults(1.0, kinds=("500",))
        with pytest.raises(OutcomeUnknownError) as info:
            client.begin_purchase_phone_numbers(search_id, agree_to_not_resell=True)
        acs_emulator.clear_faults()
        assert info.value.attempted["search_id"] == search_id
        client.begin_purchase_phone_numbers(search_id, agree_to_not_resell=True).result()
    assert _purchases(acs_emulator, search_id) == 1


@pytest.mark.parametrize("kind", ["after-500", "after-502", "after-504", "after-cut"])
def test_the_emulators_after_act_faults_act_then_lose_the_answer(acs_emulator: Emulator, kind: str) -> None:
    conn = acs_emulator.connection_string
    with PhoneNumbersClient.from_connection_string(conn, retry=RetryPolicy.disabled(), polling_interval=0) as client:
        acs_emulator.set_faults(1.0, kinds=(kind,))
        with pytest.raises(Exception):  # noqa: B017 - a 5xx or a cut connection, as the kind says
            client.begin_search_available_phone_numbers("US", "tollFree", "application", CAPABILITIES)
        acs_emulator.clear_faults()
    assert len(acs_emulator.backend.store.list("search")) == 1  # it acted
