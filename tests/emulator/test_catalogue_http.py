"""The catalogue over HTTP: the countries of Microsoft's tests, localised names, mobile localities, browse prefixes
in both forms, and the paging and operation timing rules that go with a catalogue at scale."""

from __future__ import annotations

from typing import Any

import pytest
from emulator_helpers import PN, Api, search

from acs_phonenumbers.emulator import Emulator

COUNTRIES = "/availablePhoneNumbers/countries"


def _get(api: Api, path: str, language: str | None = None) -> dict[str, Any]:
    response = api.call("GET", path, headers={"Accept-Language": language} if language else None)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _names(body: dict[str, Any], items: str) -> list[str]:
    return [item["localizedName"] for item in body[items]]


def test_the_countries_of_microsofts_tests_are_listed_in_english_by_default(api: Api) -> None:
    countries = _get(api, f"{COUNTRIES}?{PN}")["countries"]
    codes = [c["countryCode"] for c in countries]
    assert {"US", "CA", "GB", "IE", "FR", "DE"} <= set(codes)
    names = [c["localizedName"] for c in countries]
    assert "Germany" in names and names == sorted(names, key=str.casefold)


def test_country_and_locality_names_follow_accept_language_with_english_as_the_fallback(api: Api) -> None:
    assert "Allemagne" in _names(_get(api, f"{COUNTRIES}?{PN}", "fr-FR,fr;q=0.9"), "countries")
    assert "Deutschland" in _names(_get(api, f"{COUNTRIES}?{PN}", "de-DE"), "countries")
    assert "Germany" in _names(_get(api, f"{COUNTRIES}?{PN}", "xx-YY, en;q=0.1"), "countries")
    german = _get(api, f"{COUNTRIES}/DE/localities?{PN}", "de")["phoneNumberLocalities"]
    munich = next(loc for loc in german if loc["administrativeDivision"]["abbreviatedName"] == "BY")
    assert (munich["localizedName"], munich["administrativeDivision"]["localizedName"]) == ("München", "Bayern")
    english = _get(api, f"{COUNTRIES}/DE/localities?{PN}", "ja-JP")["phoneNumberLocalities"]
    assert "Munich" in [loc["localizedName"] for loc in english]


def test_a_locality_is_found_by_its_name_in_any_language(api: Api) -> None:
    path = f"{COUNTRIES}/DE/areaCodes?phoneNumberType=geographic&locality=M%C3%BCnchen&{PN}"
    assert _get(api, path)["areaCodes"] == [{"areaCode": "89"}]


def test_ireland_lists_localities_and_area_codes_for_mobile_numbers(api: Api) -> None:
    localities = _get(api, f"{COUNTRIES}/IE/localities?phoneNumberType=mobile&{PN}")["phoneNumberLocalities"]
    assert localities
    first = localities[0]["localizedName"]
    path = f"{COUNTRIES}/IE/areaCodes?phoneNumberType=mobile&assignmentType=application&locality={first}&{PN}"
    codes = [a["areaCode"] for a in _get(api, path)["areaCodes"]]
    assert codes and all(code.startswith("8") for code in codes)
    assert _get(api, f"{COUNTRIES}/US/localities?phoneNumberType=mobile&{PN}")["phoneNumberLocalities"] == []


def test_france_sells_toll_free_numbers_that_need_the_agreement_not_to_resell(api: Api) -> None:
    accepted = search(api, "FR", capabilities={"calling": "outbound", "sms": "none"})
    assert accepted.status_code == 202, accepted.text
    assert accepted.json()["isAgreementToNotResellRequired"] is True
    assert all(n.startswith("+3380") for n in accepted.json()["phoneNumbers"])


