"""Replay the real service's recordings (``../shared/recordings``) through an injected transport.

Each recording is the exchange one of the official SDKs had with the live service (test-proxy JSON: ``Entries``
of request URI, method, headers, body and the response). We drive our client the way the recorded test drove the
official one and check that it (1) sends the recorded requests, in order, with the recorded bodies, and (2) ends
with the recorded outcome: the same result, the same LRO steps, the same error with its code.

Hosts and some ids are sanitized in the recordings, so requests are matched by method and path, a path segment
containing ``sanitized`` matching anything. The client is built with the recording's api-version (older than ours)
and every request must carry it, the polls included.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx
import pytest
from async_twins import SyncAsAsync, collect, done

from acs_phonenumbers import (
    AzureKeyCredential,
    HttpResponseError,
    OperatorInformationOptions,
    PhoneNumberAssignmentType,
    PhoneNumberCapabilities,
    PhoneNumberCapabilityType,
    PhoneNumbersClient,
    PhoneNumberSearchResult,
    PhoneNumberType,
    PurchasedPhoneNumber,
    ResourceNotFoundError,
    RetryPolicy,
)
from acs_phonenumbers.aio import PhoneNumbersClient as AsyncPhoneNumbersClient

RECORDINGS = Path(__file__).resolve().parents[3] / "shared" / "recordings"
KEY = "c2VjcmV0LWtleS1mb3ItcmVwbGF5LW9ubHk="
NUMBER = "+14155550100"  # the recordings' number where it is not sanitized; any E.164 number matches "sanitized"
# Hosts that belong to the identity provider, not to the service (the managed-identity recording).
IDENTITY_HOSTS = {"login.microsoftonline.com"}
# Response headers that described the recorded bytes, not the body we re-encode.
DROPPED_HEADERS = {"content-length", "content-encoding", "transfer-encoding"}

pytestmark = pytest.mark.skipif(not RECORDINGS.is_dir(), reason="shared recordings are not checked out")


@dataclass
class Entry:
    method: str
    url: str
    request_body: Any
    status: int
    headers: dict[str, str]
    body: Any
    sent: httpx.Request | None = None

    @property
    def segments(self) -> list[str]:
        return [unquote(s) for s in urlsplit(self.url).path.split("/")]

    @property
    def api_version(self) -> str | None:
        return httpx.URL(self.url).params.get("api-version")

    def matches(self, request: httpx.Request) -> bool:
        sent = [unquote(s) for s in request.url.path.split("/")]
        mine = self.segments
        return (
            request.method == self.method
            and len(sent) == len(mine)
            and all(r == s or "sanitized" in r for r, s in zip(mine, sent, strict=True))
        )

    def response(self, request: httpx.Request) -> httpx.Response:
        headers = {k: v for k, v in self.headers.items() if k.lower() not in DROPPED_HEADERS}
        if self.body is None or self.body == "":
            return httpx.Response(self.status, headers=headers, request=request)
        return httpx.Response(self.status, headers=headers, json=self.body, request=request)


def same(recorded: Any, sent: Any) -> bool:
    """Equal JSON values, a recorded string containing ``sanitized`` matching any string."""
    if isinstance(recorded, str) and "sanitized" in recorded:
        return isinstance(sent, str)
    if isinstance(recorded, dict):
        return (
            isinstance(sent, dict)
            and recorded.keys() == sent.keys()
            and all(same(v, sent[k]) for k, v in recorded.items())
        )
    if isinstance(recorded, list):
        return isinstance(sent, list) and len(recorded) == len(sent) and all(map(same, recorded, sent))
    return bool(recorded == sent)


@dataclass
class Replay:
    """A transport handler answering with the recording's responses, in order, and checking what was sent."""

    name: str
    entries: list[Entry]
    unexpected: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, name: str) -> Replay:
        data = json.loads((RECORDINGS / name).read_text(encoding="utf-8"))
        entries = [
            Entry(
                e["RequestMethod"],
                e["RequestUri"],
                e.get("RequestBody"),
                e["StatusCode"],
                e.get("ResponseHeaders") or {},
                e.get("ResponseBody"),
            )
            for e in data["Entries"]
            if urlsplit(e["RequestUri"]).hostname not in IDENTITY_HOSTS
        ]
        return cls(name, entries)

    @property
    def endpoint(self) -> str:
        parts = urlsplit(self.entries[0].url)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def api_version(self) -> str:
        version = self.entries[0].api_version
        assert version
        return version

    def __call__(self, request: httpx.Request) -> httpx.Response:
        for entry in self.entries:
            if entry.sent is None:
                if not entry.matches(request):
                    break
                entry.sent = request
                return entry.response(request)
        self.unexpected.append(f"{request.method} {request.url}")
        return httpx.Response(599, json={"error": {"code": "NotRecorded", "message": "not in the recording"}})

    def check_conversation(self) -> None:
        """Every recorded request was sent, in order, with the recorded body and api-version, and nothing else."""
        assert self.unexpected == [], f"requests not in {self.name}: {self.unexpected}"
        missing = [f"{e.method} {e.url}" for e in self.entries if e.sent is None]
        assert missing == [], f"recorded requests never sent: {missing}"
        for entry in self.entries:
            assert entry.sent is not None
            assert entry.sent.url.params.get("api-version") == entry.api_version, entry.url
            if isinstance(entry.request_body, dict):
                sent = json.loads(entry.sent.content)
                # Field names some older api-versions used (consentToNotResellNumbers) are not compared.
                common = {k: v for k, v in entry.request_body.items() if k in sent}
                assert common, f"nothing in common with the recorded body of {entry.url}"
                assert same(common, {k: sent[k] for k in common}), f"{entry.url}: sent {sent}"


