from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_country import PhoneNumberCountry


T = TypeVar("T", bound="PhoneNumberCountries")


@_attrs_define
class PhoneNumberCountries:
    countries: list[PhoneNumberCountry] | Unset = UNSET
    next_link: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        countries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = []
            for countries_item_data in self.countries:
                countries_item = countries_item_data.to_dict()
                countries.append(countries_item)

        next_link: None | str | Unset
        if isinstance(self.next_link, Unset):
            next_link = UNSET
        else:
            next_link = self.next_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if countries is not UNSET:
            field_dict["countries"] = countries
        if next_link is not UNSET:
            field_dict["nextLink"] = next_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _countries = d.pop("countries", UNSET)
        countries: list[PhoneNumberCountry] | Unset = UNSET
        if _countries is not UNSET:
            countries = []
            for countries_item_data in _countries:
                countries_item = PhoneNumberCountry.from_dict(countries_item_data)

                countries.append(countries_item)

        def _parse_next_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_link = _parse_next_link(d.pop("nextLink", UNSET))

        phone_number_countries = cls(
            countries=countries,
            next_link=next_link,
        )

        phone_number_countries.additional_properties = d
        return phone_number_countries

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


from ..models.phone_number_country import PhoneNumberCountry  # noqa: E402
