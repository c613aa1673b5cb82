"""Stand-in for the official tests' SIP helper: unique FQDNs, comparisons, and a known starting configuration."""

import os
import uuid
from typing import Any

_RUN = uuid.uuid4().hex[:8]


def _package() -> Any:
    if os.environ.get("SIP_HARNESS_TARGET") == "ours":
        import acs_phonenumbers.siprouting as package
    else:
        import azure.communication.phonenumbers.siprouting as package
    return package


def get_unique_fqdn(name: str) -> str:
    return f"{name}.{_RUN}.sbc.contoso.test"


def assert_trunks_are_equal(actual: list[Any], expected: list[Any]) -> None:
    assert [(t.fqdn, t.sip_signaling_port) for t in actual] == [(t.fqdn, t.sip_signaling_port) for t in expected]


def assert_routes_are_equal(actual: list[Any], expected: list[Any]) -> None:
    def key(route: Any) -> tuple[Any, ...]:
        return (route.name, route.description, route.number_pattern, list(route.trunks or []))

    assert [key(r) for r in actual] == [key(r) for r in expected]


def setup_configuration(connection_str: str, trunks: list[Any] | None = None, routes: list[Any] | None = None) -> None:
    package = _package()
    with package.SipRoutingClient.from_connection_string(connection_str) as client:
        client.set_routes(routes or [])
        client.set_trunks(
            [package.SipTrunk(fqdn=t.fqdn, sip_signaling_port=t.sip_signaling_port) for t in trunks or []]
        )
