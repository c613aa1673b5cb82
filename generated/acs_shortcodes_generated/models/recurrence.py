from enum import StrEnum

from ..types import CaseInsensitiveEnumMeta


class Recurrence(StrEnum, metaclass=CaseInsensitiveEnumMeta):
    """Whether messages come by subscription or per transaction."""

    SUBSCRIPTION = "subscription"
    TRANSACTION = "transaction"

    @classmethod
    def _missing_(cls, value: object) -> "Recurrence | None":
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


def as_recurrence(value: str) -> Recurrence:
    """A member as it is; a string as its member (or kept: the enum is open). The models' attrs converter."""
    return value if isinstance(value, Recurrence) else Recurrence(value)


def as_recurrence_or_none(value: str | None) -> Recurrence | None:
    """As ``as_recurrence``, for an optional field: None stays None."""
    return None if value is None else as_recurrence(value)
