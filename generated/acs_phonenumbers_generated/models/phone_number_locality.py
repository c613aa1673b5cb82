from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.phone_number_administrative_division import (
        PhoneNumberAdministrativeDivision,
    )

T = TypeVar("T", bound="PhoneNumberLocality")


@_attrs_define
class PhoneNumberLocality:
    """A town or city with geographic numbers on offer."""

    localized_name: str
    """ The locality's name in the requested language. """

    administrative_division: PhoneNumberAdministrativeDivision | None = None
    """ A state, province or other region of a country. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["localizedName"] = self.localized_name
        if self.administrative_division is not None:
            field_dict["administrativeDivision"] = self.administrative_division.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        localized_name = d.pop("localizedName")
        _administrative_division = d.pop("administrativeDivision", None)
        administrative_division = (
            None
            if _administrative_division is None
            else PhoneNumberAdministrativeDivision.from_dict(_administrative_division)
        )
        phone_number_locality = cls(
            localized_name=localized_name,
            administrative_division=administrative_division,
        )
        phone_number_locality.additional_properties = d
        return phone_number_locality

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


from ..models.phone_number_administrative_division import (
    PhoneNumberAdministrativeDivision,  # noqa: E402
)
