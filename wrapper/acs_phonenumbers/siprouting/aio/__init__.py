"""The async SipRoutingClient: the same names and signatures as :mod:`acs_phonenumbers.siprouting`, awaited.

The async client and its raw-response view are generated from the sync ones (``make generate``).

Example::

    from acs_phonenumbers.siprouting.aio import SipRoutingClient

    async with SipRoutingClient.from_connection_string(conn_str) as client:
        async for trunk in client.list_trunks():
            print(trunk.fqdn, trunk.sip_signaling_port)
"""

from acs_phonenumbers_twins.siprouting_aio import SipRoutingClient, SipRoutingClientWithRawResponse

from .._models import SipTrunk, SipTrunkRoute

__all__ = ["SipRoutingClient", "SipRoutingClientWithRawResponse", "SipTrunk", "SipTrunkRoute"]
