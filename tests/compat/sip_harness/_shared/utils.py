"""Stand-ins for the official tests' credential and pipeline helpers (the emulator accepts any bearer token)."""

import time
from typing import Any

from azure.core.credentials import AccessToken
from azure.core.pipeline.policies import HeadersPolicy, HttpLoggingPolicy

_EXPIRES = 3600


class FakeTokenCredential:
    def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        return AccessToken("emulator-token", int(time.time()) + _EXPIRES)


class AsyncFakeTokenCredential:
    async def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        return AccessToken("emulator-token", int(time.time()) + _EXPIRES)

    async def close(self) -> None:
        return None


def create_token_credential() -> FakeTokenCredential:
    return FakeTokenCredential()


def async_create_token_credential() -> AsyncFakeTokenCredential:
    return AsyncFakeTokenCredential()


def get_http_logging_policy(**kwargs: Any) -> HttpLoggingPolicy:
    return HttpLoggingPolicy(**kwargs)


def get_header_policy() -> HeadersPolicy:
    return HeadersPolicy({"x-ms-useragent": "sip-harness"})
