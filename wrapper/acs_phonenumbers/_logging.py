"""The package logger, the redaction helpers, and the httpx event hooks that log each call.

Everything that could carry a secret (headers, URLs, free text such as exception messages) goes through one of
the ``redact_*`` helpers before it is written anywhere. Keys, HMAC signatures and bearer tokens are never logged,
at any level; content hashes and dates are kept because they help to debug a refused signature.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

__all__ = [
    "REDACTED",
    "async_event_hooks",
    "event_hooks",
    "logger",
    "redact_headers",
    "redact_text",
    "redact_url",
]

logger = logging.getLogger("acs_phonenumbers")

REDACTED = "REDACTED"

# Header names whose whole value is secret. Anything whose name merely mentions a key/token/secret is too.
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_SECRET_NAME = re.compile(r"key|token|secret|password|signature|credential", re.IGNORECASE)
# Query parameter names that carry secrets (SAS signatures, keys, tokens, OAuth codes).
_SECRET_QUERY = re.compile(r"^(sig|signature|key|.*key|.*token|code|.*secret|password)$", re.IGNORECASE)
# Secrets embedded in free text: "accesskey=...", "Signature=...", "Bearer ...", "HMAC-SHA256 ...".
_TEXT_PATTERNS = (
    re.compile(
        r"(?i)\b(accesskey|access_key|sharedaccesskey|signature|password|secret|client_secret|api[-_]?key)"
        r"(\s*[=:]\s*)[^;&,\s\"']+"
    ),
    # Short or common names only in query-string form, so prose such as "continuation token: ..." stays readable.
    re.compile(r"(?i)\b(sig|token|access_token|code)(=)[^;&,\s\"']+"),
    re.compile(r"(?i)\b(bearer)(\s+)[A-Za-z0-9._~+/=-]+"),
    re.compile(r"(?i)\b(hmac-sha256)(\s+)\S+"),
)

# Where the request hook leaves its start time for the response hook (httpx passes unknown extensions through).
_START = "acs_phonenumbers.start"


def redact_text(text: str) -> str:
    """Replace key, signature and token values inside free text (messages, connection strings) with REDACTED."""
    for pattern in _TEXT_PATTERNS:
        text = pattern.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    return text


def _is_secret_header(name: str) -> bool:
    lowered = name.lower()
    if lowered == "x-ms-content-sha256":  # a hash of the body, not a secret, and useful when a signature fails
        return False
    return lowered in _SECRET_HEADERS or bool(_SECRET_NAME.search(lowered))


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """A copy of the headers fit for a log: secret headers REDACTED, secrets inside other values REDACTED."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {name: REDACTED if _is_secret_header(name) else redact_text(value) for name, value in items}


def redact_url(url: str | httpx.URL) -> str:
    """The URL with any user info dropped and secret-looking query parameter values REDACTED."""
    parts = urlsplit(str(url))
    netloc = parts.netloc.rpartition("@")[2]  # user:password@ never belongs in a log
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(_SECRET_QUERY.match(name) for name, _ in pairs):
            query = urlencode([(n, REDACTED if _SECRET_QUERY.match(n) else v) for n, v in pairs], safe="/:+")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def _log_request(request: httpx.Request) -> None:
    request.extensions[_START] = time.perf_counter()
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "request %s %s headers=%s",
            request.method,
            redact_url(request.url),
            redact_headers(request.headers.multi_items()),
        )


def _log_response(response: httpx.Response) -> None:
    request = response.request
    start = request.extensions.get(_START)
    elapsed_ms = (time.perf_counter() - start) * 1000 if isinstance(start, float) else float("nan")
    # INFO for every status: a 404 is often an expected answer, and the raised error says the rest.
    if not logger.isEnabledFor(logging.INFO):
        return
    logger.info(
        "%s %s -> %d in %.0f ms (MS-CV %s)",
        request.method,
        redact_url(request.url),
        response.status_code,
        elapsed_ms,
        response.headers.get("ms-cv", "-"),
    )
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("response headers=%s", redact_headers(response.headers.multi_items()))


async def _alog_request(request: httpx.Request) -> None:
    _log_request(request)


async def _alog_response(response: httpx.Response) -> None:
    _log_response(response)


def event_hooks() -> dict[str, list[Callable[[Any], Any]]]:
    """Event hooks for an ``httpx.Client``: one line per call with method, URL, status, duration and MS-CV."""
    return {"request": [_log_request], "response": [_log_response]}


def async_event_hooks() -> dict[str, list[Callable[[Any], Awaitable[Any]]]]:
    """The same hooks for an ``httpx.AsyncClient`` (which awaits its hooks)."""
    return {"request": [_alog_request], "response": [_alog_response]}
