"""Replay the real service's SIP routing recordings (``../shared/recordings/siprouting``) through our client.

Each recording is one test of an official SDK against the live service (Python 1.x tests and JavaScript 1.2.1
tests, api-version 2023-03-01). We drive our SipRoutingClient the way that test drove the official one, through an
injected transport that answers with the recorded responses in order, and check that our client (1) sends the
recorded requests: method, path, api-version and the same JSON body, and (2) ends with the recorded outcome: the
same trunks and routes, or the service's 422 as an HttpResponseError with its code and inner code.

Run once with the sync client and once with the async one (driven through the same scenario functions).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from acs_phonenumbers import HttpResponseError, InvalidArgumentError, RetryPolicy
from acs_phonenumbers.siprouting import SipRoutingClient, SipTrunk, SipTrunkRoute
from acs_phonenumbers.siprouting.aio import SipRoutingClient as AsyncSipRoutingClient
from acs_siprouting_generated.api.sip_routing import sip_routing_update
from acs_siprouting_generated.models import CommunicationErrorResponse, SipConfigurationUpdate

RECORDINGS = Path(__file__).resolve().parents[3] / "shared" / "recordings" / "siprouting"
KEY = "c2VjcmV0LWtleS1mb3ItcmVwbGF5LW9ubHk="
DROPPED_HEADERS = {"content-length", "content-encoding", "transfer-encoding"}

pytestmark = pytest.mark.skipif(not RECORDINGS.is_dir(), reason="shared recordings are not checked out")


class Replay:
    """An httpx handler answering each request with the next recorded entry, after checking it is the same."""

    def __init__(self, name: str) -> None:
        self.entries: list[dict[str, Any]] = json.loads((RECORDINGS / name).read_text(encoding="utf-8"))["Entries"]
        self.position = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert self.position < len(self.entries), f"unexpected extra request {request.method} {request.url}"
        entry = self.entries[self.position]
        self.position += 1
        recorded = httpx.URL(entry["RequestUri"])
        assert (request.method, request.url.path) == (entry["RequestMethod"], recorded.path)
        assert request.url.params["api-version"] == recorded.params["api-version"] == "2023-03-01"
        sent = json.loads(request.content) if request.content else None
        assert sent == entry["RequestBody"], f"request {self.position} body differs from the recording"
        if sent is not None:
            assert request.headers["content-type"] == "application/merge-patch+json"
        headers = {k: v for k, v in entry["ResponseHeaders"].items() if k.lower() not in DROPPED_HEADERS}
        content = json.dumps(entry["ResponseBody"]).encode() if entry["ResponseBody"] is not None else b""
        return httpx.Response(entry["StatusCode"], headers=headers, content=content)

    def finished(self) -> bool:
        return self.position == len(self.entries)


class AsyncDriver:
    """The async client behind the sync scenario functions: each call runs to completion in its own loop."""

    def __init__(self, client: AsyncSipRoutingClient) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._client, name)

        def call(*args: Any) -> Any:
            if name.startswith("list_"):

                async def collect() -> list[Any]:
                    return [item async for item in method(*args)]

                return asyncio.run(collect())
            return asyncio.run(method(*args))

        return call


def _client(replay: Replay, kind: str) -> Any:
    if kind == "sync":
        return SipRoutingClient(
            "https://contoso.communication.azure.com",
            KEY,
            transport=httpx.MockTransport(replay),
            retry=RetryPolicy.disabled(),
        )
    return AsyncDriver(
        AsyncSipRoutingClient(
            "https://contoso.communication.azure.com",
            KEY,
            transport=httpx.MockTransport(replay),
            retry=RetryPolicy.disabled(),
        )
    )


def _trunks(client: Any) -> list[tuple[str | None, int | None]]:
    return [(trunk.fqdn, trunk.sip_signaling_port) for trunk in client.list_trunks()]


def _refused(call: Callable[[], Any], inner_code: str) -> None:
    with pytest.raises(HttpResponseError) as raised:
        call()
    error = raised.value
    assert error.status_code == 422
    assert error.error is not None and error.error.code == "UnprocessableConfiguration"
    assert error.error.message == "One or more request inputs are not valid."
    assert error.error.innererror is not None and error.error.innererror.code == inner_code
    assert "UnprocessableConfiguration" in str(error)


SBS1, SBS2, SBS3 = "sbs1.sanitized.com", "sbs2.sanitized.com", "sbs3.sanitized.com"
FIRST_ROUTE = SipTrunkRoute(
    name="First rule", description="Handle numbers starting with '+123'", number_pattern="\\+123[0-9]+", trunks=[]
)
NEW_ROUTE = SipTrunkRoute(
    name="Alternative rule", description="Handle numbers starting with '+999'", number_pattern="\\+999[0-9]+", trunks=[]
)
JS_PATTERN = "^+[1-9][0-9]{3,23}$"


def get_trunks(client: Any, replay: Replay) -> None:
    assert _trunks(client) == [(SBS1, 1122), (SBS2, 1123)]


def get_routes(client: Any, replay: Replay) -> None:
    client.set_routes([FIRST_ROUTE])
    assert list(client.list_routes()) == [FIRST_ROUTE]


def set_routes(client: Any, replay: Replay) -> None:
    client.set_routes([FIRST_ROUTE])
    client.set_routes([NEW_ROUTE])
    assert list(client.list_routes()) == [NEW_ROUTE]


def set_trunks(client: Any, replay: Replay) -> None:
    client.set_trunks([SipTrunk(fqdn=SBS3, sip_signaling_port=2222)])
    assert _trunks(client) == [(SBS3, 2222)]


def set_trunks_empty_list(client: Any, replay: Replay) -> None:
    client.set_trunks([])
    client.set_trunks([])  # the configuration is now empty: a read, and no PATCH (the service refuses an empty one)


def add_trunk(client: Any, replay: Replay) -> None:
    client.set_trunk(SipTrunk(fqdn=SBS3, sip_signaling_port=2222))
    assert _trunks(client) == [(SBS1, 1122), (SBS2, 1123), (SBS3, 2222)]


def set_trunk(client: Any, replay: Replay) -> None:
    client.set_trunk(SipTrunk(fqdn=SBS2, sip_signaling_port=7777))
    assert _trunks(client) == [(SBS1, 1122), (SBS2, 7777)]


def delete_trunk(client: Any, replay: Replay) -> None:
    client.delete_trunk(SBS2)
    assert _trunks(client) == [(SBS1, 1122)]


def invalid_name_route(client: Any, replay: Replay) -> None:
    route = SipTrunkRoute(description="description", name="", number_pattern=JS_PATTERN)
    _refused(lambda: client.set_routes([route]), "InvalidRouteName")
    assert list(client.list_routes()) == []


def route_without_referenced_trunk(client: Any, replay: Replay) -> None:
    route = SipTrunkRoute(name="invalidRoutingTrunkRoute", number_pattern=JS_PATTERN, trunks=["notExisting.fqdn.com"])
    _refused(lambda: client.set_routes([route]), "MissingTrunk")
    assert len(_trunks(client)) == 2


def invalid_port_trunk(client: Any, replay: Replay) -> None:
    fqdn = "test3389e704b79a4673a0c9fe3661d9faf0.sanitized.sbc.test"
    assert _trunks(client) == []
    # No request with port 0 can succeed, so our client refuses it before sending anything ...
    with pytest.raises(InvalidArgumentError, match="sip_signaling_port must be a port number from 1 to 65535"):
        client.set_trunk(SipTrunk(fqdn=fqdn, sip_signaling_port=0))
    # ... and the generated layer, which sends what it is given, shows the service's answer to it.
    body = SipConfigurationUpdate.from_dict({"trunks": {fqdn: {"sipSignalingPort": 0}}})
    with httpx.Client(transport=httpx.MockTransport(replay), base_url="https://contoso.communication.azure.com") as raw:
        from acs_siprouting_generated.client import Client

        response = sip_routing_update.sync_detailed(client=Client("https://x").set_httpx_client(raw), body=body)
    assert response.status_code == 422
    assert isinstance(response.parsed, CommunicationErrorResponse)
    assert response.parsed.error.innererror.code == "InvalidTrunkSipSignalingPort"  # type: ignore[union-attr]
    assert _trunks(client) == []


def trunks_without_trunk_used_in_route(client: Any, replay: Replay) -> None:
    first, second = (replay.entries[1]["RequestBody"]["trunks"]).keys()
    client.set_trunks([SipTrunk(fqdn=first, sip_signaling_port=8239), SipTrunk(fqdn=second, sip_signaling_port=7348)])
    client.set_routes(
        [
            SipTrunkRoute(
                name="myFirstRoute",
                description="myFirstRoute's description",
                number_pattern=JS_PATTERN,
                trunks=[first, second],
            ),
            SipTrunkRoute(
                name="mySecondRoute",
                description="mySecondRoute's description",
                number_pattern=JS_PATTERN,
                trunks=[first],
            ),
        ]
    )
    _refused(lambda: client.set_trunks([SipTrunk(fqdn=first, sip_signaling_port=1234)]), "MissingTrunk")
    assert _trunks(client) == [(first, 8239), (second, 7348)]  # the refused PATCH changed nothing


SCENARIOS: dict[str, Callable[[Any, Replay], None]] = {
    "python/sip_get_trunks.json": get_trunks,
    "python/sip_get_routes.json": get_routes,
    "python/sip_set_routes.json": set_routes,
    "python/sip_set_trunks.json": set_trunks,
    "python/sip_set_trunks_empty_list.json": set_trunks_empty_list,
    "python/sip_add_trunk.json": add_trunk,
    "python/sip_set_trunk.json": set_trunk,
    "python/sip_delete_trunk.json": delete_trunk,
    "js/sip_cannot_set_invalid_name_route.json": invalid_name_route,
    "js/sip_cannot_set_a_route_without_referenced_trunk.json": route_without_referenced_trunk,
    "js/sip_cannot_set_invalid_port_trunk.json": invalid_port_trunk,
    "js/sip_cannot_set_trunks_without_trunk_used_in_route.json": trunks_without_trunk_used_in_route,
}


def test_every_recording_has_a_scenario() -> None:
    assert sorted(SCENARIOS) == sorted(str(path.relative_to(RECORDINGS)) for path in RECORDINGS.glob("*/*.json"))


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("name", list(SCENARIOS))
def test_recording_replays_through_our_client(name: str, kind: str) -> None:
    replay = Replay(name)
    SCENARIOS[name](_client(replay, kind), replay)
    assert replay.finished(), f"{len(replay.entries) - replay.position} recorded requests were not sent"
