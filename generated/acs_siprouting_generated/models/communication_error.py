from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CommunicationError")


@_attrs_define
class CommunicationError:
    """An error the service reports: a code, a message, and optionally where and why."""

    code: str
    """ The service's error code, e.g. BadRequest. """

    message: str
    """ What went wrong, in words meant for a person. """

    target: str | None = None
    """ The request item the error is about, when the service names one. """

    details: list[CommunicationError] | None = None
    """ Further errors that together explain this one. """

    innererror: CommunicationError | None = None
    """ An error the service reports: a code, a message, and optionally where and why. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "code": self.code,
            "message": self.message,
        }
        if self.target is not None:
            field_dict["target"] = self.target
        if self.details is not None:
            field_dict["details"] = [i0.to_dict() for i0 in self.details]
        if self.innererror is not None:
            field_dict["innererror"] = self.innererror.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        code = d["code"]
        message = d["message"]
        target = d.get("target")
        _details = d.get("details")
        details = None if _details is None else [CommunicationError.from_dict(i0) for i0 in _details]
        _innererror = d.get("innererror")
        innererror = None if _innererror is None else CommunicationError.from_dict(_innererror)
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        communication_error = cls(
            code,
            message,
            target,
            details,
            innererror,
        )
        # The required fields were all found: a body with no more keys than those has no others to keep.
        if len(d) > 2 and not _JSON_NAMES.issuperset(d):
            communication_error.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
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


_JSON_NAMES: frozenset[str] = frozenset({"code", "message", "target", "details", "innererror"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""
