"""The route table comes from the OpenAPI documents; a handler missing or left over stops the app being built."""

from __future__ import annotations

import pytest
from starlette.routing import Route

from acs_phonenumbers.emulator.admin import Faults
from acs_phonenumbers.emulator.app import Settings, create_app
from acs_phonenumbers.emulator.backend import Backend
from acs_phonenumbers.emulator.service import Service
from acs_phonenumbers.emulator.services import SERVICES, SHORT_CODES
from acs_phonenumbers.emulator.services.short_codes import ShortCodesBackend
from acs_phonenumbers.emulator.validation import document_validator


def _build(service: Service[ShortCodesBackend]) -> None:
    create_app(Backend(services=[service]), Settings("key"), Faults())


def test_every_document_operation_has_its_route() -> None:
    app = create_app(Backend(), Settings("key"), Faults())
    routed = {
        (method, route.path)
        for route in app.routes
        if isinstance(route, Route) and not route.path.startswith("/_emulator/")
        for method in route.methods or ()
        if method != "HEAD"
    }
    documented = {
        (operation.method, operation.path)
        for service in SERVICES
        for operation in document_validator(service.document).operations.values()
    }
    assert len(documented) == 33  # 20 phone-number, 11 short-code (2022-09-06) and 2 SIP routing operations
    assert routed == documented


def test_a_document_operation_without_a_handler_stops_the_app() -> None:
    handlers = {k: v for k, v in SHORT_CODES.handlers.items() if k != "ShortCodes_SubmitUSProgramBrief"}
    with pytest.raises(RuntimeError, match="no handler for ShortCodes_SubmitUSProgramBrief"):
        _build(Service(SHORT_CODES.document, ShortCodesBackend, handlers))


def test_a_handler_for_an_operation_the_document_lacks_stops_the_app() -> None:
    handlers = {**SHORT_CODES.handlers, "ShortCodes_Misspelt": SHORT_CODES.handlers["ShortCodes_GetShortCodes"]}
    with pytest.raises(RuntimeError, match="ShortCodes_Misspelt"):
        _build(Service(SHORT_CODES.document, ShortCodesBackend, handlers))


def test_a_backend_whose_api_version_differs_from_its_document_stops_the_app() -> None:
    class Outdated(ShortCodesBackend):
        API_VERSION = "2020-01-01"

    with pytest.raises(RuntimeError, match="2020-01-01"):
        _build(Service(SHORT_CODES.document, Outdated, SHORT_CODES.handlers))
