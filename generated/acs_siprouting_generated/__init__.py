"""A client library for accessing ACS SIP routing (acs-phonenumbers' description of the wire contract)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
