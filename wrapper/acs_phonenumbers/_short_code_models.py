"""The models and enums of the short codes API, re-exported from the generated layer (not copies).

Two short-code enums share a name with a phone-numbers one and are exported under a prefixed name:
``ShortCodeBillingFrequency`` (it has ``once``) and ``ShortCodeNumberType`` (``shortCode``, ``alphaId``).
"""

from acs_shortcodes_generated.models import BillingFrequency as ShortCodeBillingFrequency
from acs_shortcodes_generated.models import (
    CompanyInformation,
    ContactInformation,
    CustomerCareInformation,
    MessageContentCategory,
    MessageDetails,
    MessageDirection,
    MessageDirectionality,
    MessageExample,
    MessageExampleSequence,
    MessageProtocol,
    ProgramBriefStatus,
    ProgramDetails,
    ProgramSignUpType,
    Recurrence,
    ReviewNote,
    ShortCode,
    ShortCodeCost,
    TrafficDetails,
    UseCase,
    USProgramBrief,
)
from acs_shortcodes_generated.models import NumberType as ShortCodeNumberType

__all__ = [
    "CompanyInformation",
    "ContactInformation",
    "CustomerCareInformation",
    "MessageContentCategory",
    "MessageDetails",
    "MessageDirection",
    "MessageDirectionality",
    "MessageExample",
    "MessageExampleSequence",
    "MessageProtocol",
    "ProgramBriefStatus",
    "ProgramDetails",
    "ProgramSignUpType",
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
