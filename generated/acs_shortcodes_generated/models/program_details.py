from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs.setters import NO_OP as _NO_OP

from ..models.call_to_action_type import CallToActionType, as_call_to_action_type
from ..models.number_type import NumberType, as_number_type_or_none
from ..types import parse_datetime

T = TypeVar("T", bound="ProgramDetails")


@_attrs_define(on_setattr=_NO_OP)
class ProgramDetails:
    """What the messaging program is and how users join it."""

    is_vanity: bool | None = None
    """ Whether a vanity (chosen) short code is wanted. """

    preferred_vanity_numbers: list[str] | None = None
    """ The vanity short codes wanted, most preferred first. """

    number_type: NumberType | None = _attrs_field(default=None, converter=as_number_type_or_none)
    """ The kind of number: a short code or an alpha id. """

    is_political_campaign: bool | None = None
    """ Whether the program is for a political campaign. """

    name: str | None = None
    """ The program's name. """

    description: str | None = None
    """ What the program is for. """

    url: str | None = None
    """ The program's web page. """

    call_to_action_types: list[CallToActionType] | None = None
    """ How users opt in (2021-10-25-preview signUpTypes). """

    call_to_action_url: str | None = None
    """ Where the call to action is seen (2021-10-25-preview signUpUrl). """

    call_to_action: str | None = None
    """ The call to action in words, e.g. the text a user reads or hears before opting in. """

    terms_of_service_url: str | None = None
    """ Where the program's terms of service are published. """

    privacy_policy_url: str | None = None
    """ Where the program's privacy policy is published. """

    expected_date_of_service: datetime.datetime | None = None
    """ When the program expects to start sending (UTC). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.is_vanity is not None:
            field_dict["isVanity"] = self.is_vanity
        if self.preferred_vanity_numbers is not None:
            field_dict["preferredVanityNumbers"] = self.preferred_vanity_numbers
        if self.number_type is not None:
            field_dict["numberType"] = getattr(self.number_type, "_value_", self.number_type)
        if self.is_political_campaign is not None:
            field_dict["isPoliticalCampaign"] = self.is_political_campaign
        if self.name is not None:
            field_dict["name"] = self.name
        if self.description is not None:
            field_dict["description"] = self.description
        if self.url is not None:
            field_dict["url"] = self.url
        if self.call_to_action_types is not None:
            field_dict["callToActionTypes"] = [getattr(i0, "_value_", i0) for i0 in self.call_to_action_types]
        if self.call_to_action_url is not None:
            field_dict["callToActionUrl"] = self.call_to_action_url
        if self.call_to_action is not None:
            field_dict["callToAction"] = self.call_to_action
        if self.terms_of_service_url is not None:
            field_dict["termsOfServiceUrl"] = self.terms_of_service_url
        if self.privacy_policy_url is not None:
            field_dict["privacyPolicyUrl"] = self.privacy_policy_url
        if self.expected_date_of_service is not None:
            field_dict["expectedDateOfService"] = self.expected_date_of_service.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        is_vanity = d.get("isVanity")
        preferred_vanity_numbers = d.get("preferredVanityNumbers")
        number_type = d.get("numberType")  # as_number_type_or_none reads it in __init__
        is_political_campaign = d.get("isPoliticalCampaign")
        name = d.get("name")
        description = d.get("description")
        url = d.get("url")
        _call_to_action_types = d.get("callToActionTypes")
        call_to_action_types = (
            None if _call_to_action_types is None else [as_call_to_action_type(i0) for i0 in _call_to_action_types]
        )
        call_to_action_url = d.get("callToActionUrl")
        call_to_action = d.get("callToAction")
        terms_of_service_url = d.get("termsOfServiceUrl")
        privacy_policy_url = d.get("privacyPolicyUrl")
        _expected_date_of_service = d.get("expectedDateOfService")
        expected_date_of_service = (
            None if _expected_date_of_service is None else parse_datetime(_expected_date_of_service)
        )
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        program_details = cls(
            is_vanity,
            preferred_vanity_numbers,
            number_type,
            is_political_campaign,
            name,
            description,
            url,
            call_to_action_types,
            call_to_action_url,
            call_to_action,
            terms_of_service_url,
            privacy_policy_url,
            expected_date_of_service,
        )
        # Any key that is no field is kept as an additional property.
        if len(d) > 0 and not _JSON_NAMES.issuperset(d):
            program_details.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
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


_JSON_NAMES: frozenset[str] = frozenset(
    {
        "isVanity",
        "preferredVanityNumbers",
        "numberType",
        "isPoliticalCampaign",
        "name",
        "description",
        "url",
        "callToActionTypes",
        "callToActionUrl",
        "callToAction",
        "termsOfServiceUrl",
        "privacyPolicyUrl",
        "expectedDateOfService",
    }
)
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""
