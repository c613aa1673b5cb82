from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneNumberCountry")


@_attrs_define
class PhoneNumberCountry:
    """A country where numbers can be acquired."""

    localized_name: str
    """ The country's name in the requested language. """

    country_code: str
    """ The country (ISO 3166 alpha-2), e.g. US. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "localizedName": self.localized_name,
            "countryCode": self.country_code,
        }
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        localized_name = d["localizedName"]
        country_code = d["countryCode"]
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        phone_number_country = cls(
            localized_name,
            country_code,
        )
        # The required fields were all found: a body with no more keys than those has no others to keep.
        if len(d) > 2 and not _JSON_NAMES.issuperset(d):
            phone_number_country.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
        return phone_number_country

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_JSON_NAMES: frozenset[str] = frozenset({"localizedName", "countryCode"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""
