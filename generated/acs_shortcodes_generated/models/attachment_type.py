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
        member = _BY_LOWERCASE_VALUE.get(value.lower())
        if member is not None:
            return member
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown

    def __str__(self) -> str:
        return str(self.value)


_BY_VALUE: dict[str, AttachmentType] = {member.value: member for member in AttachmentType}
"""Each member by its value as the service spells it: a dict lookup, much cheaper than calling the enum."""
_BY_LOWERCASE_VALUE: dict[str, AttachmentType] = {
    value.lower(): member for value, member in reversed(_BY_VALUE.items())
}
"""Each member by its value in lowercase (the first member wins, as when comparing the members in order)."""


def as_attachment_type(value: str) -> AttachmentType:
    """A member as it is; a string as its member (or kept: the enum is open). The models' attrs converter, and
    what their ``from_dict`` reads a JSON value with."""
    try:
        return _BY_VALUE[value]  # the exact value (or a member): no call into the enum machinery
    except (KeyError, TypeError):  # another case, a value this version does not know, or no string at all
        return value if isinstance(value, AttachmentType) else AttachmentType(value)


def as_attachment_type_or_none(value: str | None) -> AttachmentType | None:
    """As ``as_attachment_type``, for an optional field: None stays None."""
    return None if value is None else as_attachment_type(value)
