"""Azure Communication Services phone numbers and short codes, for Python.

A drop-in for ``azure.communication.phonenumbers`` (same class, method, parameter, model and enum names), built on
httpx, with a local emulator. The async clients, under the same names, are in :mod:`acs_phonenumbers.aio`.

Example::

    from acs_phonenumbers import PhoneNumbersClient

    with PhoneNumbersClient.from_connection_string(conn_str) as client:
        number = client.get_purchased_phone_number("+14255550123")
"""

from typing import TYPE_CHECKING

from . import _models, _short_code_models
from ._credentials import AzureKeyCredential, ConnectionString, parse_connection_string
from ._errors import (
    AcsError,
    AzureError,
    ClientAuthenticationError,
    ErrorDetail,
    HttpResponseError,
    IncompleteReadError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    OperationFailedError,
    ResourceExistsError,
    ResourceNotFoundError,
    ResourceNotModifiedError,
    ServiceRequestError,
    ServiceRequestTimeoutError,
    ServiceResponseError,
    ServiceResponseTimeoutError,
)
from ._idempotency import OutcomeUnknownError
from ._lazy import lazy_attributes
from ._paging import ItemPaged, Page, PageIterator
from ._phone_numbers import DEFAULT_API_VERSION, PhoneNumbersClient, RawResponse
from ._polling import LROPoller, PollingMethod
from ._retry import RetryPolicy
from ._version import __version__

if TYPE_CHECKING:
    from acs_phonenumbers_twins.phone_numbers import PhoneNumbersClientWithRawResponse
    from acs_phonenumbers_twins.short_codes import ShortCodesClientWithRawResponse

    from ._attachments import MAX_ATTACHMENT_BYTES
    from ._models import *  # noqa: F403
    from ._program_briefs import (
        check_program_brief,
        load_program_brief,
        program_brief_from_dict,
        program_brief_problems,
    )
    from ._short_code_models import *  # noqa: F403
    from ._short_codes import SHORT_CODES_API_VERSION, ShortCodesClient

# What is loaded on first use, and from where: the models, and the short-code side that most programs never touch.
# `import acs_phonenumbers` then builds no attrs model (together about 45 ms of import time, see BENCHMARKS.md).
_LAZY: dict[str, str] = {
    **dict.fromkeys(_models.__all__, "._models"),
    **dict.fromkeys(_short_code_models.__all__, "._short_code_models"),
    **dict.fromkeys(("SHORT_CODES_API_VERSION", "ShortCodesClient"), "._short_codes"),
    # The raw-response views, generated from the sync clients (make generate): they import them, so load after.
    "PhoneNumbersClientWithRawResponse": "acs_phonenumbers_twins.phone_numbers",
    "ShortCodesClientWithRawResponse": "acs_phonenumbers_twins.short_codes",
    "MAX_ATTACHMENT_BYTES": "._attachments",
    **dict.fromkeys(
        ("check_program_brief", "load_program_brief", "program_brief_from_dict", "program_brief_problems"),
        "._program_briefs",
    ),
}

__all__ = [
    "DEFAULT_API_VERSION",
    "MAX_ATTACHMENT_BYTES",
    "SHORT_CODES_API_VERSION",
    "AcsError",
    "AzureError",
    "AzureKeyCredential",
    "ClientAuthenticationError",
    "ConnectionString",
    "ErrorDetail",
    "HttpResponseError",
    "IncompleteReadError",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "ItemPaged",
    "LROPoller",
    "OperationFailedError",
    "OutcomeUnknownError",
    "Page",
    "PageIterator",
    "PhoneNumbersClient",
    "PhoneNumbersClientWithRawResponse",
    "PollingMethod",
    "RawResponse",
    "ResourceExistsError",
    "ResourceNotFoundError",
    "ResourceNotModifiedError",
    "RetryPolicy",
    "ServiceRequestError",
    "ServiceRequestTimeoutError",
    "ServiceResponseError",
    "ServiceResponseTimeoutError",
    "ShortCodesClient",
    "ShortCodesClientWithRawResponse",
    "__version__",
    "check_program_brief",
    "load_program_brief",
    "parse_connection_string",
    "program_brief_from_dict",
    "program_brief_problems",
]
__all__ += _models.__all__
__all__ += _short_code_models.__all__


# Hidden from type checkers: a misspelt name must be an error there, not an `Any` from this function.
if not TYPE_CHECKING:
    __getattr__ = lazy_attributes(__name__, _LAZY)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
