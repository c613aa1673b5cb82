"""The async SipRoutingClient: the same names, parameters and behaviour as the sync one, awaited.

Everything but the I/O is shared with :mod:`acs_phonenumbers.siprouting._client` (checks, merge patches, reading
the configuration); each method's documentation is the sync twin's.
"""

from __future__ import annotations

from typing import Unpack

from acs_siprouting_generated.client import Client as GeneratedClient

from ..._base import AsyncClient, araw
from ..._compat import AzureCallKeywords, azure_keywords
from ..._paging import AsyncItemPaged
from ...aio._twin import twin
from .._client import (
    SIP_ROUTING_API_VERSION,
    _SipRoutingRequests,
    check_trunks,
)
from .._client import SipRoutingClient as SyncSipRoutingClient
from .._models import SipTrunk, SipTrunkRoute

__all__ = ["SipRoutingClient", "SipRoutingClientWithRawResponse"]


class SipRoutingClient(AsyncClient[_SipRoutingRequests, GeneratedClient]):
    """The async client for SIP trunks and routes; see :class:`acs_phonenumbers.siprouting.SipRoutingClient`.

    ``transport`` is an ``httpx.AsyncBaseTransport``, ``http_client`` an ``httpx.AsyncClient``, and the
    credential may also be an async token credential (``azure.identity.aio``).

    Example::

        from acs_phonenumbers.siprouting.aio import SipRoutingClient

        async with SipRoutingClient.from_connection_string(conn_str) as client:
            trunk = await client.get_trunk("sbc.contoso.com")
    """

    DEFAULT_API_VERSION = SIP_ROUTING_API_VERSION
    _requests_type = _SipRoutingRequests
    _generated_type = GeneratedClient

    @property
    def with_raw_response(self) -> SipRoutingClientWithRawResponse:
        """The same calls, returning :class:`~acs_phonenumbers.RawResponse` (``await`` them)."""
        return SipRoutingClientWithRawResponse(self)

    @twin(SyncSipRoutingClient.get_trunk)
    @azure_keywords
    async def get_trunk(self, trunk_fqdn: str, **kwargs: Unpack[AzureCallKeywords]) -> SipTrunk:
        return await self._send(self._requests.get_trunk(trunk_fqdn))

    @twin(SyncSipRoutingClient.set_trunk)
    @azure_keywords
    async def set_trunk(self, trunk: SipTrunk, **kwargs: Unpack[AzureCallKeywords]) -> None:
        await self._send(self._requests.set_trunk(trunk))

    @twin(SyncSipRoutingClient.delete_trunk)
    @azure_keywords
    async def delete_trunk(self, trunk_fqdn: str, **kwargs: Unpack[AzureCallKeywords]) -> None:
        await self._send(self._requests.delete_trunk(trunk_fqdn))

    @twin(SyncSipRoutingClient.list_trunks)
    @azure_keywords
    def list_trunks(self, **kwargs: Unpack[AzureCallKeywords]) -> AsyncItemPaged[SipTrunk]:
        return self._pager(self._requests.list_trunks())

    @twin(SyncSipRoutingClient.list_routes)
    @azure_keywords
    def list_routes(self, **kwargs: Unpack[AzureCallKeywords]) -> AsyncItemPaged[SipTrunkRoute]:
        return self._pager(self._requests.list_routes())

    @twin(SyncSipRoutingClient.set_trunks)
    @azure_keywords
    async def set_trunks(self, trunks: list[SipTrunk], **kwargs: Unpack[AzureCallKeywords]) -> None:
        wanted = check_trunks(trunks)
        current = (await self._exchange(self._requests.get_configuration()))[
            0
        ]  # the read is ours: cls= is for the write
        patch = self._requests.set_trunks_patch(wanted, current)
        if patch is not None:
            await self._send(patch)

    @twin(SyncSipRoutingClient.set_routes)
    @azure_keywords
    async def set_routes(self, routes: list[SipTrunkRoute], **kwargs: Unpack[AzureCallKeywords]) -> None:
        await self._send(self._requests.set_routes(routes))


class SipRoutingClientWithRawResponse:
    """``client.with_raw_response``: each single-request call returns :class:`~acs_phonenumbers.RawResponse` when
    awaited (not listings, nor ``set_trunks``)."""

    def __init__(self, client: SipRoutingClient) -> None:
        self._client = client

    get_trunk = araw(SipRoutingClient.get_trunk)
    set_trunk = araw(SipRoutingClient.set_trunk)
    delete_trunk = araw(SipRoutingClient.delete_trunk)
    set_routes = araw(SipRoutingClient.set_routes)
