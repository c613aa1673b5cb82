"""Validation against our OpenAPI documents, paging with relative next links, faults, short codes."""

from __future__ import annotations

import json
import time
import uuid
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from azure.communication.phonenumbers import PhoneNumbersClient
from azure.core.credentials import AzureKeyCredential
from emulator_helpers import PN, SC, Api, search, sign

from acs_phonenumbers.emulator import Emulator


@pytest.mark.parametrize(
    ("path", "body", "code", "target"),
    [
        ("/phoneNumbers", None, "ApiVersionUnspecified", None),
        ("/phoneNumbers?api-version=2022-12-01", None, "UnsupportedApiVersion", None),
        (f"/phoneNumbers?top=many&{PN}", None, "InvalidInput", "top"),
        (f"/availablePhoneNumbers/countries/US/areaCodes?{PN}", None, "InvalidInput", "phoneNumberType"),
        (f"/availablePhoneNumbers/countries/US/areaCodes?phoneNumberType=cheap&{PN}", None, "InvalidInput", None),
        (f"/availablePhoneNumbers/reservations/not-a-uuid?{PN}", None, "InvalidInput", "reservationId"),
        (f"/availablePhoneNumbers/countries/US/:search?{PN}", {"phoneNumberType": "tollFree"}, "InvalidInput", None),
        (
            f"/availablePhoneNumbers/countries/US/:search?{PN}",
            {
                "phoneNumberType": "tollFree",
                "assignmentType": "application",
                "capabilities": {"calling": "x", "sms": "none"},
            },
            "InvalidInput",
            "capabilities/calling",
        ),
        (f"/availablePhoneNumbers/:purchase?{PN}", None, "InvalidInput", "body"),
    ],
)
def test_invalid_requests_get_400_with_the_envelope(
    api: Api, path: str, body: object, code: str, target: str | None
) -> None:
    method = "GET" if "search" not in path and "purchase" not in path else "POST"
    response = api.call(method, path, body)
    assert response.status_code == 400
    assert response.headers["MS-CV"]
    error = response.json()["error"]
    assert error["code"] == code
    assert error["message"]
    if target is not None:
        assert error["target"] == target
        assert error["details"][0]["target"] == target


def test_unknown_routes_get_the_envelope_and_an_ms_cv(api: Api) -> None:
    response = api.call("GET", f"/nothing/here?{PN}")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "NotFound"
    assert response.headers["MS-CV"].endswith(".0")


def test_paging_next_links_are_relative_and_complete(acs_emulator: Emulator, api: Api) -> None:
    seeded = acs_emulator.seed_purchased_numbers(7, "US")
    seen: list[str] = []
    link: str | None = f"/phoneNumbers?skip=0&top=3&{PN}"
    pages = 0
    while link:
        assert link.startswith("/phoneNumbers?")
        body = api.call("GET", link).json()
        seen.extend(n["phoneNumber"] for n in body["phoneNumbers"])
        link = body["nextLink"]
        pages += 1
        if link:
            assert parse_qs(urlsplit(link).query)["api-version"] == ["2025-06-01"]
    assert pages == 3
    assert seen == seeded


def test_official_client_pages_through_next_links(acs_emulator: Emulator) -> None:
    seeded = acs_emulator.seed_purchased_numbers(5, "CA")
    client = PhoneNumbersClient(acs_emulator.endpoint.rstrip("/"), AzureKeyCredential(acs_emulator.access_key))
    pages = list(client.list_purchased_phone_numbers(top=2).by_page())
    assert len(pages) == 3
    assert [n.phone_number for page in pages for n in page] == seeded


def test_faults_429_503_500_and_dropped_connections(acs_emulator: Emulator, api: Api) -> None:
    acs_emulator.set_faults(1.0, kinds=("429",), retry_after=3)
    limited = api.call("GET", f"/phoneNumbers?{PN}")
    assert (limited.status_code, limited.headers["Retry-After"]) == (429, "3")
    assert limited.json()["error"]["code"] == "TooManyRequests"
    acs_emulator.set_faults(1.0, kinds=("503",))
    assert api.call("GET", f"/phoneNumbers?{PN}").status_code == 503
    acs_emulator.set_faults(1.0, kinds=("500",))
    assert api.call("GET", f"/phoneNumbers?{PN}").json()["error"]["code"] == "InternalError"
    acs_emulator.set_faults(1.0, kinds=("drop",))
    with pytest.raises(httpx.TransportError):
        api.call("GET", f"/phoneNumbers?{PN}")
    acs_emulator.set_faults(0.5, kinds=("503",), seed=7)
    statuses = {api.call("GET", f"/phoneNumbers?{PN}").status_code for _ in range(20)}
    assert statuses == {200, 503}
    acs_emulator.clear_faults()
    assert search(api).status_code == 202


