from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_content_category import MessageContentCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_example_sequence import MessageExampleSequence


T = TypeVar("T", bound="UseCase")


@_attrs_define
class UseCase:
    content_category: MessageContentCategory | Unset = UNSET
    examples: list[MessageExampleSequence] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_category: str | Unset = UNSET
        if not isinstance(self.content_category, Unset):
            content_category = self.content_category.value

        examples: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.examples, Unset):
            examples = []
            for examples_item_data in self.examples:
                examples_item = examples_item_data.to_dict()
                examples.append(examples_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_category is not UNSET:
            field_dict["contentCategory"] = content_category
        if examples is not UNSET:
            field_dict["examples"] = examples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _content_category = d.pop("contentCategory", UNSET)
        content_category: MessageContentCategory | Unset
        if isinstance(_content_category, Unset):
            content_category = UNSET
        else:
            content_category = MessageContentCategory(_content_category)

        _examples = d.pop("examples", UNSET)
        examples: list[MessageExampleSequence] | Unset = UNSET
        if _examples is not UNSET:
            examples = []
            for examples_item_data in _examples:
                examples_item = MessageExampleSequence.from_dict(examples_item_data)

                examples.append(examples_item)

        use_case = cls(
            content_category=content_category,
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


from ..models.message_example_sequence import MessageExampleSequence  # noqa: E402
