from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TrunkRoute")


@_attrs_define
class TrunkRoute:
    """A voice route: calls to numbers matching the pattern go to the first reachable trunk listed."""

    name: str
    """ The route's name. """

    number_pattern: str
    """ A .NET regular expression over the dialled number (digits, optionally a leading +), such as
    ^\\+[1-9][0-9]{3,23}$. """

    description: str | None = None
    """ Free text about the route. """

    trunks: list[str] | None = None
    """ The FQDNs of the trunks to try, in order. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["numberPattern"] = self.number_pattern
        if self.description is not None:
            field_dict["description"] = self.description
        if self.trunks is not None:
            field_dict["trunks"] = self.trunks
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        number_pattern = d.pop("numberPattern")
        description = d.pop("description", None)
        trunks = d.pop("trunks", None)
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
