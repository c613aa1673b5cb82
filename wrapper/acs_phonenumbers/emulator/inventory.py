"""What the emulated resource can buy: countries, localities, area codes, offerings with costs, and numbers.

The catalogue (countries, offerings and costs, localities with their administrative divisions, area codes) is
``catalogue.json`` next to this module, whose ``source`` says where each fact comes from. Country names in every
language come from the ``phonenumbers`` locale data; locality and division names from the catalogue, in English
and in the languages where they differ. Names are chosen by ``Accept-Language``, English when none fits.

Numbers are generated, never invented by hand: for a country and an area code we walk a deterministic sequence of
candidates of the lengths the ``phonenumbers`` metadata allows, and keep those ``phonenumbers`` itself calls valid
numbers of the right type. Which of them are free is the backend's business (held, reserved, bought).
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import phonenumbers
from phonenumbers import carrier
from phonenumbers.geodata.locale import LOCALE_DATA

from .errors import EmulatorError

GEOGRAPHIC = "geographic"
TOLL_FREE = "tollFree"
MOBILE = "mobile"
ENGLISH = "en"

CAPABILITY_ORDER = {"none": 0, "inbound": 1, "outbound": 1, "inbound+outbound": 2}


def languages(accept_language: str | None) -> tuple[str, ...]:
    """The primary language subtags of an ``Accept-Language`` header, most wanted first (``q=0`` left out)."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        language = tag.strip().split("-")[0].lower()
        if language and language != "*" and quality > 0:
            ranked.append((-quality, position, language))
    return tuple(language for _, _, language in sorted(ranked))


@dataclass(frozen=True)
class Names:
    """One name in several languages; English is always there."""

    by_language: Mapping[str, str]

    @property
    def english(self) -> str:
        return self.by_language[ENGLISH]

    def pick(self, wanted: tuple[str, ...]) -> str:
        """The name in the first wanted language there is one for, else in English."""
        for language in wanted:
            if language in self.by_language:
                return self.by_language[language]
        return self.english

    def matches(self, text: str) -> bool:
        """Whether ``text`` is this name in any language (case-insensitive)."""
        wanted = text.strip().casefold()
        return any(name.casefold() == wanted for name in self.by_language.values())


@dataclass(frozen=True)
class Locality:
    names: Names
    division_names: Names
    division_abbreviation: str
    area_codes_by_type: Mapping[str, tuple[str, ...]]

    @property
    def name(self) -> str:
        return self.names.english

    @property
    def division_name(self) -> str:
        return self.division_names.english

    @property
    def area_codes(self) -> tuple[str, ...]:
        """Its geographic area codes."""
        return self.area_codes_by_type.get(GEOGRAPHIC, ())

    def in_division(self, division: str) -> bool:
        return division.strip().casefold() == self.division_abbreviation.casefold() or self.division_names.matches(
            division
        )

    def to_json(self, wanted: tuple[str, ...]) -> dict[str, Any]:
        return {
            "localizedName": self.names.pick(wanted),
            "administrativeDivision": {
                "localizedName": self.division_names.pick(wanted),
                "abbreviatedName": self.division_abbreviation,
            },
        }


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


def country_names(code: str) -> Names:
    """A country's names from the ``phonenumbers`` locale data (``*xx`` there means "as in language xx")."""
    raw = LOCALE_DATA.get(code, {})
    names: dict[str, str] = {}
    for language, value in raw.items():
        if value.startswith("*"):
            value = raw.get(value[1:], "")
        if value and not value.startswith("*"):
            names[language] = value
    names.setdefault(ENGLISH, names.get("aa", code))
    return Names(names)


@dataclass(frozen=True)
class Country:
    code: str
    localities: tuple[Locality, ...]
    offerings: tuple[Offering, ...]
    area_codes_by_type: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    agreement_to_not_resell_required: bool = False
    calling_code: int = field(init=False)
    names: Names = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "calling_code", phonenumbers.country_code_for_region(self.code))
        object.__setattr__(self, "names", country_names(self.code))

    @property
    def name(self) -> str:
        return self.names.english

    @property
    def number_types(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(o.phone_number_type for o in self.offerings))

    def localities_for(self, phone_number_type: str | None) -> tuple[Locality, ...]:
        """The localities with area codes of this type (geographic when no type is given)."""
        wanted = phone_number_type or GEOGRAPHIC
        return tuple(loc for loc in self.localities if loc.area_codes_by_type.get(wanted))

    def area_codes(self, phone_number_type: str) -> tuple[str, ...]:
        """Every area code of this type: the country's own, then its localities' (each once)."""
        seen: dict[str, None] = dict.fromkeys(self.area_codes_by_type.get(phone_number_type, ()))
        for locality in self.localities:
            seen.update(dict.fromkeys(locality.area_codes_by_type.get(phone_number_type, ())))
        return tuple(seen)

    def offering(self, phone_number_type: str, assignment_type: str) -> Offering | None:
        for offering in self.offerings:
            if offering.phone_number_type == phone_number_type and offering.assignment_type == assignment_type:
                return offering
        return None

    def national(self, e164_digits: str) -> str:
        """The national part of a number given as digits with the country calling code."""
        return e164_digits.removeprefix(str(self.calling_code))


