from enum import StrEnum

from ..types import CaseInsensitiveEnumMeta


class PhoneNumberAvailabilityStatus(StrEnum, metaclass=CaseInsensitiveEnumMeta):
    """Whether a number in stock can still be had."""

    AVAILABLE = "available"
    ERROR = "error"
    EXPIRED = "expired"
    PURCHASED = "purchased"
    RESERVED = "reserved"

    @classmethod
    def _missing_(cls, value: object) -> "PhoneNumberAvailabilityStatus | None":
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


def as_phone_number_availability_status(value: str) -> PhoneNumberAvailabilityStatus:
    """A member as it is; a string as its member (or kept: the enum is open). The models' attrs converter."""
    return value if isinstance(value, PhoneNumberAvailabilityStatus) else PhoneNumberAvailabilityStatus(value)


def as_phone_number_availability_status_or_none(value: str | None) -> PhoneNumberAvailabilityStatus | None:
    """As ``as_phone_number_availability_status``, for an optional field: None stays None."""
    return None if value is None else as_phone_number_availability_status(value)
