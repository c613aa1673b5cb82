"""OpenTelemetry spans against the emulator, collected with the SDK's in-memory exporter."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from acs_phonenumbers import PhoneNumbersClient, ResourceNotFoundError, ShortCodesClient
from acs_phonenumbers.aio import PhoneNumbersClient as AsyncPhoneNumbersClient
from acs_phonenumbers.emulator import DEV_ACCESS_KEY, Emulator

_EXPORTER = InMemorySpanExporter()


class _Collect(SimpleSpanProcessor):
    """Keeps spans only while a test of this module runs (the global provider outlives the test)."""

    active = False

    def on_end(self, span: ReadableSpan) -> None:
        if _Collect.active:
            super().on_end(span)


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    provider = trace.get_tracer_provider()
    if not isinstance(provider, TracerProvider):  # the global provider can be set once per process
        provider = TracerProvider()
        trace.set_tracer_provider(provider)
    if not getattr(provider, "_acs_test_exporter", False):
        provider.add_span_processor(_Collect(_EXPORTER))
        provider._acs_test_exporter = True  # type: ignore[attr-defined]
    _EXPORTER.clear()
    _Collect.active = True
    yield _EXPORTER
    _Collect.active = False
    _EXPORTER.clear()


def _children(spans: list[ReadableSpan], parent: ReadableSpan) -> list[ReadableSpan]:
    return [s for s in spans if s.parent is not None and s.parent.span_id == parent.context.span_id]


def _named(spans: list[ReadableSpan], name: str) -> list[ReadableSpan]:
    return [s for s in spans if s.name == name]


def test_a_call_is_a_span_with_its_http_request_inside(acs_emulator: Emulator, spans: InMemorySpanExporter) -> None:
    (number,) = acs_emulator.seed_purchased_numbers(1)
    with PhoneNumbersClient.from_connection_string(acs_emulator.connection_string) as client:
        client.get_purchased_phone_number(number)

    finished = list(spans.get_finished_spans())
    (call,) = _named(finished, "PhoneNumbersClient.get_purchased_phone_number")
    assert call.kind is SpanKind.INTERNAL and call.attributes["az.namespace"] == "Microsoft.Communication"
    (http,) = _children(finished, call)
    assert http.kind is SpanKind.CLIENT and http.name == "GET"
    attributes = dict(http.attributes or {})
    assert attributes["http.request.method"] == "GET"
    assert attributes["http.response.status_code"] == 200
    assert attributes["server.address"] == "127.0.0.1"
    assert attributes["url.full"].startswith(acs_emulator.endpoint.rstrip("/") + "/phoneNumbers/")
    assert uuid.UUID(str(attributes["az.client_request_id"]))


def test_a_failed_call_is_an_error_span(acs_emulator: Emulator, spans: InMemorySpanExporter) -> None:
    client = PhoneNumbersClient.from_connection_string(acs_emulator.connection_string)
    with client, pytest.raises(ResourceNotFoundError):
        client.get_purchased_phone_number("+14255550199")

    (call,) = _named(list(spans.get_finished_spans()), "PhoneNumbersClient.get_purchased_phone_number")
    assert call.status.status_code is StatusCode.ERROR
    assert call.attributes["error.type"] == "ResourceNotFoundError"


def test_each_page_of_a_listing_is_a_span(acs_emulator: Emulator, spans: InMemorySpanExporter) -> None:
    acs_emulator.seed_purchased_numbers(3)
    with PhoneNumbersClient.from_connection_string(acs_emulator.connection_string) as client:
        pager = client.list_purchased_phone_numbers(top=2)
        assert spans.get_finished_spans() == ()  # creating the pager sends nothing
        assert len(list(pager)) == 3

    finished = list(spans.get_finished_spans())
    pages = _named(finished, "PhoneNumbersClient.list_purchased_phone_numbers")
    assert len(pages) == 2
    assert all(len(_children(finished, page)) == 1 for page in pages)


def test_a_long_running_operation_is_one_span_with_its_polls_inside(
    acs_emulator: Emulator, spans: InMemorySpanExporter
) -> None:
    with PhoneNumbersClient.from_connection_string(acs_emulator.connection_string, polling_interval=0) as client:
        poller = client.begin_search_available_phone_numbers(
            "US", "tollFree", "application", {"calling": "none", "sms": "inbound+outbound"}
        )
        assert _named(list(spans.get_finished_spans()), "PhoneNumbersClient.begin_search_available_phone_numbers") == []
        poller.result()

    finished = list(spans.get_finished_spans())
    (operation,) = _named(finished, "PhoneNumbersClient.begin_search_available_phone_numbers")
    requests = [(s.name, s.attributes["http.response.status_code"]) for s in _children(finished, operation)]
    assert requests[0] == ("POST", 202)
    assert len(requests) >= 2 and all(name == "GET" for name, _ in requests[1:])
    assert operation.attributes["az.operation.status"] == "succeeded"
    assert operation.end_time is not None and operation.end_time >= max(s.end_time or 0 for s in finished if s.parent)


async def test_async_calls_pages_and_operations_are_spans(acs_emulator: Emulator, spans: InMemorySpanExporter) -> None:
    (number,) = acs_emulator.seed_purchased_numbers(1)
    async with AsyncPhoneNumbersClient.from_connection_string(
        acs_emulator.connection_string, polling_interval=0
    ) as client:
        await client.get_purchased_phone_number(number)
        assert [n async for n in client.list_purchased_phone_numbers()]
        await (await client.begin_release_phone_number(number)).result()

    finished = list(spans.get_finished_spans())
    for name in ("get_purchased_phone_number", "list_purchased_phone_numbers", "begin_release_phone_number"):
        (span,) = _named(finished, f"PhoneNumbersClient.{name}")
        assert _children(finished, span), name


def test_other_clients_get_spans_by_inheriting_the_core(acs_emulator: Emulator, spans: InMemorySpanExporter) -> None:
    with ShortCodesClient.from_connection_string(acs_emulator.connection_string) as client:
        list(client.list_us_program_briefs())
    assert _named(list(spans.get_finished_spans()), "ShortCodesClient.list_us_program_briefs")


def test_no_secret_is_in_any_span(acs_emulator: Emulator, spans: InMemorySpanExporter) -> None:
    (number,) = acs_emulator.seed_purchased_numbers(1)
    with PhoneNumbersClient.from_connection_string(acs_emulator.connection_string) as client:
        client.get_purchased_phone_number(number)
        list(client.list_purchased_phone_numbers())

    sent: list[Any] = []
    for span in spans.get_finished_spans():
        sent.extend(str(v) for v in (span.attributes or {}).values())
        sent.extend(str(e.attributes) for e in span.events)
    text = " ".join(sent)
    assert DEV_ACCESS_KEY not in text
    assert "Signature=" not in text and "HMAC-SHA256" not in text and "accesskey" not in text.lower()


def test_without_opentelemetry_nothing_is_wrapped_and_nothing_is_imported() -> None:
    script = textwrap.dedent(
        """
        import sys
        class Missing:
            def find_spec(self, name, path=None, target=None):
                if name.partition(".")[0] == "opentelemetry":
                    raise ModuleNotFoundError(name, name=name)
        sys.meta_path.insert(0, Missing())
        import httpx
        from acs_phonenumbers import AzureKeyCredential, PhoneNumbersClient
        from acs_phonenumbers._observability import AttemptTransport
        client = PhoneNumbersClient("https://x.communication.azure.com", AzureKeyCredential("a2V5"),
                                    transport=httpx.MockTransport(lambda r: httpx.Response(404)))
        try:
            client.get_purchased_phone_number("+14255550123")
        except Exception:
            pass
        method = PhoneNumbersClient.get_purchased_phone_number
        print(getattr(method, "__acs_traced__", False), type(client._http._transport.inner.inner).__name__,
              any(m.startswith("opentelemetry") for m in sys.modules))
        """
    )
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert completed.stdout.split() == ["False", "MockTransport", "False"]


def test_opentelemetry_installed_but_unused_makes_no_span() -> None:
    """Without a tracer provider (OpenTelemetry pulled in by another library, say) a call makes no span at all."""
    script = textwrap.dedent(
        """
        import httpx
        from acs_phonenumbers import AzureKeyCredential, PhoneNumbersClient, _tracing
        client = PhoneNumbersClient("https://x.communication.azure.com", AzureKeyCredential("a2V5"),
                                    transport=httpx.MockTransport(lambda r: httpx.Response(404)))
        try:
            client.get_purchased_phone_number("+14255550123")
        except Exception:
            pass
        print(hasattr(PhoneNumbersClient.get_purchased_phone_number, "__wrapped__"), _tracing._tracer_cache)
        """
    )
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert completed.stdout.split() == ["True", "None"]