CONTENT_MERGE = "application/merge-patch+json"


def test_a_stall_serves_the_request_after_the_client_gave_up(acs_emulator: Emulator, api: Api) -> None:
    """The nastiest fault for money: the client times out, yet the service acted on the request."""
    brief_id = str(uuid.uuid4())
    path = f"/shortCodes/countries/US/programBriefs/{brief_id}?{SC}"
    body = json.dumps({"id": brief_id, "programDetails": {"name": "Stalled"}}).encode()
    headers = {**sign(acs_emulator.access_key, "PATCH", path, api.host, body), "Content-Type": CONTENT_MERGE}
    acs_emulator.set_faults(1.0, kinds=("stall",), stall_seconds=0.5)
    with pytest.raises(httpx.ReadTimeout):
        api.http.request("PATCH", path, content=body, headers=headers, timeout=0.1)
    acs_emulator.clear_faults()
    deadline = time.monotonic() + 10
    while (found := api.call("GET", path)).status_code == 404 and time.monotonic() < deadline:
        time.sleep(0.05)  # waiting for the stalled request's own completion, bounded by the deadline
    assert found.status_code == 200
    assert found.json()["programDetails"]["name"] == "Stalled"


def _brief(api: Api, brief_id: str, patch: dict[str, object]) -> httpx.Response:
    return api.call(
        "PATCH",
        f"/shortCodes/countries/US/programBriefs/{brief_id}?{SC}",
        {"id": brief_id, **patch},
        content_type="application/merge-patch+json",
    )


def test_program_briefs_move_from_draft_to_submitted(api: Api) -> None:
    brief_id = str(uuid.uuid4())
    created = _brief(api, brief_id, {"programDetails": {"name": "Shipping", "isVanity": True}})
    assert created.status_code == 201
    assert created.json()["status"] == "draft"
    costs = {cost["billingFrequency"]: cost["amount"] for cost in created.json()["costs"]}
    assert costs == {"once": 650.0, "monthly": 1500.0}
    updated = _brief(api, brief_id, {"programDetails": {"description": "notifications"}})
    assert updated.status_code == 200
    assert updated.json()["programDetails"] == {"name": "Shipping", "isVanity": True, "description": "notifications"}
    submitted = api.call("POST", f"/shortCodes/countries/US/programBriefs/{brief_id}/:submit?{SC}")
    assert submitted.status_code == 200
    assert submitted.json()["status"] == "submitted"
    assert submitted.json()["submissionDate"]
    assert _brief(api, brief_id, {"programDetails": {"name": "Other"}}).status_code == 400
    assert api.call("DELETE", f"/shortCodes/countries/US/programBriefs/{brief_id}?{SC}").status_code == 400
    draft_id = str(uuid.uuid4())
    _brief(api, draft_id, {})
    listed = api.call("GET", f"/shortCodes/countries/US/programBriefs?top=1&{SC}").json()
    assert len(listed["programBriefs"]) == 1
    assert listed["nextLink"] == f"/shortCodes/countries/US/programBriefs?skip=1&top=1&{SC}"
    assert api.call("DELETE", f"/shortCodes/countries/US/programBriefs/{draft_id}?{SC}").status_code == 204
    assert api.call("GET", f"/shortCodes/countries/US/programBriefs/{draft_id}?{SC}").status_code == 404


def test_short_codes_are_listed(acs_emulator: Emulator, api: Api) -> None:
    codes = acs_emulator.seed_short_codes(3)
    body = api.call("GET", f"/shortCodes?{SC}").json()
    assert [c["number"] for c in body["shortCodes"]] == codes
    assert body["nextLink"] is None
    assert api.call("GET", f"/shortCodes?{PN}").json()["error"]["code"] == "UnsupportedApiVersion"


def test_an_emulator_bug_still_answers_in_the_service_envelope(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    from acs_phonenumbers.emulator.services.phone_numbers import PhoneNumbersBackend

    def broken(self: PhoneNumbersBackend, phone_number: str, status: int = 404) -> dict[str, object]:
        raise RuntimeError("a bug in the emulator")

    monkeypatch.setattr(PhoneNumbersBackend, "_owned", broken)  # what get_number calls
    response = api.call("GET", f"/phoneNumbers/%2B14255550123?{PN}")
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "InternalServerError"
    assert response.headers["MS-CV"]


def test_an_int32_parameter_out_of_range_is_a_400(api: Api) -> None:
    response = api.call("GET", f"/shortCodes?top=35547005450002996&{SC}")
    assert response.status_code == 400
    assert response.json()["error"]["target"] == "top"
    assert api.call("GET", f"/phoneNumbers?skip=2147483647&{PN}").status_code == 200