@pytest.mark.parametrize(
    ("country", "prefixes", "starts"),
    [
        ("US", ["212"], ("+1212",)),
        ("US", ["1212"], ("+1212",)),
        ("US", ["212", "718", "917"], ("+1212", "+1718", "+1917")),
        ("GB", ["20"], ("+4420",)),
        ("GB", ["4420"], ("+4420",)),
    ],
)
def test_browse_prefixes_work_with_and_without_the_country_code(
    api: Api, country: str, prefixes: list[str], starts: tuple[str, ...]
) -> None:
    body = {"phoneNumberType": "geographic", "assignmentType": "application", "phoneNumberPrefixes": prefixes}
    response = api.call("POST", f"{COUNTRIES}/{country}/:browse?{PN}", body)
    assert response.status_code == 200, response.text
    numbers = [n["phoneNumber"] for n in response.json()["phoneNumbers"]]
    assert numbers and all(n.startswith(starts) for n in numbers)


@pytest.mark.parametrize("path", ["/phoneNumbers", COUNTRIES, "/shortCodes"])
def test_a_negative_skip_is_refused(api: Api, path: str) -> None:
    version = "api-version=2021-10-25-preview" if path == "/shortCodes" else PN
    response = api.call("GET", f"{path}?skip=-1&{version}")
    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["code"], error["target"]) == ("InvalidInput", "skip")


def test_operations_shorter_than_a_second_leave_the_pace_to_the_client(acs_emulator: Emulator, api: Api) -> None:
    acs_emulator.set_lro_seconds(2.5)
    started = search(api)
    first = api.call("GET", started.headers["Operation-Location"])
    assert first.headers["Retry-After"] == "2"  # whole seconds, never past the end
    acs_emulator.advance_clock(2)
    running = api.call("GET", started.headers["Operation-Location"])
    assert running.json()["status"] == "running"
    assert "Retry-After" not in running.headers  # half a second left: the client's own interval applies


def test_pages_read_on_from_the_last_one_match_what_an_offset_gives(acs_emulator: Emulator, api: Api) -> None:
    seeded = acs_emulator.seed_purchased_numbers(7)
    first = _get(api, f"/phoneNumbers?top=3&{PN}")
    released = api.call("DELETE", f"/phoneNumbers/{seeded[0].replace('+', '%2B')}?{PN}")
    assert released.status_code == 202
    acs_emulator.advance_clock(60)
    assert _get(api, f"/phoneNumbers/operations/{released.headers['operation-id']}?{PN}")["status"] == "succeeded"
    second = _get(api, first["nextLink"])
    listed = [n["phoneNumber"] for n in first["phoneNumbers"] + second["phoneNumbers"]]
    assert listed == seeded[:3] + seeded[4:7]  # the release moved every later number one place up


def test_seeding_gives_the_store_back_between_chunks(acs_emulator: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    from acs_phonenumbers.emulator.services import phone_numbers

    backend = acs_emulator.backend.of(phone_numbers.PhoneNumbersBackend)
    monkeypatch.setattr(phone_numbers, "SEED_CHUNK", 2)
    transactions = []
    real_op = backend.core.op

    def counting_op() -> Any:
        transactions.append(1)
        return real_op()

    monkeypatch.setattr(backend.core, "op", counting_op)
    seeded = backend.seed_purchased_numbers(5)
    assert len(set(seeded)) == 5
    assert len(transactions) == 3


def test_every_listing_takes_accept_language_and_names_its_page_as_its_x_acs_pageable_says(api: Api) -> None:
    from acs_phonenumbers_generated.operations import OPERATIONS

    paths = {
        "PhoneNumbers_ListAvailableCountries": f"{COUNTRIES}?{PN}",
        "PhoneNumbers_ListAvailableLocalities": f"{COUNTRIES}/US/localities?{PN}",
        "PhoneNumbers_ListAreaCodes": f"{COUNTRIES}/US/areaCodes?phoneNumberType=tollFree&{PN}",
        "PhoneNumbers_ListOfferings": f"{COUNTRIES}/US/offerings?{PN}",
    }
    for name, path in paths.items():
        pageable = OPERATIONS[name].pageable
        assert pageable is not None
        body = _get(api, path + "&maxPageSize=1", "fr-FR")
        assert len(body[pageable.item_name]) == 1 and body[pageable.next_link_name], name
