"""The service's rules, driven over raw signed HTTP with the emulator's clock (no sleeping)."""

from __future__ import annotations

import uuid

from emulator_helpers import PN, Api, operation, search

from acs_phonenumbers.emulator import Emulator


def _purchase(api: Api, search_id: str, **extra: object) -> object:
    return api.call("POST", f"/availablePhoneNumbers/:purchase?{PN}", {"searchId": search_id, **extra})


def test_search_202_headers_are_relative_and_carry_api_version(api: Api) -> None:
    response = search(api)
    assert response.status_code == 202
    search_id = response.headers["search-id"]
    assert response.headers["operation-id"] == f"search_{search_id}"
    assert response.headers["Operation-Location"] == f"/phoneNumbers/operations/search_{search_id}?{PN}"
    assert response.headers["Location"] == f"/availablePhoneNumbers/searchResults/{search_id}?{PN}"
    assert response.json()["searchId"] == search_id


def test_operation_moves_through_states_with_the_clock(acs_emulator: Emulator, api: Api) -> None:
    acs_emulator.set_lro_seconds(10)
    started = search(api)
    first = api.call("GET", started.headers["Operation-Location"])
    assert first.json()["status"] == "notStarted"
    assert first.headers["Retry-After"] in ("9", "10")  # whole seconds left, rounded down (see test_core_timing)
    assert first.headers["Location"] == started.headers["Location"]
    acs_emulator.advance_clock(6)
    assert operation(api, started)["status"] == "running"
    acs_emulator.advance_clock(5)
    done = api.call("GET", started.headers["Operation-Location"])
    assert done.json()["status"] == "succeeded"
    assert "Retry-After" not in done.headers


def test_cancelled_purchase_never_takes_effect(acs_emulator: Emulator, api: Api) -> None:
    held = search(api).json()
    acs_emulator.set_lro_seconds(10)
    purchase = _purchase(api, held["searchId"])
    assert api.call("DELETE", purchase.headers["Operation-Location"]).status_code == 204  # type: ignore[attr-defined]
    assert api.call("GET", purchase.headers["Operation-Location"]).status_code == 404  # type: ignore[attr-defined]
    acs_emulator.advance_clock(20)
    assert api.call("GET", f"/phoneNumbers/%2B{held['phoneNumbers'][0][1:]}?{PN}").status_code == 404


def test_purchase_after_the_hold_expires_fails(acs_emulator: Emulator, api: Api) -> None:
    held = search(api).json()
    acs_emulator.advance_clock(15 * 60 + 1)
    purchase = _purchase(api, held["searchId"])
    assert purchase.status_code == 202  # type: ignore[attr-defined]
    state = operation(api, purchase)  # type: ignore[arg-type]
    assert state["status"] == "failed"
    assert state["error"]["code"] == "ReservationExpired"
    assert api.call("GET", f"/phoneNumbers?{PN}").json()["phoneNumbers"] == []


def test_a_search_is_purchased_once_and_its_numbers_are_not_offered_again(api: Api) -> None:
    held = search(api, quantity=3).json()
    other = search(api, quantity=3).json()
    assert not set(held["phoneNumbers"]) & set(other["phoneNumbers"])
    assert _purchase(api, held["searchId"]).status_code == 202  # type: ignore[attr-defined]
    again = _purchase(api, held["searchId"])
    assert again.status_code == 400  # type: ignore[attr-defined]
    assert again.json()["error"]["target"] == "searchId"  # type: ignore[attr-defined]
    later = search(api, quantity=3).json()
    assert not set(held["phoneNumbers"]) & set(later["phoneNumbers"])


def test_release_returns_a_number_to_inventory(acs_emulator: Emulator, api: Api) -> None:
    held = search(api).json()
    number = held["phoneNumbers"][0]
    _purchase(api, held["searchId"])
    released = api.call("DELETE", f"/phoneNumbers/{number}?{PN}")
    assert released.status_code == 202
    assert released.headers["release-id"]
    assert operation(api, released)["status"] == "succeeded"
    assert search(api).json()["phoneNumbers"] == [number]


def test_unknown_numbers_and_searches(api: Api) -> None:
    missing = api.call("GET", f"/phoneNumbers/%2B14255550123?{PN}")
    assert missing.status_code == 404
    assert missing.json() == {
        "error": {
            "code": "NotFound",
            "message": "Input phoneNumber +14255550123 cannot be found.",
            "target": "phonenumber",
        }
    }
    update = api.call(
        "PATCH",
        f"/phoneNumbers/%2B14255550123/capabilities?{PN}",
        {"calling": "none", "sms": "outbound"},
        content_type="application/merge-patch+json",
    )
    assert update.status_code == 403
    assert update.json()["error"]["code"] == "InsufficientPermissions"
    assert api.call("GET", f"/availablePhoneNumbers/searchResults/{uuid.uuid4()}?{PN}").status_code == 404


def test_capability_updates_respect_the_offering(acs_emulator: Emulator, api: Api) -> None:
    (number,) = acs_emulator.seed_purchased_numbers(1, "US")  # geographic: SMS not offered
    refused = api.call(
        "PATCH",
        f"/phoneNumbers/{number}/capabilities?{PN}",
        {"sms": "outbound"},
        content_type="application/merge-patch+json",
    )
    assert refused.status_code == 400
    assert refused.json()["error"]["innererror"]["code"] == "BadRequest"
    accepted = api.call(
        "PATCH",
        f"/phoneNumbers/%2B{number[1:]}/capabilities?{PN}",
        {"calling": "outbound"},
        content_type="application/merge-patch+json",
    )
    assert accepted.status_code == 202
    assert accepted.headers["Location"] == f"/phoneNumbers/{number}?{PN}"
    assert accepted.headers["capabilities-id"]
    assert api.call("GET", accepted.headers["Location"]).json()["capabilities"] == {
        "calling": "outbound",
        "sms": "none",
    }


