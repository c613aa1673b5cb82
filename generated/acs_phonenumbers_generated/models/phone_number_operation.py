from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.phone_number_operation_status import (
    PhoneNumberOperationStatus,
    as_phone_number_operation_status,
)
from ..models.phone_number_operation_type import (
    PhoneNumberOperationType,
    as_phone_number_operation_type,
)
from ..types import parse_datetime

if TYPE_CHECKING:
    from ..models.communication_error import CommunicationError

T = TypeVar("T", bound="PhoneNumberOperation")


@_attrs_define(on_setattr=_NO_OP)
class PhoneNumberOperation:
    """The state of a long-running operation."""

    operation_type: PhoneNumberOperationType = _attrs_field(converter=as_phone_number_operation_type)
    """ What a long-running operation does. """

    status: PhoneNumberOperationStatus = _attrs_field(converter=as_phone_number_operation_status)
    """ Where a long-running operation stands. """

    created_date_time: datetime.datetime
    """ When the operation was created (UTC). """

    id: str
    """ The operation's id. """

    resource_location: str | None = None
    """ Where the operation's result can be read, once it has one. """

    error: CommunicationError | None = None
    """ An error the service reports: a code, a message, and optionally where and why. """

    last_action_date_time: datetime.datetime | None = None
    """ When the operation last changed (UTC). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "operationType": getattr(self.operation_type, "_value_", self.operation_type),
            "status": getattr(self.status, "_value_", self.status),
            "createdDateTime": self.created_date_time.isoformat(),
            "id": self.id,
        }
        if self.resource_location is not None:
            field_dict["resourceLocation"] = self.resource_location
        if self.error is not None:
            field_dict["error"] = self.error.to_dict()
        if self.last_action_date_time is not None:
            field_dict["lastActionDateTime"] = self.last_action_date_time.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        operation_type = d["operationType"]  # a string: as_phone_number_operation_type reads it in __init__
        status = d["status"]  # a string: as_phone_number_operation_status reads it in __init__
        _created_date_time = d["createdDateTime"]
        created_date_time = parse_datetime(_created_date_time)
        id = d["id"]
        resource_location = d.get("resourceLocation")
        _error = d.get("error")
        error = None if _error is None else CommunicationError.from_dict(_error)
        _last_action_date_time = d.get("lastActionDateTime")
        last_action_date_time = None if _last_action_date_time is None else parse_datetime(_last_action_date_time)
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        phone_number_operation = cls(
            operation_type,
            status,
            created_date_time,
            id,
            resource_location,
            error,
            last_action_date_time,
        )
        # The required fields were all found: a body with no more keys than those has no others to keep.
        if len(d) > 4 and not _JSON_NAMES.issuperset(d):
            phone_number_operation.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
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


_JSON_NAMES: frozenset[str] = frozenset(
    {"operationType", "status", "createdDateTime", "id", "resourceLocation", "error", "lastActionDateTime"}
)
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""


from ..models.communication_error import CommunicationError  # noqa: E402
