from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operator_information_options import OperatorInformationOptions


T = TypeVar("T", bound="OperatorInformationRequest")


@_attrs_define
class OperatorInformationRequest:
    phone_numbers: list[str]
    options: OperatorInformationOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_numbers = self.phone_numbers

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumbers": phone_numbers,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_numbers = cast(list[str], d.pop("phoneNumbers"))

        _options = d.pop("options", UNSET)
        options: OperatorInformationOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = OperatorInformationOptions.from_dict(_options)

        operator_information_request = cls(
            phone_numbers=phone_numbers,
            options=options,
        )

        operator_information_request.additional_properties = d
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


from ..models.operator_information_options import OperatorInformationOptions  # noqa: E402
