from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.trunk_update import TrunkUpdate


T = TypeVar("T", bound="SipConfigurationUpdateTrunks")


@_attrs_define
class SipConfigurationUpdateTrunks:
    """Trunks to add or replace (an object) or remove (null), by FQDN."""

    additional_properties: dict[str, None | TrunkUpdate] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.trunk_update import TrunkUpdate  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, TrunkUpdate):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trunk_update import TrunkUpdate  # noqa: PLC0415

        d = dict(src_dict)
        sip_configuration_update_trunks = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> None | TrunkUpdate:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = TrunkUpdate.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | TrunkUpdate, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        sip_configuration_update_trunks.additional_properties = additional_properties
        return sip_configuration_update_trunks

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> None | TrunkUpdate:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: None | TrunkUpdate) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
