"""`acs-phonenumbers sip trunks list|show|set|delete` and `acs-phonenumbers sip routes list|set FILE`.

Trunks and routes are printed with the service's wire names (`fqdn`, `sipSignalingPort`; `name`, `description`,
`numberPattern`, `trunks`), and a routes file uses the same names.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .commands import Message, command, said
from .errors import EXIT_SERVICE, CliError, UsageProblem
from .files import read_document
from .options import command_group
from .state import CliState

if TYPE_CHECKING:
    from ..siprouting import SipTrunk, SipTrunkRoute

app = command_group("Direct routing: the SIP trunks (session border controllers) and voice routes of the resource.")
trunks_app = command_group("SIP trunks, by FQDN.")
routes_app = command_group("Voice routes, in matching order.")
app.add_typer(trunks_app, name="trunks")
app.add_typer(routes_app, name="routes")

FqdnArg = Annotated[str, typer.Argument(help="The trunk's FQDN, e.g. sbc.contoso.com.", show_default=False)]
ROUTE_FIELDS = {"name": "name", "numberPattern": "number_pattern", "description": "description", "trunks": "trunks"}


def trunk_data(trunk: SipTrunk) -> dict[str, Any]:
    return {"fqdn": trunk.fqdn, "sipSignalingPort": trunk.sip_signaling_port}


def route_data(route: SipTrunkRoute) -> dict[str, Any]:
    return {
        "name": route.name,
        "description": route.description,
        "numberPattern": route.number_pattern,
        "trunks": route.trunks,
    }


@trunks_app.command("list")
@command("listing SIP trunks", view="sip-trunks")
def list_trunks(state: CliState) -> Any:
    """List the SIP trunks."""
    return [[trunk_data(t) for t in state.sip_routing().list_trunks()]]  # one page


@trunks_app.command("show")
@command("getting SIP trunk {fqdn}")
def show_trunk(state: CliState, fqdn: FqdnArg) -> Any:
    """Show one SIP trunk (exit 1 when no trunk has this FQDN)."""
    try:
        return trunk_data(state.sip_routing().get_trunk(fqdn))
    except KeyError:
        raise CliError(f"no SIP trunk with FQDN {fqdn} is configured", exit_code=EXIT_SERVICE) from None


@trunks_app.command("set")
@command("setting SIP trunk {fqdn}")
def set_trunk(
    state: CliState,
    fqdn: FqdnArg,
    port: Annotated[int, typer.Argument(help="The trunk's SIP signalling port (1-65535).", show_default=False)],
) -> Message:
    """Add a SIP trunk, or change its port (the other trunks are left alone)."""
    from ..siprouting import SipTrunk

    state.sip_routing().set_trunk(SipTrunk(fqdn=fqdn, sip_signaling_port=port))
    return said(f"Set SIP trunk {fqdn} (port {port}).", fqdn=fqdn, sipSignalingPort=port, status="set")


@trunks_app.command("delete")
@command("deleting SIP trunk {fqdn}")
def delete_trunk(state: CliState, fqdn: FqdnArg) -> Message:
    """Remove a SIP trunk (the service refuses while a route uses it)."""
    state.sip_routing().delete_trunk(fqdn)
    return said(f"Deleted SIP trunk {fqdn}.", fqdn=fqdn, status="deleted")


@routes_app.command("list")
@command("listing SIP routes", view="sip-routes")
def list_routes(state: CliState) -> Any:
    """List the voice routes, in the order calls are matched against them."""
    return [[route_data(r) for r in state.sip_routing().list_routes()]]  # one page


def read_routes_file(path: Path) -> list[SipTrunkRoute]:
    """The routes in a JSON or YAML file: a list of routes, or an object with a `routes` list (wire names)."""
    data = read_document(path, "a routes file")
    if isinstance(data, dict) and set(data) == {"routes"}:
        data = data["routes"]
    if not isinstance(data, list):
        raise UsageProblem(f"{path}: expected a list of routes (or an object with a `routes` list)")
    return [_route(item, f"{path}: route {index}") for index, item in enumerate(data)]


def _route(item: Any, where: str) -> SipTrunkRoute:
    from ..siprouting import SipTrunkRoute

    if not isinstance(item, dict):
        raise UsageProblem(f"{where} must be an object, not {type(item).__name__}")
    try:
        return SipTrunkRoute(**{ROUTE_FIELDS[key]: value for key, value in item.items()})
    except KeyError:
        unknown = sorted(set(item) - set(ROUTE_FIELDS))
        raise UsageProblem(
            f"{where} has unknown field(s) {', '.join(unknown)}; the fields are {', '.join(ROUTE_FIELDS)}"
        ) from None


@routes_app.command("set")
@command()
def set_routes(
    state: CliState,
    file: Annotated[
        Path,
        typer.Argument(
            help="The new route list as JSON or YAML (.json, .yaml, .yml): a list of objects with name, "
            "numberPattern, and optionally description and trunks (FQDNs, in failover order).",
            dir_okay=False,
            show_default=False,
        ),
    ],
) -> Message:
    """Replace the whole route list with the routes in a file (an empty list removes every route)."""
    routes = read_routes_file(file)
    state.doing("setting SIP routes")
    state.sip_routing().set_routes(routes)
    return said(f"Set {len(routes)} SIP route(s).", routes=len(routes), status="set")
