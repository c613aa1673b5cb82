from http import HTTPStatus
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, request_url
from ...models.communication_error_response import CommunicationErrorResponse
from ...models.phone_number_localities_page import PhoneNumberLocalities
from ...models.phone_number_type import PhoneNumberType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    country_code: str,
    *,
    skip: int | Unset = 0,
    max_page_size: int | Unset = 100,
    administrative_division: str | Unset = UNSET,
    api_version: str = "2025-06-01",
    phone_number_type: PhoneNumberType | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["maxPageSize"] = max_page_size

    params["administrativeDivision"] = administrative_division

    params["api-version"] = api_version

    json_phone_number_type: str | Unset = UNSET
    if not isinstance(phone_number_type, Unset):
        json_phone_number_type = phone_number_type.value

    params["phoneNumberType"] = json_phone_number_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _url = "/availablePhoneNumbers/countries/{country_code}/localities".format(
        country_code=quote(str(country_code), safe=""),
    )
    if params:
        _url += "?" + urlencode(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _url,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommunicationErrorResponse | PhoneNumberLocalities:
    if response.status_code == 200:
        response_200 = PhoneNumberLocalities.from_dict(response.json())

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
) -> Response[CommunicationErrorResponse | PhoneNumberLocalities]:
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
    country_code: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    max_page_size: int | Unset = 100,
    administrative_division: str | Unset = UNSET,
    api_version: str = "2025-06-01",
    phone_number_type: PhoneNumberType | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[CommunicationErrorResponse | PhoneNumberLocalities]:
    """List the localities (towns and cities) with geographic numbers in a country.

    Args:
        country_code (str):
        skip (int | Unset):  Default: 0.
        max_page_size (int | Unset):  Default: 100.
        administrative_division (str | Unset):
        api_version (str):  Default: '2025-06-01'.
        phone_number_type (PhoneNumberType | Unset): The kind of number: geographic, toll-free or
            mobile.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunicationErrorResponse | PhoneNumberLocalities]
    """

    kwargs = _get_kwargs(
        country_code=country_code,
        skip=skip,
        max_page_size=max_page_size,
        administrative_division=administrative_division,
        api_version=api_version,
        phone_number_type=phone_number_type,
        accept_language=accept_language,
    )

    httpx_client = client.get_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    country_code: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    max_page_size: int | Unset = 100,
    administrative_division: str | Unset = UNSET,
    api_version: str = "2025-06-01",
    phone_number_type: PhoneNumberType | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> CommunicationErrorResponse | PhoneNumberLocalities | None:
    """List the localities (towns and cities) with geographic numbers in a country.

    Args:
        country_code (str):
        skip (int | Unset):  Default: 0.
        max_page_size (int | Unset):  Default: 100.
        administrative_division (str | Unset):
        api_version (str):  Default: '2025-06-01'.
        phone_number_type (PhoneNumberType | Unset): The kind of number: geographic, toll-free or
            mobile.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunicationErrorResponse | PhoneNumberLocalities
    """

    return sync_detailed(
        country_code=country_code,
        client=client,
        skip=skip,
        max_page_size=max_page_size,
        administrative_division=administrative_division,
        api_version=api_version,
        phone_number_type=phone_number_type,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    country_code: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    max_page_size: int | Unset = 100,
    administrative_division: str | Unset = UNSET,
    api_version: str = "2025-06-01",
    phone_number_type: PhoneNumberType | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[CommunicationErrorResponse | PhoneNumberLocalities]:
    """List the localities (towns and cities) with geographic numbers in a country.

    Args:
        country_code (str):
        skip (int | Unset):  Default: 0.
        max_page_size (int | Unset):  Default: 100.
        administrative_division (str | Unset):
        api_version (str):  Default: '2025-06-01'.
        phone_number_type (PhoneNumberType | Unset): The kind of number: geographic, toll-free or
            mobile.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommunicationErrorResponse | PhoneNumberLocalities]
    """

    kwargs = _get_kwargs(
        country_code=country_code,
        skip=skip,
        max_page_size=max_page_size,
        administrative_division=administrative_division,
        api_version=api_version,
        phone_number_type=phone_number_type,
        accept_language=accept_language,
    )

    httpx_client = client.get_async_httpx_client()
    kwargs["url"] = request_url(httpx_client, kwargs["url"])
    response = await httpx_client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    country_code: str,
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    max_page_size: int | Unset = 100,
    administrative_division: str | Unset = UNSET,
    api_version: str = "2025-06-01",
    phone_number_type: PhoneNumberType | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> CommunicationErrorResponse | PhoneNumberLocalities | None:
    """List the localities (towns and cities) with geographic numbers in a country.

    Args:
        country_code (str):
        skip (int | Unset):  Default: 0.
        max_page_size (int | Unset):  Default: 100.
        administrative_division (str | Unset):
        api_version (str):  Default: '2025-06-01'.
        phone_number_type (PhoneNumberType | Unset): The kind of number: geographic, toll-free or
            mobile.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommunicationErrorResponse | PhoneNumberLocalities
    """

    return (
        await asyncio_detailed(
            country_code=country_code,
            client=client,
            skip=skip,
            max_page_size=max_page_size,
            administrative_division=administrative_division,
            api_version=api_version,
            phone_number_type=phone_number_type,
            accept_language=accept_language,
        )
    ).parsed
