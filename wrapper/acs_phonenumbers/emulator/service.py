"""What an emulated service is made of: its OpenAPI document, its backend, and a handler per operationId.

A handler is thin: it takes the validated request (``Call``), calls one backend method and renders the service's
response (``Reply``). Method and path come from the document's ``paths``, so nothing here repeats them; building
the app fails when a document operation has no handler or a handler names an operationId the document lacks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .core import ServiceBackend
from .paging import Page

B = TypeVar("B", bound=ServiceBackend)


@dataclass(frozen=True)
class Call:
    """A request that passed validation: path and query parameters (coerced, defaults filled in), decoded body."""

    params: dict[str, Any]
    body: Any
    api_version: str
    base_url: str = ""
    """``scheme://host[:port]`` the request was sent to (for absolute ``Location`` headers)."""


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[B, Call], Reply]


@dataclass(frozen=True)
class Service(Generic[B]):
    """One emulated service: ``document`` (a file name under ``openapi/``), its backend class, its handlers.

    ``older_documents`` describe api-versions the service still answers: a request carrying one of their versions is
    validated against that document (its operations only), and the handler sees that version in ``Call.api_version``.
    """

    document: str
    backend: type[B]
    handlers: Mapping[str, Handler[B]]
    older_documents: tuple[str, ...] = ()


def page_reply(page: Page, item_name: str) -> Reply:
    return Reply(200, {item_name: page.items, "nextLink": page.next_link})
