"""The models and enums of the short codes API (2022-09-06), re-exported from the generated layer (not copies).

Renamed from 2021-10-25-preview: ``ProgramSignUpType`` is ``CallToActionType`` (same values), and
``MessageContentCategory`` gave way to ``MessageContentType`` (20 values instead of 41).

Two short-code enums share a name with a phone-numbers one and are exported under a prefixed name:
``ShortCodeBillingFrequency`` (it has ``once``) and ``ShortCodeNumberType`` (``shortCode``, ``alphaId``).
"""

from typing import TYPE_CHECKING

from ._lazy import lazy_attributes

if TYPE_CHECKING:
    from acs_shortcodes_generated.models import (
        AttachmentType,
        CallToActionType,
        CompanyInformation,
        ContactInformation,
        CustomerCareInformation,
        FileType,
        MessageContentType,
        MessageDetails,
        MessageDirection,
        MessageDirectionality,
        MessageExample,
        MessageExampleSequence,
        MessageProtocol,
        ProgramBriefAttachment,
        ProgramBriefAttachmentSummary,
        ProgramBriefStatus,
        ProgramDetails,
        Recurrence,
        ReviewNote,
        ShortCode,
        ShortCodeCost,
        TrafficDetails,
        UseCase,
        USProgramBrief,
    )
    from acs_shortcodes_generated.models import BillingFrequency as ShortCodeBillingFrequency
    from acs_shortcodes_generated.models import NumberType as ShortCodeNumberType

# The generated names of the two enums exported under a prefixed name.
_GENERATED_NAME = {"ShortCodeBillingFrequency": "BillingFrequency", "ShortCodeNumberType": "NumberType"}

__all__ = [
    "AttachmentType",
    "CallToActionType",
    "CompanyInformation",
    "ContactInformation",
    "CustomerCareInformation",
    "FileType",
    "MessageContentType",
    "MessageDetails",
    "MessageDirection",
    "MessageDirectionality",
    "MessageExample",
    "MessageExampleSequence",
    "MessageProtocol",
    "ProgramBriefAttachment",
    "ProgramBriefAttachmentSummary",
    "ProgramBriefStatus",
    "ProgramDetails",
    "Recurrence",
    "ReviewNote",
    "ShortCode",
    "ShortCodeBillingFrequency",
    "ShortCodeCost",
    "ShortCodeNumberType",
    "TrafficDetails",
    "USProgramBrief",
    "UseCase",
]


# Hidden from type checkers: a misspelt name must be an error there, not an `Any` from this function.
if not TYPE_CHECKING:
    # Loaded on first use, as in acs_phonenumbers._models; not even the generated package is imported before.
    __getattr__ = lazy_attributes(
        __name__,
        {name: "acs_shortcodes_generated.models:" + _GENERATED_NAME.get(name, name) for name in __all__},
    )
