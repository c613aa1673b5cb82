"""Contains all the data models used in inputs/outputs"""

from .available_phone_number import AvailablePhoneNumber
from .available_phone_number_error import AvailablePhoneNumberError
from .billing_frequency import BillingFrequency
from .communication_error import CommunicationError
from .communication_error_response import CommunicationErrorResponse
from .offerings_response import OfferingsResponse
from .operator_details import OperatorDetails
from .operator_information import OperatorInformation
from .operator_information_options import OperatorInformationOptions
from .operator_information_request import OperatorInformationRequest
from .operator_information_result import OperatorInformationResult
from .operator_number_type import OperatorNumberType
from .phone_number_administrative_division import PhoneNumberAdministrativeDivision
from .phone_number_area_code import PhoneNumberAreaCode
from .phone_number_area_codes import PhoneNumberAreaCodes
from .phone_number_assignment_type import PhoneNumberAssignmentType
from .phone_number_availability_status import PhoneNumberAvailabilityStatus
from .phone_number_browse_capabilities_request import (
    PhoneNumberBrowseCapabilitiesRequest,
)
from .phone_number_capabilities import PhoneNumberCapabilities
from .phone_number_capabilities_request import PhoneNumberCapabilitiesRequest
from .phone_number_capability_type import PhoneNumberCapabilityType
from .phone_number_cost import PhoneNumberCost
from .phone_number_countries import PhoneNumberCountries
from .phone_number_country import PhoneNumberCountry
from .phone_number_localities_page import PhoneNumberLocalities
from .phone_number_locality import PhoneNumberLocality
from .phone_number_offering import PhoneNumberOffering
from .phone_number_operation import PhoneNumberOperation
from .phone_number_operation_status import PhoneNumberOperationStatus
from .phone_number_operation_type import PhoneNumberOperationType
from .phone_number_purchase_request import PhoneNumberPurchaseRequest
from .phone_number_search_request import PhoneNumberSearchRequest
from .phone_number_search_result import PhoneNumberSearchResult
from .phone_number_search_result_error import PhoneNumberSearchResultError
from .phone_number_type import PhoneNumberType
from .phone_numbers_browse_request import PhoneNumbersBrowseRequest
from .phone_numbers_browse_result import PhoneNumbersBrowseResult
from .phone_numbers_reservation import PhoneNumbersReservation
from .phone_numbers_reservation_phone_numbers import PhoneNumbersReservationPhoneNumbers
from .phone_numbers_reservation_purchase_request import (
    PhoneNumbersReservationPurchaseRequest,
)
from .phone_numbers_reservations import PhoneNumbersReservations
from .purchased_phone_number import PurchasedPhoneNumber
from .purchased_phone_numbers import PurchasedPhoneNumbers
from .reservation_status import ReservationStatus

__all__ = (
    "AvailablePhoneNumber",
    "AvailablePhoneNumberError",
    "BillingFrequency",
    "CommunicationError",
    "CommunicationErrorResponse",
    "OfferingsResponse",
    "OperatorDetails",
    "OperatorInformation",
    "OperatorInformationOptions",
    "OperatorInformationRequest",
    "OperatorInformationResult",
    "OperatorNumberType",
    "PhoneNumberAdministrativeDivision",
    "PhoneNumberAreaCode",
    "PhoneNumberAreaCodes",
    "PhoneNumberAssignmentType",
    "PhoneNumberAvailabilityStatus",
    "PhoneNumberBrowseCapabilitiesRequest",
    "PhoneNumberCapabilities",
    "PhoneNumberCapabilitiesRequest",
    "PhoneNumberCapabilityType",
    "PhoneNumberCost",
    "PhoneNumberCountries",
    "PhoneNumberCountry",
    "PhoneNumberLocalities",
    "PhoneNumberLocality",
    "PhoneNumberOffering",
    "PhoneNumberOperation",
    "PhoneNumberOperationStatus",
    "PhoneNumberOperationType",
    "PhoneNumberPurchaseRequest",
    "PhoneNumbersBrowseRequest",
    "PhoneNumbersBrowseResult",
    "PhoneNumberSearchRequest",
    "PhoneNumberSearchResult",
    "PhoneNumberSearchResultError",
    "PhoneNumbersReservation",
    "PhoneNumbersReservationPhoneNumbers",
    "PhoneNumbersReservationPurchaseRequest",
    "PhoneNumbersReservations",
    "PhoneNumberType",
    "PurchasedPhoneNumber",
    "PurchasedPhoneNumbers",
    "ReservationStatus",
)
