from enum import StrEnum

from ..types import CaseInsensitiveEnumMeta


class CallToActionType(StrEnum, metaclass=CaseInsensitiveEnumMeta):
    """A way users are invited to opt in."""

    INTERACTIVE_VOICE_RESPONSE = "interactiveVoiceResponse"
    POINT_OF_SALE = "pointOfSale"
    SMS = "sms"
    WEBSITE = "website"

    @classmethod
    def _missing_(cls, value: object) -> "CallToActionType | None":
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


def as_call_to_action_type(value: str) -> CallToActionType:
    """A member as it is; a string as its member (or kept: the enum is open). The models' attrs converter."""
    return value if isinstance(value, CallToActionType) else CallToActionType(value)


def as_call_to_action_type_or_none(value: str | None) -> CallToActionType | None:
    """As ``as_call_to_action_type``, for an optional field: None stays None."""
    return None if value is None else as_call_to_action_type(value)
