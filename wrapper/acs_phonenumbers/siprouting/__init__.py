"""SIP routing (direct routing): the SIP trunks and voice routes of a Communication resource.

The same names as ``azure.communication.phonenumbers.siprouting``; the async client, under the same name, is in
:mod:`acs_phonenumbers.siprouting.aio`.

Example::

    from acs_phonenumbers.siprouting import SipRoutingClient, SipTrunk

    with SipRoutingClient.from_connection_string(conn_str) as client:
        client.set_trunk(SipTrunk(fqdn="sbc.contoso.com", sip_signaling_port=5061))
"""

from ._client import SIP_ROUTING_API_VERSION, SipRoutingClient, SipRoutingClientWithRawResponse
from ._models import SipTrunk, SipTrunkRoute

__all__ = [
    "SIP_ROUTING_API_VERSION",
    "SipRoutingClient",
    "SipRoutingClientWithRawResponse",
    "SipTrunk",
    "SipTrunkRoute",
]
