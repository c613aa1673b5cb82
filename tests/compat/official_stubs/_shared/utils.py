"""A stand-in for the official tests' ``_shared.utils``: credentials and the pipeline policies they pass.

The policies are azure-core's real ones, so the official tests pass what they always pass (a client that takes
only our own keywords fails here, as official users' code would). The token credential returns a fixed token,
which the emulator accepts in its development bearer mode.
"""

from __future__ import annotations

import time
from typing import Any

from azure.core.credentials import AccessToken
from azure.core.pipeline.policies import HeadersPolicy, HttpLoggingPolicy


class _Token:
    def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        return AccessToken("emulator-token", int(time.time()) + 3600)


class _AsyncToken:
    async def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        return AccessToken("emulator-token", int(time.time()) + 3600)

    async def close(self) -> None:
        pass

    async def __aenter__(self) -> _AsyncToken:
        return self

    async def __aexit__(self, *args: Any) -> None:
        pass


def create_token_credential() -> Any:
    return _Token()


def async_create_token_credential() -> Any:
    return _AsyncToken()


def get_http_logging_policy(**kwargs: Any) -> HttpLoggingPolicy:
    policy = HttpLoggingPolicy(**kwargs)
    policy.allowed_header_names.update({"MS-CV"})
    return policy


def get_header_policy() -> HeadersPolicy:
    return HeadersPolicy(base_headers={"x-ms-useragent-test": "official-suite"})
