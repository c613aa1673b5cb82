"""Every public call the official 1.4 client documents is accepted by ours, read by introspecting the installed
official package (a dev dependency) and azure-core, so a new official release shows its differences at once.

Checked: the client methods and their parameters, the keywords their docstrings document, the azure-core keywords
(those azure-core's configuration and policies read, on constructors and calls), the pager and poller methods, and
the exception classes official code catches. Each call is made for real against a transport that answers 404, so
"accepted" means: it reached the wire and came back as the error tree, never a ``TypeError``. The models and enums
are compared in ``tests/unit/test_official_models.py``.
"""

from __future__ import annotations

import inspect
import re
import uuid
from pathlib import Path
from typing import Any

import azure.core
import azure.core.exceptions as azure_exceptions
import azure.core.paging
import azure.core.polling
import httpx
import pytest
from azure.communication.phonenumbers import PhoneNumbersClient as OfficialClient
from azure.communication.phonenumbers.aio import PhoneNumbersClient as OfficialAsyncClient
from azure.communication.phonenumbers.siprouting import SipRoutingClient as OfficialSipClient
from azure.communication.phonenumbers.siprouting.aio import SipRoutingClient as OfficialAsyncSipClient

import acs_phonenumbers
from acs_phonenumbers import AzureKeyCredential, ItemPaged, LROPoller, PhoneNumberCapabilities, PhoneNumbersClient
from acs_phonenumbers._compat import CALL_KEYWORDS, CLIENT_KEYWORDS, KEYWORDS
from acs_phonenumbers.aio import AsyncItemPaged, AsyncLROPoller
from acs_phonenumbers.aio import PhoneNumbersClient as AsyncPhoneNumbersClient
from acs_phonenumbers.siprouting import SipRoutingClient, SipTrunk, SipTrunkRoute
from acs_phonenumbers.siprouting.aio import SipRoutingClient as AsyncSipRoutingClient

ENDPOINT = "https://contoso.communication.azure.com"
KEY = "bm90LWEtcmVhbC1rZXktYnV0LWxvbmctZW5vdWdoLTMyYg=="

# A value for each parameter name the official methods use; a new name fails the test until it is added here.
ARGUMENTS: dict[str, Any] = {
    "phone_number": "+14255550123",
    "phone_numbers": ["+14255550123"],
    "country_code": "US",
    "phone_number_type": "tollFree",
    "assignment_type": "application",
    "capabilities": PhoneNumberCapabilities(calling="inbound", sms="none"),  # type: ignore[arg-type]
    "search_id": "search-1",
    "reservation_id": str(uuid.UUID(int=1)),
    "sms": "outbound",
    "calling": "outbound",
    "trunk_fqdn": "sbc.contoso.com",
    "trunk": SipTrunk(fqdn="sbc.contoso.com", sip_signaling_port=5061),
    "trunks": [SipTrunk(fqdn="sbc.contoso.com", sip_signaling_port=5061)],
    "routes": [SipTrunkRoute(name="all", number_pattern=".*", trunks=["sbc.contoso.com"])],
}
# The official clients and ours, sync and async: (official, ours).
CLIENTS = [
    (OfficialClient, PhoneNumbersClient),
    (OfficialAsyncClient, AsyncPhoneNumbersClient),
    (OfficialSipClient, SipRoutingClient),
    (OfficialAsyncSipClient, AsyncSipRoutingClient),
]
CLIENT_IDS = ["phone-numbers", "phone-numbers-async", "sip-routing", "sip-routing-async"]

# Values for the azure-core keywords we check the type of; every other one gets a placeholder object.
KEYWORD_VALUES: dict[str, Any] = {
    "connection_timeout": 5,
    "read_timeout": 5,
    "connection_verify": True,
    "connection_cert": None,
    "proxies": {"https": "http://proxy.invalid:3128"},
    "headers": {"x-test": "1"},
    "request_id": "req-1",
    "user_agent": "app/1.0",
    "user_agent_overwrite": False,
    "retry_total": 0,
    "retry_backoff_factor": 0.0,
    "retry_backoff_max": 1,
    "retry_on_status_codes": [500],
    "timeout": 5,
    "raw_request_hook": lambda request: None,
    "raw_response_hook": lambda response: None,
    "cls": lambda *args: args,
    "polling": True,
    "polling_interval": 0,
    "continuation_token": None,
}

# What azure-core reads from **kwargs for itself (paging and transport internals, not options of a client).
AZURE_CORE_INTERNAL = {"loop", "page_iterator_class", "trio_limiter", "session_owner", "_return_pipeline_response"}


def _keyword_value(name: str) -> Any:
    return KEYWORD_VALUES.get(name, object())


