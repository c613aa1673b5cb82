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
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": self.name,
            "numberPattern": self.number_pattern,
        }
        if self.description is not None:
            field_dict["description"] = self.description
        if self.trunks is not None:
            field_dict["trunks"] = self.trunks
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        name = d["name"]
        number_pattern = d["numberPattern"]
        description = d.get("description")
        trunks = d.get("trunks")
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        trunk_route = cls(
            name,
            number_pattern,
            description,
            trunks,
        )
        # The required fields were all found: a body with no more keys than those has no others to keep.
        if len(d) > 2 and not _JSON_NAMES.issuperset(d):
            trunk_route.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
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


_JSON_NAMES: frozenset[str] = frozenset({"name", "numberPattern", "description", "trunks"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""
