from http import HTTPStatus
from typing import Any
from urllib.parse import urlencode

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, request_url
from ...models.communication_error_response import CommunicationErrorResponse
from ...models.purchased_phone_numbers import PurchasedPhoneNumbers
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    skip: int | Unset = 0,
    top: int | Unset = 100,
    api_version: str = "2025-06-01",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["top"] = top

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _url = "/phoneNumbers"
    if params:
        _url += "?" + urlencode(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _url,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommunicationErrorResponse | PurchasedPhoneNumbers:
    if response.status_code == 200:
        response_200 = PurchasedPhoneNumbers.from_dict(response.json())

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
) -> Response[CommunicationErrorResponse | PurchasedPhoneNumbers]:
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
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    top: int | Unset = 100,
    api_version: str = "2025-06-01",
) -> Response[CommunicationErrorResponse | PurchasedPhoneNumbers]:
    """List the numbers this resource has bought.

    Args:
        skip (int | Unset):  Default: 0.
        top (int | Unset):  Default: 100.
        api_version (str):  Default: '2025-06-01'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunicationErrorResponse | PurchasedPhoneNumbers]
    """

    kwargs = _get_kwargs(
        skip=skip,
        top=top,
        api_version=api_version,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    top: int | Unset = 100,
    api_version: str = "2025-06-01",
) -> CommunicationErrorResponse | PurchasedPhoneNumbers | None:
    """List the numbers this resource has bought.

    Args:
        skip (int | Unset):  Default: 0.
        top (int | Unset):  Default: 100.
        api_version (str):  Default: '2025-06-01'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunicationErrorResponse | PurchasedPhoneNumbers
    """

    return sync_detailed(
        client=client,
        skip=skip,
        top=top,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    top: int | Unset = 100,
    api_version: str = "2025-06-01",
) -> Response[CommunicationErrorResponse | PurchasedPhoneNumbers]:
    """List the numbers this resource has bought.

    Args:
        skip (int | Unset):  Default: 0.
        top (int | Unset):  Default: 100.
        api_version (str):  Default: '2025-06-01'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunicationErrorResponse | PurchasedPhoneNumbers]
    """

    kwargs = _get_kwargs(
        skip=skip,
        top=top,
        api_version=api_version,
    )

    httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = await httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    top: int | Unset = 100,
    api_version: str = "2025-06-01",
) -> CommunicationErrorResponse | PurchasedPhoneNumbers | None:
    """List the numbers this resource has bought.

    Args:
        skip (int | Unset):  Default: 0.
        top (int | Unset):  Default: 100.
        api_version (str):  Default: '2025-06-01'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunicationErrorResponse | PurchasedPhoneNumbers
    """

    return (
        await asyncio_detailed(
            client=client,
            skip=skip,
            top=top,
            api_version=api_version,
        )
    ).parsed