def _documented_keywords(function: Any) -> list[str]:
    return re.findall(r":keyword\s+(?:[\w\[\], .~]+\s+)?(\w+):", inspect.getdoc(function) or "")


def _public_methods(cls: type) -> dict[str, Any]:
    return {name: m for name, m in inspect.getmembers(cls, inspect.isfunction) if not name.startswith("_")}


def _azure_core_keywords() -> set[str]:
    """Every ``kwargs.get("...")``/``kwargs.pop("...")`` name in azure-core's configuration and policies."""
    root = Path(azure.core.__file__).parent
    sources = [root / "configuration.py", *sorted((root / "pipeline" / "policies").glob("*.py"))]
    names: set[str] = set()
    for source in sources:
        names.update(re.findall(r"kwargs\.(?:get|pop)\(\s*[\"'](\w+)[\"']", source.read_text()))
    return names - AZURE_CORE_INTERNAL


def _not_found(request: httpx.Request) -> httpx.Response:
    return httpx.Response(404, json={"error": {"code": "NotFound", "message": "nothing here"}})


def test_every_azure_core_keyword_is_in_our_table() -> None:
    missing = _azure_core_keywords() - set(KEYWORDS) - {"polling_interval"}  # polling_interval: our own parameter
    assert not missing, f"azure-core reads keywords our _compat.KEYWORDS does not know: {sorted(missing)}"


@pytest.mark.parametrize(("official", "ours"), CLIENTS, ids=CLIENT_IDS)
def test_every_official_method_and_parameter_exists(official: type, ours: type) -> None:
    mine = _public_methods(ours)
    for name, method in _public_methods(official).items():
        assert name in mine, f"{ours.__name__}.{name} is missing"
        accepted = set(inspect.signature(mine[name]).parameters)
        for parameter in inspect.signature(method).parameters.values():
            if parameter.kind is parameter.VAR_KEYWORD:
                continue
            assert parameter.name in accepted, f"{name}({parameter.name}=...) is not accepted"
        lro = {"polling"} if name.startswith("begin_") else set()
        for keyword in _documented_keywords(method):
            assert keyword in accepted | CALL_KEYWORDS | lro, f"{name}: documented keyword {keyword!r} is unknown"


@pytest.mark.parametrize(
    ("official", "ours", "call"),
    [
        (OfficialClient, PhoneNumbersClient, lambda client: client.get_purchased_phone_number("+14255550123")),
        (OfficialSipClient, SipRoutingClient, lambda client: client.get_trunk("sbc.contoso.com")),
    ],
    ids=["phone-numbers", "sip-routing"],
)
def test_the_constructor_accepts_every_documented_and_azure_core_keyword(official: Any, ours: Any, call: Any) -> None:
    documented = {k: KEYWORD_VALUES.get(k) for k in _documented_keywords(official)}
    keywords = {name: _keyword_value(name) for name in CLIENT_KEYWORDS} | documented
    transport = httpx.MockTransport(_not_found)
    client = ours(ENDPOINT, AzureKeyCredential(KEY), transport=transport, **keywords)
    with client, pytest.raises(acs_phonenumbers.ResourceNotFoundError):
        call(client)
    official(ENDPOINT, azure.core.credentials.AzureKeyCredential(KEY), **documented)  # the same names


@pytest.mark.parametrize(
    ("official", "ours"),
    [(OfficialAsyncClient, AsyncPhoneNumbersClient), (OfficialAsyncSipClient, AsyncSipRoutingClient)],
)
async def test_the_async_constructors_accept_every_azure_core_keyword(official: Any, ours: Any) -> None:
    documented = {k: KEYWORD_VALUES.get(k) for k in _documented_keywords(official)}
    keywords = {name: _keyword_value(name) for name in CLIENT_KEYWORDS} | documented
    async with ours(ENDPOINT, AzureKeyCredential(KEY), transport=httpx.MockTransport(_not_found), **keywords):
        pass


def _call_arguments(method: Any) -> tuple[list[Any], dict[str, Any]]:
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in inspect.signature(method).parameters.values():
        if parameter.name in ("self", "kwargs") or parameter.default is not parameter.empty:
            continue
        assert parameter.name in ARGUMENTS, f"no sample value for the official parameter {parameter.name!r}"
        if parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = ARGUMENTS[parameter.name]
        else:
            args.append(ARGUMENTS[parameter.name])
    return args, kwargs


def _every_call() -> list[tuple[str, Any, Any, Any]]:
    calls = []
    for (official, ours), label in zip(CLIENTS, CLIENT_IDS, strict=True):
        for name, method in sorted(_public_methods(official).items()):
            if name != "close":
                calls.append((f"{label}.{name}", name, method, ours))
    return calls


