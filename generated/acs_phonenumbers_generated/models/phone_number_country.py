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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["localizedName"] = self.localized_name
        field_dict["countryCode"] = self.country_code
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        localized_name = d.pop("localizedName")
        country_code = d.pop("countryCode")
        phone_number_country = cls(
            localized_name=localized_name,
            country_code=country_code,
        )
        phone_number_country.additional_properties = d
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
