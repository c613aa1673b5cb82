from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_type import NumberType
from ..models.program_sign_up_type import ProgramSignUpType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramDetails")


@_attrs_define
class ProgramDetails:
    is_vanity: bool | Unset = UNSET
    preferred_vanity_numbers: list[str] | Unset = UNSET
    number_type: NumberType | Unset = UNSET
    is_political_campaign: bool | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    url: str | Unset = UNSET
    sign_up_types: list[ProgramSignUpType] | Unset = UNSET
    sign_up_url: str | Unset = UNSET
    terms_of_service_url: str | Unset = UNSET
    privacy_policy_url: str | Unset = UNSET
    expected_date_of_service: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_vanity = self.is_vanity

        preferred_vanity_numbers: list[str] | Unset = UNSET
        if not isinstance(self.preferred_vanity_numbers, Unset):
            preferred_vanity_numbers = self.preferred_vanity_numbers

        number_type: str | Unset = UNSET
        if not isinstance(self.number_type, Unset):
            number_type = self.number_type.value

        is_political_campaign = self.is_political_campaign

        name = self.name

        description = self.description

        url = self.url

        sign_up_types: list[str] | Unset = UNSET
        if not isinstance(self.sign_up_types, Unset):
            sign_up_types = []
            for sign_up_types_item_data in self.sign_up_types:
                sign_up_types_item = sign_up_types_item_data.value
                sign_up_types.append(sign_up_types_item)

        sign_up_url = self.sign_up_url

        terms_of_service_url = self.terms_of_service_url

        privacy_policy_url = self.privacy_policy_url

        expected_date_of_service: str | Unset = UNSET
        if not isinstance(self.expected_date_of_service, Unset):
            expected_date_of_service = self.expected_date_of_service.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_vanity is not UNSET:
            field_dict["isVanity"] = is_vanity
        if preferred_vanity_numbers is not UNSET:
            field_dict["preferredVanityNumbers"] = preferred_vanity_numbers
        if number_type is not UNSET:
            field_dict["numberType"] = number_type
        if is_political_campaign is not UNSET:
            field_dict["isPoliticalCampaign"] = is_political_campaign
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if sign_up_types is not UNSET:
            field_dict["signUpTypes"] = sign_up_types
        if sign_up_url is not UNSET:
            field_dict["signUpUrl"] = sign_up_url
        if terms_of_service_url is not UNSET:
            field_dict["termsOfServiceUrl"] = terms_of_service_url
        if privacy_policy_url is not UNSET:
            field_dict["privacyPolicyUrl"] = privacy_policy_url
        if expected_date_of_service is not UNSET:
            field_dict["expectedDateOfService"] = expected_date_of_service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_vanity = d.pop("isVanity", UNSET)

        preferred_vanity_numbers = cast(list[str], d.pop("preferredVanityNumbers", UNSET))

        _number_type = d.pop("numberType", UNSET)
        number_type: NumberType | Unset
        if isinstance(_number_type, Unset):
            number_type = UNSET
        else:
            number_type = NumberType(_number_type)

        is_political_campaign = d.pop("isPoliticalCampaign", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        url = d.pop("url", UNSET)

        _sign_up_types = d.pop("signUpTypes", UNSET)
        sign_up_types: list[ProgramSignUpType] | Unset = UNSET
        if _sign_up_types is not UNSET:
            sign_up_types = []
            for sign_up_types_item_data in _sign_up_types:
                sign_up_types_item = ProgramSignUpType(sign_up_types_item_data)

                sign_up_types.append(sign_up_types_item)

        sign_up_url = d.pop("signUpUrl", UNSET)

        terms_of_service_url = d.pop("termsOfServiceUrl", UNSET)

        privacy_policy_url = d.pop("privacyPolicyUrl", UNSET)

        _expected_date_of_service = d.pop("expectedDateOfService", UNSET)
        expected_date_of_service: datetime.datetime | Unset
        if isinstance(_expected_date_of_service, Unset):
            expected_date_of_service = UNSET
        else:
            try:
                expected_date_of_service = datetime.datetime.fromisoformat(_expected_date_of_service)
            except ValueError:
                from ..types import parse_iso_datetime  # noqa: PLC0415

                expected_date_of_service = parse_iso_datetime(_expected_date_of_service)

        program_details = cls(
            is_vanity=is_vanity,
            preferred_vanity_numbers=preferred_vanity_numbers,
            number_type=number_type,
            is_political_campaign=is_political_campaign,
            name=name,
            description=description,
            url=url,
            sign_up_types=sign_up_types,
            sign_up_url=sign_up_url,
            terms_of_service_url=terms_of_service_url,
            privacy_policy_url=privacy_policy_url,
            expected_date_of_service=expected_date_of_service,
        )

        program_details.additional_properties = d
        return program_details

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
