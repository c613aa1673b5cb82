from http import HTTPStatus
from typing import Any
from urllib.parse import urlencode

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, request_url
from ...models.communication_error_response import CommunicationErrorResponse
from ...models.sip_configuration import SipConfiguration
from ...models.sip_configuration_update import SipConfigurationUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SipConfigurationUpdate | Unset = UNSET,
    api_version: str = "2023-03-01",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _url = "/sip"
    if params:
        _url += "?" + urlencode(params)

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": _url,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommunicationErrorResponse | SipConfiguration:
    if response.status_code == 200:
        response_200 = SipConfiguration.from_dict(response.json())

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
) -> Response[CommunicationErrorResponse | SipConfiguration]:
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
    body: SipConfigurationUpdate | Unset = UNSET,
    api_version: str = "2023-03-01",
) -> Response[CommunicationErrorResponse | SipConfiguration]:
    """Change the SIP configuration with a JSON merge patch.

     A trunk named with null is removed, a trunk named with an object is added or replaced, trunks not
    named stay as they are. Routes, when present, replace the whole route list; when absent they stay as
    they are. The service checks the resulting configuration as a whole and applies all of the patch or
    none of it.

    Args:
        api_version (str):  Default: '2023-03-01'.
        body (SipConfigurationUpdate | Unset): A merge patch of the configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunicationErrorResponse | SipConfiguration]
    """

    kwargs = _get_kwargs(
        body=body,
        api_version=api_version,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SipConfigurationUpdate | Unset = UNSET,
    api_version: str = "2023-03-01",
) -> CommunicationErrorResponse | SipConfiguration | None:
    """Change the SIP configuration with a JSON merge patch.

     A trunk named with null is removed, a trunk named with an object is added or replaced, trunks not
    named stay as they are. Routes, when present, replace the whole route list; when absent they stay as
    they are. The service checks the resulting configuration as a whole and applies all of the patch or
    none of it.

    Args:
        api_version (str):  Default: '2023-03-01'.
        body (SipConfigurationUpdate | Unset): A merge patch of the configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunicationErrorResponse | SipConfiguration
    """

    return sync_detailed(
        client=client,
        body=body,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SipConfigurationUpdate | Unset = UNSET,
    api_version: str = "2023-03-01",
) -> Response[CommunicationErrorResponse | SipConfiguration]:
    """Change the SIP configuration with a JSON merge patch.

     A trunk named with null is removed, a trunk named with an object is added or replaced, trunks not
    named stay as they are. Routes, when present, replace the whole route list; when absent they stay as
    they are. The service checks the resulting configuration as a whole and applies all of the patch or
    none of it.

    Args:
        api_version (str):  Default: '2023-03-01'.
        body (SipConfigurationUpdate | Unset): A merge patch of the configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunicationErrorResponse | SipConfiguration]
    """

    kwargs = _get_kwargs(
        body=body,
        api_version=api_version,
    )

    httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = await httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SipConfigurationUpdate | Unset = UNSET,
    api_version: str = "2023-03-01",
) -> CommunicationErrorResponse | SipConfiguration | None:
    """Change the SIP configuration with a JSON merge patch.

     A trunk named with null is removed, a trunk named with an object is added or replaced, trunks not
    named stay as they are. Routes, when present, replace the whole route list; when absent they stay as
    they are. The service checks the resulting configuration as a whole and applies all of the patch or
    none of it.

    Args:
        api_version (str):  Default: '2023-03-01'.
        body (SipConfigurationUpdate | Unset): A merge patch of the configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunicationErrorResponse | SipConfiguration
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            api_version=api_version,
        )
    ).parsed
