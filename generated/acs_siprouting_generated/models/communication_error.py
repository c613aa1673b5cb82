from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommunicationError")


@_attrs_define
class CommunicationError:
    code: str
    message: str
    target: str | Unset = UNSET
    details: list[CommunicationError] | Unset = UNSET
    innererror: CommunicationError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        target = self.target

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        innererror: dict[str, Any] | Unset = UNSET
        if not isinstance(self.innererror, Unset):
            innererror = self.innererror.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if target is not UNSET:
            field_dict["target"] = target
        if details is not UNSET:
            field_dict["details"] = details
        if innererror is not UNSET:
            field_dict["innererror"] = innererror

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        target = d.pop("target", UNSET)

        _details = d.pop("details", UNSET)
        details: list[CommunicationError] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = CommunicationError.from_dict(details_item_data)

                details.append(details_item)

        _innererror = d.pop("innererror", UNSET)
        innererror: CommunicationError | Unset
        if isinstance(_innererror, Unset):
            innererror = UNSET
        else:
            innererror = CommunicationError.from_dict(_innererror)

        communication_error = cls(
            code=code,
            message=message,
            target=target,
            details=details,
            innererror=innererror,
        )

        communication_error.additional_properties = d
        return communication_error

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