class Token:
    token = "replay-token"
    expires_on = 4_102_444_800


class TokenCredential:
    def get_token(self, *scopes: str, **kwargs: Any) -> Token:
        return Token()


Runner = Callable[..., Awaitable[Replay]]


@pytest.fixture(params=["sync", "async"])
async def replay(request: pytest.FixtureRequest) -> AsyncIterator[Runner]:
    """``await replay(recording, scenario)``: run ``scenario(client)`` against the recording and check it."""

    async def run(name: str, scenario: Callable[[Any], Awaitable[None]], credential: Any = None) -> Replay:
        recording = Replay.load(name)
        options: dict[str, Any] = {
            "api_version": recording.api_version,
            "transport": httpx.MockTransport(recording),
            "polling_interval": 0,
            "retry": RetryPolicy.disabled(),
        }
        credential = credential or AzureKeyCredential(KEY)
        if request.param == "sync":
            with PhoneNumbersClient(recording.endpoint, credential, **options) as client:
                await scenario(SyncAsAsync(client))
        else:
            async with AsyncPhoneNumbersClient(recording.endpoint, credential, **options) as aclient:
                await scenario(aclient)
        recording.check_conversation()
        return recording

    yield run


TOLL_FREE_APP = (PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION)


# -- python SDK recordings ----------------------------------------------------------------------------------------


async def test_get_purchased_phone_number(replay: Runner) -> None:
    async def scenario(client: Any) -> None:
        number = await client.get_purchased_phone_number(NUMBER)
        assert isinstance(number, PurchasedPhoneNumber)
        assert number.country_code == "US"
        assert number.phone_number_type is PhoneNumberType.TOLL_FREE
        assert number.capabilities.sms is PhoneNumberCapabilityType.INBOUND_OUTBOUND

    await replay("python/test_get_purchased_phone_number.json", scenario)


async def test_get_purchased_phone_number_from_managed_identity(replay: Runner) -> None:
    async def scenario(client: Any) -> None:
        number = await client.get_purchased_phone_number(NUMBER)
        assert number.capabilities.calling is PhoneNumberCapabilityType.OUTBOUND

    recording = await replay(
        "python/test_get_purchased_phone_number_from_managed_identity.json", scenario, TokenCredential()
    )
    assert recording.entries[0].sent is not None
    assert recording.entries[0].sent.headers["Authorization"] == "Bearer replay-token"


async def test_get_purchased_phone_number_with_invalid_phone_number(replay: Runner) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(ResourceNotFoundError) as caught:
            await client.get_purchased_phone_number(NUMBER)
        assert caught.value.error is not None
        assert (caught.value.error.code, caught.value.error.target) == ("NotFound", "phonenumber")
        assert caught.value.ms_cv == "sanitized"

    await replay("python/test_get_purchased_phone_number_with_invalid_phone_number.json", scenario)


