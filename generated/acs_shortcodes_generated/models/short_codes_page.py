from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.short_code import ShortCode


T = TypeVar("T", bound="ShortCodes")


@_attrs_define
class ShortCodes:
    short_codes: list[ShortCode] | Unset = UNSET
    next_link: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        short_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.short_codes, Unset):
            short_codes = []
            for short_codes_item_data in self.short_codes:
                short_codes_item = short_codes_item_data.to_dict()
                short_codes.append(short_codes_item)

        next_link: None | str | Unset
        if isinstance(self.next_link, Unset):
            next_link = UNSET
        else:
            next_link = self.next_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if short_codes is not UNSET:
            field_dict["shortCodes"] = short_codes
        if next_link is not UNSET:
            field_dict["nextLink"] = next_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _short_codes = d.pop("shortCodes", UNSET)
        short_codes: list[ShortCode] | Unset = UNSET
        if _short_codes is not UNSET:
            short_codes = []
            for short_codes_item_data in _short_codes:
                short_codes_item = ShortCode.from_dict(short_codes_item_data)

                short_codes.append(short_codes_item)

        def _parse_next_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_link = _parse_next_link(d.pop("nextLink", UNSET))

        short_codes_page = cls(
            short_codes=short_codes,
            next_link=next_link,
        )

        short_codes_page.additional_properties = d
        return short_codes_page

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


from ..models.short_code import ShortCode  # noqa: E402
