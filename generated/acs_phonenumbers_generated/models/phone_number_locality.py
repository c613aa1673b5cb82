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
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "localizedName": self.localized_name,
        }
        if self.administrative_division is not None:
            field_dict["administrativeDivision"] = self.administrative_division.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        localized_name = d["localizedName"]
        _administrative_division = d.get("administrativeDivision")
        administrative_division = (
            None
            if _administrative_division is None
            else PhoneNumberAdministrativeDivision.from_dict(_administrative_division)
        )
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        phone_number_locality = cls(
            localized_name,
            administrative_division,
        )
        # The required fields were all found: a body with no more keys than those has no others to keep.
        if len(d) > 1 and not _JSON_NAMES.issuperset(d):
            phone_number_locality.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
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


_JSON_NAMES: frozenset[str] = frozenset({"localizedName", "administrativeDivision"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""


from ..models.phone_number_administrative_division import (
    PhoneNumberAdministrativeDivision,  # noqa: E402
)
