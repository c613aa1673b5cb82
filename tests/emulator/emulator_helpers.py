"""Helpers (not fixtures) for raw HTTP to the emulator, signed by hand (independent of our client)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import ssl
from email.utils import formatdate
from typing import Any
from urllib.parse import urlsplit

import httpx

from acs_phonenumbers.emulator import Emulator

PN = "api-version=2025-06-01"
SC = "api-version=2021-10-25-preview"


def sign(key: str, method: str, path_and_query: str, host: str, body: bytes, date: str | None = None) -> dict[str, str]:
    """The three headers a client sends, computed by hand."""
    date = date or formatdate(usegmt=True)
    digest = base64.b64encode(hashlib.sha256(body).digest()).decode()
    text = f"{method}\n{path_and_query}\n{date};{host};{digest}"
    signature = base64.b64encode(hmac.new(base64.b64decode(key), text.encode(), hashlib.sha256).digest()).decode()
    return {
        "x-ms-date": date,
        "x-ms-content-sha256": digest,
        "Authorization": f"HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={signature}",
    }


class Api:
    """A signed raw-HTTP caller: ``api.call("GET", "/phoneNumbers?api-version=...")``."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator
        verify: ssl.SSLContext | bool = True
        if emulator.ca_file:
            verify = ssl.create_default_context(cafile=emulator.ca_file)
        self.http = httpx.Client(base_url=emulator.endpoint.rstrip("/"), verify=verify)
        self.host = urlsplit(emulator.endpoint).netloc

    def call(
        self,
        method: str,
        path_and_query: str,
        body: Any = None,
        *,
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        raw = b"" if body is None else json.dumps(body).encode()
        sent = sign(self.emulator.access_key, method, path_and_query, self.host, raw)
        if body is not None:
            sent["Content-Type"] = content_type
        sent.update(headers or {})
        request = self.http.build_request(method, path_and_query, content=raw, headers=sent)
        return self.http.send(request)

    def close(self) -> None:
        self.http.close()


def search(api: Api, country: str = "US", quantity: int = 1, **overrides: Any) -> httpx.Response:
    body = {
        "phoneNumberType": "tollFree",
        "assignmentType": "application",
        "capabilities": {"calling": "inbound", "sms": "inbound+outbound"},
        "quantity": quantity,
        **overrides,
    }
    return api.call("POST", f"/availablePhoneNumbers/countries/{country}/:search?{PN}", body)


def operation(api: Api, response: httpx.Response) -> dict[str, Any]:
    result: dict[str, Any] = api.call("GET", response.headers["Operation-Location"]).json()
    return result
