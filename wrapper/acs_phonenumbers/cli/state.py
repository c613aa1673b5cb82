"""Per-invocation state shared by the commands: options, clients (built once, closed at exit), output, progress."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from .connection import Connection, ConnectionOptions, resolve
from .output import OutputFormat, Renderer
from .progress import Reporter

if TYPE_CHECKING:
    from .._phone_numbers import PhoneNumbersClient
    from .._short_codes import ShortCodesClient
    from ..siprouting import SipRoutingClient

LOGGER_NAME = "acs_phonenumbers"
C = TypeVar("C")


@dataclass
class CliState:
    """What the top-level options decided, and the clients built from them."""

    options: ConnectionOptions = field(default_factory=ConnectionOptions)
    output: OutputFormat = OutputFormat.TABLE
    debug: bool = False
    quiet: bool = False
    # What the running command is doing, for "error: <action> failed: ..." lines.
    action: str | None = None
    _connection: Connection | None = None
    _clients: dict[Any, Any] = field(default_factory=dict)
    _close: list[Any] = field(default_factory=list)

    def connection(self) -> Connection:
        if self._connection is None:
            self._connection = resolve(self.options)
        return self._connection

    def _client(self, client_class: Callable[..., C]) -> C:
        """The one client of ``client_class`` for this invocation, built when first needed."""
        client: C | None = self._clients.get(client_class)
        if client is None:
            client = self._clients[client_class] = self.connection().client(client_class)
        return client

    def phone_numbers(self) -> PhoneNumbersClient:
        from .._phone_numbers import PhoneNumbersClient

        return self._client(PhoneNumbersClient)

    def short_codes(self) -> ShortCodesClient:
        from .._short_codes import ShortCodesClient

        return self._client(ShortCodesClient)

    def sip_routing(self) -> SipRoutingClient:
        from ..siprouting import SipRoutingClient

        return self._client(SipRoutingClient)

    def close(self) -> None:
        for client in self._clients.values():
            close = getattr(client, "close", None)
            if callable(close):
                close()
        self._clients.clear()

    def renderer(self, output: OutputFormat | None = None) -> Renderer:
        return Renderer(output or self.output, sys.stdout)

    def reporter(self) -> Reporter:
        return Reporter(sys.stderr, quiet=self.quiet)

    def doing(self, action: str) -> None:
        """Name what the command is about to do; an error is then reported as "<action> failed: ..."."""
        self.action = action


def get_state(ctx: typer.Context) -> CliState:
    """The state the top-level callback stored (a default one when a command is invoked on its own in tests)."""
    root = ctx.find_root()
    if not isinstance(root.obj, CliState):
        root.obj = CliState()
        root.call_on_close(root.obj.close)
    state: CliState = root.obj
    return state


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is at the time (test runners swap it per invocation)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.setStream(sys.stderr)
        super().emit(record)


def enable_debug_logging() -> None:
    """Send the package's HTTP log (redacted by the package's logging helpers) to standard error."""
    logger = logging.getLogger(LOGGER_NAME)
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("debug: %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


def disable_debug_logging() -> None:
    logger = logging.getLogger(LOGGER_NAME)
    for handler in [h for h in logger.handlers if isinstance(h, _StderrHandler)]:
        logger.removeHandler(handler)
    logger.setLevel(logging.NOTSET)