def capability_within(wanted: str, available: str) -> bool:
    """``inbound`` and ``outbound`` are within ``inbound+outbound``; ``none`` is within anything."""
    if wanted == "none" or wanted == available:
        return True
    return available == "inbound+outbound" and wanted in ("inbound", "outbound")


def _names(raw: Mapping[str, str]) -> Names:
    if ENGLISH not in raw:
        raise ValueError(f"catalogue: a name without English: {dict(raw)}")
    return Names(dict(raw))


def _codes(raw: Mapping[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {kind: tuple(codes) for kind, codes in raw.items()}


def _country(raw: Mapping[str, Any]) -> Country:
    return Country(
        raw["code"],
        tuple(
            Locality(
                _names(loc["name"]),
                _names(loc["administrativeDivision"]["name"]),
                loc["administrativeDivision"]["abbreviation"],
                _codes(loc["areaCodes"]),
            )
            for loc in raw["localities"]
        ),
        tuple(
            Offering(o["phoneNumberType"], o["assignmentType"], o["calling"], o["sms"], float(o["cost"]))
            for o in raw["offerings"]
        ),
        _codes(raw.get("areaCodes", {})),
        bool(raw.get("agreementToNotResellRequired", False)),
    )


@cache
def catalogue() -> dict[str, Any]:
    """The catalogue data file, as written (``source`` says where its facts come from)."""
    text = resources.files(__package__).joinpath("catalogue.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert isinstance(data, dict)
    return data


COUNTRIES: tuple[Country, ...] = tuple(_country(raw) for raw in catalogue()["countries"])

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
    # Most numbers in use are about ten digits long: lengths nearest ten first (German numbers may have 5 to 15
    # digits; 089 1234 5678 looks like a Munich number, 089 1234567890123 does not), the longer one on a tie.
    return sorted(set(lengths), key=lambda length: (abs(length - 10), -length))


_SPECIAL = (
    ("premium_rate", phonenumbers.PhoneNumberType.PREMIUM_RATE),
    ("toll_free", phonenumbers.PhoneNumberType.TOLL_FREE),
    ("shared_cost", phonenumbers.PhoneNumberType.SHARED_COST),
    ("voip", phonenumbers.PhoneNumberType.VOIP),
    ("personal_number", phonenumbers.PhoneNumberType.PERSONAL_NUMBER),
    ("pager", phonenumbers.PhoneNumberType.PAGER),
    ("uan", phonenumbers.PhoneNumberType.UAN),
    ("voicemail", phonenumbers.PhoneNumberType.VOICEMAIL),
)

Matcher = tuple[frozenset[int], "re.Pattern[str] | None"]


@cache
def _matchers(region: str) -> dict[str, Matcher]:
    """Each number description of a region's metadata as (possible lengths, compiled national pattern)."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    assert metadata is not None
    out: dict[str, Matcher] = {}
    for name in ("general_desc", "fixed_line", "mobile", *(n for n, _ in _SPECIAL)):
        desc = getattr(metadata, name)
        if desc is None:
            continue
        pattern = desc.national_number_pattern
        out[name] = (frozenset(desc.possible_length or ()), re.compile(pattern) if pattern else None)
    if metadata.same_mobile_and_fixed_line_pattern:
        out["same_mobile_and_fixed_line"] = (frozenset(), None)
    return out


def _matches(national: str, matcher: Matcher | None) -> bool:
    if matcher is None:
        return False
    lengths, pattern = matcher
    return pattern is not None and (not lengths or len(national) in lengths) and pattern.fullmatch(national) is not None


def number_type(region: str, national: str) -> int:
    """The ``phonenumbers`` type of a national significant number in ``region``, decided as ``phonenumbers``
    decides it (the same order of descriptions), with its patterns compiled once: seeding checks many numbers."""
    matchers = _matchers(region)
    if not _matches(national, matchers.get("general_desc")):
        return phonenumbers.PhoneNumberType.UNKNOWN
    for name, kind in _SPECIAL:
        if _matches(national, matchers.get(name)):
            return kind
    same = "same_mobile_and_fixed_line" in matchers
    if _matches(national, matchers.get("fixed_line")):
        if same or _matches(national, matchers.get("mobile")):
            return phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE
        return phonenumbers.PhoneNumberType.FIXED_LINE
    if not same and _matches(national, matchers.get("mobile")):
        return phonenumbers.PhoneNumberType.MOBILE
    return phonenumbers.PhoneNumberType.UNKNOWN


def is_valid_for(e164: str, region: str, phone_number_type: str) -> bool:
    """Whether ``e164`` is a valid number of this country and type."""
    prefix = f"+{phonenumbers.country_code_for_region(region)}"
    national = e164[len(prefix) :]
    if not e164.startswith(prefix) or not national.isdigit():
        return False
    return number_type(region, national) in _TYPE_ACCEPTS[phone_number_type]


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
