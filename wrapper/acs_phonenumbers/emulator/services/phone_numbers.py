"""The phone-numbers service's rules (api-version 2025-06-01): catalogue, search and purchase, purchased numbers,
browse and reservations, operator information, and its long-running operations. No HTTP here.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import phonenumbers

from .. import inventory
from ..core import Accepted, Core, Effect, OperationState, ServiceBackend, iso, parse_time
from ..errors import EmulatorError, bad_request, not_found
from ..paging import Page
from ..store import Document

SEARCH_HOLD = timedelta(minutes=15)
RESERVATION_IDLE = timedelta(minutes=15)
RESERVATION_MAX = timedelta(hours=2)
MAX_SEARCH_QUANTITY = 1000
BROWSE_LIMIT = 10
SEED_CHUNK = 200  # numbers seeded per transaction
SEED_PAUSE = 0.001  # seconds between chunks


def _number_id(e164: str) -> str:
    return e164.lstrip("+")


def _query(*pairs: tuple[str, str | None]) -> dict[str, str]:
    """The query parameters a next link repeats: those given, in order."""
    return {key: value for key, value in pairs if value}


def _related(code: str, prefix: str) -> bool:
    """Whether numbers that start with ``code`` may start with ``prefix`` (one is the start of the other)."""
    return code.startswith(prefix) or prefix.startswith(code)


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


class PhoneNumbersBackend(ServiceBackend):
    """The rules of the phone-numbers service over the shared store."""

    API_VERSION = "2025-06-01"

    def __init__(self, core: Core) -> None:
        super().__init__(core)
        core.register_effect("search")
        core.register_effect("purchase", self._apply_purchase, self._cancel_purchase)
        core.register_effect("release", self._apply_release)
        core.register_effect("capabilities", self._apply_capabilities)
        core.register_effect("reservationPurchase", self._apply_reservation_purchase, self._cancel_reservation_purchase)

    # ----------------------------------------------------------------- shared rules

    def _country(self, code: str) -> inventory.Country:
        found = inventory.country(code)
        if found is not None:
            return found
        if len(code) == 2 and phonenumbers.country_code_for_region(code.upper()):
            raise EmulatorError("InvalidInput", f"Country code {code.upper()} is not supported.", "countrycode")
        raise EmulatorError("InvalidInput", "Unable to parse country code.", "countrycode")

    def _taken(self, now: datetime, *, except_reservation: str | None = None) -> set[str]:
        """Numbers nobody else may hold: bought, held by a live search, or in a live reservation."""
        # A number's id in the store is its E.164 form: the ids come from the index, no document is decoded.
        return set(self.store.ids("number")) | self._held(now, except_reservation=except_reservation)

    def _held(self, now: datetime, *, except_reservation: str | None = None) -> set[str]:
        """Numbers held by a live search or in a live reservation."""
        taken: set[str] = set()
        for search in self.store.list("search"):
            live = search.get("purchased") or parse_time(search["searchExpiresBy"]) > now
            if search.get("holding", True) and live:
                taken.update(search["phoneNumbers"])
        for reservation in self.store.list("reservation"):
            if reservation["id"] == except_reservation:
                continue
            if self._reservation_status(reservation, now) in ("active", "submitted"):
                taken.update(n["phoneNumber"] for n in reservation["phoneNumbers"].values())
        return taken

    # ----------------------------------------------------------------- operations (LRO)

    def get_operation(self, operation_id: str) -> OperationState:
        with self.core.op() as now:
            return self.core.operation_state(operation_id, now)

    def cancel_operation(self, operation_id: str) -> None:
        with self.core.op():
            self.core.cancel_operation(operation_id)

    def _apply_purchase(self, effect: Effect, when: datetime) -> None:
        search = self.store.get("search", effect["searchId"])
        assert search is not None
        for e164 in search["phoneNumbers"]:
            self._buy(e164, search["countryCode"], search, when)
        search["holding"] = False
        self.store.put("search", search["searchId"], search)

    def _cancel_purchase(self, effect: Effect) -> None:
        search = self.store.get("search", effect["searchId"])
        if search is not None:
            search["purchased"] = False
            self.store.put("search", search["searchId"], search)

    def _apply_release(self, effect: Effect, when: datetime) -> None:
        self.store.delete("number", effect["phoneNumber"])

    def _apply_capabilities(self, effect: Effect, when: datetime) -> None:
        number = self.store.get("number", effect["phoneNumber"])
        if number is not None:
            number["capabilities"] = effect["capabilities"]
            self.store.put("number", number["phoneNumber"], number)

    def _apply_reservation_purchase(self, effect: Effect, when: datetime) -> None:
        reservation = self.store.get("reservation", effect["reservationId"])
        assert reservation is not None
        for entry in reservation["phoneNumbers"].values():
            self._buy(entry["phoneNumber"], entry["countryCode"], entry, when)
        reservation["status"] = "completed"
        self.store.put("reservation", reservation["id"], reservation)

    def _cancel_reservation_purchase(self, effect: Effect) -> None:
        reservation = self.store.get("reservation", effect["reservationId"])
        if reservation is not None:
            reservation["status"] = "active"
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
                "purchaseDate": iso(when),
                "cost": dict(source["cost"]),
            },
        )

    # ----------------------------------------------------------------- catalogue

    def _catalogue_page(
        self, items: list[Any], path: str, skip: int, max_page_size: int, query: dict[str, str] | None = None
    ) -> Page:
        return self.paginate(items, path=path, skip=skip, size=max_page_size, size_param="maxPageSize", query=query)

    def list_countries(self, skip: int, max_page_size: int, accept_language: str | None = None) -> Page:
        with self.core.op():
            wanted = inventory.languages(accept_language)
            items = sorted(
                ({"localizedName": c.names.pick(wanted), "countryCode": c.code} for c in inventory.COUNTRIES),
                key=lambda item: item["localizedName"].casefold(),
            )
            return self._catalogue_page(items, "/availablePhoneNumbers/countries", skip, max_page_size)

    @staticmethod
    def _localities(
        country: inventory.Country, phone_number_type: str | None, locality: str | None, division: str | None
    ) -> list[inventory.Locality]:
        """The localities with numbers of this type, by name (in any of its languages) and division if given."""
        return [
            loc
            for loc in country.localities_for(phone_number_type)
            if (not locality or loc.names.matches(locality)) and (not division or loc.in_division(division))
        ]

    def list_localities(
        self,
        country_code: str,
        skip: int,
        max_page_size: int,
        administrative_division: str | None,
        phone_number_type: str | None,
        accept_language: str | None = None,
    ) -> Page:
        with self.core.op():
            country = self._country(country_code)
            wanted = inventory.languages(accept_language)
            localities = self._localities(country, phone_number_type, None, administrative_division)
            items = [loc.to_json(wanted) for loc in localities]
            query = _query(("administrativeDivision", administrative_division), ("phoneNumberType", phone_number_type))
            return self._catalogue_page(
                items, f"/availablePhoneNumbers/countries/{country.code}/localities", skip, max_page_size, query
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
        accept_language: str | None,  # area codes have no localised names
    ) -> Page:
        with self.core.op():
            country = self._country(country_code)
            if assignment_type and country.offering(phone_number_type, assignment_type) is None:
                codes: tuple[str, ...] = ()
            elif phone_number_type == inventory.GEOGRAPHIC and not locality:
                raise EmulatorError("InvalidInput", "Locality is required to list geographic area codes.", "locality")
            elif locality or administrative_division:
                matches = self._localities(country, phone_number_type, locality, administrative_division)
                codes = tuple(
                    dict.fromkeys(code for loc in matches for code in loc.area_codes_by_type[phone_number_type])
                )
            else:
                codes = country.area_codes(phone_number_type)
            query = _query(
                ("phoneNumberType", phone_number_type),
                ("assignmentType", assignment_type),
                ("locality", locality),
                ("administrativeDivision", administrative_division),
            )
            return self._catalogue_page(
                [{"areaCode": code} for code in codes],
                f"/availablePhoneNumbers/countries/{country.code}/areaCodes",
                skip,
                max_page_size,
                query,
            )

    def list_offerings(
        self,
        country_code: str,
        skip: int,
        max_page_size: int,
        phone_number_type: str | None,
        assignment_type: str | None,
        accept_language: str | None,  # offerings have no localised names
    ) -> Page:
        with self.core.op():
            country = self._country(country_code)
            offerings = [
                o.to_json()
                for o in country.offerings
                if phone_number_type in (None, o.phone_number_type) and assignment_type in (None, o.assignment_type)
            ]
            query = _query(("phoneNumberType", phone_number_type), ("assignmentType", assignment_type))
            return self._catalogue_page(
                offerings, f"/availablePhoneNumbers/countries/{country.code}/offerings", skip, max_page_size, query
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
        with self.core.op() as now:
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
            search_id = self.core.new_id()
            search: Document = {
                "searchId": search_id,
                "phoneNumbers": [] if out_of_stock else numbers,
                "phoneNumberType": phone_number_type,
                "assignmentType": assignment_type,
                "capabilities": capabilities,
                "cost": offering.cost_json(),
                "searchExpiresBy": iso(now + SEARCH_HOLD),
                "isAgreementToNotResellRequired": country.agreement_to_not_resell_required,
                "error": "OutOfStock" if out_of_stock else "NoError",
                "countryCode": country.code,
            }
            if out_of_stock:
                search["errorCode"] = 1000
            self.store.put("search", search_id, search)
            location = f"/availablePhoneNumbers/searchResults/{search_id}?api-version={self.API_VERSION}"
            error = {"code": "OutOfStock", "message": "Not enough numbers in stock to satisfy the search."}
            operation_id = self.core.start_operation(
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
        with self.core.op():
            search = self.store.get("search", search_id)
            if search is None:
                raise not_found(f"Search with id {search_id} cannot be found.", "searchId")
            return self._search_json(search)

    def purchase(self, request: dict[str, Any]) -> Accepted:
        with self.core.op() as now:
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
            expired = parse_time(search["searchExpiresBy"]) <= now
            error = None
            if expired:
                error = {"code": "ReservationExpired", "message": f"Search with id {search_id} has expired."}
            else:
                search["purchased"] = True
                self.store.put("search", search_id, search)
            purchase_id = self.core.new_id()
            operation_id = self.core.start_operation(
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
        with self.core.op():
            return self._owned(phone_number)

    def list_numbers(self, skip: int, top: int) -> Page:
        with self.core.op():
            return self.stored_page("number", "/phoneNumbers", skip, top)

    def update_capabilities(self, phone_number: str, request: dict[str, Any]) -> Accepted:
        with self.core.op() as now:
            number = self._owned(phone_number, status=403)
            capabilities = {**number["capabilities"], **{k: v for k, v in request.items() if v is not None}}
            country = self._country(number["countryCode"])
            offering = country.offering(number["phoneNumberType"], number["assignmentType"])
            if offering is None or not offering.allows(capabilities["calling"], capabilities["sms"]):
                raise _no_plan()
            capabilities_id = self.core.new_id()
            location = f"/phoneNumbers/{number['phoneNumber']}?api-version={self.API_VERSION}"
            operation_id = self.core.start_operation(
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
        with self.core.op() as now:
            number = self._owned(phone_number, status=403)
            release_id = self.core.new_id()
            operation_id = self.core.start_operation(
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
        with self.core.op() as now:
            country = self._country(country_code)
            offering = self._offering_for(country, request["phoneNumberType"], request.get("assignmentType"))
            wanted = request.get("capabilities") or {}
            capabilities = {
                "calling": wanted.get("calling") or offering.calling,
                "sms": wanted.get("sms") or offering.sms,
            }
            if not offering.allows(capabilities["calling"], capabilities["sms"]):
                raise _no_plan()
            # A prefix is the start of the number with its country code (1425, as in the service's example) or
            # without it (212, as in Microsoft's bulk browsing sample): both are accepted.
            prefixes = [p.strip().lstrip("+") for p in request.get("phoneNumberPrefixes") or []]
            area_codes = country.area_codes(offering.phone_number_type)
            if prefixes:
                area_codes = tuple(
                    code
                    for code in area_codes
                    if any(_related(f"{country.calling_code}{code}", p) or _related(code, p) for p in prefixes)
                )
            found: list[dict[str, Any]] = []
            for e164 in self._free_numbers(country, offering.phone_number_type, area_codes, self._taken(now)):
                digits = e164[1:]
                national = country.national(digits)
                if prefixes and not any(digits.startswith(p) or national.startswith(p) for p in prefixes):
                    continue
                found.append(self._available_json(e164, country, offering, capabilities, "available"))
                if len(found) == BROWSE_LIMIT:
                    break
            return {"phoneNumbers": found}

    @staticmethod
    def _expires_at(reservation: Document) -> datetime:
        return min(
            parse_time(reservation["updatedAt"]) + RESERVATION_IDLE,
            parse_time(reservation["createdAt"]) + RESERVATION_MAX,
        )

    def _reservation_status(self, reservation: Document, now: datetime) -> str:
        status: str = reservation["status"]
        if status == "active" and self._expires_at(reservation) <= now:
            return "expired"
        return status

    def _reservation_json(self, reservation: Document, now: datetime, *, numbers: bool = True) -> dict[str, Any]:
        status = self._reservation_status(reservation, now)
        number_status = {"active": "reserved", "submitted": "reserved", "completed": "purchased"}.get(status, "expired")
        body: dict[str, Any] = {"id": reservation["id"], "expiresAt": iso(self._expires_at(reservation))}
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
        with self.core.op() as now:
            return self._reservation_json(self._get_reservation(reservation_id), now)

    def list_reservations(self, max_page_size: int, skip: int = 0) -> Page:
        with self.core.op() as now:
            items = [self._reservation_json(r, now, numbers=False) for r in self.store.list("reservation")]
            return self._catalogue_page(items, "/availablePhoneNumbers/reservations", skip, max_page_size)

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
        with self.core.op() as now:
            key = reservation_id.lower()
            reservation = self.store.get("reservation", key)
            created = reservation is None
            if reservation is None:
                reservation = {"id": key, "createdAt": iso(now), "status": "active", "phoneNumbers": {}}
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
            reservation["updatedAt"] = iso(now)
            self.store.put("reservation", key, reservation)
            body = self._reservation_json(reservation, now)
            body["phoneNumbers"].update(failures)
            return (207 if failures else 201 if created else 200), body

    def delete_reservation(self, reservation_id: str) -> None:
        with self.core.op() as now:
            reservation = self._get_reservation(reservation_id)
            if self._reservation_status(reservation, now) != "active":
                raise bad_request(f"Reservation {reservation_id} is not active and cannot be deleted.", "reservationId")
            self.store.delete("reservation", reservation["id"])

    def purchase_reservation(self, reservation_id: str, request: dict[str, Any]) -> Accepted:
        with self.core.op() as now:
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
            operation_id = self.core.start_operation(
                now,
                "reservationPurchase",
                "reservationPurchase",
                reservation["id"],
                {"kind": "reservationPurchase", "reservationId": reservation["id"]},
            )
            return Accepted(operation_id, reservation["id"], "reservation-purchase-id")

    # ----------------------------------------------------------------- operator information

    def operator_information(self, request: dict[str, Any]) -> dict[str, Any]:
        with self.core.op():
            numbers: list[str] = request["phoneNumbers"]
            if len(numbers) != 1:
                raise EmulatorError("BadRequest", "Can only accept one phoneNumber")
            # Without options the service answers with operator details (as recorded); with options, as asked.
            options = request.get("options")
            details = options is None or bool(options.get("includeAdditionalOperatorDetails"))
            return {"values": [inventory.operator_information(n, details) for n in numbers]}

    # ----------------------------------------------------------------- seeding (admin)

    def seed_purchased_numbers(
        self,
        count: int,
        country_code: str = "US",
        phone_number_type: str = inventory.GEOGRAPHIC,
        assignment_type: str = "application",
    ) -> list[str]:
        """Buy ``count`` free numbers at once, :data:`SEED_CHUNK` per transaction: between chunks the store is free
        for other clients (the HTTP route runs this off the event loop), so seeding many numbers stalls nobody."""
        country = self._country(country_code)
        offering = country.offering(phone_number_type, assignment_type)
        if offering is None:
            raise _no_plan()
        source = {
            "phoneNumberType": phone_number_type,
            "assignmentType": assignment_type,
            "capabilities": {"calling": offering.calling, "sms": offering.sms},
            "cost": offering.cost_json(),
        }
        held: set[str] = set()
        walk = self._free_numbers(country, phone_number_type, country.area_codes(phone_number_type), held)
        numbers: list[str] = []
        while len(numbers) < count:
            with self.core.op() as now:
                held.clear()
                held.update(self._held(now))  # searches and reservations, as they are now
                chunk = 0
                for e164 in walk:
                    if self.store.has("number", e164):  # bought, by anyone, before or since the last chunk
                        continue
                    self._buy(e164, country.code, source, now)
                    numbers.append(e164)
                    chunk += 1
                    if len(numbers) == count or chunk == SEED_CHUNK:
                        break
                else:
                    break  # out of numbers
            # Let a client waiting for the store take it now: the lock is not fair, and without a pause this
            # thread would take it back for the next chunk before the waiting thread had been scheduled.
            time.sleep(SEED_PAUSE)
        return numbers
