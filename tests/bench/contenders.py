"""The clients compared, behind one small interface each for sync and async.

Every contender can: get one purchased number, iterate the purchased numbers with a page size, and run the two
long-running operations (search, then purchase) with a polling interval. When given a RequestLog, each one
records the requests it sends at its transport, which is how the LRO scenario counts polls.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpx
from raw_client import AsyncRawClient, RawClient, RequestLog

OURS = "ours"
RAW = "raw httpx"
OFFICIAL = "official"
NAMES = (OURS, RAW, OFFICIAL)


class SyncContender(Protocol):
    name: str

    def get(self, number: str) -> Any: ...
    def iterate(self, top: int) -> Iterator[Any]: ...
    def search(self, polling_interval: float) -> str: ...
    def purchase(self, search_id: str, polling_interval: float) -> None: ...
    def close(self) -> None: ...


class AsyncContender(Protocol):
    name: str

    async def get(self, number: str) -> Any: ...
    def iterate(self, top: int) -> AsyncIterator[Any]: ...
    async def search(self, polling_interval: float) -> str: ...
    async def purchase(self, search_id: str, polling_interval: float) -> None: ...
    async def close(self) -> None: ...


# --- raw httpx (the floor) ---------------------------------------------------------------------------------


class RawSync:
    name = RAW

    def __init__(self, connection_string: str, log: RequestLog | None = None) -> None:
        self.client = RawClient(connection_string, log)

    def get(self, number: str) -> Any:
        return self.client.get_purchased_phone_number(number)

    def iterate(self, top: int) -> Iterator[Any]:
        return self.client.list_purchased_phone_numbers(top)

    def search(self, polling_interval: float) -> str:
        return str(self.client.search(polling_interval)["searchId"])

    def purchase(self, search_id: str, polling_interval: float) -> None:
        self.client.purchase(search_id, polling_interval)

    def close(self) -> None:
        self.client.close()


class RawAsync:
    name = RAW

    def __init__(self, connection_string: str, log: RequestLog | None = None) -> None:
        self.client = AsyncRawClient(connection_string, log)

    async def get(self, number: str) -> Any:
        return await self.client.get_purchased_phone_number(number)

    def iterate(self, top: int) -> AsyncIterator[Any]:
        return self.client.list_purchased_phone_numbers(top)

    async def search(self, polling_interval: float) -> str:
        return str((await self.client.search(polling_interval))["searchId"])

    async def purchase(self, search_id: str, polling_interval: float) -> None:
        await self.client.purchase(search_id, polling_interval)

    async def close(self) -> None:
        await self.client.close()


# --- ours --------------------------------------------------------------------------------------------------


class _CountingTransport(httpx.BaseTransport):
    def __init__(self, log: RequestLog) -> None:
        self.inner = httpx.HTTPTransport()
        self.log = log

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.log.add(request.method, request.url.path)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class _AsyncCountingTransport(httpx.AsyncBaseTransport):
    def __init__(self, log: RequestLog) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.log = log

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.log.add(request.method, request.url.path)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def _our_search_args() -> tuple[Any, ...]:
    from acs_phonenumbers import PhoneNumberAssignmentType, PhoneNumberCapabilities, PhoneNumberCapabilityType
    from acs_phonenumbers import PhoneNumberType as Type

    capabilities = PhoneNumberCapabilities(
        calling=PhoneNumberCapabilityType.NONE, sms=PhoneNumberCapabilityType.INBOUND_OUTBOUND
    )
    return ("US", Type.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, capabilities)


class OursSync:
    name = OURS

    def __init__(self, connection_string: str, log: RequestLog | None = None) -> None:
        from acs_phonenumbers import PhoneNumbersClient

        options: dict[str, Any] = {} if log is None else {"transport": _CountingTransport(log)}
        self.client = PhoneNumbersClient.from_connection_string(connection_string, **options)

    def get(self, number: str) -> Any:
        return self.client.get_purchased_phone_number(number)

    def iterate(self, top: int) -> Iterator[Any]:
        return iter(self.client.list_purchased_phone_numbers(top=top))

    def search(self, polling_interval: float) -> str:
        poller = self.client.begin_search_available_phone_numbers(
            *_our_search_args(), area_code="833", quantity=1, polling_interval=polling_interval
        )
        return str(poller.result().search_id)

    def purchase(self, search_id: str, polling_interval: float) -> None:
        self.client.begin_purchase_phone_numbers(
            search_id, agree_to_not_resell=True, polling_interval=polling_interval
        ).result()

    def close(self) -> None:
        self.client.close()


class OursAsync:
    name = OURS

    def __init__(self, connection_string: str, log: RequestLog | None = None) -> None:
        from acs_phonenumbers.aio import PhoneNumbersClient

        options: dict[str, Any] = {} if log is None else {"transport": _AsyncCountingTransport(log)}
        self.client = PhoneNumbersClient.from_connection_string(connection_string, **options)

    async def get(self, number: str) -> Any:
        return await self.client.get_purchased_phone_number(number)

    def iterate(self, top: int) -> AsyncIterator[Any]:
        return aiter(self.client.list_purchased_phone_numbers(top=top))

    async def search(self, polling_interval: float) -> str:
        poller = await self.client.begin_search_available_phone_numbers(
            *_our_search_args(), area_code="833", quantity=1, polling_interval=polling_interval
        )
        return str((await poller.result()).search_id)

    async def purchase(self, search_id: str, polling_interval: float) -> None:
        poller = await self.client.begin_purchase_phone_numbers(
            search_id, agree_to_not_resell=True, polling_interval=polling_interval
        )
        await poller.result()

    async def close(self) -> None:
        await self.client.close()


# --- the official azure-communication-phonenumbers client ------------------------------------------------


def _official_search_args() -> tuple[Any, ...]:
    from azure.communication.phonenumbers import (
        PhoneNumberAssignmentType,
        PhoneNumberCapabilities,
        PhoneNumberCapabilityType,
        PhoneNumberType,
    )

    capabilities = PhoneNumberCapabilities(
        calling=PhoneNumberCapabilityType.NONE, sms=PhoneNumberCapabilityType.INBOUND_OUTBOUND
    )
    return ("US", PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, capabilities)


def _official_endpoint(connection_string: str) -> tuple[str, Any]:
    # from_connection_string drops the scheme and the client then assumes https; the emulator speaks http, so
    # build the client from the endpoint (scheme kept, no trailing slash, as the HMAC policy's host expects).
    from azure.core.credentials import AzureKeyCredential
    from raw_client import parse_connection_string

    endpoint, key = parse_connection_string(connection_string)
    return endpoint, AzureKeyCredential(key)


class OfficialSync:
    name = OFFICIAL

    def __init__(self, connection_string: str, log: RequestLog | None = None) -> None:
        from azure.communication.phonenumbers import PhoneNumbersClient

        options: dict[str, Any] = {}
        if log is not None:
            from azure.core.pipeline.transport import RequestsTransport

            class Counting(RequestsTransport):  # type: ignore[misc]
                def send(self, request: Any, **kwargs: Any) -> Any:
                    log.add(request.method, urlsplit(request.url).path)
                    return super().send(request, **kwargs)

            options["transport"] = Counting()
        self.client = PhoneNumbersClient(*_official_endpoint(connection_string), **options)

    def get(self, number: str) -> Any:
        return self.client.get_purchased_phone_number(number)

    def iterate(self, top: int) -> Iterator[Any]:
        return iter(self.client.list_purchased_phone_numbers(top=top))

    def search(self, polling_interval: float) -> str:
        poller = self.client.begin_search_available_phone_numbers(
            *_official_search_args(), area_code="833", quantity=1, polling_interval=polling_interval
        )
        return str(poller.result().search_id)

    def purchase(self, search_id: str, polling_interval: float) -> None:
        self.client.begin_purchase_phone_numbers(
            search_id, agree_to_not_resell=True, polling_interval=polling_interval
        ).result()

    def close(self) -> None:
        self.client._phone_number_client.close()  # the public sync client has no close() in 1.4.0


class OfficialAsync:
    name = OFFICIAL

    def __init__(self, connection_string: str, log: RequestLog | None = None) -> None:
        from azure.communication.phonenumbers.aio import PhoneNumbersClient

        options: dict[str, Any] = {}
        if log is not None:
            from azure.core.pipeline.transport import AioHttpTransport

            class Counting(AioHttpTransport):  # type: ignore[misc]
                async def send(self, request: Any, **kwargs: Any) -> Any:
                    log.add(request.method, urlsplit(request.url).path)
                    return await super().send(request, **kwargs)

            options["transport"] = Counting()
        self.client = PhoneNumbersClient(*_official_endpoint(connection_string), **options)

    async def get(self, number: str) -> Any:
        return await self.client.get_purchased_phone_number(number)

    def iterate(self, top: int) -> AsyncIterator[Any]:
        return aiter(self.client.list_purchased_phone_numbers(top=top))

    async def search(self, polling_interval: float) -> str:
        poller = await self.client.begin_search_available_phone_numbers(
            *_official_search_args(), area_code="833", quantity=1, polling_interval=polling_interval
        )
        return str((await poller.result()).search_id)

    async def purchase(self, search_id: str, polling_interval: float) -> None:
        poller = await self.client.begin_purchase_phone_numbers(
            search_id, agree_to_not_resell=True, polling_interval=polling_interval
        )
        await poller.result()

    async def close(self) -> None:
        await self.client.close()


SyncFactory = Callable[[str, RequestLog | None], SyncContender]
AsyncFactory = Callable[[str, RequestLog | None], AsyncContender]
SYNC: dict[str, SyncFactory] = {OURS: OursSync, RAW: RawSync, OFFICIAL: OfficialSync}
ASYNC: dict[str, AsyncFactory] = {OURS: OursAsync, RAW: RawAsync, OFFICIAL: OfficialAsync}


def available(names: tuple[str, ...] = NAMES) -> tuple[str, ...]:
    """The contenders importable here (ours is skipped, with a note, until the client exists)."""
    found = []
    for name in names:
        try:
            if name == OURS:
                import acs_phonenumbers.aio  # noqa: F401
                from acs_phonenumbers import PhoneNumbersClient  # noqa: F401
            elif name == OFFICIAL:
                import aiohttp  # noqa: F401
                import azure.communication.phonenumbers  # noqa: F401
        except ImportError:
            continue
        found.append(name)
    return tuple(found)