async def test_list_countries(replay: Runner) -> None:
    async def scenario(client: Any) -> None:
        countries = await collect(client.list_available_countries())
        codes = [c.country_code for c in countries]
        assert "CA" in codes and "US" in codes

    await replay("python/test_list_countries.json", scenario)


async def test_list_toll_free_area_codes(replay: Runner) -> None:
    async def scenario(client: Any) -> None:
        pager = client.list_available_area_codes(
            "US", PhoneNumberType.TOLL_FREE, assignment_type=PhoneNumberAssignmentType.APPLICATION
        )
        codes = [a.area_code for a in await collect(pager)]
        assert codes[:3] == ["888", "877", "866"]

    await replay("python/test_list_toll_free_area_codes.json", scenario)


async def test_search_available_phone_numbers(replay: Runner) -> None:
    async def scenario(client: Any) -> None:
        poller = await client.begin_search_available_phone_numbers(
            "US", *TOLL_FREE_APP, PhoneNumberCapabilities(calling="inbound", sms="inbound+outbound")
        )
        result = await done(poller.result())
        assert isinstance(result, PhoneNumberSearchResult)
        assert result.search_id == "583cf67a-eaa0-4352-a93e-187747ef6d34"
        assert poller.status() == "succeeded"

    await replay("python/test_search_available_phone_numbers.json", scenario)


async def test_search_available_phone_numbers_with_invalid_country_code(replay: Runner) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(HttpResponseError) as caught:
            await client.begin_search_available_phone_numbers(
                "XX", *TOLL_FREE_APP, PhoneNumberCapabilities(calling="inbound", sms="inbound+outbound")
            )
        assert caught.value.status_code == 400
        assert caught.value.error is not None and caught.value.error.code == "InvalidInput"
        assert caught.value.error.target == "countrycode"

    await replay("python/test_search_available_phone_numbers_with_invalid_country_code.json", scenario)


async def test_search_operator_information(replay: Runner) -> None:
    async def scenario(client: Any) -> None:
        result = await client.search_operator_information(NUMBER)
        (info,) = result.values
        assert info.iso_country_code == "US"
        assert info.operator_details.name == "Multiple OCN Listing"

    await replay("python/test_search_operator_information.json", scenario)


async def test_search_operator_information_with_too_many_phone_numbers(replay: Runner) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(HttpResponseError) as caught:
            await client.search_operator_information([NUMBER, "+14155550101"])
        assert caught.value.status_code == 400
        assert caught.value.error is not None and caught.value.error.code == "BadRequest"
        assert "Can only accept one phoneNumber" in str(caught.value)

    await replay("python/test_search_operator_information_with_too_many_phone_numbers.json", scenario)


async def test_update_phone_number_capabilities(replay: Runner) -> None:
    async def scenario(client: Any) -> None:
        current = await client.get_purchased_phone_number(NUMBER)
        calling = "outbound" if current.capabilities.calling == "inbound" else "inbound"
        poller = await client.begin_update_phone_number_capabilities(
            NUMBER, PhoneNumberCapabilityType.INBOUND_OUTBOUND, calling
        )
        updated = await done(poller.result())
        assert isinstance(updated, PurchasedPhoneNumber)
        assert updated.capabilities.calling is PhoneNumberCapabilityType.OUTBOUND
        assert updated.capabilities.sms is PhoneNumberCapabilityType.INBOUND_OUTBOUND

    await replay("python/test_update_phone_number_capabilities.json", scenario)


@pytest.mark.parametrize(
    "name",
    [
        "python/test_update_phone_number_capabilities_with_invalid_phone_number.json",
        "python/test_update_phone_number_capabilities_with_unauthorized_number.json",
    ],
)
async def test_update_phone_number_capabilities_of_an_unknown_number(replay: Runner, name: str) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(ResourceNotFoundError) as caught:
            await client.begin_update_phone_number_capabilities(
                NUMBER, PhoneNumberCapabilityType.INBOUND_OUTBOUND, PhoneNumberCapabilityType.INBOUND
            )
        assert caught.value.error is not None and caught.value.error.code == "InternalError"

    await replay(name, scenario)


# -- JS SDK recordings (the same service) ---------------------------------------------------------------------------


