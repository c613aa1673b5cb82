from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_operation_status import PhoneNumberOperationStatus
from ..models.phone_number_operation_type import PhoneNumberOperationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.communication_error import CommunicationError


T = TypeVar("T", bound="PhoneNumberOperation")


@_attrs_define
class PhoneNumberOperation:
    operation_type: PhoneNumberOperationType
    status: PhoneNumberOperationStatus
    created_date_time: datetime.datetime
    id: str
    resource_location: str | Unset = UNSET
    error: CommunicationError | Unset = UNSET
    last_action_date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_type = self.operation_type.value

        status = self.status.value

        created_date_time = self.created_date_time.isoformat()

        id = self.id

        resource_location = self.resource_location

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        last_action_date_time: str | Unset = UNSET
        if not isinstance(self.last_action_date_time, Unset):
            last_action_date_time = self.last_action_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operationType": operation_type,
                "status": status,
                "createdDateTime": created_date_time,
                "id": id,
            }
        )
        if resource_location is not UNSET:
            field_dict["resourceLocation"] = resource_location
        if error is not UNSET:
            field_dict["error"] = error
        if last_action_date_time is not UNSET:
            field_dict["lastActionDateTime"] = last_action_date_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation_type = PhoneNumberOperationType(d.pop("operationType"))

        status = PhoneNumberOperationStatus(d.pop("status"))

        created_date_time = datetime.datetime.fromisoformat(d.pop("createdDateTime"))

        id = d.pop("id")

        resource_location = d.pop("resourceLocation", UNSET)

        _error = d.pop("error", UNSET)
        error: CommunicationError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = CommunicationError.from_dict(_error)

        _last_action_date_time = d.pop("lastActionDateTime", UNSET)
        last_action_date_time: datetime.datetime | Unset
        if isinstance(_last_action_date_time, Unset):
            last_action_date_time = UNSET
        else:
            last_action_date_time = datetime.datetime.fromisoformat(_last_action_date_time)

        phone_number_operation = cls(
            operation_type=operation_type,
            status=status,
            created_date_time=created_date_time,
            id=id,
            resource_location=resource_location,
            error=error,
            last_action_date_time=last_action_date_time,
        )

        phone_number_operation.additional_properties = d
        return phone_number_operation

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


from ..models.communication_error import CommunicationError  # noqa: E402
