"""Contains all the data models used in inputs/outputs.

Each model's module is imported the first time the model is used (PEP 562 ``__getattr__``): building every attrs
class up front made ``import`` of any one model or operation pay for all of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acquired_short_codes import AcquiredShortCodes
    from .attachment_type import AttachmentType
    from .billing_frequency import BillingFrequency
    from .call_to_action_type import CallToActionType
    from .communication_error import CommunicationError
    from .communication_error_response import CommunicationErrorResponse
    from .company_information import CompanyInformation
    from .contact_information import ContactInformation
    from .customer_care_information import CustomerCareInformation
    from .file_type import FileType
    from .message_content_type import MessageContentType
    from .message_details import MessageDetails
    from .message_direction import MessageDirection
    from .message_directionality import MessageDirectionality
    from .message_example import MessageExample
    from .message_example_sequence import MessageExampleSequence
    from .message_protocol import MessageProtocol
    from .number_type import NumberType
    from .program_brief_attachment import ProgramBriefAttachment
    from .program_brief_attachment_summary import ProgramBriefAttachmentSummary
    from .program_brief_attachments import ProgramBriefAttachments
    from .program_brief_status import ProgramBriefStatus
    from .program_details import ProgramDetails
    from .recurrence import Recurrence
    from .review_note import ReviewNote
    from .short_code import ShortCode
    from .short_code_cost import ShortCodeCost
    from .short_code_costs_page import ShortCodeCosts
    from .traffic_details import TrafficDetails
    from .us_program_brief import USProgramBrief
    from .us_program_briefs import USProgramBriefs
    from .use_case import UseCase

_MODULE_OF = {
    "AcquiredShortCodes": ".acquired_short_codes",
    "AttachmentType": ".attachment_type",
    "BillingFrequency": ".billing_frequency",
    "CallToActionType": ".call_to_action_type",
    "CommunicationError": ".communication_error",
    "CommunicationErrorResponse": ".communication_error_response",
    "CompanyInformation": ".company_information",
    "ContactInformation": ".contact_information",
    "CustomerCareInformation": ".customer_care_information",
    "FileType": ".file_type",
    "MessageContentType": ".message_content_type",
    "MessageDetails": ".message_details",
    "MessageDirection": ".message_direction",
    "MessageDirectionality": ".message_directionality",
    "MessageExample": ".message_example",
    "MessageExampleSequence": ".message_example_sequence",
    "MessageProtocol": ".message_protocol",
    "NumberType": ".number_type",
    "ProgramBriefAttachment": ".program_brief_attachment",
    "ProgramBriefAttachmentSummary": ".program_brief_attachment_summary",
    "ProgramBriefAttachments": ".program_brief_attachments",
    "ProgramBriefStatus": ".program_brief_status",
    "ProgramDetails": ".program_details",
    "Recurrence": ".recurrence",
    "ReviewNote": ".review_note",
    "ShortCode": ".short_code",
    "ShortCodeCost": ".short_code_cost",
    "ShortCodeCosts": ".short_code_costs_page",
    "TrafficDetails": ".traffic_details",
    "USProgramBrief": ".us_program_brief",
    "USProgramBriefs": ".us_program_briefs",
    "UseCase": ".use_case",
}

__all__ = (
    "AcquiredShortCodes",
    "AttachmentType",
    "BillingFrequency",
    "CallToActionType",
    "CommunicationError",
    "CommunicationErrorResponse",
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
    "NumberType",
    "ProgramBriefAttachment",
    "ProgramBriefAttachments",
    "ProgramBriefAttachmentSummary",
    "ProgramBriefStatus",
    "ProgramDetails",
    "Recurrence",
    "ReviewNote",
    "ShortCode",
    "ShortCodeCost",
    "ShortCodeCosts",
    "TrafficDetails",
    "UseCase",
    "USProgramBrief",
    "USProgramBriefs",
)


# Hidden from type checkers: a misspelt name must be an error there, not an `Any` from this function.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)
