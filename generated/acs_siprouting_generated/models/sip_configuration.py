from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sip_configuration_trunks import SipConfigurationTrunks
    from ..models.trunk_route import TrunkRoute


T = TypeVar("T", bound="SipConfiguration")


@_attrs_define
class SipConfiguration:
    """The whole configuration. Routes are tried in list order; the first whose pattern matches wins."""

    trunks: SipConfigurationTrunks | Unset = UNSET
    """ The trunks by FQDN (1 to 249 characters). """
    routes: list[TrunkRoute] | Unset = UNSET
    """ The routes, in the order they are tried. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trunks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trunks, Unset):
            trunks = self.trunks.to_dict()

        routes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.routes, Unset):
            routes = []
            for routes_item_data in self.routes:
                routes_item = routes_item_data.to_dict()
                routes.append(routes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trunks is not UNSET:
            field_dict["trunks"] = trunks
        if routes is not UNSET:
            field_dict["routes"] = routes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sip_configuration_trunks import SipConfigurationTrunks  # noqa: PLC0415
        from ..models.trunk_route import TrunkRoute  # noqa: PLC0415

        d = dict(src_dict)
        _trunks = d.pop("trunks", UNSET)
        trunks: SipConfigurationTrunks | Unset
        if isinstance(_trunks, Unset):
            trunks = UNSET
        else:
            trunks = SipConfigurationTrunks.from_dict(_trunks)

        _routes = d.pop("routes", UNSET)
        routes: list[TrunkRoute] | Unset = UNSET
        if _routes is not UNSET:
            routes = []
            for routes_item_data in _routes:
                routes_item = TrunkRoute.from_dict(routes_item_data)

                routes.append(routes_item)

        sip_configuration = cls(
            trunks=trunks,
            routes=routes,
        )

        sip_configuration.additional_properties = d
        return sip_configuration

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