def _call_keywords(name: str, official: Any) -> dict[str, Any]:
    keywords = {k: _keyword_value(k) for k in CALL_KEYWORDS if k != "polling" or name.startswith("begin_")}
    for keyword in _documented_keywords(official):  # our own parameters keep their defaults unless we have a value
        if keyword in KEYWORD_VALUES or keyword in ARGUMENTS:
            keywords.setdefault(keyword, KEYWORD_VALUES.get(keyword, ARGUMENTS.get(keyword)))
    keywords.pop("cls")  # its return value would replace the error we look for
    return keywords


@pytest.mark.parametrize(
    ("name", "official", "ours"), [c[1:] for c in _every_call()], ids=[c[0] for c in _every_call()]
)
async def test_every_official_call_with_every_call_keyword_reaches_the_wire(
    name: str, official: Any, ours: Any
) -> None:
    args, kwargs = _call_arguments(official)
    keywords = _call_keywords(name, official)
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return _not_found(request)

    client = ours(ENDPOINT, AzureKeyCredential(KEY), transport=httpx.MockTransport(answer))
    with pytest.raises(acs_phonenumbers.HttpResponseError):
        if isinstance(client, AsyncPhoneNumbersClient | AsyncSipRoutingClient):
            async with client:
                result = getattr(client, name)(*args, **{**kwargs, **keywords})
                if isinstance(result, AsyncItemPaged):
                    await result.__anext__()
                else:
                    await result
        else:
            with client:
                result = getattr(client, name)(*args, **{**kwargs, **keywords})
                if isinstance(result, ItemPaged):
                    next(result)
    assert sent and sent[0].headers["x-test"] == "1"


@pytest.mark.parametrize(
    ("official", "ours"),
    [(OfficialAsyncClient, AsyncPhoneNumbersClient), (OfficialAsyncSipClient, AsyncSipRoutingClient)],
    ids=["phone-numbers", "sip-routing"],
)
async def test_the_async_clients_have_the_official_async_methods(official: type, ours: type) -> None:
    mine = _public_methods(ours)
    for name, method in _public_methods(official).items():
        assert name in mine, name
        assert inspect.iscoroutinefunction(mine[name]) == inspect.iscoroutinefunction(method), name


@pytest.mark.parametrize(
    ("official", "ours"),
    [
        (azure.core.paging.ItemPaged, ItemPaged),
        (azure.core.async_paging.AsyncItemPaged, AsyncItemPaged),
        (azure.core.polling.LROPoller, LROPoller),
        (azure.core.polling.AsyncLROPoller, AsyncLROPoller),
    ],
    ids=["ItemPaged", "AsyncItemPaged", "LROPoller", "AsyncLROPoller"],
)
def test_pagers_and_pollers_have_azure_cores_methods(official: type, ours: type) -> None:
    wanted = {n for n in dir(official) if not n.startswith("_")} | ({"__next__"} & set(dir(official)))
    wanted |= {"__anext__"} & set(dir(official))
    missing = wanted - set(dir(ours))
    assert not missing, f"{ours.__name__} lacks {sorted(missing)}"
    if hasattr(official, "from_continuation_token"):
        assert isinstance(inspect.getattr_static(ours, "from_continuation_token"), classmethod)
        assert list(inspect.signature(ours.from_continuation_token).parameters)[:2] == [
            "polling_method",
            "continuation_token",
        ]


# The azure-core exceptions official phone-numbers code and samples catch; each must exist here and pair up.
OFFICIAL_EXCEPTIONS = (
    "AzureError",
    "HttpResponseError",
    "ResourceNotFoundError",
    "ResourceExistsError",
    "ResourceNotModifiedError",
    "ClientAuthenticationError",
    "ServiceRequestError",
    "ServiceResponseError",
    "ServiceRequestTimeoutError",
    "ServiceResponseTimeoutError",
    "IncompleteReadError",
)


@pytest.mark.parametrize("name", OFFICIAL_EXCEPTIONS)
def test_the_exceptions_official_code_catches_exist_and_are_caught_by_azure_core(name: str) -> None:
    ours = getattr(acs_phonenumbers, name)
    error = ours("boom")
    assert isinstance(error, getattr(azure_exceptions, name))
    for attribute in ("message", "inner_exception", "continuation_token", "exc_type", "exc_value", "exc_msg"):
        assert hasattr(error, attribute), attribute
    if issubclass(ours, acs_phonenumbers.HttpResponseError):
        for attribute in ("status_code", "reason", "response", "error", "model"):
            assert hasattr(error, attribute), attribute
