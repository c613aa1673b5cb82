"""SIP routing (direct routing): the SIP trunks and voice routes of a Communication resource.

The same names as ``azure.communication.phonenumbers.siprouting``; the async client, under the same name, is in
:mod:`acs_phonenumbers.siprouting.aio`.

Example::

    from acs_phonenumbers.siprouting import SipRoutingClient, SipTrunk

    with SipRoutingClient.from_connection_string(conn_str) as client:
        client.set_trunk(SipTrunk(fqdn="sbc.contoso.com", sip_signaling_port=5061))
"""

from typing import TYPE_CHECKING

from .._lazy import lazy_attributes
from ._client import SIP_ROUTING_API_VERSION, SipRoutingClient
from ._models import SipTrunk, SipTrunkRoute

if TYPE_CHECKING:
    from acs_phonenumbers_twins.siprouting import SipRoutingClientWithRawResponse

__all__ = [
    "SIP_ROUTING_API_VERSION",
    "SipRoutingClient",
    "SipRoutingClientWithRawResponse",
    "SipTrunk",
    "SipTrunkRoute",
]


# Hidden from type checkers: a misspelt name must be an error there, not an `Any` from this function.
if not TYPE_CHECKING:
    # The raw-response view is generated from SipRoutingClient (make generate), so it loads after it.
    __getattr__ = lazy_attributes(__name__, {"SipRoutingClientWithRawResponse": "acs_phonenumbers_twins.siprouting"})
