"""The two models of SIP routing, with the official SDK's names: :class:`SipTrunk` and :class:`SipTrunkRoute`.

As in ``azure.communication.phonenumbers.siprouting`` they are plain, keyword-only, mutable objects whose
attributes default to ``None``; unlike there they compare by value and have a readable ``repr``. Nothing is
checked when one is built: the client checks what it sends (see ``_client.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SipTrunk", "SipTrunkRoute"]


@dataclass(kw_only=True)
class SipTrunk:
    """A SIP trunk (a session border controller) calls can be routed to.

    :ivar fqdn: the trunk's fully qualified domain name, e.g. ``"sbc.contoso.com"``; it identifies the trunk.
    :ivar sip_signaling_port: the port the trunk listens on for SIP signalling (1-65535), e.g. ``5061``.
    """

    fqdn: str | None = None
    sip_signaling_port: int | None = None


@dataclass(kw_only=True)
class SipTrunkRoute:
    """A voice route: calls to numbers matching ``number_pattern`` go to the first reachable trunk of ``trunks``.

    :ivar description: free text about the route (up to 1024 characters).
    :ivar name: the route's name (required; up to 256 characters).
    :ivar number_pattern: a .NET regular expression over the dialled number, digits with an optional leading
        ``+`` (required), e.g. ``r"^\\+1[0-9]{10}$"``.
    :ivar trunks: the FQDNs of the trunks to try, in order (each must be a configured trunk).
    """

    description: str | None = None
    name: str | None = None
    number_pattern: str | None = None
    trunks: list[str] | None = None
