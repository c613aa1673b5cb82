"""The async SipRoutingClient: the same names, parameters and behaviour as the sync one, awaited.

Everything but the I/O is shared with :mod:`acs_phonenumbers.siprouting._client` (checks, merge patches, reading
the configuration); each method's documentation is the sync twin's.
"""

from __future__ import annotations

from typing import Unpack

from acs_siprouting_generated.client import Client as GeneratedClient

from ..._base import AsyncClient, araw
from ..._credentials import (
    AsyncTokenCredential,
    KeyCredential,
    TokenCredential,
)
from ..._paging import AsyncItemPaged
from ...aio._twin import twin
from .._client import (
    SIP_ROUTING_API_VERSION,
    AsyncSipClientKeywords,
    _SipRoutingRequests,
    check_trunks,
    without_pipeline_policies,
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

    def __init__(
        self,
        endpoint: str,
        credential: KeyCredential | TokenCredential | AsyncTokenCredential | str,
        **options: Unpack[AsyncSipClientKeywords],
    ) -> None:
        super().__init__(endpoint, credential, **without_pipeline_policies(options))

    @property
    def with_raw_response(self) -> SipRoutingClientWithRawResponse:
        """The same calls, returning :class:`~acs_phonenumbers.RawResponse` (``await`` them)."""
        return SipRoutingClientWithRawResponse(self)

    @twin(SyncSipRoutingClient.get_trunk)
    async def get_trunk(self, trunk_fqdn: str) -> SipTrunk:
        return await self._send(self._requests.get_trunk(trunk_fqdn))

    @twin(SyncSipRoutingClient.set_trunk)
    async def set_trunk(self, trunk: SipTrunk) -> None:
        await self._send(self._requests.set_trunk(trunk))

    @twin(SyncSipRoutingClient.delete_trunk)
    async def delete_trunk(self, trunk_fqdn: str) -> None:
        await self._send(self._requests.delete_trunk(trunk_fqdn))

    @twin(SyncSipRoutingClient.list_trunks)
    def list_trunks(self) -> AsyncItemPaged[SipTrunk]:
        return self._pager(self._requests.list_trunks())

    @twin(SyncSipRoutingClient.list_routes)
    def list_routes(self) -> AsyncItemPaged[SipTrunkRoute]:
        return self._pager(self._requests.list_routes())

    @twin(SyncSipRoutingClient.set_trunks)
    async def set_trunks(self, trunks: list[SipTrunk]) -> None:
        wanted = check_trunks(trunks)
        patch = self._requests.set_trunks_patch(wanted, await self._send(self._requests.get_configuration()))
        if patch is not None:
            await self._send(patch)

    @twin(SyncSipRoutingClient.set_routes)
    async def set_routes(self, routes: list[SipTrunkRoute]) -> None:
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
