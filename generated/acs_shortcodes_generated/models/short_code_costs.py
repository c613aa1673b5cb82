from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.short_code_cost import ShortCodeCost


T = TypeVar("T", bound="ShortCodeCosts")


@_attrs_define
class ShortCodeCosts:
    costs: list[ShortCodeCost] | Unset = UNSET
    short_code_costs: list[ShortCodeCost] | Unset = UNSET
    """ The same list as costs; the service sends both. """
    next_link: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        costs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.costs, Unset):
            costs = []
            for costs_item_data in self.costs:
                costs_item = costs_item_data.to_dict()
                costs.append(costs_item)

        short_code_costs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.short_code_costs, Unset):
            short_code_costs = []
            for short_code_costs_item_data in self.short_code_costs:
                short_code_costs_item = short_code_costs_item_data.to_dict()
                short_code_costs.append(short_code_costs_item)

        next_link: None | str | Unset
        if isinstance(self.next_link, Unset):
            next_link = UNSET
        else:
            next_link = self.next_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if costs is not UNSET:
            field_dict["costs"] = costs
        if short_code_costs is not UNSET:
            field_dict["shortCodeCosts"] = short_code_costs
        if next_link is not UNSET:
            field_dict["nextLink"] = next_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.short_code_cost import ShortCodeCost  # noqa: PLC0415

        d = dict(src_dict)
        _costs = d.pop("costs", UNSET)
        costs: list[ShortCodeCost] | Unset = UNSET
        if _costs is not UNSET:
            costs = []
            for costs_item_data in _costs:
                costs_item = ShortCodeCost.from_dict(costs_item_data)

                costs.append(costs_item)

        _short_code_costs = d.pop("shortCodeCosts", UNSET)
        short_code_costs: list[ShortCodeCost] | Unset = UNSET
        if _short_code_costs is not UNSET:
            short_code_costs = []
            for short_code_costs_item_data in _short_code_costs:
                short_code_costs_item = ShortCodeCost.from_dict(short_code_costs_item_data)

                short_code_costs.append(short_code_costs_item)

        def _parse_next_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_link = _parse_next_link(d.pop("nextLink", UNSET))

        short_code_costs = cls(
            costs=costs,
            short_code_costs=short_code_costs,
            next_link=next_link,
        )

        short_code_costs.additional_properties = d
        return short_code_costs

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
