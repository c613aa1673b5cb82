"""Transport failures raise azure-core's classes, as the official client does, measured side by side.

Each fault is staged by a raw HTTP/1.1 server on 127.0.0.1 (a thread per connection, so sync and async clients
alike can talk to it); the official 1.4 client (sync over requests, async over aiohttp, ``retry_total=0``) and ours
(sync over httpx; async over httpx and over aiohttp) each make the same call against it. What they raise, with
azure-core 1.41 (``SRq`` = ``ServiceRequestError``, ``SRs`` = ``ServiceResponseError``):

=====================================  ==========================  ==========================  =========================
fault                                  official sync (requests)    official async (aiohttp)    ours (every transport)
=====================================  ==========================  ==========================  =========================
connection refused                     SRq                         SRq                         SRq
connect timeout (no SYN-ACK)           SRq Timeout                 SRq Timeout                 SRq Timeout
closed on accept                       SRs                         SRq (!)                     SRs
closed after reading the request       SRs                         SRq (!)                     SRs
reset after reading the request        SRs                         SRq (!)                     SRs
read timeout (never answers)           SRs Timeout                 SRs Timeout                 SRs Timeout
partial status line / headers          no error (!)                SRq (!)                     SRs
malformed response                     SRs                         SRs                         SRs
truncated body (short Content-Length)  IncompleteReadError         IncompleteReadError         IncompleteReadError
=====================================  ==========================  ==========================  =========================

The rule ours follows (``acs_phonenumbers._retry.failure_class``, one mapping for every transport): a request that
was not sent (the connection failed) is a ``ServiceRequestError``; one that was or may have been sent is a
``ServiceResponseError``. The official sync client follows it; the official async client calls a connection closed
or reset after the request went out ``ServiceRequestError`` ("not sent"), which code retrying on that class would
resend: a purchase twice. Ours do not copy that (marked (!)); for a partial head http.client even accepts the
headers cut off and returns a response. Our ``IncompleteReadError`` is caught by azure-core's ``IncompleteReadError``
and ``HttpResponseError`` (as the official one is) and also by ``ServiceResponseError`` (it is one).

A keyed call (a purchase) whose request may have gone out raises :class:`OutcomeUnknownError`, a
``ServiceResponseError`` and never a ``ServiceRequestError``.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from typing import Any

import azure.core.exceptions as azure_exceptions
import httpx
import pytest
from azure.communication.phonenumbers import PhoneNumbersClient as OfficialClient
from azure.communication.phonenumbers.aio import PhoneNumbersClient as OfficialAsyncClient
from azure.core.credentials import AzureKeyCredential as OfficialKey

import acs_phonenumbers
from acs_phonenumbers import AzureKeyCredential, OutcomeUnknownError, PhoneNumbersClient
from acs_phonenumbers._aiohttp import AiohttpTransport
from acs_phonenumbers.aio import PhoneNumbersClient as AsyncPhoneNumbersClient

KEY = base64.b64encode(b"transport errors test key").decode()
NUMBER = "+14255550123"
TIMEOUTS = {"retry_total": 0, "connection_timeout": 0.3, "read_timeout": 0.3}

SRQ, SRQ_TIMEOUT = "ServiceRequestError", "ServiceRequestTimeoutError"
SRS, SRS_TIMEOUT = "ServiceResponseError", "ServiceResponseTimeoutError"
INCOMPLETE = "IncompleteReadError"

# fault: (official sync, official async, ours); None: no error at all.
TABLE: dict[str, tuple[str | None, str, str]] = {
    "refused": (SRQ, SRQ, SRQ),
    "connect_timeout": (SRQ_TIMEOUT, SRQ_TIMEOUT, SRQ_TIMEOUT),
    "close_on_accept": (SRS, SRQ, SRS),
    "close_after_request": (SRS, SRQ, SRS),
    "reset_after_request": (SRS, SRQ, SRS),
    "read_timeout": (SRS_TIMEOUT, SRS_TIMEOUT, SRS_TIMEOUT),
    "partial_head": (None, SRQ, SRS),
    "malformed": (SRS, SRS, SRS),
    "truncated_body": (INCOMPLETE, INCOMPLETE, INCOMPLETE),
}
FAULTS = list(TABLE)
NOT_SENT = {"refused", "connect_timeout"}

# The azure-core classes official code catches a transport failure with.
CLAUSES = ("AzureError", SRQ, SRQ_TIMEOUT, SRS, SRS_TIMEOUT, "HttpResponseError", "DecodeError", INCOMPLETE)


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


class FaultServer:
    """A raw HTTP/1.1 server on 127.0.0.1 (a thread per connection) that fails every exchange the same way."""

    def __init__(self, fault: str) -> None:
        self.fault = fault
        self.requests: list[bytes] = []
        self.stop = threading.Event()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with contextlib.suppress(OSError), conn:
            if self.fault == "close_on_accept":
                return
            self.requests.append(_read_request(conn))
            if self.fault == "reset_after_request":  # an RST instead of a FIN
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            elif self.fault == "read_timeout":
                self.stop.wait()
            elif self.fault == "partial_head":
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Le")
            elif self.fault == "malformed":
                conn.sendall(b"this is not http\r\n\r\n")
            elif self.fault == "truncated_body":
                conn.sendall(b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"id":')

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@contextlib.contextmanager
def endpoint(fault: str) -> Iterator[str]:
    """The URL of a server failing with ``fault``."""
    if fault == "refused":
        with socket.socket() as sock:  # a port nobody listens on
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        yield f"http://127.0.0.1:{port}"
    elif fault == "connect_timeout":
        # A listener whose accept queue is full: the kernel drops further SYNs, so connecting times out.
        with socket.create_server(("127.0.0.1", 0), backlog=0) as listener, contextlib.ExitStack() as stack:
            for _ in range(3):
                filler = stack.enter_context(socket.socket())
                filler.setblocking(False)
                with contextlib.suppress(BlockingIOError):
                    filler.connect(listener.getsockname())
            yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    else:
        server = FaultServer(fault)
        try:
            yield server.url
        finally:
            server.close()


def raised(call: Callable[[], Any]) -> BaseException | None:
    try:
        call()
    except Exception as exc:  # what each client raises is the point
        return exc
    return None


def official_sync(url: str) -> BaseException | None:
    client = OfficialClient(url, OfficialKey(KEY), **TIMEOUTS)
    try:
        return raised(lambda: client.get_purchased_phone_number(NUMBER))
    finally:
        client._phone_number_client.close()  # the public sync client has no close() in 1.4.0


def official_async(url: str) -> BaseException | None:
    async def call() -> None:
        async with OfficialAsyncClient(url, OfficialKey(KEY), **TIMEOUTS) as client:
            await client.get_purchased_phone_number(NUMBER)

    return raised(lambda: asyncio.run(call()))


def ours_sync(url: str, call: Callable[[PhoneNumbersClient], Any] | None = None) -> BaseException | None:
    with PhoneNumbersClient(url, AzureKeyCredential(KEY), **TIMEOUTS) as client:
        return raised(lambda: (call or (lambda c: c.get_purchased_phone_number(NUMBER)))(client))


def ours_async(url: str, transport: str, call: Callable[[Any], Any] | None = None) -> BaseException | None:
    async def run() -> None:
        chosen = httpx.AsyncHTTPTransport() if transport == "httpx" else AiohttpTransport()
        async with AsyncPhoneNumbersClient(url, AzureKeyCredential(KEY), transport=chosen, **TIMEOUTS) as client:
            await (call or (lambda c: c.get_purchased_phone_number(NUMBER)))(client)

    return raised(lambda: asyncio.run(run()))


OURS: dict[str, Callable[[str], BaseException | None]] = {
    "sync": ours_sync,
    "async-httpx": lambda url: ours_async(url, "httpx"),
    "async-aiohttp": lambda url: ours_async(url, "aiohttp"),
}


def caught_by(exc: BaseException | None) -> set[str]:
    """The azure-core ``except`` clauses (of :data:`CLAUSES`) that catch ``exc``."""
    return {name for name in CLAUSES if isinstance(exc, getattr(azure_exceptions, name))}


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("flavor", list(OURS))
def test_ours_raise_the_class_of_the_table(fault: str, flavor: str) -> None:
    with endpoint(fault) as url:
        exc = OURS[flavor](url)
    expected = TABLE[fault][2]
    assert type(exc).__name__ == expected, repr(exc)
    assert isinstance(exc, getattr(acs_phonenumbers, expected)) and isinstance(exc, getattr(azure_exceptions, expected))
    assert isinstance(exc, acs_phonenumbers.ServiceRequestError) is (fault in NOT_SENT)
    assert isinstance(exc, acs_phonenumbers.ServiceResponseError) is (fault not in NOT_SENT)
    # Only the class follows the fault: the attempts, the request id and the message are as they always were.
    assert exc.attempts == 1  # type: ignore[attr-defined]
    assert exc.client_request_id and str(exc).endswith(f"[client request id: {exc.client_request_id}]")  # type: ignore[attr-defined]
    assert "failed after 1 attempt" in str(exc)
    assert isinstance(exc.__cause__, httpx.TransportError)


@pytest.mark.parametrize("fault", FAULTS)
def test_every_except_clause_that_catches_the_official_error_catches_ours(fault: str) -> None:
    """The official clients raise what the table says (a new azure-core release that changes it fails here), and
    official code catching a transport failure catches ours for the same fault: each azure-core clause that catches
    the official sync client's error catches ours, and ``ServiceRequestError`` ("not sent") catches ours exactly
    when it catches the official sync client's."""
    with endpoint(fault) as url:
        official, official_aio = official_sync(url), official_async(url)
        ours = {flavor: make(url) for flavor, make in OURS.items()}
    expected_sync, expected_async, _ = TABLE[fault]
    assert (type(official).__name__ if official else None) == expected_sync, repr(official)
    assert type(official_aio).__name__ == expected_async, repr(official_aio)
    assert type(official_aio).__module__ == "azure.core.exceptions"
    if official is None:  # partial_head: http.client accepts the cut-off headers; the rule says "sent"
        official = azure_exceptions.ServiceResponseError("partial head")
    expected = caught_by(official)
    for flavor, exc in ours.items():
        assert caught_by(exc) >= expected, (flavor, repr(exc), expected)
        assert (SRQ in caught_by(exc)) is (SRQ in expected), (flavor, repr(exc))


