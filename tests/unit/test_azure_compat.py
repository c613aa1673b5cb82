# ruff: noqa: F811  (the shared fixtures are imported by name and used as parameters)
"""What official code passes and calls works on ours: azure-core keywords, pager and poller methods, exceptions.

Each test runs on the sync and the async client (the fixtures of ``test_phone_numbers_client``).
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from typing import Any

import azure.core.exceptions as azure_exceptions
import httpx
import pytest
from test_phone_numbers_client import (  # noqa: F401  # fixtures
    ENDPOINT,
    KEY,
    NUMBER,
    PURCHASED,
    FakeService,
    call,
    client,
    collect,
    make_client,
    not_found,
    reply,
    script_search,
    service,
)

import acs_phonenumbers
from acs_phonenumbers import (
    AzureKeyCredential,
    PhoneNumberAssignmentType,
    PhoneNumberCapabilities,
    PhoneNumbersClient,
    ResourceNotFoundError,
)
from acs_phonenumbers._compat import CALL_KEYWORDS, CLIENT_KEYWORDS, KEYWORDS, AzureCallKeywords, AzureClientKeywords
from acs_phonenumbers.aio import PhoneNumbersClient as AsyncPhoneNumbersClient

CAPABILITIES = PhoneNumberCapabilities(calling="inbound", sms="none")  # type: ignore[arg-type]


class HeadersPolicy:
    """Stands for azure.core.pipeline.policies.HeadersPolicy: what official tests pass as headers_policy."""

    headers = {"x-test-header": "from-policy"}


def test_the_table_and_the_typed_keywords_agree() -> None:
    # user_agent is one of our own constructor parameters; polling is for begin_* only (AzureLroKeywords)
    assert set(AzureClientKeywords.__optional_keys__) == CLIENT_KEYWORDS - {"user_agent"}
    assert set(AzureCallKeywords.__optional_keys__) == CALL_KEYWORDS - {"polling"}
    assert all(keyword.effect for keyword in KEYWORDS.values())


async def test_constructor_accepts_azure_core_keywords_and_applies_what_they_carry(
    make_client: Any, service: FakeService
) -> None:
    service.on("GET", f"/phoneNumbers/{NUMBER}", reply(200, PURCHASED))
    client = make_client(
        headers_policy=HeadersPolicy(),
        http_logging_policy=object(),
        per_call_policies=[object()],
        per_retry_policies=object(),
        logging_enable=True,
        retry_total=0,
        retry_backoff_factor=0.1,
        retry_backoff_max=1,
        retry_mode="exponential",
        connection_timeout=3,
        read_timeout=7,
        user_agent="my-app/1.0",
        user_agent_overwrite=True,
        headers={"x-extra": "1"},
        network_span_namer=lambda *_: "span",
    )
    await client.get_purchased_phone_number(NUMBER)
    sent = service.requests[0]
    assert sent.headers["x-test-header"] == "from-policy"
    assert sent.headers["x-extra"] == "1"
    assert sent.headers["User-Agent"] == "my-app/1.0"
    assert sent.extensions["timeout"]["connect"] == 3
    assert sent.extensions["timeout"]["read"] == 7


@pytest.mark.parametrize("client_class", [PhoneNumbersClient, AsyncPhoneNumbersClient])
def test_an_unknown_constructor_keyword_names_the_public_class_and_the_closest_names(client_class: Any) -> None:
    with pytest.raises(TypeError, match=r"^PhoneNumbersClient\(\) .*'retry_totl'.*did you mean 'retry_total'"):
        client_class(ENDPOINT, AzureKeyCredential(KEY), retry_totl=3)
    with pytest.raises(TypeError, match="did you mean 'polling_interval'"):
        client_class(ENDPOINT, AzureKeyCredential(KEY), poling_interval=3)


async def test_an_unknown_call_keyword_names_the_public_method(client: Any, service: FakeService) -> None:
    with pytest.raises(TypeError, match=r"PhoneNumbersClient\.get_purchased_phone_number\(\).*did you mean 'headers'"):
        await client.get_purchased_phone_number(NUMBER, hedaers={})
    assert service.requests == []


async def test_per_call_headers_timeout_hooks_and_cls(client: Any, service: FakeService) -> None:
    service.on("GET", f"/phoneNumbers/{NUMBER}", reply(200, PURCHASED))
    seen: list[Any] = []
    result = await client.get_purchased_phone_number(
        NUMBER,
        headers={"x-call": "yes"},
        timeout=5,
        request_id="req-1",
        raw_request_hook=lambda request: seen.append(("request", request.url.path)),
        raw_response_hook=lambda response: seen.append(("response", response.status_code)),
        cls=lambda response, value, headers: (response.status_code, value.phone_number, headers["ms-cv"]),
        logging_enable=True,
    )
    assert result == (200, NUMBER, "cv-test.0")
    sent = service.requests[0]
    assert sent.headers["x-call"] == "yes"
    assert sent.headers["x-ms-client-request-id"] == "req-1"
    assert sent.extensions["timeout"] == httpx.Timeout(5).as_dict()
    assert seen == [("request", f"/phoneNumbers/{NUMBER}"), ("response", 200)]
    await client.get_purchased_phone_number(NUMBER)
    assert "x-call" not in service.requests[1].headers  # per call, not per client


async def test_per_call_retry_total_overrides_the_clients_policy(client: Any, service: FakeService) -> None:
    service.on("GET", f"/phoneNumbers/{NUMBER}", reply(503), reply(200, PURCHASED))
    number = await client.get_purchased_phone_number(NUMBER, retry_total=1, retry_backoff_factor=0)
    assert number.phone_number == NUMBER
    assert len(service.requests) == 2


async def test_list_keywords_apply_to_every_page_and_cls_maps_each_page(client: Any, service: FakeService) -> None:
    service.on(
        "GET",
        "/phoneNumbers",
        reply(200, {"phoneNumbers": [PURCHASED], "nextLink": "/phoneNumbers?skip=1&top=1"}),
        reply(200, {"phoneNumbers": [PURCHASED]}),
    )
    pager = client.list_purchased_phone_numbers(headers={"x-list": "1"}, cls=lambda items: [i.id for i in items])
    items = await collect(pager)
    assert items == ["14255550123", "14255550123"]
    assert [r.headers.get("x-list") for r in service.requests] == ["1", "1"]


def test_item_paged_next_like_azure_core(service: FakeService) -> None:
    service.on("GET", "/phoneNumbers", reply(200, {"phoneNumbers": [PURCHASED]}))
    with PhoneNumbersClient(ENDPOINT, AzureKeyCredential(KEY), transport=httpx.MockTransport(service)) as client:
        pager = client.list_purchased_phone_numbers()
        assert pager.next().phone_number == NUMBER
        with pytest.raises(StopIteration):
            next(pager)


async def test_polling_false_returns_a_poller_that_never_polls(client: Any, service: FakeService) -> None:
    script_search(service, "running")
    poller = await client.begin_search_available_phone_numbers(
        "US", "tollFree", PhoneNumberAssignmentType.APPLICATION, CAPABILITIES, polling=False
    )
    assert poller.done()
    assert poller.polling_method().polling is False
    assert await call(poller.result()) is None  # the 202 has no body: NoPolling's result is its deserialisation
    assert len(service.requests) == 1
    # The token still resumes the operation with polling
    script_search(service, "succeeded")
    resumed = await client.resume_operation(poller.continuation_token())
    assert (await call(resumed.result())).search_id == "s-1"


async def test_done_callbacks_polling_method_and_from_continuation_token(client: Any, service: FakeService) -> None:
    script_search(service, "running", "succeeded")
    poller = await client.begin_search_available_phone_numbers(
        "US", "tollFree", PhoneNumberAssignmentType.APPLICATION, CAPABILITIES, polling=True, polling_interval=0
    )
    done: list[Any] = []

    def removed(method: Any) -> None:
        done.append(("removed", method))

    poller.add_done_callback(lambda method: done.append(method.status()))
    poller.add_done_callback(removed)
    poller.remove_done_callback(removed)
    assert done == []
    token = poller.continuation_token()
    await call(poller.result())
    assert done == ["succeeded"]
    assert poller.polling_method().finished()
    assert poller.polling_method().resource().search_id == "s-1"
    with pytest.raises(ValueError):
        poller.remove_done_callback(removed)
    poller.add_done_callback(lambda method: done.append("late"))  # already done: called at once
    assert done == ["succeeded", "late"]

    resumed = type(poller).from_continuation_token(poller.polling_method(), token)
    assert (await call(resumed.result())).search_id == "s-1"


# -- exceptions ---------------------------------------------------------------------------------------------------


async def test_every_raised_error_is_caught_by_azure_cores_class_of_the_same_name(
    client: Any, service: FakeService
) -> None:
    service.on("GET", f"/phoneNumbers/{NUMBER}", not_found())
    with pytest.raises(azure_exceptions.ResourceNotFoundError) as caught:
        await client.get_purchased_phone_number(NUMBER)
    error = caught.value
    assert isinstance(error, ResourceNotFoundError)
    assert isinstance(error, azure_exceptions.HttpResponseError)
    assert isinstance(error, azure_exceptions.AzureError)
    assert error.status_code == 404
    assert error.reason == "Not Found"
    assert error.error is not None and error.error.code == "NotFound"
    assert error.message == "Input phoneNumber cannot be found."
    assert error.response is not None and error.response.status_code == 404
    assert "NotFound" in str(error)
    copy = pickle.loads(pickle.dumps(error))
    assert isinstance(copy, azure_exceptions.ResourceNotFoundError) and copy.status_code == 404


def test_the_azure_core_names_exist_and_pair_up() -> None:
    pairs = {
        acs_phonenumbers.AzureError: azure_exceptions.AzureError,
        acs_phonenumbers.ServiceRequestError: azure_exceptions.ServiceRequestError,
        acs_phonenumbers.ServiceResponseError: azure_exceptions.ServiceResponseError,
        acs_phonenumbers.ServiceRequestTimeoutError: azure_exceptions.ServiceRequestTimeoutError,
        acs_phonenumbers.ServiceResponseTimeoutError: azure_exceptions.ServiceResponseTimeoutError,
        acs_phonenumbers.IncompleteReadError: azure_exceptions.IncompleteReadError,
        acs_phonenumbers.OutcomeUnknownError: azure_exceptions.ServiceResponseError,
        acs_phonenumbers.ResourceNotModifiedError: azure_exceptions.ResourceNotModifiedError,
        acs_phonenumbers.ResourceExistsError: azure_exceptions.ResourceExistsError,
        acs_phonenumbers.ClientAuthenticationError: azure_exceptions.ClientAuthenticationError,
        acs_phonenumbers.OperationFailedError: azure_exceptions.HttpResponseError,
        acs_phonenumbers.InvalidArgumentError: azure_exceptions.AzureError,
    }
    for ours, theirs in pairs.items():
        made = ours("boom")
        assert isinstance(made, ours) and isinstance(made, theirs), ours
    assert isinstance(acs_phonenumbers.InvalidArgumentError("x"), ValueError)


def test_incomplete_read_is_caught_as_the_official_one_is_and_as_a_service_response_error() -> None:
    """azure-core's IncompleteReadError is an HttpResponseError (a DecodeError); ours is a ServiceResponseError,
    and its pair is caught by all of them, with the attributes an HttpResponseError handler reads (empty)."""
    error = acs_phonenumbers.IncompleteReadError("body cut off", attempts=2, client_request_id="rid")
    for theirs in (
        azure_exceptions.IncompleteReadError,
        azure_exceptions.DecodeError,
        azure_exceptions.HttpResponseError,
        azure_exceptions.ServiceResponseError,
        acs_phonenumbers.ServiceResponseError,
    ):
        assert isinstance(error, theirs), theirs
    assert not isinstance(error, azure_exceptions.ServiceRequestError | acs_phonenumbers.HttpResponseError)
    assert (error.status_code, error.reason, error.response, error.model, error.error) == (None,) * 5
    assert (error.attempts, error.client_request_id, str(error)) == (2, "rid", "body cut off [client request id: rid]")
    copy = pickle.loads(pickle.dumps(error))
    assert isinstance(copy, azure_exceptions.IncompleteReadError) and copy.attempts == 2


def test_without_azure_core_the_classes_are_ours_alone_and_import_does_not_load_it() -> None:
    script = """
