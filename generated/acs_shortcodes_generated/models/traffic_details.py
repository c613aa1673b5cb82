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
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
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
        # A JSON object as it is (read, never changed); anything else through dict(), which fails as it always did.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        total_monthly_volume = d.get("totalMonthlyVolume")
        monthly_average_messages_from_user = d.get("monthlyAverageMessagesFromUser")
        monthly_average_messages_to_user = d.get("monthlyAverageMessagesToUser")
        is_spiky = d.get("isSpiky")
        spike_details = d.get("spikeDetails")
        estimated_ramp_up_time_in_days = d.get("estimatedRampUpTimeInDays")
        # Positional, in the order of the fields: a call with keywords costs about twice as much.
        traffic_details = cls(
            total_monthly_volume,
            monthly_average_messages_from_user,
            monthly_average_messages_to_user,
            is_spiky,
            spike_details,
            estimated_ramp_up_time_in_days,
        )
        # Any key that is no field is kept as an additional property.
        if len(d) > 0 and not _JSON_NAMES.issuperset(d):
            traffic_details.additional_properties = {k0: v0 for k0, v0 in d.items() if k0 not in _JSON_NAMES}
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


_JSON_NAMES: frozenset[str] = frozenset(
    {
        "totalMonthlyVolume",
        "monthlyAverageMessagesFromUser",
        "monthlyAverageMessagesToUser",
        "isSpiky",
        "spikeDetails",
        "estimatedRampUpTimeInDays",
    }
)
"""The JSON names of the fields: ``from_dict`` keeps any other key as an additional property."""
