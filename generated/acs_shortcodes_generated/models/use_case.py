from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_content_category import MessageContentCategory

if TYPE_CHECKING:
    from ..models.message_example_sequence import MessageExampleSequence

T = TypeVar("T", bound="UseCase")


@_attrs_define
class UseCase:
    content_category: MessageContentCategory | None = None

    examples: list[MessageExampleSequence] | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.content_category is not None:
            field_dict["contentCategory"] = getattr(self.content_category, "value", self.content_category)
        if self.examples is not None:
            field_dict["examples"] = [i0.to_dict() for i0 in self.examples]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_example_sequence import MessageExampleSequence  # noqa: PLC0415

        d = dict(src_dict)
        _content_category = d.pop("contentCategory", None)
        content_category = None if _content_category is None else MessageContentCategory(_content_category)
        _examples = d.pop("examples", None)
        examples = None if _examples is None else [MessageExampleSequence.from_dict(i0) for i0 in _examples]
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
