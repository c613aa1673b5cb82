from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.message_example import MessageExample

T = TypeVar("T", bound="MessageExampleSequence")


@_attrs_define
class MessageExampleSequence:
    """An example exchange of messages, in order."""

    messages: list[MessageExample] | None = None
    """ The messages, in the order they are sent. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.messages is not None:
            field_dict["messages"] = [i0.to_dict() for i0 in self.messages]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _messages = d.pop("messages", None)
        messages = None if _messages is None else [MessageExample.from_dict(i0) for i0 in _messages]
        message_example_sequence = cls(
            messages=messages,
        )
        message_example_sequence.additional_properties = d
        return message_example_sequence

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


from ..models.message_example import MessageExample  # noqa: E402