def _purchase(client: Any) -> Any:
    return client.begin_purchase_phone_numbers("search-1", agree_to_not_resell=True, polling_interval=0)


@pytest.mark.parametrize("fault", ["refused", "close_after_request", "read_timeout", "truncated_body"])
def test_a_purchase_that_may_have_been_sent_is_never_not_sent(fault: str) -> None:
    """Exactly once: a purchase whose request may have gone out is OutcomeUnknownError, a ServiceResponseError,
    which code resending on ServiceRequestError does not resend; one refused before sending stays
    ServiceRequestError. The keyed POST and its poller go through the same transports."""
    with endpoint(fault) as url:
        errors = [ours_sync(url, _purchase), ours_async(url, "httpx", _purchase), ours_async(url, "aiohttp", _purchase)]
    for exc in errors:
        if fault in NOT_SENT:
            assert type(exc).__name__ == SRQ, repr(exc)
            continue
        assert isinstance(exc, OutcomeUnknownError), repr(exc)
        assert isinstance(exc, acs_phonenumbers.ServiceResponseError)
        assert isinstance(exc, azure_exceptions.ServiceResponseError)
        assert not isinstance(exc, azure_exceptions.ServiceRequestError | acs_phonenumbers.ServiceRequestError)


@pytest.mark.parametrize("fault", ["close_after_request", "truncated_body"])
def test_pagers_raise_the_same_classes(fault: str) -> None:
    def listing(client: Any) -> Any:
        return list(client.list_purchased_phone_numbers())

    async def alisting(client: Any) -> Any:
        return [number async for number in client.list_purchased_phone_numbers()]

    with endpoint(fault) as url:
        errors = [ours_sync(url, listing), ours_async(url, "httpx", alisting), ours_async(url, "aiohttp", alisting)]
    assert [type(exc).__name__ for exc in errors] == [TABLE[fault][2]] * 3, errors


