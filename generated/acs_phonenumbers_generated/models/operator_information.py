from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operator_number_type import OperatorNumberType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operator_details import OperatorDetails


T = TypeVar("T", bound="OperatorInformation")


@_attrs_define
class OperatorInformation:
    phone_number: str
    national_format: str | Unset = UNSET
    international_format: str | Unset = UNSET
    iso_country_code: None | str | Unset = UNSET
    number_type: None | OperatorNumberType | Unset = UNSET
    operator_details: None | OperatorDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        national_format = self.national_format

        international_format = self.international_format

        iso_country_code: None | str | Unset
        if isinstance(self.iso_country_code, Unset):
            iso_country_code = UNSET
        else:
            iso_country_code = self.iso_country_code

        number_type: None | str | Unset
        if isinstance(self.number_type, Unset):
            number_type = UNSET
        elif isinstance(self.number_type, OperatorNumberType):
            number_type = self.number_type.value
        else:
            number_type = self.number_type

        operator_details: dict[str, Any] | None | Unset
        if isinstance(self.operator_details, Unset):
            operator_details = UNSET
        elif isinstance(self.operator_details, OperatorDetails):
            operator_details = self.operator_details.to_dict()
        else:
            operator_details = self.operator_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumber": phone_number,
            }
        )
        if national_format is not UNSET:
            field_dict["nationalFormat"] = national_format
        if international_format is not UNSET:
            field_dict["internationalFormat"] = international_format
        if iso_country_code is not UNSET:
            field_dict["isoCountryCode"] = iso_country_code
        if number_type is not UNSET:
            field_dict["numberType"] = number_type
        if operator_details is not UNSET:
            field_dict["operatorDetails"] = operator_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phoneNumber")

        national_format = d.pop("nationalFormat", UNSET)

        international_format = d.pop("internationalFormat", UNSET)

        def _parse_iso_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iso_country_code = _parse_iso_country_code(d.pop("isoCountryCode", UNSET))

        def _parse_number_type(data: object) -> None | OperatorNumberType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                number_type_type_1 = OperatorNumberType(data)

                return number_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OperatorNumberType | Unset, data)

        number_type = _parse_number_type(d.pop("numberType", UNSET))

        def _parse_operator_details(data: object) -> None | OperatorDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operator_details_type_1 = OperatorDetails.from_dict(data)

                return operator_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OperatorDetails | Unset, data)

        operator_details = _parse_operator_details(d.pop("operatorDetails", UNSET))

        operator_information = cls(
            phone_number=phone_number,
            national_format=national_format,
            international_format=international_format,
            iso_country_code=iso_country_code,
            number_type=number_type,
            operator_details=operator_details,
        )

        operator_information.additional_properties = d
        return operator_information

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


from ..models.operator_details import OperatorDetails  # noqa: E402
