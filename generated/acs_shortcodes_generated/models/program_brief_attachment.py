from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.attachment_type import AttachmentType, as_attachment_type
from ..models.file_type import FileType, as_file_type

T = TypeVar("T", bound="ProgramBriefAttachment")


@_attrs_define(on_setattr=_NO_OP)
class ProgramBriefAttachment:
    """A file attached to a program brief. Its content is sent, never returned."""

    id: str
    """ The attachment id, the same as in the request URL. """

    type_: AttachmentType = _attrs_field(converter=as_attachment_type)
    """ What a program-brief attachment shows. """

    file_name: str
    """ The file's name. """

    file_type: FileType = _attrs_field(converter=as_file_type)
    """ The format of an attached file. """

    file_size_in_bytes: int | None = None
    """ The size of the decoded content (the service computes it). """

    file_content_base_64: str | None = None
    """ The file's content, base64-encoded. Required when attaching; never in a response. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": str(self.id),
            "type": getattr(self.type_, "_value_", self.type_),
            "fileName": self.file_name,
            "fileType": getattr(self.file_type, "_value_", self.file_type),
        }
        if self.file_size_in_bytes is not None:
            field_dict["fileSizeInBytes"] = self.file_size_in_bytes
        if self.file_content_base_64 is not None:
            field_dict["fileContentBase64"] = self.file_content_base_64
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]
        type_ = d["type"]  # a string: as_attachment_type reads it in __init__
        file_name = d["fileName"]
        file_type = d["fileType"]  # a string: as_file_type reads it in __init__
        file_size_in_bytes = d.get("fileSizeInBytes")
        file_content_base_64 = d.get("fileContentBase64")
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        program_brief_attachment = cls(
            id,
            type_,
            file_name,
            file_type,
            file_size_in_bytes,
            file_content_base_64,
        )
        # The required fields were all found: a body with no more keys than those has no others to keep.
        if len(d) > 4 and not _JSON_NAMES.issuperset(d):
            program_brief_attachment.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
        return program_brief_attachment

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


_JSON_NAMES: frozenset[str] = frozenset({"id", "type", "fileName", "fileType", "fileSizeInBytes", "fileContentBase64"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""
