"""The emulator's catalogue on its own: the data file holds together and agrees with the phonenumbers metadata."""

from __future__ import annotations

import itertools

import pytest

from acs_phonenumbers.emulator import inventory

CODES = [c.code for c in inventory.COUNTRIES]


def test_the_countries_of_the_official_tests_and_documentation_are_sold() -> None:
    assert {"US", "CA", "GB", "IE", "FR", "DE"} <= set(CODES)
    assert len(CODES) == len(set(CODES))


def test_the_data_file_says_where_its_facts_come_from() -> None:
    source = " ".join(inventory.catalogue()["source"])
    assert "recordings" in source and "phonenumbers" in source


@pytest.mark.parametrize("code", CODES)
def test_every_area_code_yields_valid_numbers_of_its_type(code: str) -> None:
    country = inventory.country(code)
    assert country is not None
    for phone_number_type in country.number_types:
        area_codes = country.area_codes(phone_number_type)
        assert area_codes, f"{code} sells {phone_number_type} numbers but has no area code for them"
        for area_code in area_codes:
            numbers = list(itertools.islice(inventory.candidates(country, area_code, phone_number_type), 5))
            assert len(numbers) == 5, (code, phone_number_type, area_code)
            assert all(inventory.is_valid_for(n, code, phone_number_type) for n in numbers)


@pytest.mark.parametrize("code", CODES)
def test_every_area_code_belongs_to_a_number_type_the_country_sells(code: str) -> None:
    country = inventory.country(code)
    assert country is not None
    kinds = set(country.area_codes_by_type)
    for locality in country.localities:
        kinds |= set(locality.area_codes_by_type)
    assert kinds <= set(country.number_types)


def test_ireland_lists_localities_for_its_mobile_numbers_and_france_asks_not_to_resell() -> None:
    ireland, france = inventory.country("IE"), inventory.country("fr")
    assert ireland is not None and france is not None
    assert ireland.localities_for(inventory.MOBILE)
    assert ireland.offering(inventory.MOBILE, "application") is not None
    assert france.agreement_to_not_resell_required
    toll_free = france.offering(inventory.TOLL_FREE, "application")
    assert toll_free is not None and toll_free.allows("outbound", "none")


def test_names_follow_the_accept_language_header_with_english_as_the_fallback() -> None:
    germany = inventory.country("DE")
    assert germany is not None
    munich = next(loc for loc in germany.localities if loc.name == "Munich")
    assert munich.to_json(inventory.languages("de-DE,de;q=0.9,en;q=0.8"))["localizedName"] == "München"
    assert munich.to_json(inventory.languages("ja"))["localizedName"] == "Munich"
    assert germany.names.pick(inventory.languages("fr-FR")) == "Allemagne"
    assert germany.names.pick(()) == "Germany"
    assert munich.names.matches("münchen") and munich.in_division("Bayern") and munich.in_division("by")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", ("fr", "fr", "en", "de")),
        ("de;q=0.5, it", ("it", "de")),
        ("en-US", ("en",)),
        ("ga;q=0, en", ("en",)),
        ("", ()),
        (None, ()),
        ("xx;q=abc", ()),
    ],
)
def test_accept_language_is_read_in_order_of_preference(header: str | None, expected: tuple[str, ...]) -> None:
    assert inventory.languages(header) == expected


@pytest.mark.parametrize("code", CODES)
def test_the_fast_validity_check_agrees_with_phonenumbers(code: str) -> None:
    import random

    import phonenumbers

    country = inventory.country(code)
    assert country is not None
    rng = random.Random(code)
    for phone_number_type in (inventory.GEOGRAPHIC, inventory.TOLL_FREE, inventory.MOBILE):
        for area_code in {*country.area_codes(inventory.GEOGRAPHIC), *country.area_codes(phone_number_type)}:
            numbers = [
                f"+{country.calling_code}{area_code}{rng.randrange(10**free):0{free}d}"
                for free in range(4, 10)
                for _ in range(30)
            ]
            for e164 in numbers:
                parsed = phonenumbers.parse(e164, None)
                expected = (
                    phonenumbers.is_valid_number_for_region(parsed, code)
                    and phonenumbers.number_type(parsed) in inventory._TYPE_ACCEPTS[phone_number_type]
                )
                assert inventory.is_valid_for(e164, code, phone_number_type) == expected, (e164, phone_number_type)
