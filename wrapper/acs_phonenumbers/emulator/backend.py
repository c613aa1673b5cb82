"""The emulated service's rules: one method per operation, no HTTP.

Every public method runs in one store transaction and first settles the long-running operations whose time has
come (their effects are applied then, so a cancelled operation never takes effect). Methods return JSON-ready
dicts (or ``Accepted`` / ``Page``) and raise ``EmulatorError`` with the service's codes and messages.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

import phonenumbers
from phonenumbers import carrier

from . import inventory
from .clock import Clock
from .errors import EmulatorError, bad_request, not_found
from .paging import Page, bounds, paginate, window
from .store import Document, Store

PHONE_NUMBERS_API_VERSION = "2025-06-01"
SHORT_CODES_API_VERSION = "2021-10-25-preview"

SEARCH_HOLD = timedelta(minutes=15)
RESERVATION_IDLE = timedelta(minutes=15)
RESERVATION_MAX = timedelta(hours=2)
MAX_SEARCH_QUANTITY = 1000
BROWSE_LIMIT = 10
DEFAULT_LRO_SECONDS = 1.0
# A brief can be changed and submitted while a draft, and again when its review hands it back.
EDITABLE_BRIEF_STATUSES = ("draft", "updateProgramBrief", "submitNewVanityNumbers")
REVIEW_OUTCOMES = ("approved", "denied", "updateProgramBrief", "submitNewVanityNumbers")

T = TypeVar("T")


@dataclass(frozen=True)
class Accepted:
    """A long-running operation was started: what the 202 response carries."""

    operation_id: str
    resource_id: str
    resource_header: str
    location: str | None = None
    body: dict[str, Any] | None = None


@dataclass(frozen=True)
class OperationState:
    body: dict[str, Any]
    retry_after: int | None


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _number_id(e164: str) -> str:
    return e164.lstrip("+")


def _no_plan() -> EmulatorError:
    return EmulatorError(
        "InternalError",
        "The server encountered an internal error.",
        status=400,
        inner={
            "code": "BadRequest",
            "message": "We are unable to find phone plans to match your requested capabilities.",
        },
    )


def _no_consent() -> EmulatorError:
    return bad_request("Consent not provided to not resell the phone numbers", "isconsentprovided")


def _merge_patch(target: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    """RFC 7396 JSON merge patch."""
    result = dict(target)
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        elif isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = _merge_patch(result[key], value)
        else:
            result[key] = value
    return result


class Backend:
    """The rules of the phone-numbers and short-codes service over a ``Store``."""

    def __init__(
        self, store: Store | None = None, clock: Clock | None = None, lro_seconds: float = DEFAULT_LRO_SECONDS
    ):
        self.store = store or Store()
        self.clock = clock or Clock()
        self.lro_seconds = lro_seconds
        self._new_id: Callable[[], str] = lambda: str(uuid.uuid4())

    # ----------------------------------------------------------------- plumbing

    @contextmanager
    def _op(self) -> Iterator[datetime]:
        with self.store.transaction():
            now = self.clock.now()
            self._settle(now)
            yield now

    def reset(self) -> None:
        with self.store.transaction():
            self.store.clear()
        self.clock.reset()

    def _country(self, code: str) -> inventory.Country:
        found = inventory.country(code)
        if found is not None:
            return found
        if len(code) == 2 and phonenumbers.country_code_for_region(code.upper()):
            raise EmulatorError("InvalidInput", f"Country code {code.upper()} is not supported.", "countrycode")
        raise EmulatorError("InvalidInput", "Unable to parse country code.", "countrycode")

    def _taken(self, now: datetime, *, except_reservation: str | None = None) -> set[str]:
        """Numbers nobody else may hold: bought, held by a live search, or in a live reservation."""
        taken = set(self.store.values("number", "$.phoneNumber"))
        for search in self.store.list("search"):
            live = search.get("purchased") or _parse(search["searchExpiresBy"]) > now
            if search.get("holding", True) and live:
                taken.update(search["phoneNumbers"])
        for reservation in self.store.list("reservation"):
            if reservation["id"] == except_reservation:
                continue
            if self._reservation_status(reservation, now) in ("active", "submitted"):
                taken.update(n["phoneNumber"] for n in reservation["phoneNumbers"].values())
        return taken

    def _stored_page(self, kind: str, path: str, skip: int, top: int, api_version: str) -> Page:
        """A page of stored documents, cut by the store (only that page is read), paged by skip/top."""
        skip, top = bounds(skip, top)
        chunk, total = self.store.page(kind, skip, top)
        return window(chunk, total=total, path=path, skip=skip, size=top, size_param="top", api_version=api_version)

    # ----------------------------------------------------------------- operations (LRO)

    def _start(
        self,
        now: datetime,
        kind: str,
        operation_type: str,
        resource_id: str,
        effect: dict[str, Any],
        *,
        resource_location: str | None = None,
        error: dict[str, Any] | None = None,
    ) -> str:
        operation_id = f"{kind}_{resource_id}"
        self.store.put(
            "operation",
            operation_id,
            {
                "id": operation_id,
                "operationType": operation_type,
                "createdDateTime": _iso(now),
                "durationSeconds": self.lro_seconds,
                "resourceLocation": resource_location,
                "error": error,
                "effect": effect,
                "applied": False,
            },
        )
        return operation_id

    def _settle(self, now: datetime) -> None:
        for operation in self.store.list_where("operation", "$.applied", False):
            due = _parse(operation["createdDateTime"]) + timedelta(seconds=operation["durationSeconds"])
            if due > now:
                continue
            if operation["error"] is None:
                self._apply(operation["effect"], due)
            operation["applied"] = True
            self.store.put("operation", operation["id"], operation)

    def _apply(self, effect: dict[str, Any], when: datetime) -> None:
        kind = effect["kind"]
        if kind == "purchase":
            search = self.store.get("search", effect["searchId"])
            assert search is not None
            for e164 in search["phoneNumbers"]:
                self._buy(e164, search["countryCode"], search, when)
            search["holding"] = False
            self.store.put("search", search["searchId"], search)
        elif kind == "release":
            self.store.delete("number", effect["phoneNumber"])
        elif kind == "capabilities":
            number = self.store.get("number", effect["phoneNumber"])
            if number is not None:
                number["capabilities"] = effect["capabilities"]
                self.store.put("number", number["phoneNumber"], number)
        elif kind == "reservationPurchase":
            reservation = self.store.get("reservation", effect["reservationId"])
            assert reservation is not None
            for entry in reservation["phoneNumbers"].values():
                self._buy(entry["phoneNumber"], entry["countryCode"], entry, when)
            reservation["status"] = "completed"
            self.store.put("reservation", reservation["id"], reservation)

    def _buy(self, e164: str, country_code: str, source: dict[str, Any], when: datetime) -> None:
        self.store.put(
            "number",
            e164,
            {
                "id": _number_id(e164),
                "phoneNumber": e164,
                "countryCode": country_code,
                "phoneNumberType": source["phoneNumberType"],
                "capabilities": dict(source["capabilities"]),
                "assignmentType": source["assignmentType"],
                "purchaseDate": _iso(when),
                "cost": dict(source["cost"]),
            },
        )

    def get_operation(self, operation_id: str) -> OperationState:
        with self._op() as now:
            operation = self.store.get("operation", operation_id)
            if operation is None:
                raise not_found(f"Operation {operation_id} cannot be found.", "operationId")
            created = _parse(operation["createdDateTime"])
            duration = float(operation["durationSeconds"])
            elapsed = (now - created).total_seconds()
            retry_after: int | None = None
            if operation["applied"]:
                status = "failed" if operation["error"] else "succeeded"
                last = created + timedelta(seconds=duration)
            else:
                status = "notStarted" if elapsed < duration / 2 else "running"
                last = created if status == "notStarted" else created + timedelta(seconds=duration / 2)
                retry_after = max(1, math.ceil(duration - elapsed))
            body: dict[str, Any] = {
                "operationType": operation["operationType"],
                "status": status,
                "resourceLocation": operation["resourceLocation"],
                "createdDateTime": operation["createdDateTime"],
                "id": operation["id"],
                "lastActionDateTime": _iso(last),
            }
            if status == "failed":
                body["error"] = operation["error"]
            return OperationState(body, retry_after)

    def cancel_operation(self, operation_id: str) -> None:
        with self._op():
            operation = self.store.get("operation", operation_id)
            if operation is None:
                raise not_found(f"Operation {operation_id} cannot be found.", "operationId")
            if operation["applied"]:
                raise bad_request(f"Operation {operation_id} has already completed and cannot be cancelled.")
            self.store.delete("operation", operation_id)
            effect = operation["effect"]
            if effect["kind"] == "reservationPurchase":
                reservation = self.store.get("reservation", effect["reservationId"])
                if reservation is not None:
                    reservation["status"] = "active"
                    self.store.put("reservation", reservation["id"], reservation)
            elif effect["kind"] == "purchase":
                search = self.store.get("search", effect["searchId"])
                if search is not None:
                    search["purchased"] = False
                    self.store.put("search", search["searchId"], search)

    # ----------------------------------------------------------------- catalogue

    def list_countries(self, skip: int, max_page_size: int) -> Page:
        with self._op():
            items = [{"localizedName": c.name, "countryCode": c.code} for c in inventory.COUNTRIES]
            return paginate(
                items,
                path="/availablePhoneNumbers/countries",
                skip=skip,
                size=max_page_size,
                size_param="maxPageSize",
                api_version=PHONE_NUMBERS_API_VERSION,
            )

    def list_localities(
        self,
        country_code: str,
        skip: int,
        max_page_size: int,
        administrative_division: str | None,
        phone_number_type: str | None,
    ) -> Page:
        with self._op():
            country = self._country(country_code)
            localities = list(country.localities)
            if phone_number_type not in (None, inventory.GEOGRAPHIC):
                localities = []
            if administrative_division:
                wanted = administrative_division.lower()
                localities = [
                    loc
                    for loc in localities
                    if wanted in (loc.division_abbreviation.lower(), loc.division_name.lower())
                ]
            items = [
                {
                    "localizedName": loc.name,
                    "administrativeDivision": {
                        "localizedName": loc.division_name,
                        "abbreviatedName": loc.division_abbreviation,
                    },
                }
                for loc in localities
            ]
            query = {k: v for k, v in (("administrativeDivision", administrative_division),) if v}
            if phone_number_type:
                query["phoneNumberType"] = phone_number_type
            return paginate(
                items,
                path=f"/availablePhoneNumbers/countries/{country.code}/localities",
                skip=skip,
                size=max_page_size,
                size_param="maxPageSize",
                api_version=PHONE_NUMBERS_API_VERSION,
                query=query,
            )

    def list_area_codes(
        self,
        country_code: str,
        phone_number_type: str,
        skip: int,
        max_page_size: int,
        assignment_type: str | None,
        locality: str | None,
        administrative_division: str | None,
    ) -> Page:
        with self._op():
            country = self._country(country_code)
            if assignment_type and country.offering(phone_number_type, assignment_type) is None:
                codes: tuple[str, ...] = ()
            elif phone_number_type == inventory.GEOGRAPHIC:
                if not locality:
                    raise EmulatorError(
                        "InvalidInput", "Locality is required to list geographic area codes.", "locality"
                    )
                matches = [
                    loc
                    for loc in country.localities
                    if loc.name.lower() == locality.lower()
                    and (
                        not administrative_division
                        or administrative_division.lower()
                        in (loc.division_abbreviation.lower(), loc.division_name.lower())
                    )
                ]
                codes = tuple(code for loc in matches for code in loc.area_codes)
            else:
                codes = country.area_codes(phone_number_type)
            query = {"phoneNumberType": phone_number_type}
            for key, value in (
                ("assignmentType", assignment_type),
                ("locality", locality),
                ("administrativeDivision", administrative_division),
            ):
                if value:
                    query[key] = value
            return paginate(
                [{"areaCode": code} for code in codes],
                path=f"/availablePhoneNumbers/countries/{country.code}/areaCodes",
                skip=skip,
                size=max_page_size,
                size_param="maxPageSize",
                api_version=PHONE_NUMBERS_API_VERSION,
                query=query,
            )

    def list_offerings(
        self,
        country_code: str,
        skip: int,
        max_page_size: int,
        phone_number_type: str | None,
        assignment_type: str | None,
    ) -> Page:
        with self._op():
            country = self._country(country_code)
            offerings = [
                o.to_json()
                for o in country.offerings
                if phone_number_type in (None, o.phone_number_type) and assignment_type in (None, o.assignment_type)
            ]
            query = {
                k: v for k, v in (("phoneNumberType", phone_number_type), ("assignmentType", assignment_type)) if v
            }
            return paginate(
                offerings,
                path=f"/availablePhoneNumbers/countries/{country.code}/offerings",
                skip=skip,
                size=max_page_size,
                size_param="maxPageSize",
                api_version=PHONE_NUMBERS_API_VERSION,
                query=query,
            )

    # ----------------------------------------------------------------- search and purchase

    def _free_numbers(
        self, country: inventory.Country, phone_number_type: str, area_codes: tuple[str, ...], taken: set[str]
    ) -> Iterator[str]:
        """Free numbers, taking one area code after another in turn."""
        walks = [inventory.candidates(country, code, phone_number_type) for code in area_codes]
        while walks:
            for walk in list(walks):
                number = next(walk, None)
                if number is None:
                    walks.remove(walk)
                elif number not in taken:
                    yield number

    def search(self, country_code: str, request: dict[str, Any]) -> Accepted:
        with self._op() as now:
            country = self._country(country_code)
            phone_number_type = request["phoneNumberType"]
            assignment_type = request["assignmentType"]
            capabilities = dict(request["capabilities"])
            offering = country.offering(phone_number_type, assignment_type)
            if offering is None or not offering.allows(capabilities["calling"], capabilities["sms"]):
                raise _no_plan()
            quantity = int(request.get("quantity") or 1)
            area_codes = country.area_codes(phone_number_type)
            if request.get("areaCode"):
                if request["areaCode"] not in area_codes:
                    raise EmulatorError("InvalidInput", f"Area code {request['areaCode']} is not offered.", "areaCode")
                area_codes = (request["areaCode"],)
            numbers: list[str] = []
            if quantity <= MAX_SEARCH_QUANTITY:
                for number in self._free_numbers(country, phone_number_type, area_codes, self._taken(now)):
                    numbers.append(number)
                    if len(numbers) == quantity:
                        break
            out_of_stock = len(numbers) < quantity
            search_id = self._new_id()
            search: Document = {
                "searchId": search_id,
                "phoneNumbers": [] if out_of_stock else numbers,
                "phoneNumberType": phone_number_type,
                "assignmentType": assignment_type,
                "capabilities": capabilities,
                "cost": offering.cost_json(),
                "searchExpiresBy": _iso(now + SEARCH_HOLD),
                "isAgreementToNotResellRequired": country.agreement_to_not_resell_required,
                "error": "OutOfStock" if out_of_stock else "NoError",
                "countryCode": country.code,
            }
            if out_of_stock:
                search["errorCode"] = 1000
            self.store.put("search", search_id, search)
            location = f"/availablePhoneNumbers/searchResults/{search_id}?api-version={PHONE_NUMBERS_API_VERSION}"
            error = {"code": "OutOfStock", "message": "Not enough numbers in stock to satisfy the search."}
            operation_id = self._start(
                now,
                "search",
                "search",
                search_id,
                {"kind": "search"},
                resource_location=location,
                error=error if out_of_stock else None,
            )
            return Accepted(operation_id, search_id, "search-id", location, self._search_json(search))

    @staticmethod
    def _search_json(search: Document) -> dict[str, Any]:
        return {k: v for k, v in search.items() if k not in ("countryCode", "purchased", "holding")}

    def get_search_result(self, search_id: str) -> dict[str, Any]:
        with self._op():
            search = self.store.get("search", search_id)
            if search is None:
                raise not_found(f"Search with id {search_id} cannot be found.", "searchId")
            return self._search_json(search)

    def purchase(self, request: dict[str, Any]) -> Accepted:
        with self._op() as now:
            search_id = request.get("searchId")
            if not search_id:
                raise bad_request("A searchId is required.", "searchId")
            search = self.store.get("search", search_id)
            if search is None:
                raise not_found(f"Search with id {search_id} cannot be found.", "searchId")
            if search.get("purchased"):
                raise bad_request(f"Search with id {search_id} has already been purchased.", "searchId")
            if search["error"] != "NoError":
                raise bad_request(f"Search with id {search_id} holds no numbers.", "searchId")
            if search["isAgreementToNotResellRequired"] and not request.get("agreeToNotResell"):
                raise _no_consent()
            expired = _parse(search["searchExpiresBy"]) <= now
            error = None
            if expired:
                error = {"code": "ReservationExpired", "message": f"Search with id {search_id} has expired."}
            else:
                search["purchased"] = True
                self.store.put("search", search_id, search)
            purchase_id = self._new_id()
            operation_id = self._start(
                now, "purchase", "purchase", purchase_id, {"kind": "purchase", "searchId": search_id}, error=error
            )
            return Accepted(operation_id, purchase_id, "purchase-id")

    # ----------------------------------------------------------------- purchased numbers

    @staticmethod
    def _normalise(phone_number: str) -> str:
        number = phone_number.strip().replace(" ", "")
        return number if number.startswith("+") else f"+{number}"

    def _owned(self, phone_number: str, *, status: int = 404) -> Document:
        e164 = self._normalise(phone_number)
        number = self.store.get("number", e164)
        if number is not None:
            return number
        if status == 403 and e164[1:].isdigit():
            raise EmulatorError(
                "InsufficientPermissions", "Phone number not owned by this resource.", "phonenumber", 403
            )
        raise not_found(f"Input phoneNumber {e164} cannot be found.", "phonenumber")

    def get_number(self, phone_number: str) -> dict[str, Any]:
        with self._op():
            return self._owned(phone_number)

    def list_numbers(self, skip: int, top: int) -> Page:
        with self._op():
            return self._stored_page("number", "/phoneNumbers", skip, top, PHONE_NUMBERS_API_VERSION)

    def update_capabilities(self, phone_number: str, request: dict[str, Any]) -> Accepted:
        with self._op() as now:
            number = self._owned(phone_number, status=403)
            capabilities = {**number["capabilities"], **{k: v for k, v in request.items() if v is not None}}
            country = self._country(number["countryCode"])
            offering = country.offering(number["phoneNumberType"], number["assignmentType"])
            if offering is None or not offering.allows(capabilities["calling"], capabilities["sms"]):
                raise _no_plan()
            capabilities_id = self._new_id()
            location = f"/phoneNumbers/{number['phoneNumber']}?api-version={PHONE_NUMBERS_API_VERSION}"
            operation_id = self._start(
                now,
                "capabilities",
                "updatePhoneNumberCapabilities",
                capabilities_id,
                {"kind": "capabilities", "phoneNumber": number["phoneNumber"], "capabilities": capabilities},
                resource_location=location,
            )
            return Accepted(
                operation_id, capabilities_id, "capabilities-id", location, {**number, "capabilities": capabilities}
            )

    def release(self, phone_number: str) -> Accepted:
        with self._op() as now:
            number = self._owned(phone_number, status=403)
            release_id = self._new_id()
            operation_id = self._start(
                now,
                "release",
                "releasePhoneNumber",
                release_id,
                {"kind": "release", "phoneNumber": number["phoneNumber"]},
            )
            return Accepted(operation_id, release_id, "release-id")

    # ----------------------------------------------------------------- browse and reservations

    def _offering_for(
        self, country: inventory.Country, phone_number_type: str, assignment_type: str | None
    ) -> inventory.Offering:
        for offering in country.offerings:
            if offering.phone_number_type == phone_number_type and assignment_type in (None, offering.assignment_type):
                return offering
        raise _no_plan()

    def _available_json(
        self,
        e164: str,
        country: inventory.Country,
        offering: inventory.Offering,
        capabilities: dict[str, str],
        status: str,
    ) -> dict[str, Any]:
        return {
            "id": _number_id(e164),
            "countryCode": country.code,
            "phoneNumber": e164,
            "capabilities": capabilities,
            "phoneNumberType": offering.phone_number_type,
            "assignmentType": offering.assignment_type,
            "cost": offering.cost_json(),
            "status": status,
            "isAgreementToNotResellRequired": country.agreement_to_not_resell_required,
        }

    def browse(self, country_code: str, request: dict[str, Any]) -> dict[str, Any]:
        with self._op() as now:
            country = self._country(country_code)
            offering = self._offering_for(country, request["phoneNumberType"], request.get("assignmentType"))
            wanted = request.get("capabilities") or {}
            capabilities = {
                "calling": wanted.get("calling") or offering.calling,
                "sms": wanted.get("sms") or offering.sms,
            }
            if not offering.allows(capabilities["calling"], capabilities["sms"]):
                raise _no_plan()
            prefixes = [p.lstrip("+") for p in request.get("phoneNumberPrefixes") or []]
            area_codes = country.area_codes(offering.phone_number_type)
            if prefixes:
                area_codes = tuple(
                    code
                    for code in area_codes
                    if any(
                        f"{country.calling_code}{code}".startswith(p) or p.startswith(f"{country.calling_code}{code}")
                        for p in prefixes
                    )
                )
            found: list[dict[str, Any]] = []
            for e164 in self._free_numbers(country, offering.phone_number_type, area_codes, self._taken(now)):
                if prefixes and not any(e164[1:].startswith(p) for p in prefixes):
                    continue
                found.append(self._available_json(e164, country, offering, capabilities, "available"))
                if len(found) == BROWSE_LIMIT:
                    break
            return {"phoneNumbers": found}

    @staticmethod
    def _expires_at(reservation: Document) -> datetime:
        return min(
            _parse(reservation["updatedAt"]) + RESERVATION_IDLE,
            _parse(reservation["createdAt"]) + RESERVATION_MAX,
        )

    def _reservation_status(self, reservation: Document, now: datetime) -> str:
        status: str = reservation["status"]
        if status == "active" and self._expires_at(reservation) <= now:
            return "expired"
        return status

    def _reservation_json(self, reservation: Document, now: datetime, *, numbers: bool = True) -> dict[str, Any]:
        status = self._reservation_status(reservation, now)
        number_status = {"active": "reserved", "submitted": "reserved", "completed": "purchased"}.get(status, "expired")
        body: dict[str, Any] = {"id": reservation["id"], "expiresAt": _iso(self._expires_at(reservation))}
        if numbers:
            body["phoneNumbers"] = {
                key: {**entry, "status": number_status} for key, entry in reservation["phoneNumbers"].items()
            }
        body["status"] = status
        return body

    def _get_reservation(self, reservation_id: str) -> Document:
        reservation = self.store.get("reservation", reservation_id.lower())
        if reservation is None:
            raise not_found(f"Reservation {reservation_id} cannot be found.", "reservationId")
        return reservation

    def get_reservation(self, reservation_id: str) -> dict[str, Any]:
        with self._op() as now:
            return self._reservation_json(self._get_reservation(reservation_id), now)

    def list_reservations(self, skip: int, max_page_size: int) -> Page:
        with self._op() as now:
            items = [self._reservation_json(r, now, numbers=False) for r in self.store.list("reservation")]
            return paginate(
                items,
                path="/availablePhoneNumbers/reservations",
                skip=skip,
                size=max_page_size,
                size_param="maxPageSize",
                api_version=PHONE_NUMBERS_API_VERSION,
            )

    def _reserve_one(self, key: str, entry: dict[str, Any], taken: set[str]) -> dict[str, Any]:
        """The reservation entry for ``key``, or an entry with status ``error`` saying why not."""
        e164 = f"+{key}"
        failed = {
            **{
                k: v
                for k, v in entry.items()
                if k in ("countryCode", "capabilities", "phoneNumberType", "assignmentType")
            },
            "id": key,
            "phoneNumber": e164,
            "status": "error",
            "error": {"code": "FailedToReserveNumber", "message": "Failed to add the number to the reservation."},
        }
        country = inventory.country(str(entry.get("countryCode", "")))
        if country is None or not key.isdigit() or e164 in taken:
            return failed
        offering = country.offering(entry["phoneNumberType"], entry["assignmentType"])
        capabilities = entry["capabilities"]
        if offering is None or not offering.allows(capabilities["calling"], capabilities["sms"]):
            return failed
        if not inventory.is_valid_for(e164, country.code, offering.phone_number_type):
            return failed
        return self._available_json(e164, country, offering, dict(capabilities), "reserved")

    def create_or_update_reservation(self, reservation_id: str, request: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self._op() as now:
            key = reservation_id.lower()
            reservation = self.store.get("reservation", key)
            created = reservation is None
            if reservation is None:
                reservation = {"id": key, "createdAt": _iso(now), "status": "active", "phoneNumbers": {}}
            elif self._reservation_status(reservation, now) != "active":
                raise bad_request(f"Reservation {reservation_id} is not active and cannot be changed.", "reservationId")
            taken = self._taken(now, except_reservation=key)
            failures: dict[str, dict[str, Any]] = {}
            for number_id, entry in (request.get("phoneNumbers") or {}).items():
                if entry is None:
                    reservation["phoneNumbers"].pop(number_id, None)
                    continue
                if number_id in reservation["phoneNumbers"]:
                    continue
                outcome = self._reserve_one(number_id, entry, taken)
                if outcome["status"] == "error":
                    failures[number_id] = outcome
                else:
                    reservation["phoneNumbers"][number_id] = {k: v for k, v in outcome.items() if k != "status"}
            reservation["updatedAt"] = _iso(now)
            self.store.put("reservation", key, reservation)
            body = self._reservation_json(reservation, now)
            body["phoneNumbers"].update(failures)
            return (207 if failures else 201 if created else 200), body

    def delete_reservation(self, reservation_id: str) -> None:
        with self._op() as now:
            reservation = self._get_reservation(reservation_id)
            if self._reservation_status(reservation, now) != "active":
                raise bad_request(f"Reservation {reservation_id} is not active and cannot be deleted.", "reservationId")
            self.store.delete("reservation", reservation["id"])

    def purchase_reservation(self, reservation_id: str, request: dict[str, Any]) -> Accepted:
        with self._op() as now:
            reservation = self._get_reservation(reservation_id)
            if self._reservation_status(reservation, now) != "active":
                raise bad_request(f"Reservation {reservation_id} is not active.", "reservationId")
            entries = list(reservation["phoneNumbers"].values())
            if not entries:
                raise bad_request(f"Reservation {reservation_id} holds no phone numbers.", "reservationId")
            if any(e["isAgreementToNotResellRequired"] for e in entries) and not request.get("agreeToNotResell"):
                raise _no_consent()
            reservation["status"] = "submitted"
            self.store.put("reservation", reservation["id"], reservation)
            operation_id = self._start(
                now,
                "reservationPurchase",
                "reservationPurchase",
                reservation["id"],
                {"kind": "reservationPurchase", "reservationId": reservation["id"]},
            )
            return Accepted(operation_id, reservation["id"], "reservation-purchase-id")

    # ----------------------------------------------------------------- operator information

    def operator_information(self, request: dict[str, Any]) -> dict[str, Any]:
        with self._op():
            numbers: list[str] = request["phoneNumbers"]
            if len(numbers) != 1:
                raise EmulatorError("BadRequest", "Can only accept one phoneNumber")
            # Without options the service answers with operator details (as recorded); with options, as asked.
            options = request.get("options")
            details = options is None or bool(options.get("includeAdditionalOperatorDetails"))
            return {"values": [self._operator(n, details) for n in numbers]}

    @staticmethod
    def _operator(number: str, details: bool) -> dict[str, Any]:
        try:
            parsed = phonenumbers.parse(number, None)
        except phonenumbers.NumberParseException:
            parsed = None
        if parsed is None or not phonenumbers.is_valid_number(parsed):
            raise EmulatorError("InvalidInput", f"Phone number {number} is not a valid E.164 number.", "phoneNumbers")
        result: dict[str, Any] = {
            "phoneNumber": number,
            "nationalFormat": phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL),
            "internationalFormat": phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
            "isoCountryCode": None,
            "numberType": None,
            "operatorDetails": None,
        }
        if details:
            kind = phonenumbers.number_type(parsed)
            number_type = {
                phonenumbers.PhoneNumberType.MOBILE: "mobile",
                phonenumbers.PhoneNumberType.FIXED_LINE: "geographic",
                phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE: "geographic",
            }.get(kind, "other")
            result["isoCountryCode"] = phonenumbers.region_code_for_number(parsed)
            result["numberType"] = number_type
            result["operatorDetails"] = {
                "name": carrier.name_for_number(parsed, "en") or "Multiple OCN Listing",
                "mobileNetworkCode": None,
                "mobileCountryCode": None,
            }
        return result

    # ----------------------------------------------------------------- short codes

    def list_short_codes(self, skip: int, top: int) -> Page:
        with self._op():
            return self._stored_page("shortcode", "/shortCodes", skip, top, SHORT_CODES_API_VERSION)

    def _brief(self, brief_id: str) -> Document:
        brief = self.store.get("brief", brief_id.lower())
        if brief is None:
            raise not_found(f"Program brief {brief_id} cannot be found.", "programBriefId")
        return brief

    @staticmethod
    def _brief_costs(brief: Document) -> list[dict[str, Any]]:
        vanity = bool((brief.get("programDetails") or {}).get("isVanity"))
        monthly = 1500.0 if vanity else 1000.0
        return [
            {"amount": monthly, "currencyCode": "USD", "billingFrequency": "monthly"},
            {"amount": 650.0, "currencyCode": "USD", "billingFrequency": "once"},
        ]

    def upsert_brief(self, brief_id: str, patch: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self._op() as now:
            key = brief_id.lower()
            if str(patch.get("id", key)).lower() != key:
                raise bad_request("The id in the body does not match the id in the path.", "id")
            current = self.store.get("brief", key)
            if current is not None and current["status"] not in EDITABLE_BRIEF_STATUSES:
                raise bad_request(
                    f"Program brief {brief_id} is in status '{current['status']}' and can no longer be changed.",
                    "programBriefId",
                )
            writable = {k: v for k, v in patch.items() if k not in ("id", "status", "costs", "reviewNotes", "number")}
            base = current or {"id": key, "status": "draft", "statusUpdatedDate": _iso(now)}
            brief = _merge_patch(base, writable)
            brief["costs"] = self._brief_costs(brief)
            self.store.put("brief", key, brief)
            return (201 if current is None else 200), brief

    def get_brief(self, brief_id: str) -> dict[str, Any]:
        with self._op():
            return self._brief(brief_id)

    def delete_brief(self, brief_id: str) -> None:
        with self._op():
            brief = self._brief(brief_id)
            if brief["status"] != "draft":
                raise bad_request(
                    f"Program brief {brief_id} is in status '{brief['status']}' and can no longer be deleted.",
                    "programBriefId",
                )
            self.store.delete("brief", brief["id"])

    def submit_brief(self, brief_id: str) -> dict[str, Any]:
        with self._op() as now:
            brief = self._brief(brief_id)
            if brief["status"] not in EDITABLE_BRIEF_STATUSES:
                raise bad_request(f"Program brief {brief_id} has already been submitted.", "programBriefId")
            brief.update(status="submitted", submissionDate=_iso(now), statusUpdatedDate=_iso(now))
            self.store.put("brief", brief["id"], brief)
            return brief

    def review_brief(self, brief_id: str, outcome: str, note: str | None = None) -> dict[str, Any]:
        """The review of a submitted brief, which the service does out of band (an emulator administration step).

        ``approved`` provisions a short code for the brief (its ``number``, listed by ``GET /shortCodes``);
        ``updateProgramBrief`` and ``submitNewVanityNumbers`` hand it back for changes and a new submission;
        ``denied`` ends it. ``note`` becomes a review note, as the service explains its requests.
        """
        if outcome not in REVIEW_OUTCOMES:
            raise bad_request(
                f"The review outcome must be one of {', '.join(REVIEW_OUTCOMES)}; got {outcome!r}.", "status"
            )
        with self._op() as now:
            brief = self._brief(brief_id)
            if brief["status"] != "submitted":
                raise bad_request(
                    f"Program brief {brief_id} is in status '{brief['status']}'; only a submitted brief is reviewed.",
                    "programBriefId",
                )
            brief.update(status=outcome, statusUpdatedDate=_iso(now))
            if note:
                brief["reviewNotes"] = [*brief.get("reviewNotes", []), {"message": note, "date": _iso(now)}]
            if outcome == "approved":
                (brief["number"],) = self._provision_short_codes(1, brief["id"], now)
            self.store.put("brief", brief["id"], brief)
            return brief

    def list_briefs(self, skip: int, top: int) -> Page:
        with self._op():
            return self._stored_page(
                "brief", "/shortCodes/countries/US/programBriefs", skip, top, SHORT_CODES_API_VERSION
            )

    # ----------------------------------------------------------------- seeding (admin)

    def seed_purchased_numbers(
        self,
        count: int,
        country_code: str = "US",
        phone_number_type: str = inventory.GEOGRAPHIC,
        assignment_type: str = "application",
    ) -> list[str]:
        with self._op() as now:
            country = self._country(country_code)
            offering = country.offering(phone_number_type, assignment_type)
            if offering is None:
                raise _no_plan()
            area_codes = country.area_codes(phone_number_type)
            numbers: list[str] = []
            source = {
                "phoneNumberType": phone_number_type,
                "assignmentType": assignment_type,
                "capabilities": {"calling": offering.calling, "sms": offering.sms},
                "cost": offering.cost_json(),
            }
            for e164 in self._free_numbers(country, phone_number_type, area_codes, self._taken(now)):
                if len(numbers) == count:
                    break
                self._buy(e164, country.code, source, now)
                numbers.append(e164)
            return numbers

    def seed_short_codes(self, count: int, brief_id: str | None = None) -> list[str]:
        with self._op() as now:
            return self._provision_short_codes(count, brief_id, now)

    def _provision_short_codes(self, count: int, brief_id: str | None, now: datetime) -> list[str]:
        existing = {doc["number"] for doc in self.store.list("shortcode")}
        numbers: list[str] = []
        candidate = 100000
        while len(numbers) < count:
            candidate += 1
            number = str(candidate)
            if number in existing:
                continue
            self.store.put(
                "shortcode",
                number,
                {
                    "number": number,
                    "numberType": "shortCode",
                    "countryCode": "US",
                    "programBriefIds": [brief_id] if brief_id else [],
                    "purchaseDate": _iso(now),
                },
            )
            numbers.append(number)
        return numbers
