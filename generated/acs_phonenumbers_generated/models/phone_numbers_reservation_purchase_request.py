from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneNumbersReservationPurchaseRequest")


@_attrs_define
class PhoneNumbersReservationPurchaseRequest:
    """A purchase of the numbers a reservation holds."""

    agree_to_not_resell: bool | None = None
    """ The agreement not to resell the numbers, where the country requires it. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.agree_to_not_resell is not None:
            field_dict["agreeToNotResell"] = self.agree_to_not_resell
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        agree_to_not_resell = d.get("agreeToNotResell")
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        phone_numbers_reservation_purchase_request = cls(
            agree_to_not_resell,
        )
        # Any key that is no field is kept as an additional property.
        if len(d) > 0 and not _JSON_NAMES.issuperset(d):
            phone_numbers_reservation_purchase_request.additional_properties = {
                k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES
            }
        return phone_numbers_reservation_purchase_request

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


_JSON_NAMES: frozenset[str] = frozenset({"agreeToNotResell"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""
