from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_type import NumberType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShortCode")


@_attrs_define
class ShortCode:
    number: str | Unset = UNSET
    number_type: NumberType | Unset = UNSET
    country_code: str | Unset = UNSET
    program_brief_ids: list[str] | Unset = UNSET
    purchase_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        number_type: str | Unset = UNSET
        if not isinstance(self.number_type, Unset):
            number_type = self.number_type.value

        country_code = self.country_code

        program_brief_ids: list[str] | Unset = UNSET
        if not isinstance(self.program_brief_ids, Unset):
            program_brief_ids = self.program_brief_ids

        purchase_date: str | Unset = UNSET
        if not isinstance(self.purchase_date, Unset):
            purchase_date = self.purchase_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if number_type is not UNSET:
            field_dict["numberType"] = number_type
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if program_brief_ids is not UNSET:
            field_dict["programBriefIds"] = program_brief_ids
        if purchase_date is not UNSET:
            field_dict["purchaseDate"] = purchase_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        _number_type = d.pop("numberType", UNSET)
        number_type: NumberType | Unset
        if isinstance(_number_type, Unset):
            number_type = UNSET
        else:
            number_type = NumberType(_number_type)

        country_code = d.pop("countryCode", UNSET)

        program_brief_ids = cast(list[str], d.pop("programBriefIds", UNSET))

        _purchase_date = d.pop("purchaseDate", UNSET)
        purchase_date: datetime.datetime | Unset
        if isinstance(_purchase_date, Unset):
            purchase_date = UNSET
        else:
            try:
                purchase_date = datetime.datetime.fromisoformat(_purchase_date)
            except ValueError:
                from ..types import parse_iso_datetime  # noqa: PLC0415

                purchase_date = parse_iso_datetime(_purchase_date)

        short_code = cls(
            number=number,
            number_type=number_type,
            country_code=country_code,
            program_brief_ids=program_brief_ids,
            purchase_date=purchase_date,
        )

        short_code.additional_properties = d
        return short_code

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
