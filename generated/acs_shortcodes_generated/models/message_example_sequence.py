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
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.messages is not None:
            field_dict["messages"] = [i0.to_dict() for i0 in self.messages]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _messages = d.get("messages")
        messages = None if _messages is None else [MessageExample.from_dict(i0) for i0 in _messages]
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        message_example_sequence = cls(
            messages,
        )
        # Any key that is no field is kept as an additional property.
        if len(d) > 0 and not _JSON_NAMES.issuperset(d):
            message_example_sequence.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
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


_JSON_NAMES: frozenset[str] = frozenset({"messages"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""


from ..models.message_example import MessageExample  # noqa: E402
