"""The aiohttp transport (the ``aiohttp`` extra): exact error mapping at every stage of an exchange, against a real
local server that drops the connection at that stage; bodies, timeouts, TLS ``verify``, proxies and closing.

The point of the mapping: an error after the request may have been sent must never look like "not sent"
(``ConnectError``/``ConnectTimeout``/``PoolTimeout``), or the retry policy would send a POST (a purchase) twice.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import socket
import ssl
import struct
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import aiohttp
import httpx
import pytest

from acs_phonenumbers._aiohttp import AiohttpTransport, map_error
from acs_phonenumbers._config import ClientOptions, build_async_client
from acs_phonenumbers._errors import ServiceRequestError, ServiceResponseError
from acs_phonenumbers._retry import NOT_SENT_ERRORS, TRANSIENT_ERRORS, RetryPolicy
from acs_phonenumbers.emulator.tls import create_tls_files

KEY = base64.b64encode(b"aiohttp transport test key").decode()
FAST = RetryPolicy(backoff_factor=0.0)

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def read_request(reader: asyncio.StreamReader) -> bytes:
    """One HTTP/1.1 request (head and Content-Length or chunked body) as received."""
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    chunked = False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
        if name.strip().lower() == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:
        body = b""
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip(), 16)
            chunk = await reader.readexactly(size + 2)
            if size == 0:
                break
            body += chunk[:-2]
        return head + body
    return head + (await reader.readexactly(length) if length else b"")


class Server:
    """A raw HTTP/1.1 server on 127.0.0.1 whose handler decides when to drop the connection."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[bytes] = []
        self.server: asyncio.Server | None = None
        self.tasks: set[asyncio.Task[None]] = set()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self.tasks.add(task)  # type: ignore[arg-type]
        try:
            await self.handler(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    async def __aenter__(self) -> Server:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()
        for task in self.tasks:  # handlers parked forever ("hang") end with the test
            task.cancel()

    @property
    def url(self) -> str:
        assert self.server is not None
        port = self.server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"


def reset(writer: asyncio.StreamWriter) -> None:
    """Close with an RST instead of a FIN."""
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


def stage(name: str, server: Server) -> Handler:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if name == "close_on_accept":
            return
        server.requests.append(await read_request(reader))
        if name == "close_after_request":
            return
        if name == "reset_after_request":
            reset(writer)
            return
        if name == "hang":
            await asyncio.Event().wait()
        if name == "partial_head":
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Le")
        elif name == "malformed":
            writer.write(b"this is not http\r\n\r\n")
        elif name == "truncated_body":
            writer.write(b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"partial":')
        await writer.drain()

    return handler


# The stages after the connection is open: the request may have reached the server at each of them.
AFTER_SENDING = ["close_on_accept", "close_after_request", "reset_after_request", "partial_head", "malformed",
                 "truncated_body"]  # fmt: skip


def may_have_been_sent(exc: BaseException) -> bool:
    return isinstance(exc, TRANSIENT_ERRORS) and not isinstance(exc, NOT_SENT_ERRORS)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def send(transport: AiohttpTransport, request: httpx.Request) -> httpx.Response:
    response = await transport.handle_async_request(request)
    await response.aread()
    return response


@pytest.mark.parametrize("name", AFTER_SENDING)
async def test_a_drop_after_connecting_never_looks_unsent(name: str) -> None:
    server = Server(lambda r, w: asyncio.sleep(0))
    server.handler = stage(name, server)
    async with server:
        transport = AiohttpTransport()
        try:
            with pytest.raises(httpx.TransportError) as info:
                await send(transport, httpx.Request("POST", server.url + "/purchase", json={"searchId": "x"}))
        finally:
            await transport.aclose()
    assert may_have_been_sent(info.value), repr(info.value)
    if name in ("close_after_request", "partial_head", "malformed", "truncated_body"):
        assert isinstance(info.value, httpx.RemoteProtocolError)


@pytest.mark.parametrize("name", AFTER_SENDING)
async def test_our_client_sends_a_post_once_and_retries_a_get_after_a_drop(name: str) -> None:
    server = Server(lambda r, w: asyncio.sleep(0))
    server.handler = stage(name, server)
    opts = ClientOptions.create(default_api_version="2025-06-01", retry=FAST)
    async with server, build_async_client(server.url, KEY, opts) as client:
        assert isinstance(client._transport.pool, AiohttpTransport)  # type: ignore[attr-defined]
        with pytest.raises(ServiceResponseError) as info:
            await client.post("/availablePhoneNumbers/searches/x/:purchase", json={})
        assert info.value.attempts == 1
        assert "may have been sent" in str(info.value)
        if name != "close_on_accept":
            assert len(server.requests) == 1
        with pytest.raises(ServiceResponseError) as info:
            await client.get("/phoneNumbers")
        assert info.value.attempts == FAST.max_retries + 1


async def test_refused_connection_is_a_connect_error_and_retried_even_for_a_post() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    transport = AiohttpTransport()
    try:
        with pytest.raises(httpx.ConnectError):
            await send(transport, httpx.Request("GET", url + "/"))
    finally:
        await transport.aclose()
    opts = ClientOptions.create(default_api_version="2025-06-01", retry=FAST)
    async with build_async_client(url, KEY, opts) as client:
        with pytest.raises(ServiceRequestError) as info:
            await client.post("/availablePhoneNumbers/searches/x/:purchase", json={})
    assert info.value.attempts == FAST.max_retries + 1


async def test_read_timeout_and_pool_timeout() -> None:
    server = Server(lambda r, w: asyncio.sleep(0))
    server.handler = stage("hang", server)
    async with server:
        transport = AiohttpTransport(limits=httpx.Limits(max_connections=1))
        try:
            slow = httpx.Request("POST", server.url + "/", content=b"{}", extensions={"timeout": {"read": 30.0}})
            first = asyncio.ensure_future(send(transport, slow))
            while not server.requests:  # the first request holds the only connection
                await asyncio.sleep(0.01)
            # Waiting for a connection: not sent, as httpx's PoolTimeout.
            queued = httpx.Request("POST", server.url + "/", content=b"{}", extensions={"timeout": {"pool": 0.1}})
            with pytest.raises(httpx.ConnectTimeout):
                await send(transport, queued)
            first.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await first
        finally:
            await transport.aclose()

        transport = AiohttpTransport()
        try:
            request = httpx.Request("POST", server.url + "/", content=b"{}", extensions={"timeout": {"read": 0.1}})
            with pytest.raises(httpx.ReadTimeout):
                await send(transport, request)
        finally:
            await transport.aclose()


async def test_streamed_bodies_both_ways_and_closing() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            request = await read_request(reader)
            body = request.partition(b"\r\n\r\n")[2]
            writer.write(b"HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\nX-Echo: yes\r\n\r\n")
            for part in (body, b"|tail"):
                writer.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
            writer.write(b"0\r\n\r\n")
            await writer.drain()

    async def pieces() -> AsyncIterator[bytes]:
        yield b"one,"
        yield b"two"

    async with Server(handler) as server:
        transport = AiohttpTransport()
        async with httpx.AsyncClient(transport=transport) as client:
            async with client.stream("POST", server.url + "/echo", content=pieces()) as response:
                assert response.status_code == 201 and response.reason_phrase == "Created"
                assert response.headers["x-echo"] == "yes"
                assert b"".join([chunk async for chunk in response.aiter_bytes()]) == b"one,two|tail"
            second = await client.put(server.url + "/echo", content=b"plain")
            assert second.content == b"plain|tail"
        session = transport._inner.client
        assert isinstance(session, aiohttp.ClientSession) and session.closed


async def test_verify(tmp_path: Path) -> None:
    files = create_tls_files(tmp_path)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(files.cert_file, files.key_file)

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
        await writer.drain()

    served = await asyncio.start_server(handler, "127.0.0.1", 0, ssl=server_context)
    url = f"https://127.0.0.1:{served.sockets[0].getsockname()[1]}/"
    try:
        trusting = ssl.create_default_context(cafile=str(files.ca_file))
        for verify, outcome in ((True, httpx.ConnectError), (trusting, 200), (False, 200)):
            transport = AiohttpTransport(verify=verify)
            try:
                if isinstance(outcome, int):
                    assert (await send(transport, httpx.Request("GET", url))).status_code == outcome
                else:
                    with pytest.raises(outcome):  # an untrusted certificate: nothing was sent
                        await send(transport, httpx.Request("GET", url))
            finally:
                await transport.aclose()
    finally:
        served.close()


async def test_proxy_receives_the_absolute_form_request() -> None:
    seen: list[bytes] = []

    async def proxy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        seen.append((await read_request(reader)).split(b"\r\n", 1)[0])
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\nproxied")
        await writer.drain()

    async with Server(proxy) as server:
        transport = AiohttpTransport(proxy=server.url)
        try:
            response = await send(transport, httpx.Request("GET", "http://contoso.invalid/phoneNumbers?top=1"))
        finally:
            await transport.aclose()
    assert response.content == b"proxied"
    assert seen == [b"GET http://contoso.invalid/phoneNumbers?top=1 HTTP/1.1"]


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (aiohttp.ConnectionTimeoutError("connect"), httpx.ConnectTimeout),
        (aiohttp.ServerFingerprintMismatch(b"a", b"b", "h", 443), httpx.ConnectError),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (aiohttp.ClientConnectionError("other"), httpx.ReadError),
        (aiohttp.SocketTimeoutError("read"), httpx.ReadTimeout),
        (aiohttp.ServerTimeoutError("either"), httpx.ReadTimeout),
        (TimeoutError(), httpx.ReadTimeout),
        (aiohttp.ClientPayloadError("cut"), httpx.RemoteProtocolError),
        (aiohttp.ClientConnectionResetError("reset"), httpx.WriteError),
        (ConnectionResetError(), httpx.ReadError),
    ],
)
def test_map_error(error: BaseException, expected: type[httpx.TransportError]) -> None:
    assert type(map_error(error)) is expected
    # As httpx-aiohttp raises it: its own (wrong) class, the aiohttp error as the cause.
    wrapped = httpx.ConnectTimeout("as httpx-aiohttp 0.2 maps it")
    wrapped.__cause__ = error
    assert type(map_error(wrapped)) is expected


def test_map_error_never_trusts_an_unexplained_not_sent_error() -> None:
    assert type(map_error(httpx.ConnectTimeout("no cause"))) is httpx.ReadError
    read = httpx.ReadError("kept")
    assert map_error(read) is read
    assert map_error(ValueError("not a transport error")) is None
