"""The emulated services, one backend module and one handlers module each (as moto keeps one backend per service).

To add a service: write ``<service>.py`` (a ``ServiceBackend`` subclass with ``API_VERSION`` and one method per
operation, no HTTP) and ``<service>_handlers.py`` (one handler per operationId of its OpenAPI document and a
``SERVICE``), ship the document under ``openapi/``, and register the ``SERVICE`` below.
"""

from __future__ import annotations

from typing import Any

from ..service import Service
from .phone_numbers_handlers import SERVICE as PHONE_NUMBERS
from .short_codes_handlers import SERVICE as SHORT_CODES
from .sip_routing_handlers import SERVICE as SIP_ROUTING

SERVICES: tuple[Service[Any], ...] = (PHONE_NUMBERS, SHORT_CODES, SIP_ROUTING)

__all__ = ["PHONE_NUMBERS", "SERVICES", "SHORT_CODES", "SIP_ROUTING"]