async def test_js_purchase_and_release_a_phone_number(replay: Runner) -> None:
    async def scenario(client: Any) -> None:
        search = await client.begin_search_available_phone_numbers(
            "US", *TOLL_FREE_APP, PhoneNumberCapabilities(calling="none", sms="inbound+outbound"), quantity=1
        )
        result = await done(search.result())
        assert result.phone_numbers == [NUMBER]
        purchase = await client.begin_purchase_phone_numbers(result.search_id)
        assert await done(purchase.result()) is None
        assert purchase.done() and purchase.status() == "succeeded"
        number = await client.get_purchased_phone_number(result.phone_numbers[0])
        assert number.phone_number == NUMBER
        release = await client.begin_release_phone_number(NUMBER)
        assert await done(release.result()) is None

    await replay(
        "js/phonenumbersclient__lro__purchase_and_release__can_purchase_and_release_a_phone_number.json", scenario
    )


async def test_js_purchase_without_consent_fails(replay: Runner) -> None:
    async def scenario(client: Any) -> None:
        search = await client.begin_search_available_phone_numbers(
            "US", *TOLL_FREE_APP, PhoneNumberCapabilities(calling="inbound", sms="none"), quantity=1
        )
        result = await done(search.result())
        with pytest.raises(HttpResponseError) as caught:
            await client.begin_purchase_phone_numbers(result.search_id)
        error = caught.value
        assert error.status_code == 400
        assert error.error is not None
        assert (error.error.code, error.error.target) == ("BadRequest", "isconsentprovided")
        assert error.ms_cv == "us/KlxJTlUqsTskmBeeHPw.0"

    await replay(
        "js/phonenumbersclient__lro__purchase_and_release_dnr__will_fail_as_no_consent_provided_dnr.json", scenario
    )


async def test_js_search_throws_on_invalid_search_request(replay: Runner) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(HttpResponseError) as caught:
            await client.begin_search_available_phone_numbers(
                "US",
                PhoneNumberType.TOLL_FREE,
                PhoneNumberAssignmentType.PERSON,
                PhoneNumberCapabilities(calling="none", sms="inbound+outbound"),
            )
        error = caught.value
        assert error.status_code == 400
        assert error.error is not None and error.error.code == "InternalError"
        assert error.error.innererror is not None and error.error.innererror.code == "BadRequest"

    await replay("js/phonenumbersclient__lro__search__throws_on_invalid_search_request.json", scenario)


async def test_js_update_throws_when_phone_number_is_unauthorized(replay: Runner) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(HttpResponseError) as caught:
            await client.begin_update_phone_number_capabilities(NUMBER, sms="outbound", calling="none")
        error = caught.value
        assert error.status_code == 403
        assert error.error is not None and error.error.code == "InsufficientPermissions"

    await replay("js/phonenumbersclient__lro__update__update_throws_when_phone_number_is_unauthorized.json", scenario)


async def test_js_list_available_offerings(replay: Runner) -> None:
    async def scenario(client: Any) -> None:
        offerings = await collect(client.list_available_offerings("US"))
        assert offerings
        assert {o.phone_number_type for o in offerings} <= set(PhoneNumberType)
        assert all(o.cost.currency_code == "USD" for o in offerings)

    await replay("js/phonenumbersclient__offerings_lists__can_list_available_offerings.json", scenario)


async def test_js_look_up_phone_number_respects_the_options(replay: Runner) -> None:
    async def scenario(client: Any) -> None:
        options = OperatorInformationOptions(include_additional_operator_details=False)
        first = await client.search_operator_information([NUMBER], options=options)
        assert first.values[0].operator_details is None
        second = await client.search_operator_information(NUMBER, options=options)
        assert second.values[0].operator_details.name == "Multiple OCN Listing"

    await replay(
        "js/phonenumbersclient__look_up_phone_number__respects_includeadditionaloperatordetails_option.json", scenario
    )


def test_every_phone_numbers_recording_is_replayed() -> None:
    """A new recording in shared/ must get a scenario here (short-code ones belong to the short-codes tests)."""
    source = Path(__file__).read_text(encoding="utf-8")
    names = sorted(str(p.relative_to(RECORDINGS)) for p in RECORDINGS.glob("*/*.json"))
    missing = [n for n in names if "shortcode" not in n and n not in source]
    assert missing == []
