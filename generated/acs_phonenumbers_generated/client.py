"""The clients the operation functions take: where the API is and the httpx client that sends to it.

Plain classes rather than attrs classes, so that importing the package does not import attrs (about 10 ms that
only the models need). The API is the generator's usual one: ``Client(base_url, ...)``,
``AuthenticatedClient(base_url, token, ...)``, ``with_headers``/``with_cookies``/``with_timeout``,
``set_httpx_client``/``get_httpx_client`` and their async twins, and use as a (async) context manager.
"""

import copy
import ssl
from typing import Any, Self

import httpx


class _ClientSettings:
    """What both clients keep, and how they build, share and replace their httpx clients."""

    raise_on_unexpected_status: bool
    """Raise ``errors.UnexpectedStatus`` for a status code the OpenAPI document does not list (default False)."""

    def __init__(
        self,
        base_url: str,
        *,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: dict[str, Any] | None = None,
        raise_on_unexpected_status: bool = False,
    ) -> None:
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._base_url = base_url
        self._cookies = dict(cookies or {})
        self._headers = dict(headers or {})
        self._timeout = timeout
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = dict(httpx_args or {})
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    def _replaced(self, **changes: Any) -> Self:
        # A new client with the same settings but its own (not yet built) httpx clients.
        twin = copy.copy(self)
        for name, value in changes.items():
            setattr(twin, name, value)
        twin._client = None
        twin._async_client = None
        return twin

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A client like this one with more headers (also added to this one's httpx clients, if built)."""
        for built in (self._client, self._async_client):
            if built is not None:
                built.headers.update(headers)
        return self._replaced(_headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A client like this one with more cookies (also added to this one's httpx clients, if built)."""
        for built in (self._client, self._async_client):
            if built is not None:
                built.cookies.update(cookies)
        return self._replaced(_cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A client like this one with another timeout (also set on this one's httpx clients, if built)."""
        for built in (self._client, self._async_client):
            if built is not None:
                built.timeout = timeout
        return self._replaced(_timeout=timeout)

    def _settings(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Send through `client`; its own settings then apply, not this object's cookies, headers or timeout."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client requests go through, built from this object's settings on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._settings())
        return self._client

    def __enter__(self) -> Self:
        """Enter the httpx.Client's context (as with httpx, a client can be entered once)."""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit the httpx.Client's context, closing it."""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Send through `async_client`; its own settings then apply, as for :meth:`set_httpx_client`."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient requests go through, built from this object's settings on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._settings())
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter the httpx.AsyncClient's context (as with httpx, a client can be entered once)."""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit the httpx.AsyncClient's context, closing it."""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"


def request_url(httpx_client: httpx.Client | httpx.AsyncClient, path: str) -> str:
    """``path`` (encoded, from ``/``) on the httpx client's ``base_url``, joined as httpx joins them but parsed once.

    httpx parses a relative URL, then the joined one again (about 20 us a call, tests/bench); given the absolute
    URL it parses that alone. A path httpx would resolve differently once joined (a dot segment, an empty first
    segment) and a client without an absolute ``base_url`` keep httpx's own joining.
    """
    base = httpx_client.base_url
    if not base.is_absolute_url or base.query or path[:1] != "/" or path[:2] == "//" or "/." in path:
        return path
    prefix = str(base)  # ends with "/" unless the base URL's path is empty
    return prefix + path[1:] if prefix[-1] == "/" else prefix + path


class Client(_ClientSettings):
    """A client for operations that need no credentials of the generator's kind.

    Keyword arguments: ``cookies`` and ``headers`` sent with every request; ``timeout`` (an ``httpx.Timeout``);
    ``verify_ssl`` (False only for testing); ``follow_redirects`` (default False); ``httpx_args``, more arguments
    for the ``httpx.Client``/``httpx.AsyncClient`` built on first use; ``raise_on_unexpected_status``.
    """


class AuthenticatedClient(_ClientSettings):
    """A client that sends ``<auth_header_name>: <prefix> <token>`` with every request; otherwise as :class:`Client`."""

    def __init__(
        self,
        base_url: str,
        token: str,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        **settings: Any,
    ) -> None:
        super().__init__(base_url, **settings)
        self.token = token
        self.prefix = prefix
        self.auth_header_name = auth_header_name

    def _settings(self) -> dict[str, Any]:
        self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
        return super()._settings()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, token=<redacted>)"
