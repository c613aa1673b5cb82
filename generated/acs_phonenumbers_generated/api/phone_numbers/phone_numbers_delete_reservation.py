from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote, urlencode
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, request_url
from ...models.communication_error_response import CommunicationErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    reservation_id: UUID,
    *,
    api_version: str = "2025-06-01",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _url = "/availablePhoneNumbers/reservations/{reservation_id}".format(
        reservation_id=quote(str(reservation_id), safe=""),
    )
    if params:
        _url += "?" + urlencode(params)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": _url,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CommunicationErrorResponse:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | CommunicationErrorResponse]:
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
    reservation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "2025-06-01",
) -> Response[Any | CommunicationErrorResponse]:
    """Drop a reservation and give its numbers back to stock.

    Args:
        reservation_id (UUID):
        api_version (str):  Default: '2025-06-01'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CommunicationErrorResponse]
    """

    kwargs = _get_kwargs(
        reservation_id=reservation_id,
        api_version=api_version,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    reservation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "2025-06-01",
) -> Any | CommunicationErrorResponse | None:
    """Drop a reservation and give its numbers back to stock.

    Args:
        reservation_id (UUID):
        api_version (str):  Default: '2025-06-01'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CommunicationErrorResponse
    """

    return sync_detailed(
        reservation_id=reservation_id,
        client=client,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    reservation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "2025-06-01",
) -> Response[Any | CommunicationErrorResponse]:
    """Drop a reservation and give its numbers back to stock.

    Args:
        reservation_id (UUID):
        api_version (str):  Default: '2025-06-01'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CommunicationErrorResponse]
    """

    kwargs = _get_kwargs(
        reservation_id=reservation_id,
        api_version=api_version,
    )

    httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = await httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reservation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "2025-06-01",
) -> Any | CommunicationErrorResponse | None:
    """Drop a reservation and give its numbers back to stock.

    Args:
        reservation_id (UUID):
        api_version (str):  Default: '2025-06-01'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CommunicationErrorResponse
    """

    return (
        await asyncio_detailed(
            reservation_id=reservation_id,
            client=client,
            api_version=api_version,
        )
    ).parsed
