"""The official SipRoutingClient (azure-communication-phonenumbers 1.4), unmodified, runs its trunk and route
lifecycle on the emulator: sync and async, with the service's 422 errors where the service gives them.

The official SIP client always speaks https (``from_connection_string`` drops the scheme and the constructor puts
``https://`` back), so it talks to an emulator serving TLS and is told its CA with azure-core's ``connection_verify``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from azure.communication.phonenumbers.siprouting import SipRoutingClient, SipTrunk, SipTrunkRoute
from azure.communication.phonenumbers.siprouting.aio import SipRoutingClient as AsyncSipRoutingClient
from azure.core.exceptions import HttpResponseError

from acs_phonenumbers.emulator import Emulator

SBC1, SBC2 = "sbc1.contoso.com", "sbc2.contoso.com"
ROUTE = SipTrunkRoute(name="US", description="+1", number_pattern=r"^\+1[0-9]{10}$", trunks=[SBC1, SBC2])


@pytest.fixture(scope="module")
def tls_emulator() -> Iterator[Emulator]:
    with Emulator(lro_seconds=0.0, tls=True) as emulator:
        yield emulator


@pytest.fixture
def emulator(tls_emulator: Emulator) -> Emulator:
    tls_emulator.reset()
    return tls_emulator


def trunks(client: SipRoutingClient) -> list[tuple[str, int]]:
    return [(t.fqdn, t.sip_signaling_port) for t in client.list_trunks()]


def test_official_sync_client_lifecycle(emulator: Emulator) -> None:
    verify = {"connection_verify": emulator.ca_file}
    with SipRoutingClient.from_connection_string(emulator.connection_string, **verify) as client:
        assert trunks(client) == [] and list(client.list_routes()) == []
        client.set_trunks([SipTrunk(fqdn=SBC1, sip_signaling_port=5061), SipTrunk(fqdn=SBC2, sip_signaling_port=5062)])
        client.set_trunk(SipTrunk(fqdn=SBC2, sip_signaling_port=6062))
        assert trunks(client) == [(SBC1, 5061), (SBC2, 6062)]
        assert client.get_trunk(SBC1).sip_signaling_port == 5061
        with pytest.raises(KeyError):
            client.get_trunk("nowhere.contoso.com")

        client.set_routes([ROUTE])
        (route,) = client.list_routes()
        assert (route.name, route.description, route.number_pattern, route.trunks) == (
            "US",
            "+1",
            ROUTE.number_pattern,
            [SBC1, SBC2],
        )

        with pytest.raises(HttpResponseError) as refused:
            client.delete_trunk(SBC2)  # the route uses it
        assert refused.value.status_code == 422
        assert refused.value.error.code == "UnprocessableConfiguration"
        with pytest.raises(HttpResponseError) as refused:
            client.set_trunk(SipTrunk(fqdn=SBC1, sip_signaling_port=0))  # the official client sends it
        assert refused.value.status_code == 422
        with pytest.raises(HttpResponseError):
            client.set_routes([SipTrunkRoute(name="", number_pattern=".*")])
        assert trunks(client) == [(SBC1, 5061), (SBC2, 6062)]

        client.set_routes([])
        client.delete_trunk(SBC2)
        client.set_trunks([])
        client.set_trunks([])  # nothing to change: no PATCH
        assert trunks(client) == []


async def test_official_async_client_lifecycle(emulator: Emulator) -> None:
    verify = {"connection_verify": emulator.ca_file}
    async with AsyncSipRoutingClient.from_connection_string(emulator.connection_string, **verify) as client:
        await client.set_trunk(SipTrunk(fqdn=SBC1, sip_signaling_port=5061))
        await client.set_routes([SipTrunkRoute(name="all", number_pattern=".*", trunks=[SBC1])])
        assert [t.fqdn async for t in client.list_trunks()] == [SBC1]
        assert [r.name async for r in client.list_routes()] == ["all"]
        assert (await client.get_trunk(SBC1)).sip_signaling_port == 5061
        await client.set_routes([])
        await client.set_trunks([SipTrunk(fqdn=SBC2, sip_signaling_port=5062)])
        assert [t.fqdn async for t in client.list_trunks()] == [SBC2]
