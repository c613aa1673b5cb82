"""The SIP routing service's rules (api-version 2023-03-01): one direct-routing configuration per resource, its
trunks (by FQDN) and its routes, read whole and changed by JSON merge patch. No HTTP here.

What the service does, from its recordings (``../shared/recordings/siprouting``) and examples:

- a PATCH names trunks with an object (added, or merged into the existing trunk) or ``null`` (removed; an absent
  trunk is no error); trunks not named stay; ``routes``, when present, replaces the whole list, in order;
- the resulting configuration is checked as a whole and the PATCH is applied entirely or not at all; a refusal is
  422 ``UnprocessableConfiguration`` "One or more request inputs are not valid." with the reason as ``innererror``:
  ``InvalidTrunkSipSignalingPort`` (port outside 1-65535, or a new trunk without one), ``InvalidRouteName`` (empty
  name), ``MissingTrunk`` (a route names a trunk the result lacks, including one the same PATCH removes);
  ``InvalidRegex`` (from the service's example) for a number pattern that is not a regular expression;
- every answer is the whole configuration, with both ``trunks`` (``{}`` when none) and ``routes`` (``[]``).

Assumed, as the recordings do not show them: ``InvalidTrunkFqdn`` for a trunk key that is not a host name of at
least two labels (1-249 characters), and 400 ``BadRequest`` for a PATCH that changes nothing (the official
client's tests say the service refuses one; its code is not recorded).
"""

from __future__ import annotations

import copy
import re
from typing import Any

from ..core import ServiceBackend, merge_patch
from ..errors import EmulatorError, bad_request

KIND, KEY = "sipconfiguration", "configuration"
REFUSED = "One or more request inputs are not valid."
MIN_PORT, MAX_PORT = 1, 65535
MAX_FQDN = 249
ROUTE_FIELDS = ("description", "name", "numberPattern", "trunks")  # what a stored route keeps, in this order
_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)", re.IGNORECASE)
# .NET accepts a quantifier right after the start anchor (the service took "^+[1-9][0-9]{3,23}$"); Python's re
# does not, so it is dropped before compiling.
_QUANTIFIED_ANCHOR = re.compile(r"^\^[+*?]")


def unprocessable(inner_code: str, inner_message: str) -> EmulatorError:
    """The service's 422 for a configuration it refuses."""
    return EmulatorError(
        "UnprocessableConfiguration", REFUSED, status=422, inner={"code": inner_code, "message": inner_message}
    )


def _valid_fqdn(fqdn: str) -> bool:
    labels = fqdn.split(".")
    return len(fqdn) <= MAX_FQDN and len(labels) >= 2 and all(_LABEL.fullmatch(label) for label in labels)


def _valid_port(port: Any) -> bool:
    return isinstance(port, int) and not isinstance(port, bool) and MIN_PORT <= port <= MAX_PORT


def _valid_regex(pattern: str) -> bool:
    if not pattern:
        return False
    try:
        re.compile(_QUANTIFIED_ANCHOR.sub("^", pattern))
    except re.error:
        return False
    return True


class SipRoutingBackend(ServiceBackend):
    """The direct-routing configuration of the resource, kept as one document in the shared store."""

    API_VERSION = "2023-03-01"

    def _configuration(self) -> dict[str, Any]:
        stored = self.store.get(KIND, KEY)
        return stored if stored is not None else {"trunks": {}, "routes": []}

    def get_configuration(self) -> dict[str, Any]:
        with self.core.op():
            return self._configuration()

    def update_configuration(self, request: dict[str, Any] | None = None) -> dict[str, Any]:
        patch = request or {}  # the body is optional: without one, nothing changes (refused below)
        with self.core.op():
            trunk_patch: dict[str, Any] = patch.get("trunks") or {}
            routes = patch.get("routes")
            if not trunk_patch and routes is None:
                raise bad_request("The request does not change the SIP configuration.")
            current = self._configuration()
            trunks = copy.deepcopy(current["trunks"])
            for fqdn, change in trunk_patch.items():
                if change is None:
                    trunks.pop(fqdn, None)
                    continue
                if not _valid_fqdn(fqdn):
                    raise unprocessable("InvalidTrunkFqdn", "Trunk with an invalid FQDN.")
                merged = merge_patch(trunks.get(fqdn, {}), change)
                if not _valid_port(merged.get("sipSignalingPort")):
                    raise unprocessable("InvalidTrunkSipSignalingPort", "Trunk with an invalid SIP signaling port.")
                trunks[fqdn] = {"sipSignalingPort": merged["sipSignalingPort"]}  # unknown fields are not kept
            if routes is not None:
                routes = [{key: route[key] for key in ROUTE_FIELDS if key in route} for route in routes]
            result = {"trunks": trunks, "routes": current["routes"] if routes is None else routes}
            for route in result["routes"]:
                if not str(route.get("name", "")).strip():
                    raise unprocessable("InvalidRouteName", "Route with an invalid name.")
                if not _valid_regex(str(route.get("numberPattern", ""))):
                    raise unprocessable("InvalidRegex", "Unsupported regex format provided.")
                if any(fqdn not in trunks for fqdn in route.get("trunks") or []):
                    raise unprocessable("MissingTrunk", "Route targeting a missing trunk.")
            self.store.put(KIND, KEY, result)
            return result
