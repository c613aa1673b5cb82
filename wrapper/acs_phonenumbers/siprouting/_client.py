"""SipRoutingClient: the direct-routing configuration (SIP trunks and voice routes) of a Communication resource.

The official ``azure.communication.phonenumbers.siprouting.SipRoutingClient`` with the same names, signatures and
behaviour, on this package's client core (:mod:`acs_phonenumbers._base`): the same credentials, options, retries,
errors, raw responses and pagers as :class:`~acs_phonenumbers.PhoneNumbersClient`.

The service has one resource, ``/sip``: GET returns the whole configuration, PATCH changes it with a JSON merge
patch (a trunk named with ``null`` is removed, one named with an object is added or replaced, the others stay;
``routes``, when sent, replaces the whole list). There are no ETags, so the service cannot tell a write based on
a stale read from a fresh one. Hence:

- ``set_trunk`` and ``delete_trunk`` send one merge patch naming one FQDN, without reading first: they cannot
  undo another process's change to another trunk.
- ``set_trunks`` must read to know which trunks to remove (as the official client does): a trunk added by
  someone else between the read and the write survives; one deleted in between is not re-created.
- ``set_routes`` replaces the whole list in one request (last writer wins).

Every operation is prepared by pure code in :class:`_SipRoutingRequests` (checks, bodies, how to read the answer);
the async client and the raw-response views are generated from :class:`SipRoutingClient` (``make generate``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Unpack

from acs_siprouting_generated import models
from acs_siprouting_generated.api.sip_routing import sip_routing_get, sip_routing_update
from acs_siprouting_generated.client import Client as GeneratedClient
from acs_siprouting_generated.types import Unset

from .._base import Call, Paged, Requests, SyncClient
from .._compat import AzureCallKeywords, azure_keywords
from .._errors import InvalidArgumentError
from .._paging import ItemPaged, PageData
from .._validation import wrong_type
from ._models import SipTrunk, SipTrunkRoute

if TYPE_CHECKING:
    from acs_phonenumbers_twins.siprouting import SipRoutingClientWithRawResponse

__all__ = ["SIP_ROUTING_API_VERSION", "SipRoutingClient"]

SIP_ROUTING_API_VERSION = "2023-03-01"
"""The API version of SIP routing the official 1.4 client speaks, and the one our OpenAPI document describes."""

MIN_PORT, MAX_PORT = 1, 65535


# -- reading the service's configuration ----------------------------------------------------------------------


def _present(value: Any) -> bool:
    """Whether a generated field was in the body: neither UNSET nor None (both spellings of absent)."""
    return value is not None and not isinstance(value, Unset)


def _trunk_map(config: models.SipConfiguration) -> dict[str, int | None]:
    """FQDN -> port, in the service's order; an empty map when the body has no trunks."""
    trunks = config.trunks
    if trunks is None:
        return {}
    result: dict[str, int | None] = {}
    for fqdn, trunk in trunks.items():
        port = getattr(trunk, "sip_signaling_port", None)
        result[fqdn] = port if _present(port) else None
    return result


def trunks_of(config: models.SipConfiguration) -> list[SipTrunk]:
    """The configuration's trunks as :class:`SipTrunk`, in the service's order."""
    return [SipTrunk(fqdn=fqdn, sip_signaling_port=port) for fqdn, port in _trunk_map(config).items()]


def _optional(value: Any) -> Any:
    return value if _present(value) else None


def routes_of(config: models.SipConfiguration) -> list[SipTrunkRoute]:
    """The configuration's routes as :class:`SipTrunkRoute`, in the service's (routing) order."""
    routes = config.routes
    if not _present(routes):
        return []
    return [
        SipTrunkRoute(
            description=_optional(route.description),
            name=route.name,
            number_pattern=route.number_pattern,
            trunks=list(route.trunks) if isinstance(route.trunks, list) else None,
        )
        for route in routes  # type: ignore[union-attr]
    ]


# -- checks: only what no request could make valid --------------------------------------------------------------


