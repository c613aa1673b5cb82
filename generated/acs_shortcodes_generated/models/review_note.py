from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="ReviewNote")


@_attrs_define
class ReviewNote:
    """A note the reviewers left on a program brief."""

    message: str | None = None
    """ The note's text. """

    date: datetime.datetime | None = None
    """ When the note was written (UTC). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.message is not None:
            field_dict["message"] = self.message
        if self.date is not None:
            field_dict["date"] = self.date.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        message = d.get("message")
        _date = d.get("date")
        date = None if _date is None else parse_datetime(_date)
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        review_note = cls(
            message,
            date,
        )
        # Any key that is no field is kept as an additional property.
        if len(d) > 0 and not _JSON_NAMES.issuperset(d):
            review_note.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
        return review_note

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


_JSON_NAMES: frozenset[str] = frozenset({"message", "date"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""
