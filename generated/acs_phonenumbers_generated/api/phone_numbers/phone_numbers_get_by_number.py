from http import HTTPStatus
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, request_url
from ...models.communication_error_response import CommunicationErrorResponse
from ...models.purchased_phone_number import PurchasedPhoneNumber
from ...types import UNSET, Response


def _get_kwargs(
    phone_number: str,
    *,
    api_version: str = "2025-06-01",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _url = "/phoneNumbers/{phone_number}".format(
        phone_number=quote(str(phone_number), safe=""),
    )
    if params:
        _url += "?" + urlencode(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _url,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommunicationErrorResponse | PurchasedPhoneNumber:
    if response.status_code == 200:
        response_200 = PurchasedPhoneNumber.from_dict(response.json())

        return response_200

    try:
        _error_body = response.json()
    except ValueError:
        _error_body = None
    if not isinstance(_error_body, dict) or not isinstance(_error_body.get("error"), dict):
        _error_body = {
            "error": {"code": f"Http{response.status_code}", "message": response.text[:500] or response.reason_phrase}
        }
    response_default = CommunicationErrorResponse.from_dict(_error_body)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CommunicationErrorResponse | PurchasedPhoneNumber]:
    try:
        return Response(
            status_code=HTTPStatus(response.status_code),
            content=response.content,
            headers=response.headers,
            parsed=_parse_response(client=client, response=response),
            http_response=response,
        )
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.UndecodableResponse(response, exc) from exc


def sync_detailed(
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "2025-06-01",
) -> Response[CommunicationErrorResponse | PurchasedPhoneNumber]:
    """Read one purchased number.

    Args:
        phone_number (str):
        api_version (str):  Default: '2025-06-01'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunicationErrorResponse | PurchasedPhoneNumber]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
        api_version=api_version,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "2025-06-01",
) -> CommunicationErrorResponse | PurchasedPhoneNumber | None:
    """Read one purchased number.

    Args:
        phone_number (str):
        api_version (str):  Default: '2025-06-01'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunicationErrorResponse | PurchasedPhoneNumber
    """

    return sync_detailed(
        phone_number=phone_number,
        client=client,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "2025-06-01",
) -> Response[CommunicationErrorResponse | PurchasedPhoneNumber]:
    """Read one purchased number.

    Args:
        phone_number (str):
        api_version (str):  Default: '2025-06-01'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunicationErrorResponse | PurchasedPhoneNumber]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
        api_version=api_version,
    )

    httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = await httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "2025-06-01",
) -> CommunicationErrorResponse | PurchasedPhoneNumber | None:
    """Read one purchased number.

    Args:
        phone_number (str):
        api_version (str):  Default: '2025-06-01'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunicationErrorResponse | PurchasedPhoneNumber
    """

    return (
        await asyncio_detailed(
            phone_number=phone_number,
            client=client,
            api_version=api_version,
        )
    ).parsed