def check_fqdn(value: Any, field: str) -> str:
    """A trunk's FQDN: a non-empty string (its form and length are the service's to judge)."""
    if not isinstance(value, str):
        raise wrong_type(field, "a string (an FQDN)", value)
    if not value.strip():
        raise InvalidArgumentError(f"{field} must not be empty")
    return value


def check_port(value: Any, field: str) -> int:
    """A SIP signalling port, 1-65535; a string of digits is taken as its number, as the official client does."""
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        raise wrong_type(field, f"a port number from {MIN_PORT} to {MAX_PORT}", value)
    if not MIN_PORT <= value <= MAX_PORT:
        raise InvalidArgumentError(f"{field} must be a port number from {MIN_PORT} to {MAX_PORT}, got {value}")
    return value


def check_trunk(trunk: Any, field: str = "trunk") -> tuple[str, int]:
    """(fqdn, port) of a :class:`SipTrunk`."""
    if not isinstance(trunk, SipTrunk):
        raise wrong_type(field, "a SipTrunk", trunk)
    return check_fqdn(trunk.fqdn, f"{field}.fqdn"), check_port(trunk.sip_signaling_port, f"{field}.sip_signaling_port")


def check_trunks(trunks: Any) -> dict[str, int]:
    """FQDN -> port of a list of :class:`SipTrunk` (in the given order); one FQDN may appear only once."""
    if isinstance(trunks, str | bytes | Mapping) or not isinstance(trunks, Iterable):
        raise wrong_type("trunks", "a list of SipTrunk", trunks)
    wanted: dict[str, int] = {}
    for index, trunk in enumerate(trunks):
        fqdn, port = check_trunk(trunk, f"trunks[{index}]")
        if fqdn in wanted:
            raise InvalidArgumentError(f"trunks[{index}].fqdn {fqdn!r} is listed twice; each trunk is listed once")
        wanted[fqdn] = port
    return wanted


def _check_text(value: Any, field: str, *, required: bool) -> str | None:
    if value is None:
        if required:
            raise InvalidArgumentError(f"{field} is required")
        return None
    if not isinstance(value, str):
        raise wrong_type(field, "a string", value)
    return value


def check_route(route: Any, field: str) -> models.TrunkRoute:
    """The wire form of a :class:`SipTrunkRoute`; its name, pattern and trunks are judged by the service."""
    if not isinstance(route, SipTrunkRoute):
        raise wrong_type(field, "a SipTrunkRoute", route)
    name = _check_text(route.name, f"{field}.name", required=True)
    pattern = _check_text(route.number_pattern, f"{field}.number_pattern", required=True)
    wire = models.TrunkRoute(name=str(name), number_pattern=str(pattern))
    description = _check_text(route.description, f"{field}.description", required=False)
    if description is not None:
        wire.description = description
    if route.trunks is not None:
        if isinstance(route.trunks, str | bytes) or not isinstance(route.trunks, Iterable):
            raise wrong_type(f"{field}.trunks", "a list of trunk FQDNs", route.trunks)
        wire.trunks = [check_fqdn(fqdn, f"{field}.trunks[{i}]") for i, fqdn in enumerate(route.trunks)]
    return wire


def check_routes(routes: Any) -> list[models.TrunkRoute]:
    if isinstance(routes, str | bytes | Mapping) or not isinstance(routes, Iterable):
        raise wrong_type("routes", "a list of SipTrunkRoute", routes)
    return [check_route(route, f"routes[{index}]") for index, route in enumerate(routes)]


# -- request preparation (pure; shared by the sync and async clients) -------------------------------------------


def _trunk_patch(trunks: Mapping[str, int | None]) -> models.SipConfigurationUpdate:
    """A merge patch of trunks: a port sets the trunk, None removes it."""
    patch = models.SipConfigurationUpdateTrunks(
        {fqdn: None if port is None else models.TrunkUpdate(sip_signaling_port=port) for fqdn, port in trunks.items()}
    )
    return models.SipConfigurationUpdate(trunks=patch)


def _none(_: Any) -> None:
    return None


def _same(value: Any) -> Any:
    return value


def _single_page(extract: Any) -> Any:
    def page(config: models.SipConfiguration) -> PageData[Any]:
        return extract(config), None  # the whole configuration is one page: there is no next link

    return page


