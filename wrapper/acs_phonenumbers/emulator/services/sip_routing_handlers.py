"""HTTP handlers of the SIP routing service, by operationId (methods and paths come from ``siprouting.yaml``)."""

from __future__ import annotations

from ..service import Call, Reply, Service
from .sip_routing import SipRoutingBackend

# As for phone numbers: the backend methods take the operation's parameters as keywords and its body as ``request``.


def _get(b: SipRoutingBackend, c: Call) -> Reply:
    return Reply(200, b.get_configuration(**c.args))


def _update(b: SipRoutingBackend, c: Call) -> Reply:
    return Reply(200, b.update_configuration(**c.args))


SERVICE = Service("siprouting.yaml", SipRoutingBackend, {"SipRouting_Get": _get, "SipRouting_Update": _update})
