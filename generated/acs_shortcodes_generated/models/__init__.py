"""Contains all the data models used in inputs/outputs"""

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
