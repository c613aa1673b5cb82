from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, note_explicit_null

T = TypeVar("T", bound="OperatorDetails")


@_attrs_define
class OperatorDetails:
    """The network operator (carrier) that serves a number."""

    name: str | None = None
    """ The operator's name. """

    mobile_network_code: str | None = _attrs_field(default=cast(Any, UNSET), on_setattr=note_explicit_null)
    """ The mobile network code (MNC); null for numbers that are not mobile. """

    mobile_country_code: str | None = _attrs_field(default=cast(Any, UNSET), on_setattr=note_explicit_null)
    """ The mobile country code (MCC); null for numbers that are not mobile. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _explicit_nulls: frozenset[str] = _attrs_field(init=False, default=frozenset(), eq=False, repr=False)
    """The nullable fields set to None on purpose: ``to_dict`` sends them as null (others set to None are left out)."""

    def __attrs_post_init__(self) -> None:
        # A nullable field the caller did not give still holds UNSET here: it reads as None and is left out.
        nulls: list[str] = []
        if self.mobile_network_code is None:
            nulls.append("mobile_network_code")
        elif isinstance(self.mobile_network_code, Unset):
            object.__setattr__(self, "mobile_network_code", None)
        if self.mobile_country_code is None:
            nulls.append("mobile_country_code")
        elif isinstance(self.mobile_country_code, Unset):
            object.__setattr__(self, "mobile_country_code", None)
        if nulls:
            object.__setattr__(self, "_explicit_nulls", frozenset(nulls))

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.name is not None:
            field_dict["name"] = self.name
        if self.mobile_network_code is not None:
            field_dict["mobileNetworkCode"] = self.mobile_network_code
        elif "mobile_network_code" in self._explicit_nulls:
            field_dict["mobileNetworkCode"] = None
        if self.mobile_country_code is not None:
            field_dict["mobileCountryCode"] = self.mobile_country_code
        elif "mobile_country_code" in self._explicit_nulls:
            field_dict["mobileCountryCode"] = None
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        name = d.get("name")
        mobile_network_code: Any = d.get("mobileNetworkCode", UNSET)  # UNSET when absent: see __attrs_post_init__
        mobile_country_code: Any = d.get("mobileCountryCode", UNSET)  # UNSET when absent: see __attrs_post_init__
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        operator_details = cls(
            name,
            mobile_network_code,
            mobile_country_code,
        )
        # Any key that is no field is kept as an additional property.
        if len(d) > 0 and not _JSON_NAMES.issuperset(d):
            operator_details.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
        return operator_details

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


_JSON_NAMES: frozenset[str] = frozenset({"name", "mobileNetworkCode", "mobileCountryCode"})
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""
