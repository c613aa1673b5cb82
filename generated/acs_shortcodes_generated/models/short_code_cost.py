from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.billing_frequency import (
    BillingFrequency,
    as_billing_frequency_or_none,
)

T = TypeVar("T", bound="ShortCodeCost")


@_attrs_define(on_setattr=_NO_OP)
class ShortCodeCost:
    """What a short code costs in one country, for one billing frequency."""

    amount: float | None = None
    """ The price, in currencyCode. """

    currency_code: str | None = None
    """ ISO 4217, e.g. USD. """

    country_code: str | None = None
    """ ISO 3166 alpha-2, e.g. US. """

    is_vanity_short_code: bool | None = None
    """ Whether the cost is that of a vanity short code (sent on monthly costs only). """

    billing_frequency: BillingFrequency | None = _attrs_field(default=None, converter=as_billing_frequency_or_none)
    """ How often a cost is billed: monthly or once. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.amount is not None:
            field_dict["amount"] = self.amount
        if self.currency_code is not None:
            field_dict["currencyCode"] = self.currency_code
        if self.country_code is not None:
            field_dict["countryCode"] = self.country_code
        if self.is_vanity_short_code is not None:
            field_dict["isVanityShortCode"] = self.is_vanity_short_code
        if self.billing_frequency is not None:
            field_dict["billingFrequency"] = getattr(self.billing_frequency, "_value_", self.billing_frequency)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        amount = d.get("amount")
        currency_code = d.get("currencyCode")
        country_code = d.get("countryCode")
        is_vanity_short_code = d.get("isVanityShortCode")
        billing_frequency = d.get("billingFrequency")  # as_billing_frequency_or_none reads it in __init__
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        short_code_cost = cls(
            amount,
            currency_code,
            country_code,
            is_vanity_short_code,
            billing_frequency,
        )
        # Any key that is no field is kept as an additional property.
        if len(d) > 0 and not _JSON_NAMES.issuperset(d):
            short_code_cost.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
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


_JSON_NAMES: frozenset[str] = frozenset(
    {"amount", "currencyCode", "countryCode", "isVanityShortCode", "billingFrequency"}
)
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""
