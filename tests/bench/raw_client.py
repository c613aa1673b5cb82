"""The floor: raw httpx with hand-written HMAC-SHA256 signing and no wrapper.

Deliberately independent of `acs_phonenumbers` (it must not share code with the client it is the floor for):
it signs, sends, checks the status and decodes JSON into dicts, nothing more. Long-running operations are a
plain loop that honours `Retry-After` and otherwise sleeps the polling interval.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import time
from collections.abc import AsyncIterator, Callable, Iterator
from email.utils import formatdate
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

API_VERSION = "2025-06-01"
SIGNED_HEADERS = "x-ms-date;host;x-ms-content-sha256"
# A kept-alive connection the server closed while idle (uvicorn drops them after 5 s): one retry, GETs only.
STALE_CONNECTION = (httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteError)
EMPTY_SHA256 = base64.b64encode(hashlib.sha256(b"").digest()).decode()


def parse_connection_string(connection_string: str) -> tuple[str, str]:
    """Return (endpoint without trailing slash, access key) from 'endpoint=...;accesskey=...'."""
    parts = dict(item.split("=", 1) for item in connection_string.strip().split(";") if "=" in item)
    lowered = {key.strip().lower(): value.strip() for key, value in parts.items()}
    return lowered["endpoint"].rstrip("/"), lowered["accesskey"]


def hmac_headers(method: str, path_and_query: str, host: str, body: bytes, secret: bytes) -> dict[str, str]:
    """The three headers of ACS HMAC-SHA256 auth for one request."""
    date = formatdate(usegmt=True)
    content_hash = base64.b64encode(hashlib.sha256(body).digest()).decode() if body else EMPTY_SHA256
    string_to_sign = f"{method}\n{path_and_query}\n{date};{host};{content_hash}"
    signature = base64.b64encode(hmac.new(secret, string_to_sign.encode(), hashlib.sha256).digest()).decode()
    return {
        "x-ms-date": date,
        "x-ms-content-sha256": content_hash,
        "authorization": f"HMAC-SHA256 SignedHeaders={SIGNED_HEADERS}&Signature={signature}",
    }


def _local(link: str) -> str:
    """Path and query of a link that may be absolute or relative, with api-version guaranteed."""
    parts = urlsplit(link)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    if "api-version=" not in path:
        path += ("&" if "?" in path else "?") + f"api-version={API_VERSION}"
    return path


class RequestLog:
    """Counts requests (method, path, monotonic time) so scenarios can tell how many polls were made."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, str, float]] = []

    def add(self, method: str, path: str) -> None:
        self.entries.append((method, path, time.monotonic()))

    def polls(self) -> list[float]:
        return [t for method, path, t in self.entries if method == "GET" and "/phoneNumbers/operations/" in path]

    def clear(self) -> None:
        self.entries.clear()


class _Base:
    def __init__(self, connection_string: str, log: RequestLog | None = None) -> None:
        self.endpoint, key = parse_connection_string(connection_string)
        self.host = urlsplit(self.endpoint).netloc
        self.secret = base64.b64decode(key)
        self.log = log

    def _request(
        self, client: httpx.Client | httpx.AsyncClient, method: str, path: str, json: Any = None
    ) -> httpx.Request:
        request = client.build_request(method, path, json=json)
        body = request.content if json is not None else b""
        request.headers.update(hmac_headers(method, request.url.raw_path.decode(), self.host, body, self.secret))
        if self.log is not None:
            self.log.add(method, request.url.path)
        return request

    @staticmethod
    def _check(response: httpx.Response, *ok: int) -> httpx.Response:
        if response.status_code not in ok:
            raise RuntimeError(
                f"{response.request.method} {response.request.url}: {response.status_code} {response.text}"
            )
        return response

    @staticmethod
    def _delay(response: httpx.Response, polling_interval: float) -> float:
        retry_after = response.headers.get("retry-after")
        if retry_after is not None and retry_after.strip().isdigit():
            return float(retry_after)
        return polling_interval


