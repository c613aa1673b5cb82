from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.message_direction import (
    MessageDirection,
    as_message_direction_or_none,
)

T = TypeVar("T", bound="MessageExample")


@_attrs_define(on_setattr=_NO_OP)
class MessageExample:
    """One message of an example exchange."""

    direction: MessageDirection | None = _attrs_field(default=None, converter=as_message_direction_or_none)
    """ Who sends a message: the program (toUser) or the user (fromUser). """

    text: str | None = None
    """ The message's text. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.direction is not None:
            field_dict["direction"] = getattr(self.direction, "_value_", self.direction)
        if self.text is not None:
            field_dict["text"] = self.text
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        direction = d.get("direction")  # as_message_direction_or_none reads it in __init__
        text = d.get("text")
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        message_example = cls(
            direction,
            text,
        )
        # Any key that is no field is kept as an additional property.
        if len(d) > 0 and not _JSON_NAMES.issuperset(d):
            message_example.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
        return message_example

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


_JSON_NAMES: frozenset[str] = frozenset({"direction", "text"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""
