from enum import StrEnum

from ..types import CaseInsensitiveEnumMeta


class PhoneNumberOperationType(StrEnum, metaclass=CaseInsensitiveEnumMeta):
    """What a long-running operation does."""

    PURCHASE = "purchase"
    RELEASE_PHONE_NUMBER = "releasePhoneNumber"
    RESERVATION_PURCHASE = "reservationPurchase"
    SEARCH = "search"
    UPDATE_PHONE_NUMBER_CAPABILITIES = "updatePhoneNumberCapabilities"

    @classmethod
    def _missing_(cls, value: object) -> "PhoneNumberOperationType | None":
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


def as_phone_number_operation_type(value: str) -> PhoneNumberOperationType:
    """A member as it is; a string as its member (or kept: the enum is open). The models' attrs converter."""
    return value if isinstance(value, PhoneNumberOperationType) else PhoneNumberOperationType(value)


def as_phone_number_operation_type_or_none(value: str | None) -> PhoneNumberOperationType | None:
    """As ``as_phone_number_operation_type``, for an optional field: None stays None."""
    return None if value is None else as_phone_number_operation_type(value)
