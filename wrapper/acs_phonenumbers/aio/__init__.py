"""The async clients: the same names and signatures as the sync ones in ``acs_phonenumbers``, awaited.

Example::

    from acs_phonenumbers.aio import PhoneNumbersClient

    async with PhoneNumbersClient.from_connection_string(conn_str) as client:
        number = await client.get_purchased_phone_number("+14255550123")

The async clients and their raw-response views are generated from the sync clients (``make generate``, by
``openapi/tools/twins.py``, into ``acs_phonenumbers_twins``): each method is its sync twin, awaited.
"""

from typing import TYPE_CHECKING

from acs_phonenumbers_twins.phone_numbers_aio import PhoneNumbersClient, PhoneNumbersClientWithRawResponse

from .._lazy import lazy_attributes
from .._paging import AsyncItemPaged, AsyncPageIterator
from .._polling import AsyncLROPoller

if TYPE_CHECKING:
    from acs_phonenumbers_twins.short_codes_aio import ShortCodesClient, ShortCodesClientWithRawResponse

    from .._aiohttp import AiohttpTransport

__all__ = [
    "AiohttpTransport",
    "AsyncItemPaged",
    "AsyncLROPoller",
    "AsyncPageIterator",
    "PhoneNumbersClient",
    "PhoneNumbersClientWithRawResponse",
    "ShortCodesClient",
    "ShortCodesClientWithRawResponse",
]


# Hidden from type checkers: a misspelt name must be an error there, not an `Any` from this function.
if not TYPE_CHECKING:
    # The short-code side is loaded on first use, as in the acs_phonenumbers package; the aiohttp extra's transport
    # (for a proxy or pool limits) needs the extra.
    __getattr__ = lazy_attributes(
        __name__,
        {
            "ShortCodesClient": "acs_phonenumbers_twins.short_codes_aio",
            "ShortCodesClientWithRawResponse": "acs_phonenumbers_twins.short_codes_aio",
            "AiohttpTransport": "acs_phonenumbers._aiohttp",
        },
    )
