"""Every client's sync and async twins expose the same methods with the same parameters, and match the official SDK.

A user switches from ``azure.communication.phonenumbers`` by changing imports only, so every public method of the
official clients (phone numbers, SIP routing; the official SDK has no short codes) must exist here with the same
positional parameters, keyword names and defaults. The async clients and both raw-response views are generated
from the sync clients (openapi/tools/twins.py); these tests hold whatever produces them to the same surface.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from azure.communication.phonenumbers import PhoneNumbersClient as OfficialClient
from azure.communication.phonenumbers.aio import PhoneNumbersClient as OfficialAsyncClient
from azure.communication.phonenumbers.siprouting import SipRoutingClient as OfficialSipClient
from azure.communication.phonenumbers.siprouting.aio import SipRoutingClient as OfficialAsyncSipClient

import acs_phonenumbers
import acs_phonenumbers.aio
import acs_phonenumbers.siprouting
import acs_phonenumbers.siprouting.aio


@dataclass(frozen=True)
class Twins:
    sync: type
    async_: type
    sync_raw: type
    async_raw: type
    official: tuple[type, type] | None  # sync, async
    several_requests: frozenset[str] = frozenset()  # not in the raw views: they send more than one request


CLIENTS = {
    "phone-numbers": Twins(
        acs_phonenumbers.PhoneNumbersClient,
        acs_phonenumbers.aio.PhoneNumbersClient,
        acs_phonenumbers.PhoneNumbersClientWithRawResponse,
        acs_phonenumbers.aio.PhoneNumbersClientWithRawResponse,
        (OfficialClient, OfficialAsyncClient),
    ),
    "short-codes": Twins(
        acs_phonenumbers.ShortCodesClient,
        acs_phonenumbers.aio.ShortCodesClient,
        acs_phonenumbers.ShortCodesClientWithRawResponse,
        acs_phonenumbers.aio.ShortCodesClientWithRawResponse,
        None,
    ),
    "sip-routing": Twins(
        acs_phonenumbers.siprouting.SipRoutingClient,
        acs_phonenumbers.siprouting.aio.SipRoutingClient,
        acs_phonenumbers.siprouting.SipRoutingClientWithRawResponse,
        acs_phonenumbers.siprouting.aio.SipRoutingClientWithRawResponse,
        (OfficialSipClient, OfficialAsyncSipClient),
        frozenset({"set_trunks"}),
    ),
}


def public_methods(cls: type) -> dict[str, Callable[..., Any]]:
    return {
        name: member
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") and (inspect.isfunction(member) or inspect.ismethod(member))
    }


def shape(function: Callable[..., Any]) -> list[tuple[str, Any, Any]]:
    """Parameter names, kinds and defaults (annotations differ between the twins by design)."""
    return [(p.name, p.kind, p.default) for p in inspect.signature(function).parameters.values()]


def every(select: Callable[[str, Twins], list[str]]) -> list[Any]:
    """(client, method name) for each method ``select`` picks, as pytest parameters."""
    return [
        pytest.param(twins, name, id=f"{key}.{name}")
        for key, twins in CLIENTS.items()
        for name in sorted(select(key, twins))
    ]


# Methods an async client cannot share: closing is a coroutine in both official clients too.
LIFECYCLE = {"close"}
NOT_AWAITED = {"from_connection_string", "with_options"}
NO_RAW_RESPONSE = LIFECYCLE | NOT_AWAITED | {"resume_operation"}  # sends nothing when called, or makes a client
TWINS = pytest.mark.parametrize("twins", list(CLIENTS.values()), ids=list(CLIENTS))


@TWINS
def test_same_public_methods(twins: Twins) -> None:
    assert set(public_methods(twins.sync)) == set(public_methods(twins.async_))
    assert {"generated", "with_raw_response"} <= {
        name for name, value in inspect.getmembers(twins.async_) if isinstance(value, property)
    }


@pytest.mark.parametrize(("twins", "name"), every(lambda _, t: list(set(public_methods(t.sync)) - LIFECYCLE)))
def test_same_parameters(twins: Twins, name: str) -> None:
    assert shape(getattr(twins.sync, name)) == shape(getattr(twins.async_, name))


@pytest.mark.parametrize(
    ("twins", "name"), every(lambda _, t: list(set(public_methods(t.sync)) - LIFECYCLE - NOT_AWAITED))
)
def test_the_async_annotations_are_the_sync_ones_with_async_pollers_and_pagers(twins: Twins, name: str) -> None:
    sync = dict(getattr(twins.sync, name).__annotations__)
    async_ = dict(getattr(twins.async_, name).__annotations__)
    returns = re.sub(r"\b(LROPoller|ItemPaged)\b", r"Async\1", str(sync.pop("return")))
    assert str(async_.pop("return")) == returns
    assert async_ == sync


@pytest.mark.parametrize(("twins", "name"), every(lambda _, t: list(public_methods(t.async_))))
def test_async_methods_are_coroutines_except_pagers_and_constructors(twins: Twins, name: str) -> None:
    method = getattr(twins.async_, name)
    expected = not (name.startswith("list_") or name in NOT_AWAITED)
    assert inspect.iscoroutinefunction(method) is expected, name
    assert not inspect.iscoroutinefunction(getattr(twins.sync, name)), name


@TWINS
def test_constructors_have_the_same_parameters(twins: Twins) -> None:
    assert shape(twins.sync.__init__) == shape(twins.async_.__init__)  # type: ignore[misc]
    names = [p[0] for p in shape(twins.sync.__init__)]  # type: ignore[misc]
    assert names[:3] == ["self", "endpoint", "credential"]
    for option in ("api_version", "transport", "http_client", "retry", "timeout", "polling_interval"):
        assert option in names
    for option in ("user_agent", "accepted_language"):
        assert option in names


# **kwargs carries only azure-core's keywords, typed by one TypedDict each (acs_phonenumbers._compat).
TYPED_KWARGS = {
    "Unpack[AzureCallKeywords]",
    "Unpack[AzureLroKeywords]",
    "Unpack[AzureClientKeywords]",
    "Unpack[ClientKeywords[Tr, H]]",  # generic in the transport and httpx client kinds (sync or async)
}


@TWINS
def test_every_option_is_keyword_only(twins: Twins) -> None:
    for cls in (twins.sync, twins.async_):
        for name, method in {**public_methods(cls), "__init__": cls.__init__}.items():  # type: ignore[misc]
            for parameter in inspect.signature(method).parameters.values():
                assert parameter.kind is not inspect.Parameter.VAR_KEYWORD or parameter.annotation in TYPED_KWARGS, (
                    f"{cls.__name__}.{name} hides options in **{parameter.name}"
                )


OFFICIAL = [
    pytest.param(twins, official, mine, id=f"{key}-{kind}")
    for key, twins in CLIENTS.items()
    if twins.official is not None
    for kind, official, mine in (("sync", twins.official[0], twins.sync), ("async", twins.official[1], twins.async_))
]


@pytest.mark.parametrize(("twins", "official", "mine"), OFFICIAL)
def test_every_official_method_exists_with_its_parameters(twins: Twins, official: type, mine: type) -> None:
    ours = public_methods(mine)
    for name, method in public_methods(official).items():
        assert name in ours, f"{name} is missing"
        parameters = inspect.signature(ours[name]).parameters
        for parameter in inspect.signature(method).parameters.values():
            if parameter.kind in (inspect.Parameter.VAR_KEYWORD, inspect.Parameter.VAR_POSITIONAL):
                continue
            assert parameter.name in parameters, f"{name}({parameter.name}) is missing"
            assert parameters[parameter.name].kind == parameter.kind, f"{name}({parameter.name}) changed kind"
            if parameter.default is not inspect.Parameter.empty:
                assert parameters[parameter.name].default == parameter.default, f"{name}({parameter.name}) default"
        assert inspect.iscoroutinefunction(ours[name]) == inspect.iscoroutinefunction(method), name


# Keywords the official SDK takes through **kwargs (documented in its docstrings); ours are explicit.
OFFICIAL_KWARGS = {
    "begin_search_available_phone_numbers": {"area_code", "quantity", "continuation_token", "polling_interval"},
    "begin_purchase_phone_numbers": {"continuation_token", "polling_interval"},
    "begin_release_phone_number": {"continuation_token", "polling_interval"},
    "begin_update_phone_number_capabilities": {"continuation_token", "polling_interval"},
    "begin_purchase_reservation": {"continuation_token", "polling_interval"},
    "list_purchased_phone_numbers": {"skip", "top"},
}


@pytest.mark.parametrize("name", sorted(OFFICIAL_KWARGS))
def test_keywords_the_official_sdk_hides_in_kwargs_are_explicit(name: str) -> None:
    twins = CLIENTS["phone-numbers"]
    for cls in (twins.sync, twins.async_):
        parameters = inspect.signature(getattr(cls, name)).parameters
        for keyword in OFFICIAL_KWARGS[name]:
            assert parameters[keyword].kind is inspect.Parameter.KEYWORD_ONLY, f"{name}({keyword})"


@TWINS
def test_raw_response_accessors_match(twins: Twins) -> None:
    sync_raw = public_methods(twins.sync_raw)
    async_raw = public_methods(twins.async_raw)
    assert set(sync_raw) == set(async_raw)
    # a pager sends nothing when it is made; the others send nothing, make a client, or send several requests
    expected = {n for n in public_methods(twins.sync) if not n.startswith("list_")}
    assert set(sync_raw) == expected - NO_RAW_RESPONSE - twins.several_requests
    for name in sync_raw:
        assert shape(sync_raw[name])[1:] == shape(getattr(twins.sync, name))[1:], name
        assert shape(async_raw[name])[1:] == shape(getattr(twins.async_, name))[1:], name
        assert inspect.iscoroutinefunction(async_raw[name])
        assert not inspect.iscoroutinefunction(sync_raw[name])


@pytest.mark.parametrize(("twins", "name"), every(lambda _, t: list(public_methods(t.async_))))
def test_async_methods_carry_the_sync_documentation(twins: Twins, name: str) -> None:
    doc = inspect.getdoc(getattr(twins.async_, name))
    assert doc, name
    if name not in LIFECYCLE | NOT_AWAITED:
        # the sync text (examples rewritten to await: tests/unit/test_twin_docs.py)
        first = (inspect.getdoc(getattr(twins.sync, name)) or "").split("Example::")[0]
        assert first in doc, name
