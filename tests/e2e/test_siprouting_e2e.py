"""Our SipRoutingClient over real HTTP against the emulator: the lifecycle, the service's refusals, concurrency."""

from __future__ import annotations

import pytest

from acs_phonenumbers import HttpResponseError, InvalidArgumentError
from acs_phonenumbers.emulator import Emulator
from acs_phonenumbers.siprouting import SipRoutingClient, SipTrunk, SipTrunkRoute
from acs_phonenumbers.siprouting.aio import SipRoutingClient as AsyncSipRoutingClient

SBC1, SBC2, SBC3 = "sbc1.contoso.com", "sbc2.contoso.com", "sbc3.contoso.com"


def ports(client: SipRoutingClient) -> dict[str | None, int | None]:
    return {trunk.fqdn: trunk.sip_signaling_port for trunk in client.list_trunks()}


def refusal(error: HttpResponseError) -> tuple[int | None, str | None, str | None]:
    assert error.error is not None and error.error.innererror is not None
    return error.status_code, error.error.code, error.error.innererror.code


def test_lifecycle(acs_emulator: Emulator) -> None:
    with SipRoutingClient.from_connection_string(acs_emulator.connection_string) as client:
        client.set_trunks([SipTrunk(fqdn=SBC1, sip_signaling_port=5061), SipTrunk(fqdn=SBC2, sip_signaling_port=5062)])
        client.set_trunk(SipTrunk(fqdn=SBC3, sip_signaling_port=5063))
        assert ports(client) == {SBC1: 5061, SBC2: 5062, SBC3: 5063}
        routes = [
            SipTrunkRoute(name="US", description="+1", number_pattern=r"^\+1[0-9]{10}$", trunks=[SBC1, SBC2]),
            SipTrunkRoute(name="rest", number_pattern=r"^\+[0-9]+$", trunks=[SBC3]),
        ]
        client.set_routes(routes)
        assert list(client.list_routes()) == routes
        assert client.get_trunk(SBC2) == SipTrunk(fqdn=SBC2, sip_signaling_port=5062)

        client.set_routes(routes[:1])
        client.delete_trunk(SBC3)
        client.set_trunks([SipTrunk(fqdn=SBC1, sip_signaling_port=6000), SipTrunk(fqdn=SBC2, sip_signaling_port=5062)])
        assert ports(client) == {SBC1: 6000, SBC2: 5062}
        with pytest.raises(KeyError):
            client.get_trunk(SBC3)


def test_the_service_refusals_carry_its_codes_and_change_nothing(acs_emulator: Emulator) -> None:
    with SipRoutingClient.from_connection_string(acs_emulator.connection_string) as client:
        client.set_trunk(SipTrunk(fqdn=SBC1, sip_signaling_port=5061))
        client.set_routes([SipTrunkRoute(name="all", number_pattern=".*", trunks=[SBC1])])
        with pytest.raises(HttpResponseError) as raised:
            client.delete_trunk(SBC1)
        assert refusal(raised.value) == (422, "UnprocessableConfiguration", "MissingTrunk")
        with pytest.raises(HttpResponseError) as raised:
            client.set_trunks([SipTrunk(fqdn=SBC2, sip_signaling_port=5062)])
        assert refusal(raised.value) == (422, "UnprocessableConfiguration", "MissingTrunk")
        with pytest.raises(HttpResponseError) as raised:
            client.set_routes([SipTrunkRoute(name=" ", number_pattern=".*")])
        assert refusal(raised.value)[2] == "InvalidRouteName"
        with pytest.raises(HttpResponseError) as raised:
            client.set_routes([SipTrunkRoute(name="r", number_pattern="[0-9")])
        assert refusal(raised.value)[2] == "InvalidRegex"
        with pytest.raises(HttpResponseError) as raised:
            client.set_trunk(SipTrunk(fqdn="not a host", sip_signaling_port=5061))
        assert refusal(raised.value)[2] == "InvalidTrunkFqdn"
        with pytest.raises(InvalidArgumentError):
            client.set_trunk(SipTrunk(fqdn=SBC2, sip_signaling_port=0))
        assert ports(client) == {SBC1: 5061}
        assert [route.name for route in client.list_routes()] == ["all"]


def test_single_trunk_changes_by_two_clients_do_not_undo_each_other(acs_emulator: Emulator) -> None:
    """Each client read the configuration before the other wrote; neither write carries what it read."""
    with (
        SipRoutingClient.from_connection_string(acs_emulator.connection_string) as one,
        SipRoutingClient.from_connection_string(acs_emulator.connection_string) as other,
    ):
        one.set_trunks([SipTrunk(fqdn=SBC1, sip_signaling_port=5061), SipTrunk(fqdn=SBC2, sip_signaling_port=5062)])
        assert ports(one) == ports(other)
        one.set_trunk(SipTrunk(fqdn=SBC1, sip_signaling_port=7001))
        other.delete_trunk(SBC2)
        other.set_trunk(SipTrunk(fqdn=SBC3, sip_signaling_port=7003))
        assert ports(one) == {SBC1: 7001, SBC3: 7003}


async def test_async_lifecycle(acs_emulator: Emulator) -> None:
    async with AsyncSipRoutingClient.from_connection_string(acs_emulator.connection_string) as client:
        await client.set_trunks([SipTrunk(fqdn=SBC1, sip_signaling_port=5061)])
        await client.set_routes([SipTrunkRoute(name="all", number_pattern=".*", trunks=[SBC1])])
        assert [t.fqdn async for t in client.list_trunks()] == [SBC1]
        assert [r.trunks async for r in client.list_routes()] == [[SBC1]]
        with pytest.raises(HttpResponseError):
            await client.delete_trunk(SBC1)
        raw = await client.with_raw_response.set_routes([])
        assert raw.status_code == 200 and raw.headers["MS-CV"]
        await client.delete_trunk(SBC1)
        assert [t async for t in client.list_trunks()] == []
