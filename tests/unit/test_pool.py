"""The pools we build over httpx's transports (``acs_phonenumbers._pool``): admission, shards, release, timeouts.

Unit tests drive :class:`AsyncPool` and :class:`Pool` over fake shards whose responses stay open until the test
closes them; the last tests send many calls at once through real httpx shards: async to a local server, sync from
threads to the emulator.
"""

from __future__ import annotations

import asyncio
import base64
import ssl
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from acs_phonenumbers import _pool
from acs_phonenumbers._config import default_async_transport
from acs_phonenumbers._pool import AsyncPool, Pool, async_transport, sync_transport
from acs_phonenumbers.emulator import Emulator


class FakeShard(httpx.AsyncBaseTransport, httpx.BaseTransport):
    """Answers 200 at once (or raises ``fail``) and remembers which requests it was given; sync or async."""

    def __init__(self, connections: int, fail: BaseException | None = None) -> None:
        self.connections = connections
        self.fail = fail
        self.paths: list[str] = []
        self.closed = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        if self.fail is not None:
            raise self.fail
        return httpx.Response(200, stream=httpx.ByteStream(b"{}"))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handle_request(request)

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.close()


class Shards:
    def __init__(self, fail: BaseException | None = None) -> None:
        self.made: list[FakeShard] = []
        self.fail = fail

    def __call__(self, connections: int) -> FakeShard:
        shard = FakeShard(connections, self.fail)
        self.made.append(shard)
        return shard


def request(path: str = "/", pool_timeout: float | None = 5.0) -> httpx.Request:
    return httpx.Request("GET", "http://127.0.0.1" + path, extensions={"timeout": {"pool": pool_timeout}})


async def test_shards_are_made_as_the_load_needs_them_and_filled_in_order() -> None:
    shards = Shards()
    pool = AsyncPool(shards, max_connections=5, shard_connections=2)
    assert pool.shards == []  # nothing is made before the first request
    open_responses = [await pool.handle_async_request(request(f"/{i}")) for i in range(5)]
    assert [s.connections for s in shards.made] == [2, 2, 1]  # the last shard holds what is left of the limit
    assert [s.paths for s in shards.made] == [["/0", "/1"], ["/2", "/3"], ["/4"]]
    assert pool.in_flight == 5

    await open_responses[1].aclose()  # frees a connection in the first shard: the next request goes there
    await pool.handle_async_request(request("/5"))
    assert shards.made[0].paths[-1] == "/5"
    assert len(shards.made) == 3


async def test_one_call_at_a_time_only_ever_uses_the_first_shard() -> None:
    shards = Shards()
    pool = AsyncPool(shards, max_connections=100, shard_connections=2)
    for i in range(20):
        response = await pool.handle_async_request(request(f"/{i}"))
        await response.aread()
        await response.aclose()
    assert len(shards.made) == 1
    assert pool.in_flight == 0


async def test_requests_beyond_the_limit_wait_and_are_admitted_first_come_first_served() -> None:
    shards = Shards()
    pool = AsyncPool(shards, max_connections=2, shard_connections=2)
    held = [await pool.handle_async_request(request(f"/held{i}")) for i in range(2)]
    admitted: list[str] = []

    async def queued(name: str) -> None:
        response = await pool.handle_async_request(request(f"/{name}"))
        admitted.append(name)
        await response.aclose()

    tasks = []
    for name in ("a", "b", "c"):
        tasks.append(asyncio.create_task(queued(name)))
        while pool.waiting < len(tasks):  # each joins the queue before the next one starts
            await asyncio.sleep(0)
    assert admitted == []
    for response in held:
        await response.aclose()
    await asyncio.gather(*tasks)
    assert admitted == ["a", "b", "c"]
    assert pool.in_flight == 0
    assert pool.waiting == 0


async def test_a_wait_longer_than_the_pool_timeout_is_a_pool_timeout_and_frees_nothing() -> None:
    pool = AsyncPool(Shards(), max_connections=1)
    held = await pool.handle_async_request(request())
    with pytest.raises(httpx.PoolTimeout, match="1 requests were already in flight") as info:
        await pool.handle_async_request(request(pool_timeout=0.01))
    assert info.value.request.url.path == "/"
    assert pool.in_flight == 1 and pool.waiting == 0
    await held.aclose()
    response = await pool.handle_async_request(request(pool_timeout=0.01))  # the slot is free again
    await response.aclose()


async def test_a_cancelled_wait_gives_no_slot_away() -> None:
    pool = AsyncPool(Shards(), max_connections=1)
    held = await pool.handle_async_request(request())
    waiter = asyncio.create_task(pool.handle_async_request(request(pool_timeout=None)))
    while not pool.waiting:
        await asyncio.sleep(0)
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    await held.aclose()
    assert pool.in_flight == 0 and pool.waiting == 0
    response = await pool.handle_async_request(request(pool_timeout=0.01))
    await response.aclose()


async def test_an_error_from_the_shard_frees_the_slot_and_is_raised_unchanged() -> None:
    error = httpx.RemoteProtocolError("server closed the connection")
    pool = AsyncPool(Shards(fail=error), max_connections=1)
    for _ in range(3):
        with pytest.raises(httpx.RemoteProtocolError) as info:
            await pool.handle_async_request(request(pool_timeout=0.01))
        assert info.value is error
    assert pool.in_flight == 0


async def test_closing_a_response_twice_frees_its_slot_once() -> None:
    pool = AsyncPool(Shards(), max_connections=2)
    first = await pool.handle_async_request(request())
    second = await pool.handle_async_request(request())
    await first.aclose()
    await first.aclose()
    assert pool.in_flight == 1
    await second.aclose()
    assert pool.in_flight == 0


