"""Contains all the data models used in inputs/outputs.

Each model's module is imported the first time the model is used (PEP 562 ``__getattr__``): building every attrs
class up front made ``import`` of any one model or operation pay for all of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .phone_numbers_reservation_phone_numbers import (
        PhoneNumbersReservationPhoneNumbers,
    )
    from .phone_numbers_reservation_purchase_request import (
        PhoneNumbersReservationPurchaseRequest,
    )
    from .phone_numbers_reservations import PhoneNumbersReservations
    from .purchased_phone_number import PurchasedPhoneNumber
    from .purchased_phone_numbers import PurchasedPhoneNumbers
    from .reservation_status import ReservationStatus

_MODULE_OF = {
    "AvailablePhoneNumber": ".available_phone_number",
    "AvailablePhoneNumberError": ".available_phone_number_error",
    "BillingFrequency": ".billing_frequency",
    "CommunicationError": ".communication_error",
    "CommunicationErrorResponse": ".communication_error_response",
    "OfferingsResponse": ".offerings_response",
    "OperatorDetails": ".operator_details",
    "OperatorInformation": ".operator_information",
    "OperatorInformationOptions": ".operator_information_options",
    "OperatorInformationRequest": ".operator_information_request",
    "OperatorInformationResult": ".operator_information_result",
    "OperatorNumberType": ".operator_number_type",
    "PhoneNumberAdministrativeDivision": ".phone_number_administrative_division",
    "PhoneNumberAreaCode": ".phone_number_area_code",
    "PhoneNumberAreaCodes": ".phone_number_area_codes",
    "PhoneNumberAssignmentType": ".phone_number_assignment_type",
    "PhoneNumberAvailabilityStatus": ".phone_number_availability_status",
    "PhoneNumberBrowseCapabilitiesRequest": ".phone_number_browse_capabilities_request",
    "PhoneNumberCapabilities": ".phone_number_capabilities",
    "PhoneNumberCapabilitiesRequest": ".phone_number_capabilities_request",
    "PhoneNumberCapabilityType": ".phone_number_capability_type",
    "PhoneNumberCost": ".phone_number_cost",
    "PhoneNumberCountries": ".phone_number_countries",
    "PhoneNumberCountry": ".phone_number_country",
    "PhoneNumberLocalities": ".phone_number_localities_page",
    "PhoneNumberLocality": ".phone_number_locality",
    "PhoneNumberOffering": ".phone_number_offering",
    "PhoneNumberOperation": ".phone_number_operation",
    "PhoneNumberOperationStatus": ".phone_number_operation_status",
    "PhoneNumberOperationType": ".phone_number_operation_type",
    "PhoneNumberPurchaseRequest": ".phone_number_purchase_request",
    "PhoneNumberSearchRequest": ".phone_number_search_request",
    "PhoneNumberSearchResult": ".phone_number_search_result",
    "PhoneNumberSearchResultError": ".phone_number_search_result_error",
    "PhoneNumberType": ".phone_number_type",
    "PhoneNumbersBrowseRequest": ".phone_numbers_browse_request",
    "PhoneNumbersBrowseResult": ".phone_numbers_browse_result",
    "PhoneNumbersReservation": ".phone_numbers_reservation",
    "PhoneNumbersReservationPhoneNumbers": ".phone_numbers_reservation_phone_numbers",
    "PhoneNumbersReservationPurchaseRequest": ".phone_numbers_reservation_purchase_request",
    "PhoneNumbersReservations": ".phone_numbers_reservations",
    "PurchasedPhoneNumber": ".purchased_phone_number",
    "PurchasedPhoneNumbers": ".purchased_phone_numbers",
    "ReservationStatus": ".reservation_status",
}

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
