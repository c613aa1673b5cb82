from enum import StrEnum

from ..types import CaseInsensitiveEnumMeta


class PhoneNumberSearchResultError(StrEnum, metaclass=CaseInsensitiveEnumMeta):
    """Why a search (or the purchase of its numbers) failed."""

    ALL_NUMBERS_NOT_ACQUIRED = "AllNumbersNotAcquired"
    AUTHORIZATION_DENIED = "AuthorizationDenied"
    BILLING_UNAVAILABLE = "BillingUnavailable"
    INVALID_ADDRESS = "InvalidAddress"
    INVALID_OFFER_MODEL = "InvalidOfferModel"
    MISSING_ADDRESS = "MissingAddress"
    NOT_ENOUGH_CREDIT = "NotEnoughCredit"
    NOT_ENOUGH_LICENSES = "NotEnoughLicenses"
    NO_ERROR = "NoError"
    NO_WALLET = "NoWallet"
    NUMBERS_PARTIALLY_ACQUIRED = "NumbersPartiallyAcquired"
    OUT_OF_STOCK = "OutOfStock"
    PROVISIONING_FAILED = "ProvisioningFailed"
    PURCHASE_FAILED = "PurchaseFailed"
    RESERVATION_EXPIRED = "ReservationExpired"
    UNKNOWN_ERROR_CODE = "UnknownErrorCode"
    UNKNOWN_SEARCH_ERROR = "UnknownSearchError"

    @classmethod
    def _missing_(cls, value: object) -> "PhoneNumberSearchResultError | None":
        # The service treats these values as open strings: match case-insensitively, and keep a value this
        # version does not know as a pseudo-member instead of failing to parse the whole response.
        if not isinstance(value, str):
            return None
        member = _BY_LOWERCASE_VALUE.get(value.lower())
        if member is not None:
            return member
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown

    def __str__(self) -> str:
        return str(self.value)


_BY_VALUE: dict[str, PhoneNumberSearchResultError] = {member.value: member for member in PhoneNumberSearchResultError}
"""Each member by its value as the service spells it: a dict lookup, much cheaper than calling the enum."""
_BY_LOWERCASE_VALUE: dict[str, PhoneNumberSearchResultError] = {
    value.lower(): member for value, member in reversed(_BY_VALUE.items())
}
"""Each member by its value in lowercase (the first member wins, as when comparing the members in order)."""


def as_phone_number_search_result_error(value: str) -> PhoneNumberSearchResultError:
    """A member as it is; a string as its member (or kept: the enum is open). The models' attrs converter, and
    what their ``from_dict`` reads a JSON value with."""
    try:
        return _BY_VALUE[value]  # the exact value (or a member): no call into the enum machinery
    except (KeyError, TypeError):  # another case, a value this version does not know, or no string at all
        return value if isinstance(value, PhoneNumberSearchResultError) else PhoneNumberSearchResultError(value)


def as_phone_number_search_result_error_or_none(value: str | None) -> PhoneNumberSearchResultError | None:
    """As ``as_phone_number_search_result_error``, for an optional field: None stays None."""
    return None if value is None else as_phone_number_search_result_error(value)
