from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment_type import AttachmentType
from ..models.file_type import FileType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramBriefAttachment")


@_attrs_define
class ProgramBriefAttachment:
    """A file attached to a program brief. Its content is sent, never returned."""

    id: UUID
    """ The attachment id, the same as in the request URL. """
    type_: AttachmentType
    file_name: str
    file_type: FileType
    file_size_in_bytes: int | Unset = UNSET
    """ The size of the decoded content (the service computes it). """
    file_content_base_64: str | Unset = UNSET
    """ The file's content, base64-encoded. Required when attaching; never in a response. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_ = self.type_.value

        file_name = self.file_name

        file_type = self.file_type.value

        file_size_in_bytes = self.file_size_in_bytes

        file_content_base_64 = self.file_content_base_64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "fileName": file_name,
                "fileType": file_type,
            }
        )
        if file_size_in_bytes is not UNSET:
            field_dict["fileSizeInBytes"] = file_size_in_bytes
        if file_content_base_64 is not UNSET:
            field_dict["fileContentBase64"] = file_content_base_64

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = AttachmentType(d.pop("type"))

        file_name = d.pop("fileName")

        file_type = FileType(d.pop("fileType"))

        file_size_in_bytes = d.pop("fileSizeInBytes", UNSET)

        file_content_base_64 = d.pop("fileContentBase64", UNSET)

        program_brief_attachment = cls(
            id=id,
            type_=type_,
            file_name=file_name,
            file_type=file_type,
            file_size_in_bytes=file_size_in_bytes,
            file_content_base_64=file_content_base_64,
        )

        program_brief_attachment.additional_properties = d
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
