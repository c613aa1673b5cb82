from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_content_type import MessageContentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_example_sequence import MessageExampleSequence


T = TypeVar("T", bound="UseCase")


@_attrs_define
class UseCase:
    content_type: MessageContentType | Unset = UNSET
    custom_content_type: str | Unset = UNSET
    """ What the content is, in words, when contentType is other. """
    examples: list[MessageExampleSequence] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type.value

        custom_content_type = self.custom_content_type

        examples: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.examples, Unset):
            examples = []
            for examples_item_data in self.examples:
                examples_item = examples_item_data.to_dict()
                examples.append(examples_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if custom_content_type is not UNSET:
            field_dict["customContentType"] = custom_content_type
        if examples is not UNSET:
            field_dict["examples"] = examples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_example_sequence import MessageExampleSequence  # noqa: PLC0415

        d = dict(src_dict)
        _content_type = d.pop("contentType", UNSET)
        content_type: MessageContentType | Unset
        if isinstance(_content_type, Unset):
            content_type = UNSET
        else:
            content_type = MessageContentType(_content_type)

        custom_content_type = d.pop("customContentType", UNSET)

        _examples = d.pop("examples", UNSET)
        examples: list[MessageExampleSequence] | Unset = UNSET
        if _examples is not UNSET:
            examples = []
            for examples_item_data in _examples:
                examples_item = MessageExampleSequence.from_dict(examples_item_data)

                examples.append(examples_item)

        use_case = cls(
            content_type=content_type,
            custom_content_type=custom_content_type,
            examples=examples,
        )

        use_case.additional_properties = d
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
