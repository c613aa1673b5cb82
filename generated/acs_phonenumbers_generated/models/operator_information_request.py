from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.operator_information_options import OperatorInformationOptions

T = TypeVar("T", bound="OperatorInformationRequest")


@_attrs_define
class OperatorInformationRequest:
    """An operator lookup of one or more numbers."""

    phone_numbers: list[str]
    """ The numbers to look up, in E.164 format. """

    options: OperatorInformationOptions | None = None
    """ Options of an operator lookup. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "phoneNumbers": self.phone_numbers,
        }
        if self.options is not None:
            field_dict["options"] = self.options.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        phone_numbers = d["phoneNumbers"]
        _options = d.get("options")
        options = None if _options is None else OperatorInformationOptions.from_dict(_options)
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        operator_information_request = cls(
            phone_numbers,
            options,
        )
        # The required fields were all found: a body with no more keys than those has no others to keep.
        if len(d) > 1 and not _JSON_NAMES.issuperset(d):
            operator_information_request.additional_properties = {
                k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES
            }
        return operator_information_request

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


_JSON_NAMES: frozenset[str] = frozenset({"phoneNumbers", "options"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""


from ..models.operator_information_options import OperatorInformationOptions  # noqa: E402
