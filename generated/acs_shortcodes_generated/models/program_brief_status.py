from enum import StrEnum

from ..types import CaseInsensitiveEnumMeta


class ProgramBriefStatus(StrEnum, metaclass=CaseInsensitiveEnumMeta):
    """Where a program brief stands in review."""

    APPROVED = "approved"
    DENIED = "denied"
    DRAFT = "draft"
    SUBMITTED = "submitted"
    SUBMIT_NEW_VANITY_NUMBERS = "submitNewVanityNumbers"
    UPDATE_PROGRAM_BRIEF = "updateProgramBrief"

    @classmethod
    def _missing_(cls, value: object) -> "ProgramBriefStatus | None":
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


def as_program_brief_status(value: str) -> ProgramBriefStatus:
    """A member as it is; a string as its member (or kept: the enum is open). The models' attrs converter."""
    return value if isinstance(value, ProgramBriefStatus) else ProgramBriefStatus(value)


def as_program_brief_status_or_none(value: str | None) -> ProgramBriefStatus | None:
    """As ``as_program_brief_status``, for an optional field: None stays None."""
    return None if value is None else as_program_brief_status(value)
