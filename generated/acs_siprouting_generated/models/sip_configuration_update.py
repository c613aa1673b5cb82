from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sip_configuration_update_trunks import SipConfigurationUpdateTrunks
    from ..models.trunk_route import TrunkRoute
    from ..models.trunk_update import TrunkUpdate

T = TypeVar("T", bound="SipConfigurationUpdate")


@_attrs_define
class SipConfigurationUpdate:
    """A merge patch of the configuration."""

    trunks: dict[str, None | TrunkUpdate] | None = None
    """ Trunks to add or replace (an object) or remove (null), by FQDN. """

    routes: list[TrunkRoute] | None = None
    """ The new route list, replacing the current one. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.trunks is not None:
            field_dict["trunks"] = {k0: (None if v0 is None else v0.to_dict()) for k0, v0 in self.trunks.items()}
        if self.routes is not None:
            field_dict["routes"] = [i0.to_dict() for i0 in self.routes]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _trunks = d.get("trunks")
        trunks = None if _trunks is None else SipConfigurationUpdateTrunks.from_dict(_trunks)
        _routes = d.get("routes")
        routes = None if _routes is None else [TrunkRoute.from_dict(i0) for i0 in _routes]
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        sip_configuration_update = cls(
            trunks,
            routes,
        )
        # Any key that is no field is kept as an additional property.
        if len(d) > 0 and not _JSON_NAMES.issuperset(d):
            sip_configuration_update.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
        return sip_configuration_update

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


_JSON_NAMES: frozenset[str] = frozenset({"trunks", "routes"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""


from ..models.sip_configuration_update_trunks import SipConfigurationUpdateTrunks  # noqa: E402
from ..models.trunk_route import TrunkRoute  # noqa: E402
