"""The async SipRoutingClient: the same names and signatures as :mod:`acs_phonenumbers.siprouting`, awaited.

Example::

    from acs_phonenumbers.siprouting.aio import SipRoutingClient

    async with SipRoutingClient.from_connection_string(conn_str) as client:
        async for trunk in client.list_trunks():
            print(trunk.fqdn, trunk.sip_signaling_port)
"""

from .._models import SipTrunk, SipTrunkRoute
from ._client import SipRoutingClient, SipRoutingClientWithRawResponse

__all__ = ["SipRoutingClient", "SipRoutingClientWithRawResponse", "SipTrunk", "SipTrunkRoute"]