import sys
sys.modules["azure.core.exceptions"] = None  # as if azure-core were not installed
import acs_phonenumbers
assert "azure.core" not in sys.modules
error = acs_phonenumbers.ResourceNotFoundError("gone", status_code=404)
assert type(error) is acs_phonenumbers.ResourceNotFoundError, type(error).__mro__
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "ok"


def _clients() -> list[type]:
    from acs_phonenumbers import ShortCodesClient
    from acs_phonenumbers.aio import ShortCodesClient as AsyncShortCodesClient
    from acs_phonenumbers.siprouting import SipRoutingClient
    from acs_phonenumbers.siprouting.aio import SipRoutingClient as AsyncSipRoutingClient

    return [
        PhoneNumbersClient,
        AsyncPhoneNumbersClient,
        ShortCodesClient,
        AsyncShortCodesClient,
        SipRoutingClient,
        AsyncSipRoutingClient,
    ]


# Public methods that send nothing themselves: the keywords belong to the calls they lead to.
NOT_A_CALL = {"close", "resume_operation", "from_connection_string", "with_options"}


@pytest.mark.parametrize("client_class", _clients(), ids=lambda c: f"{c.__module__.split('.')[-2]}.{c.__name__}")
def test_every_public_call_of_every_client_takes_the_per_call_keywords(client_class: type) -> None:
    """A new operation cannot forget ``@azure_keywords`` and ``**kwargs: Unpack[AzureCallKeywords]``."""
    import inspect
    import typing

    for name, method in inspect.getmembers(client_class, inspect.isfunction):
        if name.startswith("_") or name in NOT_A_CALL:
            continue
        parameters = inspect.signature(method).parameters
        assert "kwargs" in parameters, f"{client_class.__name__}.{name} takes no **kwargs"
        hints = typing.get_type_hints(method, include_extras=True)
        assert hints["kwargs"] == typing.Unpack[AzureCallKeywords] or name.startswith("begin_"), name
        layers = []
        while method is not None:  # tracing and @twin may wrap it too; one layer must be azure_keywords' wrapper
            layers.append(getattr(getattr(method, "__code__", None), "co_qualname", ""))
            method = getattr(method, "__wrapped__", None)
        assert any(q.startswith("azure_keywords.") for q in layers), f"{client_class.__name__}.{name}: {layers}"