def test_search_without_a_matching_plan_is_refused(api: Api) -> None:
    refused = search(api, assignmentType="person")
    assert refused.status_code == 400
    assert refused.json()["error"]["innererror"]["message"].startswith("We are unable to find phone plans")
    bad_country = search(api, country="XX")
    assert bad_country.json() == {
        "error": {"code": "InvalidInput", "message": "Unable to parse country code.", "target": "countrycode"}
    }


def test_agreement_to_not_resell_is_required_where_the_offering_says_so(api: Api) -> None:
    held = search(api, "IE", phoneNumberType="geographic", capabilities={"calling": "inbound+outbound", "sms": "none"})
    body = held.json()
    assert body["isAgreementToNotResellRequired"] is True
    refused = _purchase(api, body["searchId"])
    assert refused.status_code == 400  # type: ignore[attr-defined]
    assert refused.json()["error"]["target"] == "isconsentprovided"  # type: ignore[attr-defined]
    assert _purchase(api, body["searchId"], agreeToNotResell=True).status_code == 202  # type: ignore[attr-defined]


def _reserve(api: Api, reservation_id: str, numbers: dict[str, object]) -> object:
    return api.call(
        "PATCH",
        f"/availablePhoneNumbers/reservations/{reservation_id}?{PN}",
        {"phoneNumbers": numbers},
        content_type="application/merge-patch+json",
    )


def _browse(api: Api) -> list[dict[str, object]]:
    body = {"phoneNumberType": "geographic", "assignmentType": "person", "phoneNumberPrefixes": ["1206"]}
    response = api.call("POST", f"/availablePhoneNumbers/countries/US/:browse?{PN}", body)
    assert response.status_code == 200
    numbers: list[dict[str, object]] = response.json()["phoneNumbers"]
    return numbers


def _entry(number: dict[str, object]) -> dict[str, object]:
    return {k: number[k] for k in ("countryCode", "capabilities", "phoneNumberType", "assignmentType")}


def test_reservations_expire_after_idle_time_and_at_most_two_hours(acs_emulator: Emulator, api: Api) -> None:
    first, second, third = _browse(api)[:3]
    reservation_id = str(uuid.uuid4())
    created = _reserve(api, reservation_id, {str(first["id"]): _entry(first)})
    assert created.status_code == 201  # type: ignore[attr-defined]
    # another reservation cannot take a reserved number: 207 with the number in error
    clash = _reserve(api, str(uuid.uuid4()), {str(first["id"]): _entry(first)})
    assert clash.status_code == 207  # type: ignore[attr-defined]
    assert clash.json()["phoneNumbers"][first["id"]]["status"] == "error"  # type: ignore[attr-defined]
    for number in (second, third) * 4:  # keep it alive with changes every 14 minutes (112 min) ...
        acs_emulator.advance_clock(14 * 60)
        assert _reserve(api, reservation_id, {str(number["id"]): _entry(number)}).status_code == 200  # type: ignore[attr-defined]
    acs_emulator.advance_clock(13 * 60)  # ... but never past two hours after creation
    got = api.call("GET", f"/availablePhoneNumbers/reservations/{reservation_id}?{PN}").json()
    assert got["status"] == "expired"
    assert _reserve(api, reservation_id, {}).status_code == 400  # type: ignore[attr-defined]
    idle_id = str(uuid.uuid4())
    _reserve(api, idle_id, {str(first["id"]): _entry(first)})
    acs_emulator.advance_clock(15 * 60 + 1)
    assert api.call("GET", f"/availablePhoneNumbers/reservations/{idle_id}?{PN}").json()["status"] == "expired"


def test_reservation_purchase_lifecycle(api: Api) -> None:
    (number,) = _browse(api)[:1]
    reservation_id = str(uuid.uuid4())
    _reserve(api, reservation_id, {str(number["id"]): _entry(number)})
    bought = api.call("POST", f"/availablePhoneNumbers/reservations/{reservation_id}/:purchase?{PN}", {})
    assert bought.status_code == 202
    assert bought.headers["reservation-purchase-id"] == reservation_id
    assert bought.headers["operation-id"] == f"reservationPurchase_{reservation_id}"
    assert operation(api, bought)["status"] == "succeeded"
    final = api.call("GET", f"/availablePhoneNumbers/reservations/{reservation_id}?{PN}").json()
    assert final["status"] == "completed"
    assert final["phoneNumbers"][number["id"]]["status"] == "purchased"
    assert api.call("DELETE", f"/availablePhoneNumbers/reservations/{reservation_id}?{PN}").status_code == 400


def test_operator_information_answers_for_any_valid_number(api: Api) -> None:
    body = {"phoneNumbers": ["+353871234567"], "options": {"includeAdditionalOperatorDetails": True}}
    value = api.call("POST", f"/operatorInformation/:search?{PN}", body).json()["values"][0]
    assert value["isoCountryCode"] == "IE"
    assert value["numberType"] == "mobile"
    assert value["operatorDetails"]["name"]
    plain_body = {"phoneNumbers": ["+14255550123"], "options": {"includeAdditionalOperatorDetails": False}}
    plain = api.call("POST", f"/operatorInformation/:search?{PN}", plain_body).json()
    assert plain["values"][0]["operatorDetails"] is None
    two = api.call("POST", f"/operatorInformation/:search?{PN}", {"phoneNumbers": ["+14255550123"] * 2})
    assert two.json() == {"error": {"code": "BadRequest", "message": "Can only accept one phoneNumber"}}
