"""httpx's own connection pools as our clients build them when no transport is given: without their quadratic costs.

A plain install (no ``aiohttp`` extra) sends through httpx's transports, whose pool (httpcore 1.0) has costs under
many concurrent calls that a client can avoid without leaving httpx:

* **Connections closed while busy.** httpcore closes an idle connection whenever its pool holds more than
  ``max_keepalive_connections`` connections in all (it counts every connection, not the idle ones). With httpx's
  default of 20 kept alive out of 100, a client with more than 20 calls in flight closes connections as soon as a
  response is read, and opens new ones for the next calls. Our pools keep alive every connection they may open;
  idle ones still close after ``keepalive_expiry`` (5 s, as httpx).
* **Every connection scanned, squared.** For every request that joins or leaves a pool, httpcore checks each
  connection (a socket poll for each idle one) and, for each idle connection, counts all of them again; for every
  queued request it scans them all once more. A call's CPU grows with the square of the connections open
  (``tests/bench/BENCHMARKS.md``, scenario 9).

:class:`AsyncPool` (and :class:`Pool`, its twin for threads) keeps httpx's limit of 100 connections but splits
them over small httpx pools of :data:`SHARD_CONNECTIONS` each, made as the load needs them and filled in order, so
each scan covers at most that many connections, and one call at a time only ever touches the first. It admits at
most ``max_connections`` requests at once; the rest wait their turn (first come, first served for tasks) on a
semaphore, so nothing queues inside httpcore. Waiting counts against the ``pool`` timeout and ends in
``httpx.PoolTimeout``, as a wait inside httpcore does: the request was never sent, so it is safe to retry.
Measured in ``tests/bench`` scenario 9 (async, 50 and 200 in flight): over twice raw httpx's throughput.

A transport or ``http_client`` given by the user is used as given: all this applies only to the pools we build.
anyio (httpx's own async layer, so asyncio and trio alike) is imported only when an async pool is built.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Generic, TypeVar

import httpx

if TYPE_CHECKING:
    import anyio

__all__ = [
    "KEEPALIVE_EXPIRY",
    "MAX_CONNECTIONS",
    "SHARD_CONNECTIONS",
    "AsyncPool",
    "Pool",
    "async_transport",
    "sync_transport",
]

TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)

MAX_CONNECTIONS = 100
"""Open connections per client at most, and so requests in flight at once: httpx's default."""
SHARD_CONNECTIONS = 2
"""Connections per httpx pool inside an :class:`AsyncPool` (its per-request scans grow with the square of this)."""
KEEPALIVE_EXPIRY = 5.0
"""Seconds an idle connection is kept: httpx's default."""


def _limits(connections: int) -> httpx.Limits:
    # Every connection may stay alive: httpcore compares the keep-alive limit with all its connections.
    return httpx.Limits(
        max_connections=connections, max_keepalive_connections=connections, keepalive_expiry=KEEPALIVE_EXPIRY
    )


def _context(verify: bool | ssl.SSLContext) -> ssl.SSLContext:
    # One TLS context for all the shards of a pool: loading the CA certificates takes tens of milliseconds.
    return verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context(verify=verify)


def sync_transport(verify: bool | ssl.SSLContext, proxy: str | None = None) -> Pool:
    """A :class:`Pool` of httpx sync transports."""
    context = _context(verify)
    return Pool(lambda n: httpx.HTTPTransport(verify=context, proxy=proxy, limits=_limits(n)))


def async_transport(verify: bool | ssl.SSLContext, proxy: str | None = None) -> AsyncPool:
    """An :class:`AsyncPool` of httpx async transports."""
    context = _context(verify)
    return AsyncPool(lambda n: httpx.AsyncHTTPTransport(verify=context, proxy=proxy, limits=_limits(n)))


def _pool_timeout(request: httpx.Request) -> float | None:
    timeout: float | None = request.extensions.get("timeout", {}).get("pool")
    return timeout


def _timed_out(request: httpx.Request, timeout: float | None, limit: int) -> httpx.PoolTimeout:
    return httpx.PoolTimeout(
        f"no connection became free within the pool timeout ({timeout} s): {limit} requests were already in "
        "flight; raise the pool timeout or send fewer calls at once",
        request=request,
    )


