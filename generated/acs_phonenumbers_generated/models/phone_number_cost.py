from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.billing_frequency import BillingFrequency, as_billing_frequency

T = TypeVar("T", bound="PhoneNumberCost")


@_attrs_define(on_setattr=_NO_OP)
class PhoneNumberCost:
    """What a number costs, per billing period."""

    amount: float
    """ The price per billing period, in currencyCode. """

    currency_code: str
    """ The currency (ISO 4217), e.g. USD. """

    billing_frequency: BillingFrequency = _attrs_field(converter=as_billing_frequency)
    """ How often a cost is billed: monthly or once. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["amount"] = self.amount
        field_dict["currencyCode"] = self.currency_code
        field_dict["billingFrequency"] = getattr(self.billing_frequency, "value", self.billing_frequency)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")
        currency_code = d.pop("currencyCode")
        _billing_frequency = d.pop("billingFrequency")
        billing_frequency = BillingFrequency(_billing_frequency)
        phone_number_cost = cls(
            amount=amount,
            currency_code=currency_code,
            billing_frequency=billing_frequency,
        )
        phone_number_cost.additional_properties = d
        return phone_number_cost

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
