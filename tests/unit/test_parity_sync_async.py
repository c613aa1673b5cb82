"""The sync and async clients expose the same methods with the same parameters, and both match the official SDK's.

A user switches from ``azure.communication.phonenumbers`` by changing imports only, so every public method of the
official client must exist here with the same positional parameters, keyword names and defaults.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest
from azure.communication.phonenumbers import PhoneNumbersClient as OfficialClient
from azure.communication.phonenumbers.aio import PhoneNumbersClient as OfficialAsyncClient

from acs_phonenumbers import PhoneNumbersClient, PhoneNumbersClientWithRawResponse
from acs_phonenumbers.aio import PhoneNumbersClient as AsyncPhoneNumbersClient
from acs_phonenumbers.aio import PhoneNumbersClientWithRawResponse as AsyncPhoneNumbersClientWithRawResponse


def public_methods(cls: type) -> dict[str, Callable[..., Any]]:
    return {
        name: member
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") and (inspect.isfunction(member) or inspect.ismethod(member))
    }


def shape(function: Callable[..., Any]) -> list[tuple[str, Any, Any]]:
    """Parameter names, kinds and defaults (annotations differ between the twins by design)."""
    return [(p.name, p.kind, p.default) for p in inspect.signature(function).parameters.values()]


SYNC = public_methods(PhoneNumbersClient)
ASYNC = public_methods(AsyncPhoneNumbersClient)
# Methods an async client cannot share: closing is a coroutine in both official clients too.
LIFECYCLE = {"close"}


def test_same_public_methods() -> None:
    assert set(SYNC) == set(ASYNC)
    assert {"generated", "with_raw_response"} <= {
        name for name, value in inspect.getmembers(AsyncPhoneNumbersClient) if isinstance(value, property)
    }


@pytest.mark.parametrize("name", sorted(set(SYNC) - LIFECYCLE))
def test_same_parameters(name: str) -> None:
    assert shape(SYNC[name]) == shape(ASYNC[name])


@pytest.mark.parametrize("name", sorted(ASYNC))
def test_async_methods_are_coroutines_except_pagers_and_constructors(name: str) -> None:
    method = ASYNC[name]
    expected = not (name.startswith("list_") or name in {"from_connection_string", "with_options"})
    assert inspect.iscoroutinefunction(method) is expected, name
    assert not inspect.iscoroutinefunction(SYNC[name]), name


def test_constructors_have_the_same_parameters() -> None:
    assert shape(PhoneNumbersClient.__init__) == shape(AsyncPhoneNumbersClient.__init__)
    names = [p[0] for p in shape(PhoneNumbersClient.__init__)]
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
    "Unpack[ClientKeywords]",
}


def test_every_option_is_keyword_only() -> None:
    for name, method in {**SYNC, "__init__": PhoneNumbersClient.__init__}.items():
        for parameter in inspect.signature(method).parameters.values():
            assert parameter.kind is not inspect.Parameter.VAR_KEYWORD or parameter.annotation in TYPED_KWARGS, (
                f"{name} hides options in **{parameter.name}"
            )


@pytest.mark.parametrize("official", [OfficialClient, OfficialAsyncClient], ids=["sync", "async"])
def test_every_official_method_exists_with_its_parameters(official: type) -> None:
    ours = SYNC if official is OfficialClient else ASYNC
    for name, method in public_methods(official).items():
        assert name in ours, f"{name} is missing"
        mine = inspect.signature(ours[name]).parameters
        for parameter in inspect.signature(method).parameters.values():
            if parameter.kind in (inspect.Parameter.VAR_KEYWORD, inspect.Parameter.VAR_POSITIONAL):
                continue
            assert parameter.name in mine, f"{name}({parameter.name}) is missing"
            assert mine[parameter.name].kind == parameter.kind, f"{name}({parameter.name}) changed kind"
            if parameter.default is not inspect.Parameter.empty:
                assert mine[parameter.name].default == parameter.default, f"{name}({parameter.name}) default"


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
    for methods in (SYNC, ASYNC):
        parameters = inspect.signature(methods[name]).parameters
        for keyword in OFFICIAL_KWARGS[name]:
            assert parameters[keyword].kind is inspect.Parameter.KEYWORD_ONLY, f"{name}({keyword})"


def test_raw_response_accessors_match() -> None:
    sync_raw = public_methods(PhoneNumbersClientWithRawResponse)
    async_raw = public_methods(AsyncPhoneNumbersClientWithRawResponse)
    assert set(sync_raw) == set(async_raw)
    # resume_operation sends nothing when called, with_options makes a client: neither has a raw response
    expected = {n for n in SYNC if not n.startswith("list_")} - {
        "close",
        "from_connection_string",
        "resume_operation",
        "with_options",
    }
    assert set(sync_raw) == expected
    for name in sync_raw:
        assert shape(sync_raw[name])[1:] == shape(SYNC[name])[1:], name
        assert shape(async_raw[name])[1:] == shape(ASYNC[name])[1:], name
        assert inspect.iscoroutinefunction(async_raw[name])


def test_async_methods_carry_the_sync_documentation() -> None:
    for name, method in ASYNC.items():
        assert method.__doc__, name
        if name.startswith(("begin_", "list_", "get_")):
            # the sync text, cleaned of its indentation (examples rewritten to await: tests/unit/test_twin_docs.py)
            first = inspect.cleandoc(SYNC[name].__doc__ or "").split("Example::")[0]
            assert first in method.__doc__, name