class _SipRoutingRequests(Requests):
    """Every operation as pure request preparation; the sync and async clients only send what this builds."""

    def get_configuration(self) -> Call[models.SipConfiguration]:
        return self.call(sip_routing_get, (200,), _same)

    def get_trunk(self, trunk_fqdn: Any) -> Call[SipTrunk]:
        fqdn = check_fqdn(trunk_fqdn, "trunk_fqdn")

        def pick(config: models.SipConfiguration) -> SipTrunk:
            trunks = _trunk_map(config)
            if fqdn not in trunks:
                # KeyError, as the official client raises: the configuration is a map of trunks by FQDN.
                raise KeyError(f"no SIP trunk with FQDN {fqdn!r} is configured")
            return SipTrunk(fqdn=fqdn, sip_signaling_port=trunks[fqdn])

        return self.call(sip_routing_get, (200,), pick)

    def list_trunks(self) -> Paged[SipTrunk]:
        return Paged(self.call(sip_routing_get, (200,), _single_page(trunks_of)), models.SipConfiguration.from_dict, "")

    def list_routes(self) -> Paged[SipTrunkRoute]:
        return Paged(self.call(sip_routing_get, (200,), _single_page(routes_of)), models.SipConfiguration.from_dict, "")

    def set_trunk(self, trunk: Any) -> Call[None]:
        fqdn, port = check_trunk(trunk)
        return self.call(sip_routing_update, (200,), _none, body=_trunk_patch({fqdn: port}))

    def delete_trunk(self, trunk_fqdn: Any) -> Call[None]:
        fqdn = check_fqdn(trunk_fqdn, "trunk_fqdn")
        return self.call(sip_routing_update, (200,), _none, body=_trunk_patch({fqdn: None}))

    def set_trunks_patch(self, wanted: Mapping[str, int], current: models.SipConfiguration) -> Call[None] | None:
        """The one PATCH that turns ``current`` trunks into ``wanted`` (new ones first, then null for each removed
        one), or None when there is nothing to send (the service refuses an empty trunk patch)."""
        trunks: dict[str, int | None] = dict(wanted)
        trunks.update({fqdn: None for fqdn in _trunk_map(current) if fqdn not in wanted})
        if not trunks:
            return None
        return self.call(sip_routing_update, (200,), _none, body=_trunk_patch(trunks))

    def set_routes(self, routes: Any) -> Call[None]:
        body = models.SipConfigurationUpdate(routes=check_routes(routes))
        return self.call(sip_routing_update, (200,), _none, body=body)


