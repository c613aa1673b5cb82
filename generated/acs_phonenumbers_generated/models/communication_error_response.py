from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.communication_error import CommunicationError

T = TypeVar("T", bound="CommunicationErrorResponse")


@_attrs_define
class CommunicationErrorResponse:
    """The body of a failed request."""

    error: CommunicationError
    """ An error the service reports: a code, a message, and optionally where and why. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "error": self.error.to_dict(),
        }
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _error = d["error"]
        error = CommunicationError.from_dict(_error)
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        communication_error_response = cls(
            error,
        )
        # The required fields were all found: a body with no more keys than those has no others to keep.
        if len(d) > 1 and not _JSON_NAMES.issuperset(d):
            communication_error_response.additional_properties = {
                k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES
            }
        return communication_error_response

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


_JSON_NAMES: frozenset[str] = frozenset({"error"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""


from ..models.communication_error import CommunicationError  # noqa: E402
