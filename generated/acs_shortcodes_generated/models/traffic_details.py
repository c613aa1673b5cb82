from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TrafficDetails")


@_attrs_define
class TrafficDetails:
    """How many messages the program expects to send and receive."""

    total_monthly_volume: int | None = None
    """ Messages expected per month in total. """

    monthly_average_messages_from_user: int | None = None
    """ Messages a user is expected to send per month, on average. """

    monthly_average_messages_to_user: int | None = None
    """ Messages a user is expected to receive per month, on average. """

    is_spiky: bool | None = None
    """ Whether traffic comes in bursts. """

    spike_details: str | None = None
    """ When and why bursts happen. """

    estimated_ramp_up_time_in_days: int | None = None
    """ Days expected until full volume is reached. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.total_monthly_volume is not None:
            field_dict["totalMonthlyVolume"] = self.total_monthly_volume
        if self.monthly_average_messages_from_user is not None:
            field_dict["monthlyAverageMessagesFromUser"] = self.monthly_average_messages_from_user
        if self.monthly_average_messages_to_user is not None:
            field_dict["monthlyAverageMessagesToUser"] = self.monthly_average_messages_to_user
        if self.is_spiky is not None:
            field_dict["isSpiky"] = self.is_spiky
        if self.spike_details is not None:
            field_dict["spikeDetails"] = self.spike_details
        if self.estimated_ramp_up_time_in_days is not None:
            field_dict["estimatedRampUpTimeInDays"] = self.estimated_ramp_up_time_in_days
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_monthly_volume = d.pop("totalMonthlyVolume", None)
        monthly_average_messages_from_user = d.pop("monthlyAverageMessagesFromUser", None)
        monthly_average_messages_to_user = d.pop("monthlyAverageMessagesToUser", None)
        is_spiky = d.pop("isSpiky", None)
        spike_details = d.pop("spikeDetails", None)
        estimated_ramp_up_time_in_days = d.pop("estimatedRampUpTimeInDays", None)
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
