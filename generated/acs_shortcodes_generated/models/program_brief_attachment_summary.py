from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.attachment_type import (
    AttachmentType,
    as_attachment_type_or_none,
)

T = TypeVar("T", bound="ProgramBriefAttachmentSummary")


@_attrs_define(on_setattr=_NO_OP)
class ProgramBriefAttachmentSummary:
    """An attachment of a program brief, in short."""

    id: str | None = None
    """ The attachment's id. """

    type_: AttachmentType | None = _attrs_field(default=None, converter=as_attachment_type_or_none)
    """ What a program-brief attachment shows. """

    file_name: str | None = None
    """ The file's name. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.id is not None:
            field_dict["id"] = str(self.id)
        if self.type_ is not None:
            field_dict["type"] = getattr(self.type_, "_value_", self.type_)
        if self.file_name is not None:
            field_dict["fileName"] = self.file_name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d.get("id")
        type_ = d.get("type")  # as_attachment_type_or_none reads it in __init__
        file_name = d.get("fileName")
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        program_brief_attachment_summary = cls(
            id,
            type_,
            file_name,
        )
        # Any key that is no field is kept as an additional property.
        if len(d) > 0 and not _JSON_NAMES.issuperset(d):
            program_brief_attachment_summary.additional_properties = {
                k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES
            }
        return program_brief_attachment_summary

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


_JSON_NAMES: frozenset[str] = frozenset({"id", "type", "fileName"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""