POLL_FAULTS = [
    (httpx.ConnectError("refused"), SRQ),
    (httpx.ConnectTimeout("no connection"), SRQ_TIMEOUT),
    (httpx.RemoteProtocolError("closed"), SRS),
    (httpx.ReadTimeout("no answer"), SRS_TIMEOUT),
]


@pytest.mark.parametrize(("error", "expected"), POLL_FAULTS, ids=[name for _, name in POLL_FAULTS])
async def test_pollers_raise_the_same_classes(error: httpx.TransportError, expected: str) -> None:
    """A status poll failing in transport raises the class the mapping gives, sync and async."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            headers = {"Operation-Location": "/phoneNumbers/operations/search_s-1", "operation-id": "search_s-1"}
            return httpx.Response(202, headers=headers)
        raise error

    args = ("US", "geographic", "application", {"calling": "outbound", "sms": "none"})
    endpoint_url = "https://contoso.communication.azure.com"
    with PhoneNumbersClient(endpoint_url, KEY, transport=httpx.MockTransport(handler), retry_total=0) as client:
        poller = client.begin_search_available_phone_numbers(*args, polling_interval=0)
        sync = raised(poller.result)
    async with AsyncPhoneNumbersClient(
        endpoint_url, KEY, transport=httpx.MockTransport(handler), retry_total=0
    ) as aclient:
        apoller = await aclient.begin_search_available_phone_numbers(*args, polling_interval=0)
        try:
            await apoller.result()
        except Exception as exc:  # what the poller raises is the point
            async_: BaseException | None = exc
        else:
            async_ = None
    assert [type(sync).__name__, type(async_).__name__] == [expected, expected], (sync, async_)
    assert isinstance(sync, getattr(azure_exceptions, expected))
