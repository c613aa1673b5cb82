from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrunkRoute")


@_attrs_define
class TrunkRoute:
    """A voice route: calls to numbers matching the pattern go to the first reachable trunk listed."""

    name: str
    """ The route's name. """
    number_pattern: str
    """ A .NET regular expression over the dialled number (digits, optionally a leading +), such as
    ^\\+[1-9][0-9]{3,23}$. """
    description: str | Unset = UNSET
    """ Free text about the route. """
    trunks: list[str] | Unset = UNSET
    """ The FQDNs of the trunks to try, in order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        number_pattern = self.number_pattern

        description = self.description

        trunks: list[str] | Unset = UNSET
        if not isinstance(self.trunks, Unset):
            trunks = self.trunks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "numberPattern": number_pattern,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if trunks is not UNSET:
            field_dict["trunks"] = trunks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        number_pattern = d.pop("numberPattern")

        description = d.pop("description", UNSET)

        trunks = cast(list[str], d.pop("trunks", UNSET))

        trunk_route = cls(
            name=name,
            number_pattern=number_pattern,
            description=description,
            trunks=trunks,
        )

        trunk_route.additional_properties = d
        return trunk_route

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
