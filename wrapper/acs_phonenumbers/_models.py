"""The models and enums of the phone numbers API that users handle, re-exported from the generated layer.

These are the generated attrs models themselves (``to_dict``/``from_dict``, ``UNSET`` for omitted fields), not
copies: a value returned by :class:`~acs_phonenumbers.PhoneNumbersClient` is the same type the generated
low-level layer returns. Names, attribute names and enum member names are those of
``azure-communication-phonenumbers`` 1.4, so code written against it keeps working after an import change.
Enums are open and accept plain strings: ``PhoneNumberType("tollFree") is PhoneNumberType.TOLL_FREE``.
"""

from acs_phonenumbers_generated.models import (
    AvailablePhoneNumber,
    AvailablePhoneNumberError,
    BillingFrequency,
    CommunicationError,
    OperatorDetails,
    OperatorInformation,
    OperatorInformationOptions,
    OperatorInformationResult,
    OperatorNumberType,
    PhoneNumberAdministrativeDivision,
    PhoneNumberAreaCode,
    PhoneNumberAssignmentType,
    PhoneNumberAvailabilityStatus,
    PhoneNumberCapabilities,
    PhoneNumberCapabilityType,
    PhoneNumberCost,
    PhoneNumberCountry,
    PhoneNumberLocality,
    PhoneNumberOffering,
    PhoneNumberOperation,
    PhoneNumberOperationStatus,
    PhoneNumberOperationType,
    PhoneNumbersBrowseResult,
    PhoneNumberSearchResult,
    PhoneNumberSearchResultError,
    PhoneNumbersReservation,
    PhoneNumbersReservationPhoneNumbers,
    PhoneNumberType,
    PurchasedPhoneNumber,
    ReservationStatus,
)
from acs_phonenumbers_generated.types import UNSET, Unset

__all__ = [
    "UNSET",
    "AvailablePhoneNumber",
    "AvailablePhoneNumberError",
    "BillingFrequency",
    "CommunicationError",
    "OperatorDetails",
    "OperatorInformation",
    "OperatorInformationOptions",
    "OperatorInformationResult",
    "OperatorNumberType",
    "PhoneNumberAdministrativeDivision",
    "PhoneNumberAreaCode",
    "PhoneNumberAssignmentType",
    "PhoneNumberAvailabilityStatus",
    "PhoneNumberCapabilities",
    "PhoneNumberCapabilityType",
    "PhoneNumberCost",
    "PhoneNumberCountry",
    "PhoneNumberLocality",
    "PhoneNumberOffering",
    "PhoneNumberOperation",
    "PhoneNumberOperationStatus",
    "PhoneNumberOperationType",
    "PhoneNumberSearchResult",
    "PhoneNumberSearchResultError",
    "PhoneNumberType",
    "PhoneNumbersBrowseResult",
    "PhoneNumbersReservation",
    "PhoneNumbersReservationPhoneNumbers",
    "PurchasedPhoneNumber",
    "ReservationStatus",
    "Unset",
]
