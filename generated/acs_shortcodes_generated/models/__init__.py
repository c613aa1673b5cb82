"""Contains all the data models used in inputs/outputs.

Each model's module is imported the first time the model is used (PEP 562 ``__getattr__``): building every attrs
class up front made ``import`` of any one model or operation pay for all of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .billing_frequency import BillingFrequency
    from .communication_error import CommunicationError
    from .communication_error_response import CommunicationErrorResponse
    from .company_information import CompanyInformation
    from .contact_information import ContactInformation
    from .customer_care_information import CustomerCareInformation
    from .message_content_category import MessageContentCategory
    from .message_details import MessageDetails
    from .message_direction import MessageDirection
    from .message_directionality import MessageDirectionality
    from .message_example import MessageExample
    from .message_example_sequence import MessageExampleSequence
    from .message_protocol import MessageProtocol
    from .number_type import NumberType
    from .program_brief_status import ProgramBriefStatus
    from .program_details import ProgramDetails
    from .program_sign_up_type import ProgramSignUpType
    from .recurrence import Recurrence
    from .review_note import ReviewNote
    from .short_code import ShortCode
    from .short_code_cost import ShortCodeCost
    from .short_codes_page import ShortCodes
    from .traffic_details import TrafficDetails
    from .us_program_brief import USProgramBrief
    from .us_program_briefs import USProgramBriefs
    from .use_case import UseCase

_MODULE_OF = {
    "BillingFrequency": ".billing_frequency",
    "CommunicationError": ".communication_error",
    "CommunicationErrorResponse": ".communication_error_response",
    "CompanyInformation": ".company_information",
    "ContactInformation": ".contact_information",
    "CustomerCareInformation": ".customer_care_information",
    "MessageContentCategory": ".message_content_category",
    "MessageDetails": ".message_details",
    "MessageDirection": ".message_direction",
    "MessageDirectionality": ".message_directionality",
    "MessageExample": ".message_example",
    "MessageExampleSequence": ".message_example_sequence",
    "MessageProtocol": ".message_protocol",
    "NumberType": ".number_type",
    "ProgramBriefStatus": ".program_brief_status",
    "ProgramDetails": ".program_details",
    "ProgramSignUpType": ".program_sign_up_type",
    "Recurrence": ".recurrence",
    "ReviewNote": ".review_note",
    "ShortCode": ".short_code",
    "ShortCodeCost": ".short_code_cost",
    "ShortCodes": ".short_codes_page",
    "TrafficDetails": ".traffic_details",
    "USProgramBrief": ".us_program_brief",
    "USProgramBriefs": ".us_program_briefs",
    "UseCase": ".use_case",
}

__all__ = (
    "BillingFrequency",
    "CommunicationError",
    "CommunicationErrorResponse",
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
    "NumberType",
    "ProgramBriefStatus",
    "ProgramDetails",
    "ProgramSignUpType",
    "Recurrence",
    "ReviewNote",
    "ShortCode",
    "ShortCodeCost",
    "ShortCodes",
    "TrafficDetails",
    "UseCase",
    "USProgramBrief",
    "USProgramBriefs",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
