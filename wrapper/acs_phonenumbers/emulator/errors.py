"""The one exception the emulator's backend raises, shaped like the service's error envelope."""

from __future__ import annotations

from typing import Any


class EmulatorError(Exception):
    """A request the service would refuse: rendered as ``{"error": {code, message, target, details}}``."""

    def __init__(
        self,
        code: str,
        message: str,
        target: str | None = None,
        status: int = 400,
        *,
        details: list[dict[str, Any]] | None = None,
        inner: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.code = code
        self.message = message
        self.target = target
        self.status = status
        self.details = details
        self.inner = inner
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        """The JSON body the service sends for this error."""
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.target is not None:
            error["target"] = self.target
        if self.details:
            error["details"] = self.details
        if self.inner is not None:
            error["innererror"] = self.inner
        return {"error": error}


def not_found(message: str, target: str) -> EmulatorError:
    """404 NotFound, as the service words it."""
    return EmulatorError("NotFound", message, target, 404)


def bad_request(message: str, target: str | None = None) -> EmulatorError:
    """400 BadRequest."""
    return EmulatorError("BadRequest", message, target, 400)
