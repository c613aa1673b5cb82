from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.message_content_type import (
    MessageContentType,
    as_message_content_type_or_none,
)

if TYPE_CHECKING:
    from ..models.message_example_sequence import MessageExampleSequence

T = TypeVar("T", bound="UseCase")


@_attrs_define(on_setattr=_NO_OP)
class UseCase:
    """One kind of content the program sends, with examples."""

    content_type: MessageContentType | None = _attrs_field(default=None, converter=as_message_content_type_or_none)
    """ The kind of content a program's messages carry. """

    custom_content_type: str | None = None
    """ What the content is, in words, when contentType is other. """

    examples: list[MessageExampleSequence] | None = None
    """ Example exchanges of this content. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.content_type is not None:
            field_dict["contentType"] = getattr(self.content_type, "_value_", self.content_type)
        if self.custom_content_type is not None:
            field_dict["customContentType"] = self.custom_content_type
        if self.examples is not None:
            field_dict["examples"] = [i0.to_dict() for i0 in self.examples]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        content_type = d.get("contentType")  # as_message_content_type_or_none reads it in __init__
        custom_content_type = d.get("customContentType")
        _examples = d.get("examples")
        examples = None if _examples is None else [MessageExampleSequence.from_dict(i0) for i0 in _examples]
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        use_case = cls(
            content_type,
            custom_content_type,
            examples,
        )
        # Any key that is no field is kept as an additional property.
        if len(d) > 0 and not _JSON_NAMES.issuperset(d):
            use_case.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
        return use_case

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


_JSON_NAMES: frozenset[str] = frozenset({"contentType", "customContentType", "examples"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""


from ..models.message_example_sequence import MessageExampleSequence  # noqa: E402
