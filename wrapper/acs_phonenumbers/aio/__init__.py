"""The async clients: the same names and signatures as the sync ones in ``acs_phonenumbers``, awaited.

Example::

    from acs_phonenumbers.aio import PhoneNumbersClient

    async with PhoneNumbersClient.from_connection_string(conn_str) as client:
        number = await client.get_purchased_phone_number("+14255550123")
"""

from typing import TYPE_CHECKING, Any

from .._paging import AsyncItemPaged, AsyncPageIterator
from .._polling import AsyncLROPoller
from ._phone_numbers import PhoneNumbersClient, PhoneNumbersClientWithRawResponse

if TYPE_CHECKING:
    from .._aiohttp import AiohttpTransport
    from ._short_codes import ShortCodesClient, ShortCodesClientWithRawResponse

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

    def __getattr__(name: str) -> Any:
        # The short-code side is loaded on first use, as in the acs_phonenumbers package.
        if name in ("ShortCodesClient", "ShortCodesClientWithRawResponse"):
            from . import _short_codes

            value = getattr(_short_codes, name)
            globals()[name] = value  # later lookups skip this function, as in the acs_phonenumbers package
            return value
        if name == "AiohttpTransport":  # the aiohttp extra's transport (for a proxy or pool limits); needs the extra
            from .._aiohttp import AiohttpTransport

            globals()[name] = AiohttpTransport
            return AiohttpTransport
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
