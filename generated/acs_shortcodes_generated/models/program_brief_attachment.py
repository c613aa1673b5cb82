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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = str(self.id)
        field_dict["type"] = getattr(self.type_, "value", self.type_)
        field_dict["fileName"] = self.file_name
        field_dict["fileType"] = getattr(self.file_type, "value", self.file_type)
        if self.file_size_in_bytes is not None:
            field_dict["fileSizeInBytes"] = self.file_size_in_bytes
        if self.file_content_base_64 is not None:
            field_dict["fileContentBase64"] = self.file_content_base_64
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        _type_ = d.pop("type")
        type_ = AttachmentType(_type_)
        file_name = d.pop("fileName")
        _file_type = d.pop("fileType")
        file_type = FileType(_file_type)
        file_size_in_bytes = d.pop("fileSizeInBytes", None)
        file_content_base_64 = d.pop("fileContentBase64", None)
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