class SipRoutingClient(SyncClient[_SipRoutingRequests, GeneratedClient]):
    """A client for the SIP trunks and voice routes (direct routing) of Azure Communication Services.

    Constructed, configured and closed exactly like :class:`~acs_phonenumbers.PhoneNumbersClient` (same
    credentials, keyword options, retries, errors and raw responses); ``api_version`` defaults to
    ``2023-03-01``. The constructor takes azure-core's keywords and every method azure-core's per-call keywords
    (``headers=``, ``timeout=``, ``retry_total=``, ``raw_response_hook=``, ``cls=``, ...) as the other clients do
    (see ``acs_phonenumbers._compat.KEYWORDS``): ``headers_policy=`` sends the headers it carries,
    ``http_logging_policy=`` is accepted without effect.

    Example::

        from acs_phonenumbers.siprouting import SipRoutingClient, SipTrunk, SipTrunkRoute

        with SipRoutingClient.from_connection_string(conn_str) as client:
            client.set_trunk(SipTrunk(fqdn="sbc.contoso.com", sip_signaling_port=5061))
            client.set_routes([SipTrunkRoute(name="US", number_pattern=r"^\\+1[0-9]{10}$", trunks=["sbc.contoso.com"])])

    Errors: bad arguments raise ``ValueError`` (:class:`~acs_phonenumbers.InvalidArgumentError`) or ``TypeError``
    before anything is sent; a configuration the service refuses raises
    :class:`~acs_phonenumbers.HttpResponseError` with status 422, ``error.code`` ``UnprocessableConfiguration``
    and the reason in ``error.innererror.code`` (``MissingTrunk``, ``InvalidRouteName``, ...); nothing of a refused
    PATCH is applied.
    """

    DEFAULT_API_VERSION = SIP_ROUTING_API_VERSION
    _requests_type = _SipRoutingRequests
    _generated_type = GeneratedClient

    @property
    def with_raw_response(self) -> SipRoutingClientWithRawResponse:
        """The same calls, returning :class:`~acs_phonenumbers.RawResponse` (the ``httpx.Response`` and the value).

        Example::

            raw = client.with_raw_response.delete_trunk("sbc.contoso.com")
            print(raw.status_code, raw.headers["MS-CV"])
        """
        from acs_phonenumbers_twins.siprouting import SipRoutingClientWithRawResponse  # generated from this class

        return SipRoutingClientWithRawResponse(self)

    @azure_keywords
    def get_trunk(self, trunk_fqdn: str, **kwargs: Unpack[AzureCallKeywords]) -> SipTrunk:
        """The trunk with this FQDN (one GET of the configuration); ``KeyError`` when none is configured.

        Example::

            trunk = client.get_trunk("sbc.contoso.com")
            print(trunk.sip_signaling_port)
        """
        return self._send(self._requests.get_trunk(trunk_fqdn))

    @azure_keywords
    def set_trunk(self, trunk: SipTrunk, **kwargs: Unpack[AzureCallKeywords]) -> None:
        """Add the trunk, or change the port of the trunk with its FQDN; the other trunks are left alone.

        One merge patch naming only this FQDN, with no read before it.

        Example::

            client.set_trunk(SipTrunk(fqdn="sbc.contoso.com", sip_signaling_port=5061))
        """
        self._send(self._requests.set_trunk(trunk))

    @azure_keywords
    def delete_trunk(self, trunk_fqdn: str, **kwargs: Unpack[AzureCallKeywords]) -> None:
        """Remove the trunk with this FQDN (one merge patch naming it with null); removing an absent trunk is not
        an error. The service refuses (422, ``MissingTrunk``) while a route still uses the trunk.

        Example::

            client.delete_trunk("sbc.contoso.com")
        """
        self._send(self._requests.delete_trunk(trunk_fqdn))

    @azure_keywords
    def list_trunks(self, **kwargs: Unpack[AzureCallKeywords]) -> ItemPaged[SipTrunk]:
        """The configured trunks (one GET when iterated; nothing is sent before).

        Example::

            for trunk in client.list_trunks():
                print(trunk.fqdn, trunk.sip_signaling_port)
        """
        return self._pager(self._requests.list_trunks())

    @azure_keywords
    def list_routes(self, **kwargs: Unpack[AzureCallKeywords]) -> ItemPaged[SipTrunkRoute]:
        """The configured routes, in the order calls are matched against them (one GET when iterated).

        Example::

            for route in client.list_routes():
                print(route.name, route.number_pattern, route.trunks)
        """
        return self._pager(self._requests.list_routes())

    @azure_keywords
    def set_trunks(self, trunks: list[SipTrunk], **kwargs: Unpack[AzureCallKeywords]) -> None:
        """Make ``trunks`` the whole trunk set: reads the configuration, then sends one merge patch that sets the
        given trunks and removes every other one (nothing is sent when there is nothing to change).

        Example::

            client.set_trunks([SipTrunk(fqdn="sbc1.contoso.com", sip_signaling_port=5061)])
        """
        wanted = check_trunks(trunks)
        current = self._exchange(self._requests.get_configuration())[0]  # the read is ours: cls= is for the write
        patch = self._requests.set_trunks_patch(wanted, current)
        if patch is not None:
            self._send(patch)

    @azure_keywords
    def set_routes(self, routes: list[SipTrunkRoute], **kwargs: Unpack[AzureCallKeywords]) -> None:
        """Replace the whole route list with ``routes`` (one request; ``[]`` removes every route).

        Example::

            client.set_routes([SipTrunkRoute(name="All", number_pattern=".*", trunks=["sbc.contoso.com"])])
        """
        self._send(self._requests.set_routes(routes))
