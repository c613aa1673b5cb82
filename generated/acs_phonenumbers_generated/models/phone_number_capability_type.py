from enum import StrEnum

from ..types import CaseInsensitiveEnumMeta


class PhoneNumberCapabilityType(StrEnum, metaclass=CaseInsensitiveEnumMeta):
    """Which directions a capability works in."""

    INBOUND = "inbound"
    INBOUND_OUTBOUND = "inbound+outbound"
    NONE = "none"
    OUTBOUND = "outbound"

    @classmethod
    def _missing_(cls, value: object) -> "PhoneNumberCapabilityType | None":
        # The service treats these values as open strings: match case-insensitively, and keep a value this
        # version does not know as a pseudo-member instead of failing to parse the whole response.
        if not isinstance(value, str):
            return None
        for member in cls:
            if member.value.lower() == value.lower():
                return member
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown

    def __str__(self) -> str:
        return str(self.value)


def as_phone_number_capability_type(value: str) -> PhoneNumberCapabilityType:
    """A member as it is; a string as its member (or kept: the enum is open). The models' attrs converter."""
    return value if isinstance(value, PhoneNumberCapabilityType) else PhoneNumberCapabilityType(value)


def as_phone_number_capability_type_or_none(value: str | None) -> PhoneNumberCapabilityType | None:
    """As ``as_phone_number_capability_type``, for an optional field: None stays None."""
    return None if value is None else as_phone_number_capability_type(value)
