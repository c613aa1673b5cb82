from enum import StrEnum

from ..types import CaseInsensitiveEnumMeta


class AttachmentType(StrEnum, metaclass=CaseInsensitiveEnumMeta):
    """What a program-brief attachment shows."""

    CALL_TO_ACTION = "callToAction"
    OTHER = "other"
    PRIVACY_POLICY = "privacyPolicy"
    TERMS_OF_SERVICE = "termsOfService"

    @classmethod
    def _missing_(cls, value: object) -> "AttachmentType | None":
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


def as_attachment_type(value: str) -> AttachmentType:
    """A member as it is; a string as its member (or kept: the enum is open). The models' attrs converter."""
    return value if isinstance(value, AttachmentType) else AttachmentType(value)


def as_attachment_type_or_none(value: str | None) -> AttachmentType | None:
    """As ``as_attachment_type``, for an optional field: None stays None."""
    return None if value is None else as_attachment_type(value)
