from http import HTTPStatus
from typing import Any
from urllib.parse import quote, urlencode
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, request_url
from ...models.communication_error_response import CommunicationErrorResponse
from ...models.us_program_brief import USProgramBrief
from ...types import UNSET, Response


def _get_kwargs(
    program_brief_id: UUID,
    *,
    api_version: str = "2022-09-06",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _url = "/shortCodes/countries/US/programBriefs/{program_brief_id}/:submit".format(
        program_brief_id=quote(str(program_brief_id), safe=""),
    )
    if params:
        _url += "?" + urlencode(params)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": _url,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommunicationErrorResponse | USProgramBrief:
    if response.status_code == 200:
        response_200 = USProgramBrief.from_dict(response.json())

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
) -> Response[CommunicationErrorResponse | USProgramBrief]:
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
    program_brief_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "2022-09-06",
) -> Response[CommunicationErrorResponse | USProgramBrief]:
    """Hand a draft US program brief to review.

    Args:
        program_brief_id (UUID):
        api_version (str):  Default: '2022-09-06'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunicationErrorResponse | USProgramBrief]
    """

    kwargs = _get_kwargs(
        program_brief_id=program_brief_id,
        api_version=api_version,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    program_brief_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "2022-09-06",
) -> CommunicationErrorResponse | USProgramBrief | None:
    """Hand a draft US program brief to review.

    Args:
        program_brief_id (UUID):
        api_version (str):  Default: '2022-09-06'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunicationErrorResponse | USProgramBrief
    """

    return sync_detailed(
        program_brief_id=program_brief_id,
        client=client,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    program_brief_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "2022-09-06",
) -> Response[CommunicationErrorResponse | USProgramBrief]:
    """Hand a draft US program brief to review.

    Args:
        program_brief_id (UUID):
        api_version (str):  Default: '2022-09-06'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunicationErrorResponse | USProgramBrief]
    """

    kwargs = _get_kwargs(
        program_brief_id=program_brief_id,
        api_version=api_version,
    )

    httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = await httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    program_brief_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "2022-09-06",
) -> CommunicationErrorResponse | USProgramBrief | None:
    """Hand a draft US program brief to review.

    Args:
        program_brief_id (UUID):
        api_version (str):  Default: '2022-09-06'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunicationErrorResponse | USProgramBrief
    """

    return (
        await asyncio_detailed(
            program_brief_id=program_brief_id,
            client=client,
            api_version=api_version,
        )
    ).parsed
