from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_frequency import BillingFrequency
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShortCodeCost")


@_attrs_define
class ShortCodeCost:
    """What a short code costs in one country, for one billing frequency."""

    amount: float | Unset = UNSET
    currency_code: str | Unset = UNSET
    """ ISO 4217, e.g. USD. """
    country_code: str | Unset = UNSET
    """ ISO 3166 alpha-2, e.g. US. """
    is_vanity_short_code: bool | Unset = UNSET
    """ Whether the cost is that of a vanity short code (sent on monthly costs only). """
    billing_frequency: BillingFrequency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency_code = self.currency_code

        country_code = self.country_code

        is_vanity_short_code = self.is_vanity_short_code

        billing_frequency: str | Unset = UNSET
        if not isinstance(self.billing_frequency, Unset):
            billing_frequency = self.billing_frequency.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if is_vanity_short_code is not UNSET:
            field_dict["isVanityShortCode"] = is_vanity_short_code
        if billing_frequency is not UNSET:
            field_dict["billingFrequency"] = billing_frequency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        country_code = d.pop("countryCode", UNSET)

        is_vanity_short_code = d.pop("isVanityShortCode", UNSET)

        _billing_frequency = d.pop("billingFrequency", UNSET)
        billing_frequency: BillingFrequency | Unset
        if isinstance(_billing_frequency, Unset):
            billing_frequency = UNSET
        else:
            billing_frequency = BillingFrequency(_billing_frequency)

        short_code_cost = cls(
            amount=amount,
            currency_code=currency_code,
            country_code=country_code,
            is_vanity_short_code=is_vanity_short_code,
            billing_frequency=billing_frequency,
        )

        short_code_cost.additional_properties = d
        return short_code_cost

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
