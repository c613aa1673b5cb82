from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.number_type import NumberType, as_number_type_or_none
from ..types import parse_datetime

T = TypeVar("T", bound="ShortCode")


@_attrs_define(on_setattr=_NO_OP)
class ShortCode:
    """A short code (or alpha id) this resource has acquired."""

    value: str | None = None
    """ The short code or alpha id, e.g. 57605. """

    number: str | None = None
    """ The 2021-10-25-preview name of value; the service still sends it, with the same value. """

    number_type: NumberType | None = _attrs_field(default=None, converter=as_number_type_or_none)
    """ The kind of number: a short code or an alpha id. """

    country_code: str | None = None
    """ The country (ISO 3166 alpha-2) the short code works in. """

    program_brief_ids: list[str] | None = None
    """ The ids of the program briefs the short code was acquired with. """

    purchase_date: datetime.datetime | None = None
    """ When the short code was acquired (UTC). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.value is not None:
            field_dict["value"] = self.value
        if self.number is not None:
            field_dict["number"] = self.number
        if self.number_type is not None:
            field_dict["numberType"] = getattr(self.number_type, "_value_", self.number_type)
        if self.country_code is not None:
            field_dict["countryCode"] = self.country_code
        if self.program_brief_ids is not None:
            field_dict["programBriefIds"] = self.program_brief_ids
        if self.purchase_date is not None:
            field_dict["purchaseDate"] = self.purchase_date.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        value = d.get("value")
        number = d.get("number")
        number_type = d.get("numberType")  # as_number_type_or_none reads it in __init__
        country_code = d.get("countryCode")
        program_brief_ids = d.get("programBriefIds")
        _purchase_date = d.get("purchaseDate")
        purchase_date = None if _purchase_date is None else parse_datetime(_purchase_date)
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        short_code = cls(
            value,
            number,
            number_type,
            country_code,
            program_brief_ids,
            purchase_date,
        )
        # Any key that is no field is kept as an additional property.
        if len(d) > 0 and not _JSON_NAMES.issuperset(d):
            short_code.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
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


_JSON_NAMES: frozenset[str] = frozenset(
    {"value", "number", "numberType", "countryCode", "programBriefIds", "purchaseDate"}
)
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""
