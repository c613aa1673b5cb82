"""The models and enums of the phone numbers API that users handle, re-exported from the generated layer.

These are the generated attrs models themselves (``to_dict``/``from_dict``; an absent field reads as ``None``),
not copies: a value returned by :class:`~acs_phonenumbers.PhoneNumbersClient` is the same type the generated
low-level layer returns. Names, attribute names and enum member names are those of
``azure-communication-phonenumbers`` 1.4, so code written against it keeps working after an import change.
Enums are open and accept plain strings: ``PhoneNumberType("tollFree") is PhoneNumberType.TOLL_FREE``.
"""

from typing import TYPE_CHECKING, Literal

from acs_phonenumbers_generated.types import UNSET, Unset

from ._lazy import lazy_attributes

if TYPE_CHECKING:
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

# The declared values of the enums that calls take, as `Literal` types for signatures. The enums are open, so a
# signature takes the enum or one of these strings: a typo in a string is a type error, and a value this version
# does not declare is still expressible, as `PhoneNumberType("satellite")` (an open enum's pseudo-member). At run
# time any non-empty string is accepted and the service judges it. tests/unit/test_typed_surface.py checks that
# these lists are the enums' values.
PhoneNumberTypeLiteral = Literal["geographic", "mobile", "tollFree"]
PhoneNumberCapabilityTypeLiteral = Literal["inbound", "inbound+outbound", "none", "outbound"]
PhoneNumberAssignmentTypeLiteral = Literal["application", "person"]

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
    "PhoneNumberAssignmentTypeLiteral",
    "PhoneNumberAvailabilityStatus",
    "PhoneNumberCapabilities",
    "PhoneNumberCapabilityType",
    "PhoneNumberCapabilityTypeLiteral",
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
    "PhoneNumberTypeLiteral",
    "PhoneNumbersBrowseResult",
    "PhoneNumbersReservation",
    "PhoneNumbersReservationPhoneNumbers",
    "PurchasedPhoneNumber",
    "ReservationStatus",
    "Unset",
]


# Hidden from type checkers: a misspelt name must be an error there, not an `Any` from this function.
if not TYPE_CHECKING:
    # Each model is loaded on first use, by the generated package (see its __init__): importing them all up front
    # cost about a third of `import acs_phonenumbers`.
    __getattr__ = lazy_attributes(__name__, dict.fromkeys(__all__, "acs_phonenumbers_generated.models"))
