"""What an emulated service is made of: its OpenAPI document, its backend, and a handler per operationId.

A handler is thin: it takes the validated request (``Call``), calls one backend method and renders the service's
response (``Reply``). Method and path come from the document's ``paths``, so nothing here repeats them; building
the app fails when a document operation has no handler or a handler names an operationId the document lacks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .core import ServiceBackend
from .paging import Page
from .validation import Operation

B = TypeVar("B", bound=ServiceBackend)


@dataclass(frozen=True)
class Call:
    """A request that passed validation: path and query parameters (coerced, defaults filled in), decoded body."""

    params: dict[str, Any]
    body: Any
    api_version: str
    base_url: str = ""
    """``scheme://host[:port]`` the request was sent to (for absolute ``Location`` headers)."""
    operation: Operation | None = None
    """The operation as the document of ``api_version`` describes it."""

    @property
    def args(self) -> dict[str, Any]:
        """The parameters as a backend method's keyword arguments (``maxPageSize`` is ``max_page_size``,
        ``accept-language`` is ``accept_language``; api-version is left out: it is ``api_version``), and the decoded
        body as ``request`` when the operation takes one."""
        args = {_snake(name): value for name, value in self.params.items() if name != "api-version"}
        return args if self.body is None else {**args, "request": self.body}


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


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).replace("-", "_").lower()


def page_reply(page: Page, call: Call, *, null_last_link: bool = True) -> Reply:
    """One page under the names the operation's ``x-acs-pageable`` gives: its items, and the next page's link, which
    is ``null`` on the last page (or absent, with ``null_last_link=False``)."""
    assert call.operation is not None and call.operation.pageable is not None, "not a pageable operation"
    item_name, next_link_name = call.operation.pageable
    body: dict[str, Any] = {item_name: page.items}
    if page.next_link or null_last_link:
        body[next_link_name] = page.next_link
    return Reply(200, body)
