"""Azure Communication Services phone numbers and short codes, for Python.

A drop-in for ``azure.communication.phonenumbers`` (same class, method, parameter, model and enum names), built on
httpx, with a local emulator. The async clients, under the same names, are in :mod:`acs_phonenumbers.aio`.

Example::

    from acs_phonenumbers import PhoneNumbersClient

    with PhoneNumbersClient.from_connection_string(conn_str) as client:
        number = client.get_purchased_phone_number("+14255550123")
"""

from ._credentials import AzureKeyCredential, ConnectionString, parse_connection_string
from ._errors import (
    AcsError,
    ClientAuthenticationError,
    ErrorDetail,
    HttpResponseError,
    InvalidArgumentError,
    OperationFailedError,
    ResourceExistsError,
    ResourceNotFoundError,
    ServiceRequestError,
)
from ._models import *  # noqa: F403  (the phone-number models and enums; their __all__ is joined below)
from ._models import __all__ as _model_names
from ._paging import ItemPaged, Page, PageIterator
from ._phone_numbers import DEFAULT_API_VERSION, PhoneNumbersClient, PhoneNumbersClientWithRawResponse, RawResponse
from ._polling import LROPoller
from ._program_briefs import check_program_brief, load_program_brief, program_brief_from_dict, program_brief_problems
from ._retry import RetryPolicy
from ._short_code_models import *  # noqa: F403  (the short-code models; their __all__ is joined below)
from ._short_code_models import __all__ as _short_code_model_names
from ._short_codes import SHORT_CODES_API_VERSION, ShortCodesClient, ShortCodesClientWithRawResponse
from ._version import __version__

__all__ = [
    "DEFAULT_API_VERSION",
    "SHORT_CODES_API_VERSION",
    "AcsError",
    "AzureKeyCredential",
    "ClientAuthenticationError",
    "ConnectionString",
    "ErrorDetail",
    "HttpResponseError",
    "InvalidArgumentError",
    "ItemPaged",
    "LROPoller",
    "OperationFailedError",
    "Page",
    "PageIterator",
    "PhoneNumbersClient",
    "PhoneNumbersClientWithRawResponse",
    "RawResponse",
    "ResourceExistsError",
    "ResourceNotFoundError",
    "RetryPolicy",
    "ServiceRequestError",
    "ShortCodesClient",
    "ShortCodesClientWithRawResponse",
    "__version__",
    "check_program_brief",
    "load_program_brief",
    "parse_connection_string",
    "program_brief_from_dict",
    "program_brief_problems",
]
__all__ += _model_names
__all__ += _short_code_model_names