class _Shards(Generic[TransportT]):
    """Which of a pool's shards takes the next request: the bookkeeping the sync and async pools share.

    ``make_shard(n)`` builds a transport of ``n`` connections; shards are made when every existing one is busy,
    and a request goes to the first shard with a free connection. The caller admits at most ``max_connections``
    requests at once, so there is always room.
    """

    def __init__(self, make_shard: Callable[[int], TransportT], max_connections: int, shard_connections: int) -> None:
        if max_connections < 1 or shard_connections < 1:
            raise ValueError("max_connections and shard_connections must be at least 1")
        self.max_connections = max_connections
        self.shard_connections = min(shard_connections, max_connections)
        self.shards: list[TransportT] = []
        """The httpx transports made so far, in the order they are filled."""
        self._make_shard: Callable[[int], TransportT] = make_shard
        self._busy: list[int] = []  # requests in flight per shard
        self._room: list[int] = []  # connections per shard (the last one may be smaller)

    @property
    def in_flight(self) -> int:
        """Requests sent and not yet closed."""
        return sum(self._busy)

    def _take(self) -> int:
        busy, room = self._busy, self._room
        for index in range(len(busy)):
            if busy[index] < room[index]:
                busy[index] += 1
                return index
        connections = min(self.shard_connections, self.max_connections - sum(room))
        self.shards.append(self._make_shard(connections))
        busy.append(1)
        room.append(connections)
        return len(busy) - 1

    def _free(self, shard: int) -> None:
        self._busy[shard] -= 1


class _Releasing(httpx.SyncByteStream):
    """A response body that frees its place in the pool once, when it is closed (as httpcore frees a connection)."""

    def __init__(self, stream: httpx.SyncByteStream, pool: Pool, shard: int) -> None:
        self._stream = stream
        self._pool: Pool | None = pool
        self._shard = shard

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            pool, self._pool = self._pool, None
            if pool is not None:
                pool._done(self._shard)


class _AsyncReleasing(httpx.AsyncByteStream):
    """The async twin of :class:`_Releasing`."""

    def __init__(self, stream: httpx.AsyncByteStream, pool: AsyncPool, shard: int) -> None:
        self._stream = stream
        self._pool: AsyncPool | None = pool
        self._shard = shard

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            pool, self._pool = self._pool, None
            if pool is not None:
                pool._done(self._shard)


class Pool(_Shards[httpx.BaseTransport], httpx.BaseTransport):
    """At most ``max_connections`` requests in flight (each until its response is closed), over small httpx pools.

    Threads beyond the limit wait here. Clients made by ``with_options`` send through the same pool, and so share
    its limit.
    """

    def __init__(
        self,
        make_shard: Callable[[int], httpx.BaseTransport],
        *,
        max_connections: int = MAX_CONNECTIONS,
        shard_connections: int = SHARD_CONNECTIONS,
    ) -> None:
        super().__init__(make_shard, max_connections, shard_connections)
        self._slots = threading.Semaphore(max_connections)
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        timeout = _pool_timeout(request)
        if not self._slots.acquire(timeout=timeout):
            raise _timed_out(request, timeout, self.max_connections)
        try:
            with self._lock:
                shard = self._take()
        except BaseException:  # a shard could not be made: the slot is not used
            self._slots.release()
            raise
        try:
            response = self.shards[shard].handle_request(request)
        except BaseException:
            self._done(shard)
            raise
        assert isinstance(response.stream, httpx.SyncByteStream)
        response.stream = _Releasing(response.stream, self, shard)
        return response

    def _done(self, shard: int) -> None:
        with self._lock:
            self._free(shard)
        self._slots.release()

    def close(self) -> None:
        for shard in self.shards:
            shard.close()


class AsyncPool(_Shards[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport):
    """The async twin of :class:`Pool`: requests beyond the limit wait here, first come, first served."""

    def __init__(
        self,
        make_shard: Callable[[int], httpx.AsyncBaseTransport],
        *,
        max_connections: int = MAX_CONNECTIONS,
        shard_connections: int = SHARD_CONNECTIONS,
    ) -> None:
        import anyio

        super().__init__(make_shard, max_connections, shard_connections)
        self._slots: anyio.Semaphore = anyio.Semaphore(max_connections)

    @property
    def waiting(self) -> int:
        """Requests waiting for a free connection."""
        return self._slots.statistics().tasks_waiting

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._slots.value:  # free (never while others wait: a release hands its slot to the first waiter)
            self._slots.acquire_nowait()  # no wait and no trip through the event loop
        else:
            await self._wait(request)
        try:
            shard = self._take()  # one event loop: no lock needed
        except BaseException:  # a shard could not be made: the slot is not used
            self._slots.release()
            raise
        try:
            response = await self.shards[shard].handle_async_request(request)
        except BaseException:
            self._done(shard)
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _AsyncReleasing(response.stream, self, shard)
        return response

    async def _wait(self, request: httpx.Request) -> None:
        import anyio

        timeout = _pool_timeout(request)
        with anyio.move_on_after(timeout) as scope:
            await self._slots.acquire()
        if scope.cancelled_caught:
            raise _timed_out(request, timeout, self.max_connections)

    def _done(self, shard: int) -> None:
        self._free(shard)
        self._slots.release()

    async def aclose(self) -> None:
        for shard in self.shards:
            await shard.aclose()
