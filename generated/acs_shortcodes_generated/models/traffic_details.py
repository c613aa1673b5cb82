from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrafficDetails")


@_attrs_define
class TrafficDetails:
    total_monthly_volume: int | Unset = UNSET
    monthly_average_messages_from_user: int | Unset = UNSET
    monthly_average_messages_to_user: int | Unset = UNSET
    is_spiky: bool | Unset = UNSET
    spike_details: str | Unset = UNSET
    estimated_ramp_up_time_in_days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_monthly_volume = self.total_monthly_volume

        monthly_average_messages_from_user = self.monthly_average_messages_from_user

        monthly_average_messages_to_user = self.monthly_average_messages_to_user

        is_spiky = self.is_spiky

        spike_details = self.spike_details

        estimated_ramp_up_time_in_days = self.estimated_ramp_up_time_in_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_monthly_volume is not UNSET:
            field_dict["totalMonthlyVolume"] = total_monthly_volume
        if monthly_average_messages_from_user is not UNSET:
            field_dict["monthlyAverageMessagesFromUser"] = monthly_average_messages_from_user
        if monthly_average_messages_to_user is not UNSET:
            field_dict["monthlyAverageMessagesToUser"] = monthly_average_messages_to_user
        if is_spiky is not UNSET:
            field_dict["isSpiky"] = is_spiky
        if spike_details is not UNSET:
            field_dict["spikeDetails"] = spike_details
        if estimated_ramp_up_time_in_days is not UNSET:
            field_dict["estimatedRampUpTimeInDays"] = estimated_ramp_up_time_in_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_monthly_volume = d.pop("totalMonthlyVolume", UNSET)

        monthly_average_messages_from_user = d.pop("monthlyAverageMessagesFromUser", UNSET)

        monthly_average_messages_to_user = d.pop("monthlyAverageMessagesToUser", UNSET)

        is_spiky = d.pop("isSpiky", UNSET)

        spike_details = d.pop("spikeDetails", UNSET)

        estimated_ramp_up_time_in_days = d.pop("estimatedRampUpTimeInDays", UNSET)

        traffic_details = cls(
            total_monthly_volume=total_monthly_volume,
            monthly_average_messages_from_user=monthly_average_messages_from_user,
            monthly_average_messages_to_user=monthly_average_messages_to_user,
            is_spiky=is_spiky,
            spike_details=spike_details,
            estimated_ramp_up_time_in_days=estimated_ramp_up_time_in_days,
        )

        traffic_details.additional_properties = d
        return traffic_details

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