class RawClient(_Base):
    """Synchronous floor client."""

    def __init__(self, connection_string: str, log: RequestLog | None = None) -> None:
        super().__init__(connection_string, log)
        self.http = httpx.Client(base_url=self.endpoint)

    def _send(self, method: str, path: str, json: Any = None) -> httpx.Response:
        try:
            return self.http.send(self._request(self.http, method, path, json))
        except STALE_CONNECTION:
            if method != "GET":
                raise
            return self.http.send(self._request(self.http, method, path, json))

    def get_purchased_phone_number(self, number: str) -> dict[str, Any]:
        path = f"/phoneNumbers/{quote(number, safe='')}?api-version={API_VERSION}"
        return self._check(self._send("GET", path), 200).json()  # type: ignore[no-any-return]

    def list_purchased_phone_numbers(self, top: int = 100) -> Iterator[dict[str, Any]]:
        path: str | None = f"/phoneNumbers?top={top}&api-version={API_VERSION}"
        while path is not None:
            page = self._check(self._send("GET", path), 200).json()
            yield from page.get("phoneNumbers", [])
            next_link = page.get("nextLink")
            path = _local(next_link) if next_link else None

    def _wait(self, accepted: httpx.Response, polling_interval: float, sleep: Callable[[float], None]) -> Any:
        operation = _local(accepted.headers["operation-location"])
        delay = self._delay(accepted, polling_interval)
        while True:
            sleep(delay)
            status = self._check(self._send("GET", operation), 200)
            body = status.json()
            if body["status"] == "succeeded":
                location = body.get("resourceLocation") or accepted.headers.get("location")
                return self._check(self._send("GET", _local(location)), 200).json() if location else None
            if body["status"] == "failed":
                raise RuntimeError(f"operation failed: {body.get('error')}")
            delay = self._delay(status, polling_interval)

    def search(self, polling_interval: float) -> dict[str, Any]:
        path = f"/availablePhoneNumbers/countries/US/:search?api-version={API_VERSION}"
        accepted = self._check(self._send("POST", path, SEARCH_BODY), 202)
        return self._wait(accepted, polling_interval, time.sleep)  # type: ignore[no-any-return]

    def purchase(self, search_id: str, polling_interval: float) -> None:
        path = f"/availablePhoneNumbers/:purchase?api-version={API_VERSION}"
        accepted = self._check(self._send("POST", path, {"searchId": search_id, "agreeToNotResell": True}), 202)
        self._wait(accepted, polling_interval, time.sleep)

    def close(self) -> None:
        self.http.close()


class AsyncRawClient(_Base):
    """Asynchronous floor client."""

    def __init__(self, connection_string: str, log: RequestLog | None = None) -> None:
        super().__init__(connection_string, log)
        self.http = httpx.AsyncClient(base_url=self.endpoint)

    async def _send(self, method: str, path: str, json: Any = None) -> httpx.Response:
        try:
            return await self.http.send(self._request(self.http, method, path, json))
        except STALE_CONNECTION:
            if method != "GET":
                raise
            return await self.http.send(self._request(self.http, method, path, json))

    async def get_purchased_phone_number(self, number: str) -> dict[str, Any]:
        path = f"/phoneNumbers/{quote(number, safe='')}?api-version={API_VERSION}"
        return self._check(await self._send("GET", path), 200).json()  # type: ignore[no-any-return]

    async def list_purchased_phone_numbers(self, top: int = 100) -> AsyncIterator[dict[str, Any]]:
        path: str | None = f"/phoneNumbers?top={top}&api-version={API_VERSION}"
        while path is not None:
            page = self._check(await self._send("GET", path), 200).json()
            for item in page.get("phoneNumbers", []):
                yield item
            next_link = page.get("nextLink")
            path = _local(next_link) if next_link else None

    async def _wait(self, accepted: httpx.Response, polling_interval: float) -> Any:
        operation = _local(accepted.headers["operation-location"])
        delay = self._delay(accepted, polling_interval)
        while True:
            await asyncio.sleep(delay)
            status = self._check(await self._send("GET", operation), 200)
            body = status.json()
            if body["status"] == "succeeded":
                location = body.get("resourceLocation") or accepted.headers.get("location")
                return self._check(await self._send("GET", _local(location)), 200).json() if location else None
            if body["status"] == "failed":
                raise RuntimeError(f"operation failed: {body.get('error')}")
            delay = self._delay(status, polling_interval)

    async def search(self, polling_interval: float) -> dict[str, Any]:
        path = f"/availablePhoneNumbers/countries/US/:search?api-version={API_VERSION}"
        accepted = self._check(await self._send("POST", path, SEARCH_BODY), 202)
        return await self._wait(accepted, polling_interval)  # type: ignore[no-any-return]

    async def purchase(self, search_id: str, polling_interval: float) -> None:
        path = f"/availablePhoneNumbers/:purchase?api-version={API_VERSION}"
        accepted = self._check(await self._send("POST", path, {"searchId": search_id, "agreeToNotResell": True}), 202)
        await self._wait(accepted, polling_interval)

    async def close(self) -> None:
        await self.http.aclose()


SEARCH_BODY = {
    "phoneNumberType": "tollFree",
    "assignmentType": "application",
    "capabilities": {"calling": "none", "sms": "inbound+outbound"},
    "areaCode": "833",
    "quantity": 1,
}
