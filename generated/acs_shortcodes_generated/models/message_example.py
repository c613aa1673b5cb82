from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.message_direction import MessageDirection, as_message_direction_or_none

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.direction is not None:
            field_dict["direction"] = getattr(self.direction, "value", self.direction)
        if self.text is not None:
            field_dict["text"] = self.text
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _direction = d.pop("direction", None)
        direction = None if _direction is None else MessageDirection(_direction)
        text = d.pop("text", None)
        message_example = cls(
            direction=direction,
            text=text,
        )
        message_example.additional_properties = d
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
