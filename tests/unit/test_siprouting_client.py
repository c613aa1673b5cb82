"""SipRoutingClient without a server: the official surface, the checks before sending, and the request patterns.

The request patterns matter for concurrency (the wire has no ETags): ``set_trunk`` and ``delete_trunk`` send one
merge patch naming one FQDN and read nothing; ``set_trunks`` reads, then sends at most one PATCH; ``set_routes``
sends the whole list; listings send nothing until iterated.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from azure.communication.phonenumbers.siprouting import SipRoutingClient as OfficialClient
from azure.communication.phonenumbers.siprouting import SipTrunk as OfficialTrunk
from azure.communication.phonenumbers.siprouting import SipTrunkRoute as OfficialRoute
from azure.communication.phonenumbers.siprouting.aio import SipRoutingClient as OfficialAsyncClient
from azure.core.pipeline.policies import HeadersPolicy, HttpLoggingPolicy

from acs_phonenumbers import AzureKeyCredential, HttpResponseError, InvalidArgumentError, RetryPolicy
from acs_phonenumbers.siprouting import SIP_ROUTING_API_VERSION, SipRoutingClient, SipTrunk, SipTrunkRoute
from acs_phonenumbers.siprouting.aio import SipRoutingClient as AsyncSipRoutingClient

KEY = "c2VjcmV0LWtleS1mb3ItdW5pdC10ZXN0cw=="
ENDPOINT = "https://contoso.communication.azure.com"


def public(cls: type) -> dict[str, Callable[..., Any]]:
    return {
        name: member
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") and (inspect.isfunction(member) or inspect.ismethod(member))
    }


def positional(function: Callable[..., Any]) -> list[str]:
    kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return [p.name for p in inspect.signature(function).parameters.values() if p.kind in kinds]


@pytest.mark.parametrize(
    ("ours", "official"), [(SipRoutingClient, OfficialClient), (AsyncSipRoutingClient, OfficialAsyncClient)]
)
def test_the_official_methods_exist_with_the_same_parameters(ours: type, official: type) -> None:
    mine, theirs = public(ours), public(official)
    assert set(theirs) <= set(mine)
    for name, method in theirs.items():
        assert positional(mine[name]) == positional(method), name
        assert inspect.iscoroutinefunction(mine[name]) == inspect.iscoroutinefunction(method), name


def test_the_models_take_the_official_keywords() -> None:
    assert positional(SipTrunk) == [] and positional(SipTrunkRoute) == []
    assert set(inspect.signature(SipTrunk).parameters) == set(OfficialTrunk._attribute_map)
    assert set(inspect.signature(SipTrunkRoute).parameters) == set(OfficialRoute._attribute_map)
    assert SipTrunk() == SipTrunk(fqdn=None, sip_signaling_port=None)
    assert SipTrunkRoute(name="r") == SipTrunkRoute(name="r", description=None, number_pattern=None, trunks=None)


class Recorder:
    """A transport keeping what was sent, answering with a fixed configuration (and echoing PATCHes into it)."""

    def __init__(self, config: dict[str, Any] | None = None, status: int = 200, error: Any = None) -> None:
        self.config = config if config is not None else {"trunks": {}, "routes": []}
        self.status = status
        self.error = error
        self.sent: list[tuple[str, Any]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        self.sent.append((request.method, body))
        assert request.url.path == "/sip" and request.url.params["api-version"] == SIP_ROUTING_API_VERSION
        if self.status != 200:
            return httpx.Response(self.status, json=self.error)
        return httpx.Response(200, json=self.config)


def client_for(recorder: Recorder) -> SipRoutingClient:
    return SipRoutingClient(ENDPOINT, KEY, transport=httpx.MockTransport(recorder), retry=RetryPolicy.disabled())


TWO = {"trunks": {"a.contoso.com": {"sipSignalingPort": 5061}, "b.contoso.com": {"sipSignalingPort": 5062}}}


def test_set_trunk_and_delete_trunk_send_one_single_fqdn_patch_and_read_nothing() -> None:
    recorder = Recorder(TWO)
    with client_for(recorder) as client:
        client.set_trunk(SipTrunk(fqdn="c.contoso.com", sip_signaling_port=5063))
        client.delete_trunk("a.contoso.com")
    assert recorder.sent == [
        ("PATCH", {"trunks": {"c.contoso.com": {"sipSignalingPort": 5063}}}),
        ("PATCH", {"trunks": {"a.contoso.com": None}}),
    ]


def test_set_trunks_reads_then_sets_the_new_and_removes_the_others() -> None:
    recorder = Recorder(TWO)
    with client_for(recorder) as client:
        client.set_trunks([SipTrunk(fqdn="b.contoso.com", sip_signaling_port=6000)])
    assert recorder.sent == [
        ("GET", None),
        ("PATCH", {"trunks": {"b.contoso.com": {"sipSignalingPort": 6000}, "a.contoso.com": None}}),
    ]


def test_set_trunks_sends_no_patch_when_there_is_nothing_to_change() -> None:
    recorder = Recorder({"trunks": {}, "routes": []})
    with client_for(recorder) as client:
        client.set_trunks([])
    assert recorder.sent == [("GET", None)]


def test_set_routes_replaces_the_list_in_one_request_and_omits_absent_fields() -> None:
    recorder = Recorder()
    with client_for(recorder) as client:
        client.set_routes([SipTrunkRoute(name="US", number_pattern=r"^\+1[0-9]{10}$", trunks=["a.contoso.com"])])
        client.set_routes([])
    assert recorder.sent == [
        ("PATCH", {"routes": [{"name": "US", "numberPattern": r"^\+1[0-9]{10}$", "trunks": ["a.contoso.com"]}]}),
        ("PATCH", {"routes": []}),
    ]


def test_listings_are_lazy_and_read_the_configuration_once_per_iteration() -> None:
    recorder = Recorder({**TWO, "routes": [{"name": "r", "numberPattern": ".*"}]})
    with client_for(recorder) as client:
        trunks, routes = client.list_trunks(), client.list_routes()
        assert recorder.sent == []
        assert [(t.fqdn, t.sip_signaling_port) for t in trunks] == [("a.contoso.com", 5061), ("b.contoso.com", 5062)]
        assert list(routes) == [SipTrunkRoute(name="r", number_pattern=".*")]
        assert [page for page in client.list_trunks().by_page()].__len__() == 1
    assert recorder.sent == [("GET", None)] * 3


def test_a_configuration_without_trunks_or_routes_reads_as_empty() -> None:
    with client_for(Recorder({})) as client:
        assert list(client.list_trunks()) == [] and list(client.list_routes()) == []
        with pytest.raises(KeyError, match=r"nowhere\.contoso\.com"):
            client.get_trunk("nowhere.contoso.com")


def test_get_trunk_returns_the_trunk_or_raises_key_error() -> None:
    with client_for(Recorder(TWO)) as client:
        assert client.get_trunk("b.contoso.com") == SipTrunk(fqdn="b.contoso.com", sip_signaling_port=5062)
        with pytest.raises(KeyError):
            client.get_trunk("c.contoso.com")


BAD_CALLS: dict[str, tuple[Callable[[SipRoutingClient], Any], type[Exception], str]] = {
    "trunk None": (lambda c: c.set_trunk(None), InvalidArgumentError, "trunk must not be None"),
    "trunk of another type": (lambda c: c.set_trunk({"fqdn": "a"}), TypeError, "trunk must be a SipTrunk"),
    "port 0": (
        lambda c: c.set_trunk(SipTrunk(fqdn="a.contoso.com", sip_signaling_port=0)),
        InvalidArgumentError,
        "from 1 to 65535, got 0",
    ),
    "port 65536": (
        lambda c: c.set_trunk(SipTrunk(fqdn="a.contoso.com", sip_signaling_port=65536)),
        InvalidArgumentError,
        "got 65536",
    ),
    "port missing": (
        lambda c: c.set_trunk(SipTrunk(fqdn="a.contoso.com")),
        InvalidArgumentError,
        "trunk.sip_signaling_port must not be None: it must be a port number",
    ),
    "port True": (
        lambda c: c.set_trunk(SipTrunk(fqdn="a.contoso.com", sip_signaling_port=True)),
        InvalidArgumentError,
        "got bool",
    ),
    "fqdn missing": (lambda c: c.set_trunk(SipTrunk(sip_signaling_port=5061)), InvalidArgumentError, "trunk.fqdn"),
    "fqdn empty": (lambda c: c.delete_trunk("  "), InvalidArgumentError, "trunk_fqdn must not be empty"),
    "get None": (lambda c: c.get_trunk(None), InvalidArgumentError, "trunk_fqdn must not be None"),
    "delete None": (lambda c: c.delete_trunk(None), InvalidArgumentError, "trunk_fqdn must not be None"),
    "trunks None": (lambda c: c.set_trunks(None), InvalidArgumentError, "trunks must not be None"),
    "trunks a trunk": (lambda c: c.set_trunks(SipTrunk()), TypeError, "trunks must be a list of SipTrunk"),
    "trunks with a bad one": (
        lambda c: c.set_trunks([SipTrunk(fqdn="a.contoso.com", sip_signaling_port=70000)]),
        InvalidArgumentError,
        r"trunks\[0\].sip_signaling_port",
    ),
    "trunks twice": (
        lambda c: c.set_trunks(
            [SipTrunk(fqdn="a.c", sip_signaling_port=1), SipTrunk(fqdn="a.c", sip_signaling_port=2)]
        ),
        InvalidArgumentError,
        "listed twice",
    ),
    "routes None": (lambda c: c.set_routes(None), InvalidArgumentError, "routes must not be None"),
    "route of another type": (lambda c: c.set_routes([{"name": "r"}]), TypeError, "must be a SipTrunkRoute"),
    "route without a name": (
        lambda c: c.set_routes([SipTrunkRoute(number_pattern=".*")]),
        InvalidArgumentError,
        r"routes\[0\].name is required",
    ),
    "route without a pattern": (
        lambda c: c.set_routes([SipTrunkRoute(name="r")]),
        InvalidArgumentError,
        r"routes\[0\].number_pattern is required",
    ),
    "route trunks a string": (
        lambda c: c.set_routes([SipTrunkRoute(name="r", number_pattern=".*", trunks="a.contoso.com")]),
        InvalidArgumentError,
        "list of trunk FQDNs",
    ),
}


@pytest.mark.parametrize("case", list(BAD_CALLS))
def test_what_no_request_could_make_valid_is_refused_before_sending(case: str) -> None:
    call, error, message = BAD_CALLS[case]
    recorder = Recorder(TWO)
    with client_for(recorder) as client, pytest.raises(error, match=message):
        call(client)
    assert recorder.sent == []
    if error is InvalidArgumentError:
        assert issubclass(error, ValueError)  # what the official client raises for None


def test_what_the_service_judges_is_sent_to_it() -> None:
    """An empty route name, an odd pattern, an unknown trunk, an FQDN of any form: the service decides."""
    recorder = Recorder()
    with client_for(recorder) as client:
        client.set_routes([SipTrunkRoute(name="", number_pattern="^+[1-9]", trunks=["not-configured.contoso.com"])])
        client.set_trunk(SipTrunk(fqdn="not a host name", sip_signaling_port="5061"))  # a digit string: as official
    assert recorder.sent[1] == ("PATCH", {"trunks": {"not a host name": {"sipSignalingPort": 5061}}})


def test_the_service_refusal_is_an_http_response_error_with_its_codes() -> None:
    error = {
        "error": {
            "code": "UnprocessableConfiguration",
            "message": "One or more request inputs are not valid.",
            "innererror": {"code": "MissingTrunk", "message": "Route targeting a missing trunk."},
        }
    }
    with client_for(Recorder(status=422, error=error)) as client, pytest.raises(HttpResponseError) as raised:
        client.delete_trunk("a.contoso.com")
    assert raised.value.status_code == 422
    assert raised.value.error is not None and raised.value.error.code == "UnprocessableConfiguration"
    assert raised.value.error.innererror is not None and raised.value.error.innererror.code == "MissingTrunk"


def test_constructor_takes_azure_cores_keywords_as_the_other_clients_do() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return Recorder(TWO)(request)

    client = SipRoutingClient.from_connection_string(
        f"endpoint={ENDPOINT}/;accesskey={KEY}",
        transport=httpx.MockTransport(answer),
        http_logging_policy=HttpLoggingPolicy(),  # accepted without effect
        headers_policy=HeadersPolicy({"x-ms-useragent": "sip-test"}),  # its headers are sent
        retry_total=0,
    )
    with client:
        assert len(list(client.list_trunks())) == 2
    assert seen[0].headers["x-ms-useragent"] == "sip-test"
    assert repr(client) == f"SipRoutingClient(endpoint='{ENDPOINT}', api_version='2023-03-01')"
    with pytest.raises(TypeError, match="SipRoutingClient"):
        SipRoutingClient(ENDPOINT, AzureKeyCredential(KEY), no_such_option=1)


def test_every_method_takes_the_per_call_keywords() -> None:
    seen: list[httpx.Request] = []
    recorder = Recorder(TWO)

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return recorder(request)

    with SipRoutingClient(ENDPOINT, KEY, transport=httpx.MockTransport(answer)) as client:
        call = {"headers": {"x-call": "1"}, "timeout": 7, "request_id": "req-1"}
        client.get_trunk("a.contoso.com", **call)
        client.set_trunk(SipTrunk(fqdn="c.contoso.com", sip_signaling_port=5063), **call)
        client.delete_trunk("c.contoso.com", **call)
        list(client.list_trunks(**call))
        list(client.list_routes(**call))
        client.set_routes([], **call)
        # cls= is given the write's response: the read before it is the client's own
        answers: list[int] = []
        got = client.set_trunks([], cls=lambda response, value, headers: answers.append(response.status_code) or "x")
        assert got is None and answers == [200]
        with pytest.raises(TypeError, match=r"SipRoutingClient\.get_trunk"):
            client.get_trunk("a.contoso.com", no_such_keyword=1)  # type: ignore[call-arg]
    for request in seen[:-2]:
        assert request.headers["x-call"] == "1" and request.headers["x-ms-client-request-id"] == "req-1"
        assert request.extensions["timeout"]["read"] == 7


async def test_the_async_methods_take_the_per_call_keywords() -> None:
    seen: list[httpx.Request] = []
    recorder = Recorder(TWO)

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return recorder(request)

    transport = httpx.MockTransport(answer)
    policy = HeadersPolicy({"x-c": "c"})
    async with AsyncSipRoutingClient(ENDPOINT, KEY, transport=transport, headers_policy=policy) as client:
        await client.get_trunk("a.contoso.com", headers={"x-call": "1"})
        await client.set_trunks([SipTrunk(fqdn="b.contoso.com", sip_signaling_port=6000)], headers={"x-call": "1"})
        assert [t.fqdn async for t in client.list_trunks(headers={"x-call": "1"})]
        with pytest.raises(TypeError, match=r"SipRoutingClient\.set_routes"):
            await client.set_routes([], no_such_keyword=1)  # type: ignore[call-arg]
    assert len(seen) == 4
    assert all(r.headers["x-call"] == "1" and r.headers["x-c"] == "c" for r in seen)


def test_raw_response_of_a_single_request_call() -> None:
    recorder = Recorder(TWO)
    with client_for(recorder) as client:
        result = client.with_raw_response.delete_trunk("a.contoso.com")
    assert result.status_code == 200 and result.parsed is None
    assert result.response.request.method == "PATCH"


async def test_async_client_sends_the_same_requests() -> None:
    recorder = Recorder(TWO)
    transport = httpx.MockTransport(recorder)
    async with AsyncSipRoutingClient(ENDPOINT, KEY, transport=transport, retry=RetryPolicy.disabled()) as client:
        await client.set_trunks([SipTrunk(fqdn="b.contoso.com", sip_signaling_port=6000)])
        await client.set_trunk(SipTrunk(fqdn="c.contoso.com", sip_signaling_port=5063))
        await client.delete_trunk("c.contoso.com")
        await client.set_routes([])
        assert [t.fqdn async for t in client.list_trunks()] == ["a.contoso.com", "b.contoso.com"]
        assert (await client.get_trunk("a.contoso.com")).sip_signaling_port == 5061
        raw = await client.with_raw_response.set_routes([])
        assert raw.status_code == 200
        with pytest.raises(InvalidArgumentError):
            await client.set_trunk(SipTrunk(fqdn="c.contoso.com", sip_signaling_port=0))
    assert [method for method, _ in recorder.sent] == ["GET", "PATCH", "PATCH", "PATCH", "PATCH", "GET", "GET", "PATCH"]
    assert recorder.sent[1] == (
        "PATCH",
        {"trunks": {"b.contoso.com": {"sipSignalingPort": 6000}, "a.contoso.com": None}},
    )