async def test_the_body_reads_through_and_closing_the_pool_closes_every_shard() -> None:
    shards = Shards()
    pool = AsyncPool(shards, max_connections=4, shard_connections=1)
    responses = [await pool.handle_async_request(request()) for _ in range(3)]
    assert [await r.aread() for r in responses] == [b"{}"] * 3
    await pool.aclose()
    assert [s.closed for s in shards.made] == [True, True, True]


def test_the_sync_pool_fills_its_shards_in_order_and_frees_each_slot_once() -> None:
    shards = Shards()
    pool = Pool(shards, max_connections=3, shard_connections=2)
    held = [pool.handle_request(request(f"/{i}")) for i in range(3)]
    assert [s.connections for s in shards.made] == [2, 1]
    assert [s.paths for s in shards.made] == [["/0", "/1"], ["/2"]]
    assert held[0].read() == b"{}"
    held[0].close()
    held[0].close()
    assert pool.in_flight == 2
    held[1].close()
    held[2].close()
    assert pool.in_flight == 0
    pool.close()
    assert all(s.closed for s in shards.made)


def test_a_thread_waits_for_a_free_slot_or_gets_a_pool_timeout() -> None:
    pool = Pool(Shards(), max_connections=1)
    held = pool.handle_request(request())
    with pytest.raises(httpx.PoolTimeout, match="1 requests were already in flight"):
        pool.handle_request(request(pool_timeout=0.01))
    admitted = threading.Event()

    def send() -> None:
        pool.handle_request(request(pool_timeout=None)).close()
        admitted.set()

    waiter = threading.Thread(target=send)
    waiter.start()
    assert not admitted.is_set()  # the only slot is held
    held.close()
    waiter.join(timeout=10)
    assert admitted.is_set()
    assert pool.in_flight == 0


def test_an_error_from_a_sync_shard_frees_the_slot() -> None:
    pool = Pool(Shards(fail=httpx.ReadError("reset")), max_connections=1)
    for _ in range(3):
        with pytest.raises(httpx.ReadError):
            pool.handle_request(request(pool_timeout=0.01))
    assert pool.in_flight == 0


async def test_a_shard_that_cannot_be_made_takes_no_slot() -> None:
    def broken(connections: int) -> FakeShard:
        raise ssl.SSLError("bad context")

    for pool in (Pool(broken, max_connections=1), AsyncPool(broken, max_connections=1)):
        for _ in range(2):  # the second attempt finds the slot free again (else a PoolTimeout)
            with pytest.raises(ssl.SSLError):
                if isinstance(pool, Pool):
                    pool.handle_request(request(pool_timeout=0.01))
                else:
                    await pool.handle_async_request(request(pool_timeout=0.01))


def test_limits_are_checked() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        AsyncPool(Shards(), max_connections=0)
    pool = AsyncPool(Shards(), max_connections=3, shard_connections=10)
    assert pool.shard_connections == 3


def test_every_connection_may_stay_alive() -> None:
    # httpcore closes idle connections when it holds more than max_keepalive_connections in all.
    for transport in (sync_transport(True)._make_shard(2), async_transport(True)._make_shard(2)):
        pool = transport._pool  # type: ignore[attr-defined]
        assert pool._max_keepalive_connections == pool._max_connections


@pytest.fixture
def without_aiohttp(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As a plain install: importing aiohttp fails."""
    for name in list(sys.modules):
        if name.split(".")[0] in ("aiohttp", "httpx_aiohttp") or name == "acs_phonenumbers._aiohttp":
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "aiohttp", None)
    yield


def test_a_plain_install_builds_our_pool(without_aiohttp: None) -> None:
    transport = default_async_transport(True)
    assert isinstance(transport, AsyncPool)
    assert transport.max_connections == _pool.MAX_CONNECTIONS


async def test_many_calls_at_once_through_httpx_shards_reuse_their_connections() -> None:
    connections: set[int] = set()
    served = 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal served
        connections.add(id(writer))
        while await reader.readuntil(b"\r\n\r\n"):
            served += 1
            await asyncio.sleep(0)  # let the other calls pile up
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
            await writer.drain()

    async def guarded(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await handle(reader, writer)
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    server = await asyncio.start_server(guarded, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    key = base64.b64encode(b"pool test key").decode()
    from acs_phonenumbers.aio import PhoneNumbersClient

    pool = async_transport(True)
    client = PhoneNumbersClient(f"http://127.0.0.1:{port}", key, transport=pool)
    http = client._http  # type: ignore[attr-defined]
    try:
        async with asyncio.timeout(30):
            for _ in range(3):  # three bursts of 40 calls in flight
                responses = await asyncio.gather(*(http.get(f"/n{i}") for i in range(40)))
                assert {r.status_code for r in responses} == {200}
    finally:
        await client.close()
        server.close()
    assert served == 120
    assert pool.in_flight == 0
    assert len(pool.shards) <= 20  # 40 in flight, 2 connections a shard
    assert len(connections) <= 40  # kept alive between bursts, never one per call


def test_many_threads_through_one_sync_client(acs_emulator: Emulator) -> None:
    from acs_phonenumbers import PhoneNumbersClient

    numbers = acs_emulator.seed_purchased_numbers(60)
    pool = sync_transport(True)
    client = PhoneNumbersClient.from_connection_string(acs_emulator.connection_string, transport=pool)
    try:
        with ThreadPoolExecutor(30) as threads:
            found: list[Any] = list(threads.map(client.get_purchased_phone_number, numbers * 2))
    finally:
        client.close()
    assert [n.phone_number for n in found] == numbers * 2
    assert pool.in_flight == 0
    assert 1 <= len(pool.shards) <= 15  # at most 30 in flight, 2 connections a shard
