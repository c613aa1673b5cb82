"""What ShortCodesClient puts on the wire, through httpx.MockTransport: merge-patch bodies, auth, retries, paging."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import httpx
import pytest

from acs_phonenumbers import SHORT_CODES_API_VERSION, ShortCodesClient
from acs_phonenumbers._errors import HttpResponseError, InvalidArgumentError
from acs_phonenumbers._retry import RetryPolicy
from acs_phonenumbers.aio import ShortCodesClient as AsyncShortCodesClient
from acs_shortcodes_generated.models import ProgramBriefStatus, TrafficDetails, USProgramBrief

ENDPOINT = "https://contoso.communication.azure.com"
CONNECTION_STRING = f"endpoint={ENDPOINT}/;accesskey=c2VjcmV0IGtleSBmb3IgdGVzdHM="
BRIEF_ID = uuid.UUID("146b433f-d774-40b9-9138-55d386208725")
DRAFT = {"id": str(BRIEF_ID), "status": "draft"}
FAST_RETRY = RetryPolicy(backoff_factor=0.0)


@dataclass
class Token:
    token: str
    expires_on: int


class FakeTokenCredential:
    def get_token(self, *scopes: str, **_: object) -> Token:
        assert scopes == ("https://communication.azure.com//.default",)
        return Token("dev-token", int(time.time()) + 3600)


def recording(
    reply: Callable[[httpx.Request], httpx.Response],
) -> tuple[list[httpx.Request], httpx.MockTransport]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        return reply(request)

    return sent, httpx.MockTransport(handler)


def test_upsert_sends_only_the_fields_that_are_set_as_a_merge_patch() -> None:
    sent, transport = recording(lambda r: httpx.Response(200, json={**DRAFT, **json.loads(r.content)}))
    partial = USProgramBrief(id=BRIEF_ID, traffic_details=TrafficDetails(total_monthly_volume=20000))
    with ShortCodesClient.from_connection_string(CONNECTION_STRING, transport=transport) as client:
        result = client.upsert_us_program_brief(str(BRIEF_ID).upper(), partial)
    assert result.status is ProgramBriefStatus.DRAFT
    (request,) = sent
    assert request.method == "PATCH"
    assert request.url.path == f"/shortCodes/countries/US/programBriefs/{BRIEF_ID}"
    assert request.url.params["api-version"] == SHORT_CODES_API_VERSION
    assert request.headers["content-type"] == "application/merge-patch+json"
    assert json.loads(request.content) == {"id": str(BRIEF_ID), "trafficDetails": {"totalMonthlyVolume": 20000}}
    assert request.headers["authorization"].startswith("HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256")
    assert "acs-phonenumbers/" in request.headers["user-agent"]


def test_checks_send_nothing() -> None:
    sent, transport = recording(lambda r: httpx.Response(500))
    with ShortCodesClient(ENDPOINT, "c2VjcmV0", transport=transport) as client:
        with pytest.raises(InvalidArgumentError, match="program_brief_id"):
            client.delete_us_program_brief("146b433f")
        with pytest.raises(InvalidArgumentError, match=r"companyInformation\.customerCareInformation\.email"):
            client.upsert_us_program_brief(
                BRIEF_ID, {"companyInformation": {"customerCareInformation": {"email": "care at contoso"}}}
            )
        with pytest.raises(TypeError, match="USProgramBrief or a mapping"):
            client.upsert_us_program_brief(BRIEF_ID, "brief.yaml")  # type: ignore[arg-type]
        with pytest.raises(InvalidArgumentError, match="top must be >= 1"):
            client.list_short_codes(top=0)
    assert sent == []


def test_unknown_option_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="polling_intervall"):
        ShortCodesClient(ENDPOINT, "c2VjcmV0", polling_intervall=1)  # type: ignore[call-arg]


def test_transient_failures_are_retried_with_a_new_signature() -> None:
    replies = iter([httpx.Response(503, headers={"Retry-After": "0"}), httpx.Response(200, json=DRAFT)])
    sent, transport = recording(lambda r: next(replies))
    with ShortCodesClient(ENDPOINT, "c2VjcmV0", transport=transport, retry=FAST_RETRY) as client:
        assert client.get_us_program_brief(BRIEF_ID).id == str(BRIEF_ID)  # uuid fields are str
    assert len(sent) == 2
    assert all(r.headers["authorization"].startswith("HMAC-SHA256") for r in sent)


def test_bearer_token_and_a_given_http_client() -> None:
    sent, transport = recording(lambda r: httpx.Response(200, json={"shortCodes": [{"number": "123456"}]}))
    with (
        httpx.Client(transport=transport) as http_client,
        ShortCodesClient(ENDPOINT, FakeTokenCredential(), http_client=http_client) as client,
    ):
        assert [code.number for code in client.list_short_codes()] == ["123456"]
    assert sent[0].headers["authorization"] == "Bearer dev-token"
    assert sent[0].url.params["skip"] == "0"
    assert sent[0].url.params["top"] == "100"


def test_next_link_is_followed_relative_and_refused_to_another_host() -> None:
    first_link = "/shortCodes/countries/US/programBriefs?skip=1&top=1"

    def reply(request: httpx.Request) -> httpx.Response:
        link = "https://elsewhere.example/x" if request.url.params.get("skip") == "1" else first_link
        return httpx.Response(200, json={"programBriefs": [DRAFT], "nextLink": link})

    sent, transport = recording(reply)
    with ShortCodesClient(ENDPOINT, "c2VjcmV0", transport=transport) as client:
        pages = client.list_us_program_briefs(top=1).by_page()
        assert len(next(pages)) == 1
        assert len(next(pages)) == 1
        with pytest.raises(ValueError, match="must not redirect"):
            next(pages)
    assert sent[1].url.params["api-version"] == SHORT_CODES_API_VERSION
    assert len(sent) == 2


def test_undecodable_success_body_is_an_http_response_error() -> None:
    _, transport = recording(lambda r: httpx.Response(200, content=b"<html>proxy</html>"))
    client = ShortCodesClient(ENDPOINT, "c2VjcmV0", transport=transport)
    with client, pytest.raises(HttpResponseError, match="could not be decoded"):
        client.submit_us_program_brief(BRIEF_ID)


async def test_async_client_sends_the_same_merge_patch() -> None:
    sent: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        sent.append(request)
        return httpx.Response(201, json={**DRAFT, **json.loads(request.content)})

    transport = httpx.MockTransport(handler)
    async with AsyncShortCodesClient.from_connection_string(CONNECTION_STRING, transport=transport) as client:
        created = await client.upsert_us_program_brief(BRIEF_ID, {"programDetails": {"name": "CONTOSO"}})
    assert created.program_details
    assert created.program_details.name == "CONTOSO"
    assert json.loads(sent[0].content) == {"id": str(BRIEF_ID), "programDetails": {"name": "CONTOSO"}}
    assert sent[0].headers["content-type"] == "application/merge-patch+json"


def test_a_brief_id_given_as_a_string_is_accepted() -> None:
    sent, transport = recording(lambda r: httpx.Response(201, json=DRAFT))
    with ShortCodesClient(ENDPOINT, "c2VjcmV0", transport=transport) as client:
        client.upsert_us_program_brief(BRIEF_ID, USProgramBrief(id=str(BRIEF_ID).upper()))  # type: ignore[arg-type]
        with pytest.raises(InvalidArgumentError, match=r"program_brief\.id must be a UUID"):
            client.upsert_us_program_brief(BRIEF_ID, USProgramBrief(id="brief-1"))  # type: ignore[arg-type]
    assert len(sent) == 1
