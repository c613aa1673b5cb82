"""What the emulated resource can buy: countries, localities, area codes, offerings with costs, and numbers.

Numbers are generated, never invented by hand: for a country and an area code we walk a deterministic sequence of
candidates of the lengths the ``phonenumbers`` metadata allows, and keep those ``phonenumbers`` itself calls valid
numbers of the right type. Which of them are free is the backend's business (held, reserved, bought).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import phonenumbers
from phonenumbers import carrier

from .errors import EmulatorError

GEOGRAPHIC = "geographic"
TOLL_FREE = "tollFree"
MOBILE = "mobile"

CAPABILITY_ORDER = {"none": 0, "inbound": 1, "outbound": 1, "inbound+outbound": 2}


@dataclass(frozen=True)
class Locality:
    name: str
    division_name: str
    division_abbreviation: str
    area_codes: tuple[str, ...]


@dataclass(frozen=True)
class Offering:
    phone_number_type: str
    assignment_type: str
    calling: str
    sms: str
    cost: float
    currency: str = "USD"

    def to_json(self) -> dict[str, object]:
        return {
            "phoneNumberType": self.phone_number_type,
            "assignmentType": self.assignment_type,
            "availableCapabilities": {"calling": self.calling, "sms": self.sms},
            "cost": self.cost_json(),
        }

    def cost_json(self) -> dict[str, object]:
        return {"amount": self.cost, "currencyCode": self.currency, "billingFrequency": "monthly"}

    def allows(self, calling: str, sms: str) -> bool:
        """Whether a number of this offering may have these capabilities."""
        return capability_within(calling, self.calling) and capability_within(sms, self.sms)


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    localities: tuple[Locality, ...]
    offerings: tuple[Offering, ...]
    toll_free_area_codes: tuple[str, ...] = ()
    mobile_area_codes: tuple[str, ...] = ()
    agreement_to_not_resell_required: bool = False
    calling_code: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "calling_code", phonenumbers.country_code_for_region(self.code))

    def area_codes(self, phone_number_type: str) -> tuple[str, ...]:
        if phone_number_type == TOLL_FREE:
            return self.toll_free_area_codes
        if phone_number_type == MOBILE:
            return self.mobile_area_codes
        seen: dict[str, None] = {}
        for locality in self.localities:
            seen.update(dict.fromkeys(locality.area_codes))
        return tuple(seen)

    def offering(self, phone_number_type: str, assignment_type: str) -> Offering | None:
        for offering in self.offerings:
            if offering.phone_number_type == phone_number_type and offering.assignment_type == assignment_type:
                return offering
        return None


def capability_within(wanted: str, available: str) -> bool:
    """``inbound`` and ``outbound`` are within ``inbound+outbound``; ``none`` is within anything."""
    if wanted == "none" or wanted == available:
        return True
    return available == "inbound+outbound" and wanted in ("inbound", "outbound")


def _geo(person: tuple[str, str], application: tuple[str, str], cost: float) -> tuple[Offering, ...]:
    return (
        Offering(GEOGRAPHIC, "person", person[0], person[1], cost),
        Offering(GEOGRAPHIC, "application", application[0], application[1], cost),
    )


_NANP_TOLL_FREE = ("800", "833", "844", "855", "866", "877", "888")
_BOTH = "inbound+outbound"

COUNTRIES: tuple[Country, ...] = (
    Country(
        "US",
        "United States",
        (
            Locality("Seattle", "Washington", "WA", ("206",)),
            Locality("Redmond", "Washington", "WA", ("425",)),
            Locality("Los Angeles", "California", "CA", ("213", "310")),
            Locality("San Francisco", "California", "CA", ("415", "628")),
            Locality("New York", "New York", "NY", ("212", "646")),
            Locality("Chicago", "Illinois", "IL", ("312",)),
        ),
        (*_geo((_BOTH, "none"), (_BOTH, "none"), 1.0), Offering(TOLL_FREE, "application", _BOTH, _BOTH, 2.0)),
        toll_free_area_codes=_NANP_TOLL_FREE,
    ),
    Country(
        "CA",
        "Canada",
        (
            Locality("Vancouver", "British Columbia", "BC", ("236", "604")),
            Locality("Toronto", "Ontario", "ON", ("416", "647")),
            Locality("Montreal", "Quebec", "QC", ("514",)),
        ),
        (*_geo((_BOTH, "outbound"), (_BOTH, "outbound"), 1.0), Offering(TOLL_FREE, "application", _BOTH, _BOTH, 2.0)),
        toll_free_area_codes=_NANP_TOLL_FREE,
    ),
    Country(
        "GB",
        "United Kingdom",
        (
            Locality("London", "England", "ENG", ("20",)),
            Locality("Manchester", "England", "ENG", ("161",)),
            Locality("Edinburgh", "Scotland", "SCT", ("131",)),
        ),
        (*_geo((_BOTH, "none"), (_BOTH, "none"), 1.5), Offering(TOLL_FREE, "application", _BOTH, "none", 2.5)),
        toll_free_area_codes=("800", "808"),
    ),
    Country(
        "IE",
        "Ireland",
        (
            Locality("Dublin", "Leinster", "L", ("1",)),
            Locality("Cork", "Munster", "M", ("21",)),
        ),
        (
            *_geo((_BOTH, "none"), (_BOTH, "none"), 1.5),
            Offering(MOBILE, "application", _BOTH, _BOTH, 3.0),
        ),
        mobile_area_codes=("83", "85", "87"),
        agreement_to_not_resell_required=True,
    ),
)

_BY_CODE = {c.code: c for c in COUNTRIES}


def country(code: str) -> Country | None:
    return _BY_CODE.get(code.upper())


_TYPE_ACCEPTS = {
    GEOGRAPHIC: (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE),
    TOLL_FREE: (phonenumbers.PhoneNumberType.TOLL_FREE,),
    MOBILE: (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE),
}


def _lengths(region: str, phone_number_type: str) -> list[int]:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    assert metadata is not None
    desc = {
        GEOGRAPHIC: metadata.fixed_line,
        TOLL_FREE: metadata.toll_free,
        MOBILE: metadata.mobile,
    }[phone_number_type]
    lengths = list(desc.possible_length or ()) if desc is not None else []
    if not lengths and metadata.general_desc is not None:
        lengths = list(metadata.general_desc.possible_length or ())
    return sorted(set(lengths), reverse=True)


def is_valid_for(e164: str, region: str, phone_number_type: str) -> bool:
    """Whether ``e164`` is a valid number of this country and type."""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number_for_region(parsed, region)
        and phonenumbers.number_type(parsed) in _TYPE_ACCEPTS[phone_number_type]
    )


def candidates(country_: Country, area_code: str, phone_number_type: str) -> Iterator[str]:
    """Valid E.164 numbers of this country, area code and type, in a fixed pseudo-random order."""
    for length in _lengths(country_.code, phone_number_type):
        free = length - len(area_code)
        if free < 4:
            continue
        space = 10**free
        start = zlib.crc32(f"{country_.code}{area_code}{length}".encode()) % space
        step = 7_919_161  # prime, coprime with 10: the walk visits every suffix once
        tried = 0
        misses = 0
        while tried < space and misses < 5_000:
            suffix = (start + tried * step) % space
            tried += 1
            e164 = f"+{country_.calling_code}{area_code}{suffix:0{free}d}"
            if is_valid_for(e164, country_.code, phone_number_type):
                misses = 0
                yield e164
            else:
                misses += 1


def operator_information(number: str, details: bool) -> dict[str, Any]:
    """Operator information for one number as the service answers it (details only when asked)."""
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
